# The GraphQL server, built for docker compose (NEO4J_URI points it at the neo4j service).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schema ./schema
COPY cypher ./cypher
COPY seed ./seed
COPY public ./public
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
