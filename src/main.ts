import http from 'node:http';
import { loadConfig } from './config';
import { openDatabase } from './db/connect';
import { provideNeo4j } from './db/provide-neo4j';
import { seedIfEmpty } from './import/seed';
import { createLogger } from './logger';
import { createNodeHandler } from './http/node-handler';
import { AccessIndex } from './reach/access-index';
import { createServer } from './server';

/** config -> database -> schema -> seed -> server -> listen; a clean stop on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.log.level);
  const neo4j = await provideNeo4j(config, (m) => log.info(m));
  let stopping = false;

  try {
    const db = await openDatabase(neo4j, config, log);
    log.info({ mode: neo4j.mode, uri: neo4j.uri }, 'database ready');
    if (config.seedOnStart) {
      const seeded = await seedIfEmpty(db, config.rootDir, 'seed');
      log.info(seeded, seeded.loaded ? 'curated dataset loaded' : 'database not empty: seed skipped');
    }

    // The reachability index loads in the background: /healthz answers at once, and the first
    // path question waits for the load if it comes before it is done.
    const reach = new AccessIndex(db, log);
    reach.warm();
    const yoga = createServer({ config, db, log, reach, databaseMode: neo4j.mode });
    const server = http.createServer(createNodeHandler(yoga, config.http.maxBodyBytes));
    server.keepAliveTimeout = 5000;
    server.listen(config.http.port, config.http.host, () => {
      log.info({ url: `http://${config.http.host}:${config.http.port}/graphql` }, 'server listening');
    });

    const shutdown = async (signal: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down: no new connections, draining requests');
      // Stop accepting, let in-flight requests finish (bounded), then release the database.
      await new Promise<void>((resolve) => {
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
      await db.driver.close();
      await neo4j.stop();
      log.info('stopped');
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    log.fatal({ err: error }, 'could not start');
    await neo4j.stop();
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  // Configuration errors and a missing Neo4j land here, before the logger exists.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
