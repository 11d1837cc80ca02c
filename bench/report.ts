import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportFigures } from './import-bench';
import type { NestedFigures } from './nested-bench';
import type { PathFigures } from './path-bench';
import type { ThroughputFigures } from './throughput';

/** Everything one scale measured. */
export interface ScaleResult {
  scale: string;
  nodes: number;
  relationships: number;
  neo4jMemory: { heapMb: number; pageCacheMb: number };
  import: ImportFigures;
  paths: PathFigures;
  nested: NestedFigures;
  throughput: ThroughputFigures;
  seconds: number;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  platform: string;
  node: string;
  java: string;
  neo4j: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd?: number[];
  gitCommit: string;
}

export interface Target {
  name: string;
  goal: string;
  value: number | null;
  met: boolean | null;
  note?: string;
}

export interface Results {
  generatedAt: string;
  command: string;
  mode: 'quick' | 'full' | 'custom';
  seed: number;
  machine: Machine;
  scales: ScaleResult[];
  /** How cost grows with the graph: one row per scale run. */
  growth: {
    scale: string;
    nodes: number;
    relationships: number;
    importRelsPerSec: number;
    pathP50MsHops4: number;
    pathP95MsHops4: number;
    pathP50MsHops6: number;
    pathP95MsHops6: number;
    whoCanReachP50MsHops6: number | null;
  }[];
  summary: {
    scale: string;
    importRelsPerSec: number;
    importSpeedupVsNaive: number | null;
    pathP50Ms: number;
    pathP95Ms: number;
    graphqlOverheadP50: number | null;
    nestedRoundTrips: number;
    nestedRoundTripsWithoutLoader: number;
    nestedDepth: number;
    throughputRatioVsNeo4jGraphql: number | null;
  };
  targets: Target[];
}

function firstLine(command: string, args: string[]): string {
  const out = spawnSync(command, args, { encoding: 'utf8' });
  return `${out.stdout ?? ''}${out.stderr ?? ''}`.split('\n')[0]?.trim() ?? 'unknown';
}

export function machineInfo(rootDir: string, neo4jVersion: string): Machine {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java: firstLine('java', ['-version']),
    neo4j: neo4jVersion,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    gitCommit:
      spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: rootDir, encoding: 'utf8' }).stdout.trim() || 'unknown',
  };
}

const hop = (paths: PathFigures, maxHops: number) => paths.hops.find((h) => h.maxHops === maxHops);

/** The growth rows, the summary keys (largest scale run) and the targets. */
export function summarise(scales: ScaleResult[]): Pick<Results, 'growth' | 'summary' | 'targets'> {
  const growth = scales.map((s) => ({
    scale: s.scale,
    nodes: s.nodes,
    relationships: s.relationships,
    importRelsPerSec: s.import.relsPerSec,
    pathP50MsHops4: hop(s.paths, 4)?.graphql.p50Ms ?? Number.NaN,
    pathP95MsHops4: hop(s.paths, 4)?.graphql.p95Ms ?? Number.NaN,
    pathP50MsHops6: hop(s.paths, 6)?.graphql.p50Ms ?? Number.NaN,
    pathP95MsHops6: hop(s.paths, 6)?.graphql.p95Ms ?? Number.NaN,
    whoCanReachP50MsHops6: s.paths.whoCanReach.find((w) => w.maxHops === 6)?.graphql.p50Ms ?? null,
  }));
  const last = scales[scales.length - 1];
  if (!last) throw new Error('no scale was run');
  const six = hop(last.paths, 6);
  const summary = {
    scale: last.scale,
    importRelsPerSec: last.import.relsPerSec,
    importSpeedupVsNaive: last.import.speedupVsNaive,
    pathP50Ms: six?.graphql.p50Ms ?? Number.NaN,
    pathP95Ms: six?.graphql.p95Ms ?? Number.NaN,
    graphqlOverheadP50: six?.overheadP50 ?? null,
    nestedRoundTrips: last.nested.withLoader.roundTrips,
    nestedRoundTripsWithoutLoader: last.nested.withoutLoader.roundTrips,
    nestedDepth: last.nested.depth,
    throughputRatioVsNeo4jGraphql: last.throughput.ratio,
  };
  const at100k = scales.find((s) => s.scale === '100k');
  const p95At100k = at100k ? (hop(at100k.paths, 6)?.graphql.p95Ms ?? null) : null;
  const check = (value: number | null, ok: (v: number) => boolean) =>
    value === null || Number.isNaN(value) ? null : ok(value);
  const targets: Target[] = [
    {
      name: 'GraphQL overhead over raw Cypher at p50 (accessPaths, maxHops 6)',
      goal: '<= 1.2x',
      value: summary.graphqlOverheadP50,
      met: check(summary.graphqlOverheadP50, (v) => v <= 1.2),
    },
    {
      name: 'import speed-up over the naive loader',
      goal: '>= 20x',
      value: summary.importSpeedupVsNaive,
      met: check(summary.importSpeedupVsNaive, (v) => v >= 20),
    },
    {
      name: 'import rate (relationships per second)',
      goal: '>= 50000',
      value: summary.importRelsPerSec,
      met: check(summary.importRelsPerSec, (v) => v >= 50000),
    },
    {
      name: 'nested listing round trips',
      goal: `<= 1 + depth (${1 + summary.nestedDepth})`,
      value: summary.nestedRoundTrips,
      met: summary.nestedRoundTrips <= 1 + summary.nestedDepth,
    },
    {
      name: 'throughput vs @neo4j/graphql (ratio)',
      goal: '>= 1',
      value: summary.throughputRatioVsNeo4jGraphql,
      met: check(summary.throughputRatioVsNeo4jGraphql, (v) => v >= 1),
    },
    {
      name: 'accessPaths p95 at 100k entities, maxHops 6 (ms)',
      goal: '< 100',
      value: p95At100k,
      met: check(p95At100k, (v) => v < 100),
      ...(at100k ? {} : { note: 'the 100k scale was not run (quick mode): see growth for the scales that were' }),
    },
  ];
  return { growth, summary, targets };
}

