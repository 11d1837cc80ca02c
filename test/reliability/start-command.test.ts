import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';
import { waitFor } from '../support/wait';
import { root } from './support/seeded';

/**
 * `npm start` signalled as a process manager, an IDE's stop button or `timeout` signal it: by
 * the start command's own PID, not its process group. The server must stop, and so must the
 * Neo4j it started: no port left open, no JVM on its data folder. Each case is a real start on a
 * free port with a data folder of its own (local JVM mode only).
 */
const local = process.env.NEO4J_TEST_LOCAL === '1';
const maybe = local ? it : it.skip;

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Processes whose command line names `dataDir`: the JVM of that data folder. */
function processesOn(dataDir: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dataDir));
}

async function startThenSignal(signal: NodeJS.Signals): Promise<void> {
  const port = await freePort();
  const boltPort = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cag-start-test-'));
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      NEO4J_LOCAL_PORT: String(boltPort),
      NEO4J_LOCAL_DATA: dataDir,
      NEO4J_LOCAL_HEAP_MB: '512',
      NEO4J_LOCAL_PAGECACHE_MB: '64',
      NEO4J_USE_DOCKER: 'false',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, sig) => resolve({ code, signal: sig })),
  );
  try {
    const healthy = await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200, 240000);
    if (!healthy) throw new Error(`npm start did not become healthy:\n${output}`);
    expect(processesOn(dataDir).length).toBeGreaterThan(0); // its JVM runs

    expect(child.kill(signal)).toBe(true); // the PID of npm itself, nothing else

    const { code } = await exit;
    expect(code).toBe(0);
    expect(await waitFor(async () => !(await portOpen(port)), 60000)).toBe(true);
    expect(await waitFor(async () => !(await portOpen(boltPort)), 60000)).toBe(true);
    expect(await waitFor(async () => processesOn(dataDir).length === 0, 60000)).toBe(true);
    expect(output).toMatch(new RegExp(`"signal":"${signal}".*shutting down`));
    expect(output).toContain('"msg":"stopped"');
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const line of processesOn(dataDir)) process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

maybe(
  'npm start stops the server and its Neo4j on SIGTERM sent to its own PID',
  () => startThenSignal('SIGTERM'),
  420000,
);

maybe(
  'npm start stops the server and its Neo4j on SIGINT sent to its own PID',
  () => startThenSignal('SIGINT'),
  420000,
);
