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
  /**
   * Where results that depend only on the project's files are kept between runs (the Maven
   * classpath, the compiled launcher): `<rootDir>/.neo4j` unless given.
   */
  cacheDir?: string;
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

/**
 * Whether this machine can run the local mode: a JDK, and Maven unless the classpath is already
 * resolved (`mvn -v` alone starts a JVM: about a second).
 */
export function canRunLocally(rootDir?: string, cacheDir?: string): boolean {
  if (!onPath('java', ['-version'])) return false;
  if (rootDir && cachedClasspath(rootDir, cacheDir ?? path.join(rootDir, '.neo4j')) !== null) return true;
  return onPath('mvn', ['-v']);
}

function digestOf(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16);
}

function classpathFile(rootDir: string, cacheDir: string): string {
  return path.join(cacheDir, `classpath-${digestOf(path.join(rootDir, 'neo4j-local', 'pom.xml'))}.txt`);
}

/** The classpath resolved for this pom.xml before, if every jar of it is still in the Maven cache. */
function cachedClasspath(rootDir: string, cacheDir: string): string | null {
  const cacheFile = classpathFile(rootDir, cacheDir);
  if (!fs.existsSync(cacheFile)) return null;
  const cached = fs.readFileSync(cacheFile, 'utf8').trim();
  return cached.split(path.delimiter).every((jar) => fs.existsSync(jar)) ? cached : null;
}

