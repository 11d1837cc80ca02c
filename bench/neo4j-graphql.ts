import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';

/**
 * The official Neo4j GraphQL library (@neo4j/graphql 7) on the same database, for the throughput
 * comparison: type definitions for the labels and relationships the neighbourhood query reads,
 * served by a yoga instance of its own. Benchmark only (a dev dependency).
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    name: String!
    kind: String
    country: String
    owners: [Entity!]! @relationship(type: "OWNS", direction: IN, properties: "Owns")
    subsidiaries: [Entity!]! @relationship(type: "OWNS", direction: OUT, properties: "Owns")
    procuresFrom: [Entity!]! @relationship(type: "PROCURES_FROM", direction: OUT)
    rentsFrom: [RentalTarget!]! @relationship(type: "RENTS_FROM", direction: OUT)
    acquired: [Chip!]! @relationship(type: "ACQUIRED", direction: OUT, properties: "Acquired")
  }
  type CloudProvider @node(labels: ["CloudProvider"]) {
    id: ID!
    name: String!
  }
  type DataCenter @node(labels: ["DataCenter"]) {
    id: ID!
    name: String!
  }
  type Chip @node(labels: ["Chip"]) {
    id: ID!
    name: String!
  }
  union RentalTarget = CloudProvider | DataCenter
  type Owns @relationshipProperties {
    share: Float
  }
  type Acquired @relationshipProperties {
    quantity: Int
  }
`;

/** The same neighbourhood as NEIGHBOURHOOD_QUERY (throughput.ts), in @neo4j/graphql's generated API. */
export const NEO4J_GRAPHQL_NEIGHBOURHOOD_QUERY = `query Neighbourhood($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id
    name
    kind
    country
    ownersConnection { edges { properties { share } node { id name } } }
    subsidiariesConnection { edges { properties { share } node { id name } } }
    procuresFrom { id name }
    rentsFrom { ... on CloudProvider { id name } ... on DataCenter { id name } }
    acquiredConnection { edges { properties { quantity } node { id name } } }
  }
}`;

/** A yoga instance serving @neo4j/graphql on `driver`. */
export async function createNeo4jGraphqlYoga(driver: Driver, database: string) {
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: false,
    landingPage: false,
    logging: false,
    context: () => ({ sessionConfig: { database } }),
  });
}
