import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../../support/free-port';

const root = path.resolve(__dirname, '../../..');

export interface ServerProcess {
  /** http://127.0.0.1:<port> */
  url: string;
  pid: number;
  /** Everything the server wrote to stdout and stderr so far (its pino logs). */
  logs(): string;
  /** The server's resident set size in bytes (what its process.memoryUsage().rss reports), from /proc. */
  rssBytes(): number;
  alive(): boolean;
  /** Sends a signal and resolves with the exit code once the process is gone. */
  kill(signal: NodeJS.Signals): Promise<number | null>;
  /** SIGTERM (graceful), then SIGKILL if it has not exited after 15 s. */
  stop(): Promise<void>;
}

/** Reads VmRSS from /proc/<pid>/status (Linux): the same number as the process's own memoryUsage().rss. */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kb) * 1024;
}

/**
 * Runs the real server (src/main.ts, one node process with tsx's require hook, so its pid is the
 * server's) on a free port of 127.0.0.1 against an existing Neo4j, and resolves once /healthz
 * answers 200. `env` adds to a minimal environment: nothing of the test process leaks in.
 */
export async function startServer(env: Record<string, string>, timeoutMs = 90000): Promise<ServerProcess> {
  // A free port can be taken by another process before the server binds it: then try another.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startServerOn(await freePort(), env, timeoutMs);
    } catch (error) {
      if (!(error instanceof Error && error.message.includes('EADDRINUSE')) || attempt >= 3) throw error;
    }
  }
}

async function startServerOn(port: number, env: Record<string, string>, timeoutMs: number): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--require', 'tsx/cjs', 'src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_ON_START: 'false',
      NEO4J_USE_DOCKER: 'false',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('could not start the server process');
  const pid = child.pid;
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve((exitCode = code))));
  const url = `http://127.0.0.1:${port}`;

  const server: ServerProcess = {
    url,
    pid,
    logs: () => output,
    rssBytes: () => rssOf(pid),
    alive: () => exitCode === undefined,
    kill: async (signal) => {
      if (exitCode !== undefined) return exitCode;
      child.kill(signal);
      return exited;
    },
    stop: async () => {
      if (exitCode !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
      await exited;
      clearTimeout(timer);
    },
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`the server exited (${String(exitCode)}) during start:\n${output}`);
    try {
      const health = await fetch(`${url}/healthz`);
      if (health.status === 200) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`the server did not become healthy in ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
