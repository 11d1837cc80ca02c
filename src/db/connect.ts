import { createHash } from 'node:crypto';
import fs from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { CypherStore } from './cypher-store';
import { Database, READ_RETRY } from './database';
import path from 'node:path';

export interface Connection {
  uri: string;
  user: string;
  password: string;
}

/**
 * A driver for `neo4j://` (routing: clusters, Aura) or `bolt://` URIs. Retries are short so a
 * request fails fast with SERVICE_UNAVAILABLE while the database is away; the pool reconnects by
 * itself when it is back.
 */
export function createDriver(connection: Connection, config: Readonly<Config>, log?: Logger): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    maxConnectionPoolSize: config.neo4j.maxPoolSize,
    connectionAcquisitionTimeout: 10000,
    connectionTimeout: 5000,
    maxTransactionRetryTime: READ_RETRY.maxTimeMs,
    disableLosslessIntegers: false,
    logging: {
      level: 'warn',
      logger: (level, message) => log?.[level === 'warn' ? 'warn' : 'error']({ neo4j: message }, 'driver'),
    },
  });
}

/**
 * Loads the Cypher files, opens the driver, applies the schema and checks that every statement
 * compiles; any failure stops the boot. Logs a line per phase (schema, Cypher check).
 */
export async function openDatabase(connection: Connection, config: Readonly<Config>, log?: Logger): Promise<Database> {
  const cypher = CypherStore.load(path.join(config.rootDir, 'cypher'));
  const driver = createDriver(connection, config, log);
  const db = new Database(driver, cypher, {
    database: config.neo4j.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
    log,
  });
  try {
    const server = await db.serverInfo();
    let started = Date.now();
    await db.applySchema('schema/constraints');
    await db.applySchema('schema/await-indexes');
    log?.info({ phase: 'schema', ms: Date.now() - started }, 'schema: constraints and indexes online');
    started = Date.now();
    const checked = await checkCypher(db, server.agent ?? 'unknown', config.cacheDir);
    log?.info(
      { phase: 'cypher', ms: Date.now() - started, statements: checked.statements, compiled: checked.compiled },
      checked.compiled
        ? `Cypher check: ${checked.statements} statements compiled`
        : `Cypher check: ${checked.statements} statements unchanged since compiled on ${server.agent ?? 'this server version'}`,
    );
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * A broken .cypher file stops the boot: every statement is compiled (EXPLAIN) once. Planning the
 * ~50 statements costs 5 to 10 s on a fresh JVM, so a successful check is recorded under the
 * digest of the statements' text and the server version (what compilation depends on: the
 * schema is applied from cypher/schema/ just before), and a start with the same files and
 * version skips it. The integration tier compiles every statement on every run regardless
 * (test/integration/foundation.test.ts).
 */
export async function checkCypher(
  db: Database,
  serverAgent: string,
  cacheDir: string,
): Promise<{ statements: number; compiled: boolean }> {
  const names = db.cypher.names().filter((n) => !n.startsWith('schema/'));
  const digest = createHash('sha256').update(serverAgent);
  for (const name of db.cypher.names()) digest.update(`\0${name}\0${db.cypher.get(name, fillSlots(db, name))}`);
  const stamp = path.join(cacheDir, 'cypher-checked', digest.digest('hex'));
  if (fs.existsSync(stamp)) return { statements: names.length, compiled: false };
  for (const name of names) {
    try {
      await db.explain(name);
    } catch (error) {
      throw new Error(`Cypher file ${name}.cypher does not compile: ${(error as Error).message}`);
    }
  }
  try {
    fs.mkdirSync(path.dirname(stamp), { recursive: true });
    fs.writeFileSync(stamp, `${new Date().toISOString()} ${serverAgent} ${names.length} statements\n`);
  } catch {
    // A cache that cannot be written only means the next start checks again.
  }
  return { statements: names.length, compiled: true };
}

/** Slots filled as `explain` fills them (the text with slots is what the digest covers). */
function fillSlots(db: Database, name: string): Record<string, number> {
  return Object.fromEntries(db.cypher.slots(name).map((slot) => [slot, 1]));
}
