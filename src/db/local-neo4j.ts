import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';

/**
 * Runs Neo4j Community 5.26 from Maven Central in a child JVM (no Docker, no tarball):
 * Maven resolves the classpath once (cached per pom.xml), Java's source launcher runs
 * neo4j-local/Launcher.java with Bolt on 127.0.0.1, and readiness is checked with the driver.
 */

export interface LocalNeo4jOptions {
  rootDir: string;
  dataDir: string;
  port: number;
  heapMb: number;
  pageCacheMb: number;
  /** Other Neo4j settings (name to value), e.g. { 'db.tx_state.memory_allocation': 'OFF_HEAP' }. */
  settings?: Record<string, string>;
  /** Keep running after this process exits (npm run db:start); otherwise the JVM dies with us. */
  detached?: boolean;
  readyTimeoutMs?: number;
  log?: (message: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  /** False when a database was already listening on the port (started by db:start): stop() leaves it. */
  owned: boolean;
  pid: number | undefined;
  stop(): Promise<void>;
}

// Neo4j reflects into these JDK internals; JDK 17 refuses without the opens (LinkageError on java.nio).
const JVM_OPENS = [
  'java.base/java.lang',
  'java.base/java.lang.reflect',
  'java.base/java.nio',
  'java.base/java.io',
  'java.base/java.util',
  'java.base/java.util.concurrent',
  'java.base/sun.nio.ch',
  'java.base/jdk.internal.misc',
  'java.base/jdk.internal.ref',
  'java.base/jdk.internal.util',
].flatMap((p) => ['--add-opens', `${p}=ALL-UNNAMED`]);

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

function onPath(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0;
}

/** Whether this machine can run the local mode: a JDK and Maven on the PATH. */
export function canRunLocally(): boolean {
  return onPath('java', ['-version']) && onPath('mvn', ['-v']);
}

/** The Neo4j classpath, resolved by Maven once per pom.xml content and cached beside the data. */
export function resolveClasspath(rootDir: string, log: (m: string) => void = () => {}): string {
  const pom = path.join(rootDir, 'neo4j-local', 'pom.xml');
  const digest = createHash('sha256').update(fs.readFileSync(pom)).digest('hex').slice(0, 16);
  const cacheDir = path.join(rootDir, '.neo4j');
  const cacheFile = path.join(cacheDir, `classpath-${digest}.txt`);
  if (fs.existsSync(cacheFile)) {
    const cached = fs.readFileSync(cacheFile, 'utf8').trim();
    if (cached.split(path.delimiter).every((jar) => fs.existsSync(jar))) return cached;
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  log('resolving Neo4j from Maven Central (first run only)');
  const mvn = spawnSync(
    'mvn',
    ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${cacheFile}`],
    { encoding: 'utf8' },
  );
  if (mvn.status !== 0 || !fs.existsSync(cacheFile)) {
    throw new LocalNeo4jError(
      `Maven could not resolve Neo4j (exit ${String(mvn.status)}):\n${mvn.stdout}${mvn.stderr}`,
    );
  }
  return fs.readFileSync(cacheFile, 'utf8').trim();
}

/** True when a Bolt server answers at `uri` within `timeoutMs`. */
export async function boltAnswers(uri: string, timeoutMs = 2000): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    connectionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.getServerInfo();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function pidFile(dataDir: string): string {
  return path.join(dataDir, 'neo4j.pid');
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return !processAlive(pid);
}

/** Stops a JVM by pid: SIGTERM runs Neo4j's clean shutdown; SIGKILL only if that hangs. */
export async function stopPid(pid: number, timeoutMs = 60000): Promise<void> {
  if (!processAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, timeoutMs))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5000);
  }
}

/** Stops the detached database recorded in `dataDir` (npm run db:stop). Returns false if none ran. */
export async function stopDetached(dataDir: string): Promise<boolean> {
  const file = pidFile(dataDir);
  if (!fs.existsSync(file)) return false;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  fs.rmSync(file, { force: true });
  if (!Number.isInteger(pid) || !processAlive(pid)) return false;
  await stopPid(pid);
  return true;
}

function logTail(file: string, lines = 40): string {
  if (!fs.existsSync(file)) return '';
  return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/** Starts (or reuses) a local Neo4j and resolves once Bolt answers. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const uri = `bolt://127.0.0.1:${options.port}`;
  if (await boltAnswers(uri, 1000)) {
    log(`reusing the Neo4j already listening at ${uri}`);
    return { uri, owned: false, pid: undefined, stop: async () => {} };
  }

  const classpath = resolveClasspath(options.rootDir, log);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const logFile = path.join(options.dataDir, 'launcher.log');
  const out = fs.openSync(logFile, 'a');
  const args = [
    `-Xms${Math.min(512, options.heapMb)}m`,
    `-Xmx${options.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    ...Object.entries(options.settings ?? {}).map(([name, value]) => `-Dneo4j.setting.${name}=${value}`),
    ...JVM_OPENS,
    '-cp',
    classpath,
    path.join(options.rootDir, 'neo4j-local', 'Launcher.java'),
    options.dataDir,
    String(options.port),
    String(options.pageCacheMb),
  ];
  if (!options.detached) args.push('--watch-stdin');

  log(`starting Neo4j on ${uri} with data in ${options.dataDir}`);
  const child: ChildProcess = spawn('java', args, {
    stdio: [options.detached ? 'ignore' : 'pipe', out, out],
    detached: options.detached === true,
  });
  fs.closeSync(out);
  if (child.pid === undefined) throw new LocalNeo4jError('could not start java');
  const pid = child.pid;
  if (options.detached) {
    fs.writeFileSync(pidFile(options.dataDir), String(pid));
    child.unref();
  }

  let exited = false;
  child.once('exit', () => {
    exited = true;
  });

  const deadline = Date.now() + (options.readyTimeoutMs ?? 180000);
  while (!(await boltAnswers(uri, 1000))) {
    if (exited) {
      throw new LocalNeo4jError(`Neo4j exited during start; its log:\n${logTail(logFile)}`);
    }
    if (Date.now() > deadline) {
      await stopPid(pid, 10000);
      throw new LocalNeo4jError(`Neo4j did not answer on ${uri} in time; its log:\n${logTail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  log(`Neo4j is ready on ${uri} (pid ${pid})`);

  return {
    uri,
    owned: true,
    pid,
    stop: async () => {
      if (options.detached) {
        await stopDetached(options.dataDir);
        return;
      }
      if (exited) return;
      // Closing stdin is the launcher's stop signal; SIGTERM is the fallback.
      child.stdin?.end();
      if (!(await waitForExit(pid, 60000))) await stopPid(pid, 10000);
    },
  };
}
