import http from 'node:http';
import { loadConfig } from './config';
import { openDatabase } from './db/connect';
import type { Database } from './db/database';
import { provideNeo4j, type ProvidedNeo4j } from './db/provide-neo4j';
import { seedIfEmpty } from './import/seed';
import { createLogger } from './logger';
import { createNodeHandler } from './http/node-handler';
import { AccessIndex } from './reach/access-index';
import { createServer } from './server';

/**
 * config -> database -> schema -> Cypher check -> seed -> server -> listen, a log line per phase;
 * a clean stop on SIGINT/SIGTERM at any point, the database this process started included.
 */
async function main(): Promise<void> {
  const bootStarted = Date.now();
  const config = loadConfig();
  const log = createLogger(config.log.level);
  // What has started so far, for the shutdown.
  const running: { neo4j?: ProvidedNeo4j; db?: Database; server?: http.Server } = {};
  let stopping = false;

  // Installed before anything starts: a signal during the start stops what has started so far.
  // A Neo4j still starting when the signal comes goes with this process (its launcher watches
  // the pipe to its parent).
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: no new connections, draining requests');
    const started = Date.now();
    if (running.server) await drain(running.server);
    log.info({ ms: Date.now() - started }, 'requests drained');
    await running.db?.close();
    await running.neo4j?.stop();
    log.info({ ms: Date.now() - started }, 'stopped');
    process.exit(0);
  };
  // Signal handlers cannot wait: a failed shutdown is logged and still ends the process.
  const onSignal = (signal: string) => () => {
    shutdown(signal).catch((error: unknown) => {
      log.fatal({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.on('SIGINT', onSignal('SIGINT'));
  process.on('SIGTERM', onSignal('SIGTERM'));

  const neo4j = await provideNeo4j(config, (m) => log.info(m));
  running.neo4j = neo4j;
  try {
    const db = await openDatabase(neo4j, config, log);
    running.db = db;
    log.info({ mode: neo4j.mode, uri: neo4j.uri }, 'database ready');
    if (config.seedOnStart) {
      const started = Date.now();
      const seeded = await seedIfEmpty(db, config.rootDir, 'seed');
      log.info(
        { phase: 'seed', ms: Date.now() - started, ...seeded },
        seeded.loaded ? 'seed: curated dataset loaded' : 'seed: database not empty, skipped',
      );
    }
    if (stopping) return;

    // The reachability index loads in the background: /healthz answers at once, and the first
    // path question waits for the load if it comes before it is done.
    const reach = new AccessIndex(db, log);
    reach.warm();
    const yoga = createServer({ config, db, log, reach, databaseMode: neo4j.mode });
    const server = http.createServer(createNodeHandler(yoga, config.http.maxBodyBytes));
    running.server = server;
    server.keepAliveTimeout = 5000;
    // A port already in use (EADDRINUSE) and the like: a clean stop, the database included.
    server.once('error', (error) => {
      log.fatal({ err: error }, 'could not listen');
      neo4j
        .stop()
        .catch((stopError: unknown) => log.error({ err: stopError }, 'could not stop the database'))
        .finally(() => process.exit(1));
    });
    server.listen(config.http.port, config.http.host, () => {
      log.info(
        {
          phase: 'listen',
          url: `http://${config.http.host}:${config.http.port}/graphql`,
          sinceStartMs: Date.now() - bootStarted,
        },
        'server listening',
      );
    });
  } catch (error) {
    if (stopping) return; // the shutdown in progress reports and exits
    log.fatal({ err: error }, 'could not start');
    await neo4j.stop();
    process.exit(1);
  }
}

/** Stops accepting, lets in-flight requests finish (at most 10 s), then closes every connection. */
function drain(server: http.Server): Promise<void> {
  return new Promise<void>((resolve) => {
    const force = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, 10000);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

main().catch((error: unknown) => {
  // Configuration errors and a missing Neo4j land here, before the logger exists.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
