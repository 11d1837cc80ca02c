import type { LocalNeo4j } from '../../src/db/local-neo4j';

/** Stops the Neo4j that global-setup started (nothing when NEO4J_TEST_URI was given). */
export default async function globalTeardown(): Promise<void> {
  const neo4j = (globalThis as { __NEO4J__?: LocalNeo4j }).__NEO4J__;
  if (neo4j) await neo4j.stop();
}
