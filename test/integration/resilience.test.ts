import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/connect';
import type { Database } from '../../src/db/database';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j';
import { buildSchema } from '../../src/graphql/schema';
import { createServer, type Server } from '../../src/server';
import { startTestNeo4j } from '../support/test-neo4j';
import { probeCodes, queryFieldProbes } from '../support/query-probes';
import { waitFor } from '../support/wait';

/**
 * The database going away while the server runs: coded errors and a 503 health check, then
 * recovery without a restart once it is back. Uses its own Neo4j so other suites are not touched.
 */
const rootDir = path.resolve(__dirname, '../..');
const dataDir = path.join(rootDir, '.neo4j', `test-resilience-${process.pid}`);
let port = 0;
const start = () => startLocalNeo4j({ rootDir, dataDir, port, heapMb: 512, pageCacheMb: 64 });

let neo4j: LocalNeo4j;
let db: Database;
let server: Server;

type Answer = { data?: unknown; errors?: { extensions?: { code?: string } }[] };

const send = async (text: string): Promise<Answer> => {
  const response = await server.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text }),
  });
  return (await response.json()) as Answer;
};
const query = () => send('{ chips(first: 5) { totalCount } }');
const probes = queryFieldProbes(buildSchema(rootDir));

beforeAll(async () => {
  if (process.env.NEO4J_TEST_LOCAL !== '1') return; // an external test database: this scenario needs a local JVM
  fs.rmSync(dataDir, { recursive: true, force: true });
  ({ neo4j, port } = await startTestNeo4j({ dataDir, heapMb: 512, pageCacheMb: 64 }));
  const config = loadConfig({ NODE_ENV: 'test', NEO4J_URI: neo4j.uri, LOG_LEVEL: 'silent' });
  db = await openDatabase({ uri: neo4j.uri, user: 'neo4j', password: '' }, config);
  server = createServer({ config, db, log: pino({ level: 'silent' }), databaseMode: 'local' });
}, 180000);

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('answers SERVICE_UNAVAILABLE and 503 while Neo4j is down, and recovers without a restart', async () => {
  if (!server) return; // an external test database: this scenario needs a local one
  expect((await query()).data).toEqual({ chips: { totalCount: 0 } });

  await neo4j.stop();
  const down = await query();
  expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  // Every top-level field, never null or "not found" for a database that cannot answer.
  const codes = await probeCodes(probes, async (q) => (await send(q)).errors?.[0]?.extensions?.code);
  expect(codes).toEqual(Object.fromEntries(probes.map((p) => [p.field, 'SERVICE_UNAVAILABLE'])));
  const health = await server.fetch('http://test/healthz');
  expect(health.status).toBe(503);
  expect(((await health.json()) as { database: { state: string } }).database.state).toBe('down');

  neo4j = await start();
  // The driver reconnects by itself: wait for the first answer with data, however busy the machine.
  expect(await waitFor(async () => (await query()).errors === undefined, 60000)).toBe(true);
  expect((await query()).data).toEqual({ chips: { totalCount: 0 } });
  expect((await server.fetch('http://test/healthz')).status).toBe(200);
}, 240000);
