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

/** Loads the Cypher files, opens the driver and applies the schema; any failure stops the boot. */
export async function openDatabase(connection: Connection, config: Readonly<Config>, log?: Logger): Promise<Database> {
  const cypher = CypherStore.load(path.join(config.rootDir, 'cypher'));
  const driver = createDriver(connection, config, log);
  const db = new Database(driver, cypher, { database: config.neo4j.database, txTimeoutMs: config.neo4j.txTimeoutMs });
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
    await db.applySchema('schema/constraints');
    await db.applySchema('schema/await-indexes');
    // A broken .cypher file stops the boot: every statement is compiled once here.
    for (const name of cypher.names().filter((n) => !n.startsWith('schema/'))) {
      try {
        await db.explain(name);
      } catch (error) {
        throw new Error(`Cypher file ${name}.cypher does not compile: ${(error as Error).message}`);
      }
    }
  } catch (error) {
    await driver.close();
    throw error;
  }
  return db;
}
