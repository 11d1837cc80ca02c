import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/connect';
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
  if (!process.env.NEO4J_TEST_URI) await startTierNeo4j();
  await prepareDatabase();
}

/**
 * The schema and the Cypher check, once for the whole run and outside any test's timeout: the
 * check compiles every statement (a minute of planning on a busy machine) and records its
 * success in the tests' cache folder (.neo4j/cache), so each suite's openDatabase skips it.
 * test/integration/foundation.test.ts compiles every statement again as a test.
 */
async function prepareDatabase(): Promise<void> {
  const uri = process.env.NEO4J_TEST_URI as string;
  const config = loadConfig({ NODE_ENV: 'test', NEO4J_URI: uri, LOG_LEVEL: 'silent' });
  const started = Date.now();
  const db = await openDatabase({ uri, user: 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' }, config);
  await db.close();
  process.stdout.write(`[neo4j] schema and Cypher check in ${Date.now() - started} ms\n`);
}

async function startTierNeo4j(): Promise<void> {
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
