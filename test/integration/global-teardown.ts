import fs from 'node:fs';
import type { LocalNeo4j } from '../../src/db/local-neo4j';

/** Stops the Neo4j that global-setup started and removes its data (nothing when NEO4J_TEST_URI was given). */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __NEO4J__?: LocalNeo4j; __NEO4J_DATA__?: string };
  if (state.__NEO4J__) await state.__NEO4J__.stop();
  if (state.__NEO4J_DATA__) fs.rmSync(state.__NEO4J_DATA__, { recursive: true, force: true });
}
