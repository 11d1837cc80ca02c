import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { loadConfig, type Config } from '../src/config';
import { createDriver, openDatabase } from '../src/db/connect';
import type { Database } from '../src/db/database';
import { startLocalNeo4j, type LocalNeo4j } from '../src/db/local-neo4j';
import { freePort } from '../test/support/free-port';

/**
 * The benchmark's own Neo4j: a free port and a data folder under .neo4j/bench-*, both gone at the
 * end, whatever happens (normal end, an error, Ctrl-C or SIGTERM). The launcher also dies with
 * this process if it is killed outright (it watches its stdin).
 */

type Cleanup = () => Promise<void>;
const cleanups: Cleanup[] = [];
let signalled = false;

/** Runs every registered cleanup, newest first; each runs once. */
export async function cleanupAll(): Promise<void> {
  while (cleanups.length > 0) {
    const next = cleanups.pop() as Cleanup;
    try {
      await next();
    } catch (error) {
      process.stderr.write(`cleanup failed: ${(error as Error).message}\n`);
    }
  }
}

/** Registers a cleanup; the returned function runs it now and unregisters it. */
export function onCleanup(work: Cleanup): () => Promise<void> {
  cleanups.push(work);
  return async () => {
    const i = cleanups.indexOf(work);
    if (i >= 0) cleanups.splice(i, 1);
    await work();
  };
}

/** On SIGINT/SIGTERM: stop what the benchmark started, then exit. */
export function installSignalHandlers(log: (m: string) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (signalled) return;
      signalled = true;
      log(`${signal}: stopping the benchmark's Neo4j and removing its data`);
      // cleanupAll reports each cleanup's failure itself and never rejects.
      void cleanupAll().finally(() => process.exit(130));
    });
  }
}

export interface BenchDatabase {
  neo4j: LocalNeo4j;
  db: Database;
  /**
   * The benchmark's own driver on the same database, for what the API is compared with (raw
   * statements, @neo4j/graphql, the naive loader) and for removing its samples: the project's
   * Database keeps its driver to itself.
   */
  driver: Driver;
  config: Readonly<Config>;
  dataDir: string;
  /** Closes both drivers, stops Neo4j and removes the data folder. */
  stop(): Promise<void>;
}

/** Starts a Neo4j for one scale and opens the project's Database on it. */
export async function startBenchDatabase(
  rootDir: string,
  name: string,
  memory: { heapMb: number; pageCacheMb: number; settings?: Record<string, string> },
  log: (m: string) => void,
): Promise<BenchDatabase> {
  const dataDir = path.join(rootDir, '.neo4j', `bench-${process.pid}-${name}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort();
  let neo4j: LocalNeo4j | undefined;
  let db: Database | undefined;
  let driver: Driver | undefined;
  const stop = onCleanup(async () => {
    if (driver) await driver.close();
    if (db) await db.close();
    if (neo4j) await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  try {
    neo4j = await startLocalNeo4j({ rootDir, dataDir, port, ...memory, log });
    if (!neo4j.owned)
      throw new Error(`port ${port} already had a Neo4j: refusing to benchmark a database the benchmark did not start`);
    const config = loadConfig({ NODE_ENV: 'production', NEO4J_URI: neo4j.uri, LOG_LEVEL: 'silent' });
    const connection = { uri: neo4j.uri, user: 'neo4j', password: '' };
    db = await openDatabase(connection, config, pino({ level: 'silent' }));
    driver = createDriver(connection, config);
    return { neo4j, db, driver, config, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Runs a benchmark script's main: its error printed with the exit status 1, and whatever it
 * started (databases, servers) stopped however it ends.
 */
export function runScript(main: () => Promise<void>): void {
  main()
    .catch((error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    })
    .finally(() => cleanupAll());
}
