import { createGraphQLError, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { createContext, type AppContext, type AppServices, type Viewer } from './context';
import { ErrorCode, isAppError } from './errors';
import { buildSchema } from './graphql/schema';
import { useHealth } from './http/use-health';

export interface ServerDeps extends AppServices {
  /** How the database was provided (local, docker, external): shown by /healthz. */
  databaseMode: string;
  /** Extra plugins (tests, benchmarks). */
  plugins?: Plugin[];
}

export type Server = YogaServerInstance<Record<string, unknown>, AppContext>;

const ANONYMOUS: Viewer = { principal: 'anonymous', role: 'anonymous' };

/**
 * The yoga instance: GraphQL at /graphql plus the HTTP routes as plugins. Tests call
 * `server.fetch(...)` without opening a port; main.ts wraps it in node:http.
 */
export function createServer(deps: ServerDeps): Server {
  const { config, log } = deps;
  const schema = buildSchema(config.rootDir);
  return createYoga<Record<string, unknown>, AppContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: config.graphiql,
    landingPage: false,
    logging: {
      debug: (...args) => log.debug({ args }, 'yoga'),
      info: (...args) => log.info({ args }, 'yoga'),
      warn: (...args) => log.warn({ args }, 'yoga'),
      error: (...args) => log.error({ args }, 'yoga'),
    },
    context: () => createContext(deps, ANONYMOUS),
    maskedErrors: {
      maskError(error, message) {
        const original = (error as GraphQLError).originalError ?? error;
        if (isAppError(original)) return original as GraphQLError;
        if (isAppError(error)) return error as Error;
        log.error({ err: original }, 'unexpected error');
        return createGraphQLError(message, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
      },
    },
    plugins: [useHealth(deps.db, deps.databaseMode), ...(deps.plugins ?? [])],
  });
}
