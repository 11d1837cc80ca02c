import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { createDriver, openDatabase } from '../../src/db/connect';
import type { Database } from '../../src/db/database';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j';
import { seed } from '../../src/import/seed';
import { startTestNeo4j } from '../support/test-neo4j';
import { API_KEYS, as } from '../support/keys';
import { bulkDocument, spawnImport, writeTemp } from './support/bulk';
import { graphChecksum } from './support/checksum';
import { root } from './support/seeded';
import { buildSchema } from '../../src/graphql/schema';
import { probeCodes, queryFieldProbes } from '../support/query-probes';
import { startServer, type ServerProcess } from './support/server-process';
import { waitFor } from '../support/wait';
import { ask, startTraffic as startTrafficLoops } from './support/traffic';

/**
 * Faults, on a Neo4j of this suite's own (killed and restarted here) with the curated graph and
 * a real server process: the database killed (SIGKILL) under traffic in the middle of a bulk
 * import, the importer and the server killed in the middle of one, and a deadlock resolved by
 * the managed transaction's retry, an import larger than the database's transaction memory
 * (plus, with RELIABILITY_FULL=1, a graceful stop under traffic). Needs the local JVM mode (skipped when NEO4J_TEST_URI points at an external server).
 */
const local = process.env.NEO4J_TEST_LOCAL === '1';
const dataDir = path.join(root, '.neo4j', `test-faults-${process.pid}`);
const PATHS = '{ accessPaths(from: "shenzhen-university", to: "nvidia-h100", asOf: "2024-06-01") { totalCount } }';
const BULK_NODES = 4000;
const probes = queryFieldProbes(buildSchema(root));
// How long a restarted database may take to answer a path query through the server again: its
// recovery, the driver's reconnection and the first plans on a cold JVM. Minutes on a shared
// 2-core machine under load; a bound against a hang only.
const RECOVERY_MS = 180000;

let port = 0;
let neo4j: LocalNeo4j | undefined;
let db: Database;
/** The suite's own driver, for looking at the graph behind the API (counts, checksums, open transactions). */
let driver: Driver;
let server: ServerProcess | undefined;

// Traffic before a fault must all be data: on a loaded machine a path query can queue past the
// default 15 s transaction timeout, a QUERY_TIMEOUT unrelated to the fault under test.
const serverEnv = () => ({ NEO4J_URI: uri(), API_KEYS, LOG_LEVEL: 'warn', NEO4J_TX_TIMEOUT_MS: '120000' });
const startDatabase = () => startLocalNeo4j({ rootDir: root, dataDir, port, heapMb: 512, pageCacheMb: 64 });
const uri = () => `bolt://127.0.0.1:${port}`;

/** Nodes whose id starts with `prefix` (committed ones: an open transaction's writes are not visible). */
async function countPrefixed(prefix: string): Promise<number> {
  const session = driver.session();
  try {
    const r = await session.run('MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n', { prefix });
    return Number(r.records[0]?.get('n'));
  } finally {
    await session.close();
  }
}

