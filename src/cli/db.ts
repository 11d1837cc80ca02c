import fs from 'node:fs';
import { loadConfig } from '../config';
import { canRunLocally, startLocalNeo4j, stopDetached } from '../db/local-neo4j';
import { NOTHING_TO_RUN_NEO4J } from '../db/provide-neo4j';

/**
 * npm run db:start | db:stop | db:reset: the local development database (Neo4j Community from
 * Maven Central), kept running in the background between server runs. `npm start` reuses it
 * when it is up and starts its own otherwise.
 */
async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  const { dataDir, port, heapMb, pageCacheMb } = config.neo4j.local;
  if (config.neo4j.uri) {
    process.stdout.write(`NEO4J_URI is set (${config.neo4j.uri}): the local database is not used.\n`);
    return;
  }
  switch (command) {
    case 'start': {
      if (!canRunLocally(config.rootDir, config.cacheDir)) throw new Error(NOTHING_TO_RUN_NEO4J);
      const neo4j = await startLocalNeo4j({
        rootDir: config.rootDir,
        cacheDir: config.cacheDir,
        dataDir,
        port,
        heapMb,
        pageCacheMb,
        detached: true,
        log: (m) => process.stdout.write(`${m}\n`),
      });
      process.stdout.write(`Neo4j listens on ${neo4j.uri}; stop it with npm run db:stop\n`);
      return;
    }
    case 'stop': {
      const stopped = await stopDetached(dataDir);
      process.stdout.write(stopped ? 'Neo4j stopped\n' : 'no local Neo4j was running\n');
      return;
    }
    case 'reset': {
      await stopDetached(dataDir);
      fs.rmSync(dataDir, { recursive: true, force: true });
      process.stdout.write(`deleted ${dataDir}; the next start begins with an empty database\n`);
      return;
    }
    default:
      throw new Error('usage: db.ts start|stop|reset');
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
