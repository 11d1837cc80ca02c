import pino, { type Logger } from 'pino';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { createServer, type Server } from '../../src/server';
import { API_KEYS } from './keys';
import { recordingDatabase, type RecordingDriver, type SentStatement } from './recording-database';

type Answer = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

export interface RecordingApp {
  db: Database;
  driver: RecordingDriver;
  server: Server;
  /**
   * POSTs a GraphQL request through yoga (no port) and returns its answer with the statements
   * it sent (only those: what earlier requests sent is forgotten first).
   */
  send(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<Answer & { sent: SentStatement[] }>;
}

/** The real server (schema, resolvers, loaders, services) over a recording database. */
export function createRecordingApp(options: { log?: Logger } = {}): RecordingApp {
  const { db, driver } = recordingDatabase({ log: options.log });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', API_KEYS });
  const server = createServer({ config, db, log: options.log ?? pino({ level: 'silent' }), databaseMode: 'recording' });
  return {
    db,
    driver,
    server,
    async send(query, variables = {}, headers = {}) {
      driver.clear();
      const response = await server.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await response.json()) as Answer), sent: [...driver.sent] };
    },
  };
}