/** Transactions open on the database, other than the one asking. */
async function openTransactions(): Promise<string[]> {
  const session = driver.session();
  try {
    const r = await session.run('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
    return r.records.map((x) => String(x.get('currentQuery') ?? '')).filter((q) => !q.startsWith('SHOW TRANSACTIONS'));
  } finally {
    await session.close();
  }
}

/** Waits until the database answers again through `db` (the driver reconnects by itself). */
async function databaseAnswers(): Promise<boolean> {
  return waitFor(async () => {
    await db.serverInfo();
    return true;
  }, 60000);
}

beforeAll(async () => {
  if (!local) return;
  fs.rmSync(dataDir, { recursive: true, force: true });
  ({ neo4j, port } = await startTestNeo4j({ dataDir, heapMb: 512, pageCacheMb: 64 }));
  const config = loadConfig({ NODE_ENV: 'test', NEO4J_URI: uri(), LOG_LEVEL: 'silent' });
  db = await openDatabase({ uri: uri(), user: 'neo4j', password: '' }, config);
  driver = createDriver({ uri: uri(), user: 'neo4j', password: '' }, config);
  await seed(db, root);
  server = await startServer(serverEnv());
}, 240000);

afterAll(async () => {
  await server?.stop();
  await driver?.close();
  await db?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 120000);

// Traffic still running when an expectation fails would keep jest from ever exiting: every
// test's traffic is stopped after it, passed or failed (stop() may be called twice).
const trafficRunning: { stop(): Promise<unknown> }[] = [];
const startTraffic = (...args: Parameters<typeof startTrafficLoops>) => {
  const traffic = startTrafficLoops(...args);
  trafficRunning.push(traffic);
  return traffic;
};
afterEach(async () => {
  await Promise.all(trafficRunning.splice(0).map((t) => t.stop()));
});

const maybe = local ? it : it.skip;
// The graceful stop costs one more database restart (about 30 s on a busy 2-core machine):
// run with RELIABILITY_FULL=1. The kill under traffic below always runs.
const maybeFull = local && process.env.RELIABILITY_FULL === '1' ? it : it.skip;

maybeFull(
  'answers SERVICE_UNAVAILABLE and /healthz 503 while Neo4j is stopped under traffic, then recovers without a restart',
  async () => {
    const live = server as ServerProcess;
    const traffic = startTraffic(live.url, 4, PATHS);
    expect(await traffic.answered(0, 8)).toBe(true);
    const stoppingAt = Date.now();
    await neo4j?.stop();
    expect(await waitFor(async () => (await fetch(`${live.url}/healthz`)).status === 503, 30000)).toBe(true);
    // Requests sent from here until the restart begins meet a database that is gone.
    const downAt = Date.now();
    const down = await ask(live.url, PATHS);
    expect(down.status).toBe(503);
    expect(down.code).toBe('SERVICE_UNAVAILABLE');
    expect(await traffic.answered(downAt, 4)).toBe(true);

    const restartAt = Date.now();
    neo4j = await startDatabase();
    expect(await waitFor(async () => (await ask(live.url, PATHS)).code === undefined, RECOVERY_MS)).toBe(true);
    const upAt = Date.now();
    expect(await traffic.answered(upAt, 4)).toBe(true);
    const outcomes = await traffic.stop();

    expect(outcomes.flatMap((o) => o.problems)).toEqual([]);
    // Answers during the shutdown itself may be either; before it all are data, after it none.
    const before = outcomes.filter((o) => o.at < stoppingAt);
    const outage = outcomes.filter((o) => o.sent >= downAt && o.at < restartAt);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((o) => o.code === undefined)).toBe(true);
    expect(outage.length).toBeGreaterThan(0);
    expect([...new Set(outage.map((o) => o.code))]).toEqual(['SERVICE_UNAVAILABLE']);
    expect(outcomes.filter((o) => o.sent >= upAt).every((o) => o.code === undefined)).toBe(true);
    // The same process served throughout.
    expect(live.alive()).toBe(true);
    expect((await fetch(`${live.url}/healthz`)).status).toBe(200);
  },
  600000,
);

maybe(
  'Neo4j killed (SIGKILL) under traffic in the middle of a bulk import: SERVICE_UNAVAILABLE on every field and 503, recovery without a restart, none of the import, then all of it',
  async () => {
    expect(await databaseAnswers()).toBe(true);
    const live = server as ServerProcess;
    const before = await graphChecksum(driver);
    const temp = writeTemp(bulkDocument('fault-kill-db', BULK_NODES));
    try {
      const traffic = startTraffic(live.url, 4, PATHS);
      const importer = spawnImport(temp.file, uri());
      const reached = await Promise.race([importer.midTransaction, importer.exit.then(() => null)]);
      expect(reached).not.toBeNull(); // the kill lands inside the transaction, not after it
      const killedAt = Date.now();
      process.kill(neo4j?.pid as number, 'SIGKILL');
      expect((await importer.exit).code).not.toBe(0);
      expect(await waitFor(async () => (await fetch(`${live.url}/healthz`)).status === 503, 30000)).toBe(true);
      // Requests sent from here until the restart begins meet a database that is gone.
      const downAt = Date.now();
      const down = await ask(live.url, PATHS);
      expect([down.status, down.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      // Every top-level field through the real server: an error with its code, never null.
      const codes = await probeCodes(probes, async (q) => (await ask(live.url, q)).code);
      expect(codes).toEqual(Object.fromEntries(probes.map((p) => [p.field, 'SERVICE_UNAVAILABLE'])));
      expect(await traffic.answered(downAt, 4)).toBe(true);

      const restartAt = Date.now();
      neo4j = await startDatabase(); // recovery from the transaction log
      expect(await waitFor(async () => (await ask(live.url, PATHS)).code === undefined, RECOVERY_MS)).toBe(true);
      const upAt = Date.now();
      expect(await traffic.answered(upAt, 4)).toBe(true);
      const outcomes = await traffic.stop();

      expect(outcomes.flatMap((o) => o.problems)).toEqual([]);
      expect(outcomes.filter((o) => o.at < killedAt).every((o) => o.code === undefined)).toBe(true);
      const outage = outcomes.filter((o) => o.sent >= downAt && o.at < restartAt);
      expect(outage.length).toBeGreaterThan(0);
      expect([...new Set(outage.map((o) => o.code))]).toEqual(['SERVICE_UNAVAILABLE']);
      expect(outcomes.filter((o) => o.sent >= upAt).every((o) => o.code === undefined)).toBe(true);
      expect(live.alive()).toBe(true); // the same server process throughout
      expect((await fetch(`${live.url}/healthz`)).status).toBe(200);

      // All or nothing: the killed transaction left nothing behind.
      expect(await countPrefixed('fault-kill-db')).toBe(0);
      expect(await graphChecksum(driver)).toEqual(before);
      const again = await spawnImport(temp.file, uri()).exit;
      expect(again.code).toBe(0);
      expect(await countPrefixed('fault-kill-db')).toBe(BULK_NODES + 1); // the nodes and their source
    } finally {
      temp.remove();
    }
  },
  600000,
);

maybe(
  'keeps none of a bulk import when the importer is killed (SIGKILL) in the middle of its transaction',
  async () => {
    const before = await graphChecksum(driver);
    const temp = writeTemp(bulkDocument('fault-kill-cli', BULK_NODES));
    try {
      const importer = spawnImport(temp.file, uri());
      const reached = await Promise.race([importer.midTransaction, importer.exit.then(() => null)]);
      expect(reached).not.toBeNull();
      importer.kill('SIGKILL');
      expect((await importer.exit).signal).toBe('SIGKILL');
      // Neo4j rolls the transaction back when its connection drops.
      expect(await waitFor(async () => (await openTransactions()).length === 0, 30000)).toBe(true);
      expect(await countPrefixed('fault-kill-cli')).toBe(0);
      expect(await graphChecksum(driver)).toEqual(before);
    } finally {
      temp.remove();
    }
  },
  180000,
);

maybe(
  'keeps none of an importDocument when the server is killed (SIGKILL) in the middle of its transaction, and all of it through a new server',
  async () => {
    const before = await graphChecksum(driver);
    const document = bulkDocument('fault-kill-server', BULK_NODES);
    const victim = server as ServerProcess;
    const IMPORT = 'mutation($d: JSONObject!) { importDocument(document: $d) { ok created { nodes } } }';
    const pending = ask(victim.url, IMPORT, { d: document }, as('analyst'));
    expect(await waitFor(async () => (await openTransactions()).length > 0, 60000)).toBe(true);
    await victim.kill('SIGKILL');
    expect((await pending).status).toBe(0); // the connection died with the server
    expect(await waitFor(async () => (await openTransactions()).length === 0, 30000)).toBe(true);
    expect(await countPrefixed('fault-kill-server')).toBe(0);
    expect(await graphChecksum(driver)).toEqual(before);

    server = await startServer(serverEnv());
    const done = await ask(server.url, IMPORT, { d: document }, as('analyst'));
    expect(done.problems).toEqual([]);
    expect(done.code).toBeUndefined();
    expect(await countPrefixed('fault-kill-server')).toBe(BULK_NODES + 1);
  },
  240000,
);

// More records than this suite's database (512 MB of heap, so 358 MB of transaction memory)
// can hold in one transaction: about 4.5 KB of transaction memory per record was measured, and
// 40,000 nodes with their 39,999 relationships were refused.
const OVERSIZED_NODES = 50000;

maybe(
  'refuses an import larger than the database can hold in one transaction with LIMIT_EXCEEDED, writes none of it, and goes on serving',
  async () => {
    const before = await graphChecksum(driver);
    const temp = writeTemp(bulkDocument('fault-oversized', OVERSIZED_NODES));
    try {
      const result = await spawnImport(temp.file, uri()).exit;
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/import failed \(LIMIT_EXCEEDED\): the database does not have the memory/);
      expect(result.stderr).toMatch(/nothing was written/);
      expect(await countPrefixed('fault-oversized')).toBe(0);
      expect(await graphChecksum(driver)).toEqual(before);
      // The database, and the server on it, answer as before.
      expect(await databaseAnswers()).toBe(true);
      const answer = await ask((server as ServerProcess).url, PATHS);
      expect(answer.code).toBeUndefined();
      expect(answer.problems).toEqual([]);
    } finally {
      temp.remove();
    }
  },
  240000,
);

maybe(
  'retries a transaction that Neo4j aborts as a deadlock (a transient error) until it commits',
  async () => {
    const attempts = { first: 0, second: 0 };
    let holding = 0;
    const bothHoldOne = new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (holding >= 2) {
          clearInterval(check);
          resolve();
        }
      }, 10);
    });
    // Two transactions lock the same two nodes in opposite orders: a deadlock Neo4j breaks by
    // failing one with Neo.TransientError.Transaction.DeadlockDetected; executeWrite retries it.
    const crossed = (name: 'first' | 'second', a: string, b: string) =>
      db.writeTransaction(`test/deadlock-${name}`, async (run) => {
        attempts[name] += 1;
        await run('import/lock-nodes', { ids: [a] });
        if (attempts[name] === 1) {
          holding += 1;
          await bothHoldOne;
        }
        await run('import/lock-nodes', { ids: [b] });
        return name;
      });
    const results = await Promise.all([
      crossed('first', 'huawei', 'sensetime'),
      crossed('second', 'sensetime', 'huawei'),
    ]);
    expect(results).toEqual(['first', 'second']);
    expect(attempts.first + attempts.second).toBeGreaterThanOrEqual(3);
  },
  60000,
);