const cell = (v: unknown) =>
  v === null || v === undefined ? '-' : typeof v === 'number' ? (Number.isNaN(v) ? '-' : String(v)) : String(v);

function table(rows: unknown[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => cell(r[i]).length))) ?? [];
  return rows.map((r) => r.map((v, i) => cell(v).padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}

/** A plain-text report: per-scale figures, growth and targets. */
export function renderTable(results: Results): string {
  const lines: string[] = [];
  for (const s of results.scales) {
    lines.push(`\n== ${s.scale}: ${s.nodes} nodes, ${s.relationships} relationships (${s.seconds} s)`);
    const rows: unknown[][] = [['measure', 'this project', 'baseline', 'ratio']];
    rows.push([
      'import rels/s (full import | naive loader)',
      s.import.relsPerSec,
      s.import.naive.relsPerSec,
      s.import.speedupVsNaive,
    ]);
    rows.push([
      'import rels/s (same sample | naive loader)',
      s.import.projectOnSample.relsPerSec,
      s.import.naive.relsPerSec,
      s.import.speedupSameSample,
    ]);
    rows.push(['HTTP floor: { __typename } p50 ms', s.paths.httpFloor.p50Ms, null, null]);
    for (const h of s.paths.hops) {
      rows.push([
        `accessPaths maxHops ${h.maxHops} statements per request | db hits p50`,
        h.statementsPerRequest,
        h.dbHits.p50,
        null,
      ]);
      rows.push([
        `accessPaths maxHops ${h.maxHops} p50 ms (GraphQL | raw)`,
        h.graphql.p50Ms,
        h.raw.p50Ms,
        h.overheadP50,
      ]);
      rows.push([
        `accessPaths maxHops ${h.maxHops} p95 ms (GraphQL | raw)`,
        h.graphql.p95Ms,
        h.raw.p95Ms,
        h.overheadP95,
      ]);
      rows.push([`accessPaths maxHops ${h.maxHops} p99 ms (GraphQL | raw)`, h.graphql.p99Ms, h.raw.p99Ms, null]);
    }
    const b = s.paths.breakdown;
    rows.push([`accessPaths maxHops ${b.maxHops} p50 ms: statement | path service`, b.rawP50Ms, b.serviceP50Ms, null]);
    rows.push([
      `accessPaths maxHops ${b.maxHops} p50 ms: GraphQL in-process | over HTTP`,
      b.graphqlInProcessP50Ms,
      b.graphqlHttpP50Ms,
      null,
    ]);
    for (const w of s.paths.whoCanReach) {
      rows.push([
        `whoCanReach ${w.chip} maxHops ${w.maxHops} p50 ms (GraphQL | raw)`,
        w.graphql.p50Ms,
        w.raw.p50Ms,
        null,
      ]);
    }
    rows.push([
      'nested listing round trips (loader | none)',
      s.nested.withLoader.roundTrips,
      s.nested.withoutLoader.roundTrips,
      null,
    ]);
    rows.push([
      'nested listing p50 ms (loader | none)',
      s.nested.withLoader.latency.p50Ms,
      s.nested.withoutLoader.latency.p50Ms,
      null,
    ]);
    const t = s.throughput;
    rows.push([
      `neighbourhood req/s at c=${t.concurrency} (this | @neo4j/graphql)`,
      t.thisServer.requestsPerSec,
      t.neo4jGraphql.requestsPerSec,
      t.ratio,
    ]);
    rows.push([
      'neighbourhood Neo4j CPU ms per request',
      t.thisServer.neo4jCpuMsPerRequest,
      t.neo4jGraphql.neo4jCpuMsPerRequest,
      null,
    ]);
    rows.push([
      'neighbourhood Node CPU ms per request',
      t.thisServer.nodeCpuMsPerRequest,
      t.neo4jGraphql.nodeCpuMsPerRequest,
      null,
    ]);
    rows.push(['neighbourhood statements per request', t.thisServer.statementsPerRequest, null, null]);
    lines.push(table(rows));
  }
  lines.push('\n== growth');
  lines.push(
    table([
      [
        'scale',
        'nodes',
        'relationships',
        'import rels/s',
        'paths p50/p95 ms (4 hops)',
        'paths p50/p95 ms (6 hops)',
        'whoCanReach p50 ms (6 hops)',
      ],
      ...results.growth.map((g) => [
        g.scale,
        g.nodes,
        g.relationships,
        g.importRelsPerSec,
        `${g.pathP50MsHops4} / ${g.pathP95MsHops4}`,
        `${g.pathP50MsHops6} / ${g.pathP95MsHops6}`,
        g.whoCanReachP50MsHops6,
      ]),
    ]),
  );
  lines.push('\n== targets');
  lines.push(
    table([
      ['target', 'goal', 'measured', 'met'],
      ...results.targets.map((t) => [t.name, t.goal, t.value, t.met === null ? 'n/a' : t.met ? 'yes' : 'NO']),
    ]),
  );
  return `${lines.join('\n')}\n`;
}

/** Writes bench/results/latest.json and a timestamped copy; returns their paths. */
export function writeResults(rootDir: string, results: Results): string[] {
  const dir = path.join(rootDir, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const stamped = path.join(dir, `${results.generatedAt.replace(/[:.]/g, '-')}.json`);
  const latest = path.join(dir, 'latest.json');
  fs.writeFileSync(stamped, json);
  fs.writeFileSync(latest, json);
  return [latest, stamped];
}
