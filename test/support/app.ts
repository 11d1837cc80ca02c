import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config';
import { createDriver, openDatabase } from '../../src/db/connect';
import type { Database } from '../../src/db/database';
import { seed } from '../../src/import/seed';
import { AccessIndex } from '../../src/reach/access-index';
import { createServer, trendTableFor, type Server } from '../../src/server';
import { CountWorkers } from '../../src/services/counting/count-workers';
import type { MonthEndTable } from '../../src/services/counting/month-end-table';

export interface TestApp {
  config: Readonly<Config>;
  db: Database;
  /**
   * The test's own driver on the same database, for looking behind the API (ad hoc Cypher,
   * PROFILE, SHOW TRANSACTIONS): the app's Database keeps its driver to itself.
   */
  driver: Driver;
  server: Server;
  /** The server's reachability index, counting workers and trends' month-end table (off unless TREND_TABLE_MONTHS is given). */
  reach: AccessIndex;
  counters: CountWorkers;
  trendTable: MonthEndTable;
  /** POSTs a GraphQL request through yoga (no port) and returns the parsed body. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] }>;
  /** Deletes every node and relationship (constraints and indexes stay). */
  reset(): Promise<void>;
  /** Domain nodes, relationships and history revisions in the graph: what a refused write must not change. */
  counts(): Promise<{ nodes: number; rels: number; revisions: number }>;
  close(): Promise<void>;
}

/** An app on the integration tier's database, configured as a test would be. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) throw new Error('NEO4J_TEST_URI is not set: run the integration tier through jest (global-setup)');
  // The trends' month-end table is counted in the background: only the suites about it ask for one.
  const config = loadConfig({ NODE_ENV: 'test', NEO4J_URI: uri, LOG_LEVEL: 'silent', TREND_TABLE_MONTHS: '0', ...env });
  const connection = { uri, user: 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' };
  const db = await openDatabase(connection, config);
  const driver = createDriver(connection, config);
  const log = pino({ level: 'silent' });
  const reach = new AccessIndex(db, log);
  const counters = new CountWorkers();
  const trendTable = trendTableFor(config, reach, counters, log);
  const server = createServer({ config, db, log, reach, counters, trendTable, databaseMode: 'external' });
  return {
    config,
    db,
    driver,
    server,
    reach,
    counters,
    trendTable,
    async gql(query, variables = {}, headers = {}) {
      const response = await server.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    async reset() {
      const session = driver.session();
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    },
    async counts() {
      const session = driver.session();
      try {
        const r = await session.run(
          'CALL () { MATCH (n:Node) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } ' +
            'CALL () { MATCH (v:Revision) RETURN count(v) AS revisions } RETURN nodes, rels, revisions',
        );
        const rec = r.records[0];
        return {
          nodes: Number(rec?.get('nodes')),
          rels: Number(rec?.get('rels')),
          revisions: Number(rec?.get('revisions')),
        };
      } finally {
        await session.close();
      }
    },
    async close() {
      trendTable.cancel();
      await counters.close();
      await driver.close();
      await db.close();
    },
  };
}

/** An app on an emptied database holding the curated dataset (the suites that ask research questions). */
export async function createSeededApp(env: Record<string, string> = {}): Promise<TestApp> {
  const app = await createTestApp(env);
  await app.reset();
  await seed(app.db, app.config.rootDir);
  return app;
}
