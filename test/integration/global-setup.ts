import fs from 'node:fs';
import path from 'node:path';
import { canRunLocally } from '../../src/db/local-neo4j';
import { NOTHING_TO_RUN_NEO4J } from '../../src/db/provide-neo4j';
import { startTestNeo4j } from '../support/test-neo4j';

/**
 * Starts the integration tier's own Neo4j: a free port and its own data folder under
 * .neo4j/test-<pid> (removed afterwards), never the development database. NEO4J_TEST_URI points
 * the tier at another server instead; the suites delete everything in it, so never point it at
 * data you care about.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) return;
  if (!canRunLocally()) throw new Error(NOTHING_TO_RUN_NEO4J);
  const rootDir = path.resolve(__dirname, '../..');
  const dataDir = path.join(rootDir, '.neo4j', `test-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const started = Date.now();
  const { neo4j } = await startTestNeo4j({
    dataDir,
    heapMb: 1024,
    pageCacheMb: 256,
    log: (m) => process.stdout.write(`[neo4j] ${m}\n`),
  });
  process.stdout.write(`[neo4j] test database ready in ${Date.now() - started} ms\n`);
  process.env.NEO4J_TEST_URI = neo4j.uri;
  process.env.NEO4J_TEST_LOCAL = '1';
  process.env.NEO4J_TEST_DATA = dataDir;
  Object.assign(globalThis, { __NEO4J__: neo4j, __NEO4J_DATA__: dataDir });
}
