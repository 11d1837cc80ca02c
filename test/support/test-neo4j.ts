import path from 'node:path';
import { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from '../../src/db/local-neo4j';
import { freePort } from './free-port';

/**
 * A local Neo4j for a test tier or suite on a port free when it starts. A free port can be taken
 * by another process (another engineer's test run on the same machine) between the moment it is
 * found and the moment the JVM binds it: then Neo4j exits ("Address already in use") or, if
 * another Neo4j took it, the identity check refuses it; either way a new port is tried.
 */
export async function startTestNeo4j(
  options: Omit<LocalNeo4jOptions, 'port' | 'rootDir'>,
): Promise<{ neo4j: LocalNeo4j; port: number }> {
  const rootDir = path.resolve(__dirname, '../..');
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    try {
      return { neo4j: await startLocalNeo4j({ ...options, rootDir, port }), port };
    } catch (error) {
      const portTaken =
        error instanceof LocalNeo4jError &&
        /Address already in use|BindException|is not the database of/.test(error.message);
      if (!portTaken || attempt >= 3) throw error;
    }
  }
}