/** The Neo4j classpath, resolved by Maven once per pom.xml content and cached in `cacheDir`. */
export function resolveClasspath(
  rootDir: string,
  log: (m: string) => void = () => {},
  cacheDir = path.join(rootDir, '.neo4j'),
): string {
  const started = Date.now();
  const cached = cachedClasspath(rootDir, cacheDir);
  if (cached !== null) {
    log(`Maven: Neo4j classpath from the cache (${Date.now() - started} ms)`);
    return cached;
  }
  const pom = path.join(rootDir, 'neo4j-local', 'pom.xml');
  const cacheFile = classpathFile(rootDir, cacheDir);
  fs.mkdirSync(cacheDir, { recursive: true });
  log('Maven: resolving Neo4j from Maven Central (once per pom.xml)');
  // Written beside and renamed: a start running at the same time reads the whole file or none.
  const writing = `${cacheFile}.${process.pid}`;
  const mvn = spawnSync('mvn', ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${writing}`], {
    encoding: 'utf8',
  });
  if (mvn.status !== 0 || !fs.existsSync(writing)) {
    throw new LocalNeo4jError(
      `Maven could not resolve Neo4j (exit ${String(mvn.status)}):\n${mvn.stdout}${mvn.stderr}`,
    );
  }
  fs.renameSync(writing, cacheFile);
  log(`Maven: Neo4j classpath resolved (${Date.now() - started} ms)`);
  return fs.readFileSync(cacheFile, 'utf8').trim();
}

/**
 * How to run the launcher: its class compiled once per Launcher.java and classpath into `cacheDir`
 * (starting from the class saves the source launcher's compilation, about 1.3 s a start), or the
 * source file itself where javac is not available.
 */
function launcherCommand(rootDir: string, classpath: string, cacheDir: string, log: (m: string) => void): string[] {
  const source = path.join(rootDir, 'neo4j-local', 'Launcher.java');
  // Keyed by the source and the classpath it compiles against (a new Neo4j recompiles it).
  const key = createHash('sha256').update(fs.readFileSync(source)).update(classpath).digest('hex').slice(0, 16);
  const classDir = path.join(cacheDir, `launcher-${key}`);
  if (!fs.existsSync(path.join(classDir, 'Launcher.class'))) {
    const started = Date.now();
    const building = `${classDir}.${process.pid}`;
    fs.rmSync(building, { recursive: true, force: true });
    const javac = spawnSync('javac', ['-nowarn', '-cp', classpath, '-d', building, source], { encoding: 'utf8' });
    if (javac.status !== 0) {
      fs.rmSync(building, { recursive: true, force: true });
      return ['-cp', classpath, source];
    }
    // A rename is atomic: a concurrent start sees the whole class or none.
    try {
      fs.renameSync(building, classDir);
    } catch {
      fs.rmSync(building, { recursive: true, force: true });
    }
    log(`launcher compiled (${Date.now() - started} ms, once per Launcher.java)`);
  }
  return ['-cp', `${classpath}${path.delimiter}${classDir}`, 'Launcher'];
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

/**
 * The id Neo4j gave the server whose data is in `dataDir` (the file data/server_id: a version
 * byte, then a UUID), or null when no Neo4j has run there yet.
 */
export function serverIdOf(dataDir: string): string | null {
  const file = path.join(dataDir, 'data', 'server_id');
  if (!fs.existsSync(file)) return null;
  const hex = fs.readFileSync(file).subarray(1, 17).toString('hex');
  if (hex.length !== 32) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The server id of the Neo4j answering at `uri` (SHOW DATABASES), or null when it does not say. */
export async function answeringServerId(uri: string): Promise<string | null> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    connectionTimeout: 5000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    const result = await driver.executeQuery(
      'SHOW DATABASES YIELD serverID RETURN serverID LIMIT 1',
      {},
      { database: 'system' },
    );
    const id: unknown = result.records[0]?.get('serverID');
    return typeof id === 'string' ? id.toLowerCase() : null;
  } catch {
    return null;
  } finally {
    await driver.close();
  }
}

/**
 * Refuses a Neo4j found answering on the port unless it runs on `dataDir`: otherwise a server or
 * an import would read and write another database (another checkout's, another test run's) while
 * believing it has the one its configuration names.
 */
export async function checkIdentity(uri: string, dataDir: string): Promise<void> {
  const expected = serverIdOf(dataDir);
  const answering = await answeringServerId(uri);
  if (expected !== null && answering === expected.toLowerCase()) return;
  throw new LocalNeo4jError(
    [
      `The Neo4j answering on ${uri} is not the database of ${dataDir}:`,
      `  it is server ${answering ?? '(unknown)'}; ${
        expected === null ? 'that folder holds no database yet' : `that folder belongs to server ${expected}`
      }.`,
      'Stop that Neo4j, or set NEO4J_LOCAL_PORT and NEO4J_LOCAL_DATA to the port and data folder of one',
      'database (npm start, npm run import, npm run seed and npm run db:* read the same settings).',
    ].join('\n'),
  );
}

const JVM_UP = 'NEO4J_LOCAL_JVM_UP';

/**
 * Starts (or reuses) a local Neo4j and resolves once Bolt answers. A database already answering on
 * the port is reused only when it runs on `dataDir` (`checkIdentity`). Logs a line per phase:
 * Maven, JVM start, store open.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const uri = `bolt://127.0.0.1:${options.port}`;
  const cacheDir = options.cacheDir ?? path.join(options.rootDir, '.neo4j');
  if (await boltAnswers(uri, 1000)) {
    await checkIdentity(uri, options.dataDir);
    log(`reusing the Neo4j already listening at ${uri} (its data is ${options.dataDir})`);
    return { uri, owned: false, pid: undefined, stop: async () => {} };
  }

  const classpath = resolveClasspath(options.rootDir, log, cacheDir);
  const launcher = launcherCommand(options.rootDir, classpath, cacheDir, log);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const logFile = path.join(options.dataDir, 'launcher.log');
  const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
  const out = fs.openSync(logFile, 'a');
  const args = [
    `-Xms${Math.min(512, options.heapMb)}m`,
    `-Xmx${options.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    ...Object.entries(options.settings ?? {}).map(([name, value]) => `-Dneo4j.setting.${name}=${value}`),
    ...JVM_OPENS,
    ...launcher,
    options.dataDir,
    String(options.port),
    String(options.pageCacheMb),
  ];
  if (!options.detached) args.push('--watch-stdin');

  const spawnedAt = Date.now();
  log(`JVM: starting Neo4j on ${uri} with data in ${options.dataDir}`);
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

  let jvmUp = false;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 180000);
  while (!(await boltAnswers(uri, 1000))) {
    if (exited) {
      throw new LocalNeo4jError(`Neo4j exited during start; its log:\n${logTail(logFile)}`);
    }
    if (Date.now() > deadline) {
      await stopPid(pid, 10000);
      throw new LocalNeo4jError(`Neo4j did not answer on ${uri} in time; its log:\n${logTail(logFile)}`);
    }
    if (!jvmUp && logSince(logFile, logStart).includes(JVM_UP)) {
      jvmUp = true;
      log(`JVM: up, opening the store (${Date.now() - spawnedAt} ms)`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`store open: Neo4j answers on ${uri} (pid ${pid}, ${Date.now() - spawnedAt} ms after the JVM started)`);

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

/** What a log file gained after `offset` bytes. */
function logSince(file: string, offset: number): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const buffer = Buffer.alloc(Math.max(0, Math.min(size - offset, 64 * 1024)));
      fs.readSync(fd, buffer, 0, buffer.length, offset);
      return buffer.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}
