#!/usr/bin/env node
// Times a start command to its first /healthz 200, then signals the command's own PID (as a
// process manager does) and reports how long it took to stop and whether anything was left.
//
//   node scripts/time-to-healthz.mjs [--signal SIGTERM|SIGINT] [--cwd DIR] -- npm start
//
// PORT, NEO4J_LOCAL_PORT and NEO4J_LOCAL_DATA are chosen free / fresh unless set.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const opts = argv.slice(0, dash < 0 ? argv.length : dash);
const command = dash < 0 ? ['npm', 'start'] : argv.slice(dash + 1);
const opt = (name, fallback) => {
  const i = opts.indexOf(name);
  return i >= 0 ? opts[i + 1] : fallback;
};
const signal = opt('--signal', 'SIGTERM');
const cwd = path.resolve(opt('--cwd', process.cwd()));

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** Processes whose command line names `needle` (the JVM of a data folder). */
const processesNaming = (needle) => {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.includes(needle) && !line.includes('time-to-healthz'))
    .map((line) => line.trim().slice(0, 120));
};

const port = Number(process.env.PORT ?? (await freePort()));
const boltPort = Number(process.env.NEO4J_LOCAL_PORT ?? (await freePort()));
const dataDir = process.env.NEO4J_LOCAL_DATA ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cag-start-'));
const env = { ...process.env, PORT: String(port), NEO4J_LOCAL_PORT: String(boltPort), NEO4J_LOCAL_DATA: dataDir };

const started = Date.now();
const child = spawn(command[0], command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
const lines = [];
const collect = (stream) =>
  stream.on('data', (chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean))
      lines.push(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s ${line}`);
  });
collect(child.stdout);
collect(child.stderr);
let exited = null;
child.on('exit', (code, sig) => (exited = { code, sig }));

let healthyAfter = null;
while (Date.now() - started < 300000 && !exited) {
  try {
    const r = await fetch(`http://127.0.0.1:${port}/healthz`);
    if (r.status === 200) {
      healthyAfter = Date.now() - started;
      break;
    }
  } catch {
    // not listening yet
  }
  await sleep(100);
}

const signalledAt = Date.now();
if (!exited) child.kill(signal);
while (!exited && Date.now() - signalledAt < 60000) await sleep(100);
// Whatever the command started gets a moment to go after the command itself exits.
let left;
for (let i = 0; i < 100; i += 1) {
  left = { server: await portOpen(port), bolt: await portOpen(boltPort), jvm: processesNaming(dataDir) };
  if (!left.server && !left.bolt && left.jvm.length === 0) break;
  await sleep(100);
}
const report = {
  command: command.join(' '),
  healthzAfterSeconds: healthyAfter === null ? null : healthyAfter / 1000,
  signal,
  exit: exited,
  stoppedAfterSeconds: (Date.now() - signalledAt) / 1000,
  left,
  load: os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' '),
};
process.stdout.write(`${lines.join('\n')}\n${JSON.stringify(report, null, 2)}\n`);
if (!process.env.NEO4J_LOCAL_DATA) fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(healthyAfter !== null && !left.server && !left.bolt && left.jvm.length === 0 ? 0 : 1);
