import path from 'node:path';
import { Session } from 'node:inspector/promises';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { createDriver, openDatabase } from '../src/db/connect';
import { AccessIndex } from '../src/reach/access-index';
import { createServer } from '../src/server';
import { generateGraph } from './generate';
import { checkCompleteness } from './completeness';
import { benchImport } from './import-bench';
import { installSignalHandlers, runScript, startBenchDatabase } from './lifecycle';
import {
  AFFILIATES_QUERY,
  ask,
  PATH_GRAPH_QUERY,
  uncachedFilter,
  REACHABLE_CHIPS_QUERY,
  SCENARIO_QUERY,
  WHO_CAN_REACH_QUERY,
} from './reach-bench';
import { flagValue, scaleNamed } from './scales';
import { timed } from './stats';

/**
 * Where the time of a reachability question goes: each question is asked twice to warm up,
 * then `--runs` times under the V8 CPU profiler (node:inspector, only around the requests), and
 * the functions with the most self time and the most total time (self plus callees) are printed.
 * npx tsx bench/reach-profile.ts [--scale 10k] [--runs 3] [--only whoCanReach,scenario,...] [--check]
 *   [--uri bolt://127.0.0.1:PORT] (a database the benchmark already filled with the same --scale and
 *   seed, read only: no Neo4j started, no import)
 * (--check: the completeness check of bench/completeness.ts afterwards).
 */

const argv = process.argv.slice(2);
const value = (flag: string, fallback: string) => flagValue(argv, flag) ?? fallback;
const log = (m: string) => process.stdout.write(`[profile ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Self and total milliseconds per function (a function's recursive calls counted once in total). */
function summarise(profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[] }) {
  const msPerHit = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/work\/main\//, '')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const visit = (id: number, onStack: Set<string>): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const key = name(node);
    const own = (node.hitCount ?? 0) * msPerHit;
    self.set(key, (self.get(key) ?? 0) + own);
    const inner = new Set(onStack).add(key);
    let sum = own;
    for (const child of node.children ?? []) sum += visit(child, inner);
    if (!onStack.has(key)) total.set(key, (total.get(key) ?? 0) + sum);
    return sum;
  };
  const root = profile.nodes[0];
  if (root) visit(root.id, new Set());
  const top = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, ms]) => `${String(Math.round(ms)).padStart(7)} ms  ${k}`);
  return { self: top(self), total: top(total) };
}

async function main(): Promise<void> {
  const scale = scaleNamed(value('--scale', '10k'));
  const runs = Number(value('--runs', '3'));
  const only = value('--only', 'whoCanReach,scenario,reachableChips,pathGraph,affiliatesCaught').split(',');
  installSignalHandlers(log);
  const graph = generateGraph({ nodes: scale.nodes, seed: 42, chunkRecords: 50000 });
  const uri = flagValue(argv, '--uri');
  let stop: () => Promise<void>;
  let db: Awaited<ReturnType<typeof startBenchDatabase>>['db'];
  let driver: Awaited<ReturnType<typeof startBenchDatabase>>['driver'];
  let config: Awaited<ReturnType<typeof startBenchDatabase>>['config'];
  if (uri) {
    config = loadConfig({ NODE_ENV: 'production', NEO4J_URI: uri, LOG_LEVEL: 'silent' });
    db = await openDatabase({ uri, user: 'neo4j', password: '' }, config, pino({ level: 'silent' }));
    driver = createDriver({ uri, user: 'neo4j', password: '' }, config);
    const opened = { db, driver };
    stop = async () => {
      await opened.driver.close();
      await opened.db.close();
    };
  } else {
    const bench = await startBenchDatabase(path.resolve(__dirname, '..'), `profile-${scale.name}`, scale, log);
    ({ db, driver, config } = bench);
    stop = () => bench.stop();
    await benchImport(db, graph, { driver, database: config.neo4j.database, sampleSize: 10, batchSize: 1000, log });
  }
  try {
    const index = new AccessIndex(db);
    // No trends' month-end table: its counting in the background would share the cores with the profile.
    const noTable = { ...config, trendTable: { months: 0, delayMs: 0 } };
    const yoga = createServer({
      config: noTable,
      db,
      log: pino({ level: 'silent' }),
      databaseMode: 'local',
      reach: index,
    });
    const inProcess = async (query: string, variables: Record<string, unknown>) => {
      const response = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    };
    log(`index loaded in ${Math.round((await timed(() => index.current())).ms)} ms`);
    const base = { asOf: '2024-06-30', maxHops: 6 };
    const questions: Record<string, [string, Record<string, unknown>]> = {
      whoCanReach: [WHO_CAN_REACH_QUERY, { ...base, chip: graph.mostHostedChip, onlyRestricted: false }],
      scenario: [SCENARIO_QUERY, base],
      reachableChips: [REACHABLE_CHIPS_QUERY, { ...base, from: graph.conglomerateParents[0] }],
      pathGraph: [PATH_GRAPH_QUERY, { ...base, to: graph.mostHostedChip }],
      affiliatesCaught: [AFFILIATES_QUERY, { asOf: '2025-10-15' }],
    };
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 500 });
    for (const name of only) {
      const question = questions[name];
      if (!question) throw new Error(`--only takes: ${Object.keys(questions).join(', ')}`);
      // whoCanReach and pathGraph(to:) answers are cached per snapshot: each run asks with another key.
      const cached = name === 'whoCanReach' || name === 'pathGraph';
      const vars = (i: number) =>
        cached
          ? {
              ...question[1],
              filter: { ...uncachedFilter(i), ...(name === 'pathGraph' ? { minConfidence: 'DISPUTED' } : {}) },
            }
          : question[1];
      for (let i = 0; i < 2; i += 1) await ask(inProcess, question[0], vars(i));
      await session.post('Profiler.start');
      const times: number[] = [];
      for (let i = 2; i < runs + 2; i += 1)
        times.push(Math.round((await timed(() => ask(inProcess, question[0], vars(i)))).ms));
      const { profile } = await session.post('Profiler.stop');
      const { self, total } = summarise(profile as never);
      log(`${name} (${scale.name}), ${runs} runs: ${times.join(', ')} ms`);
      process.stdout.write(`  self time:\n    ${self.join('\n    ')}\n  total time:\n    ${total.join('\n    ')}\n`);
    }
    session.disconnect();
    if (argv.includes('--check')) {
      await checkCompleteness({
        driver,
        database: config.neo4j.database,
        index,
        limits: config.limits,
        inProcess,
        chipIds: graph.chipIds,
        asOf: base.asOf,
        maxHops: base.maxHops,
        log,
      });
    }
  } finally {
    await stop();
  }
}

runScript(main);
