import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Config } from '../config';
import { boltAnswers, canRunLocally, startLocalNeo4j } from './local-neo4j';

/**
 * Picks where the database comes from, in this order:
 * 1. NEO4J_URI: an existing server (Aura, a cluster through neo4j://, docker compose);
 * 2. a running Docker engine: `docker compose up neo4j` from docker-compose.yml;
 * 3. a JDK and Maven: Neo4j Community from Maven Central in a child JVM (src/db/local-neo4j.ts).
 */

export type Neo4jMode = 'external' | 'docker' | 'local';

export interface ProvidedNeo4j {
  mode: Neo4jMode;
  uri: string;
  user: string;
  password: string;
  /** Stops what this process started; a no-op for servers it found running. */
  stop(): Promise<void>;
}

/** The password docker-compose.yml gives its Neo4j service (a local development database). */
export const DOCKER_NEO4J_PASSWORD = 'chip-access-graph';

function dockerEngineRuns(): boolean {
  return spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10000 }).status === 0;
}

export const NOTHING_TO_RUN_NEO4J = [
  'No Neo4j is available. Do one of these:',
  '  - set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to a Neo4j 5.26 server or Aura;',
  '  - start a Docker engine (docker compose up -d neo4j);',
  '  - install a JDK 17 and Maven (Debian: apt-get install openjdk-17-jdk-headless maven),',
  '    and the project runs Neo4j Community itself.',
].join('\n');

export async function provideNeo4j(
  config: Readonly<Config>,
  log: (message: string) => void,
  options: { detached?: boolean } = {},
): Promise<ProvidedNeo4j> {
  const { neo4j } = config;
  if (neo4j.uri) {
    return { mode: 'external', uri: neo4j.uri, user: neo4j.user, password: neo4j.password, stop: async () => {} };
  }
  if (neo4j.useDocker && dockerEngineRuns()) {
    const compose = path.join(config.rootDir, 'docker-compose.yml');
    const uri = 'bolt://127.0.0.1:7687';
    const alreadyUp = await boltAnswers(uri, 1000);
    if (!alreadyUp) {
      log('starting Neo4j with docker compose');
      const up = spawnSync('docker', ['compose', '-f', compose, 'up', '-d', '--wait', 'neo4j'], {
        stdio: 'inherit',
      });
      if (up.status !== 0) throw new Error('docker compose up neo4j failed');
    }
    return {
      mode: 'docker',
      uri,
      user: 'neo4j',
      password: DOCKER_NEO4J_PASSWORD,
      stop: async () => {
        if (!alreadyUp) spawnSync('docker', ['compose', '-f', compose, 'stop', 'neo4j'], { stdio: 'inherit' });
      },
    };
  }
  if (canRunLocally(config.rootDir, config.cacheDir)) {
    const local = await startLocalNeo4j({
      rootDir: config.rootDir,
      cacheDir: config.cacheDir,
      dataDir: neo4j.local.dataDir,
      port: neo4j.local.port,
      heapMb: neo4j.local.heapMb,
      pageCacheMb: neo4j.local.pageCacheMb,
      detached: options.detached,
      log,
    });
    // Local mode runs with authentication off and listens on 127.0.0.1 only.
    return { mode: 'local', uri: local.uri, user: 'neo4j', password: '', stop: local.stop };
  }
  throw new Error(NOTHING_TO_RUN_NEO4J);
}
