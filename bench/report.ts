import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CompletenessFigures } from './completeness';
import type { ImportFigures } from './import-bench';
import type { NestedFigures } from './nested-bench';
import type { PathFigures } from './path-bench';
import { queryNamed, type ReachFigures } from './reach-bench';
import { ratio } from './stats';
import type { ThroughputFigures } from './throughput';

/** Everything one scale measured. */
export interface ScaleResult {
  scale: string;
  nodes: number;
  relationships: number;
  neo4jMemory: { heapMb: number; pageCacheMb: number };
  import: ImportFigures;
  /** The questions answered from the reachability index (bench/reach-bench.ts). */
  reach: ReachFigures;
  /** whoCanReach against the brute-force count (bench/completeness.ts); null where not run. */
  completeness: CompletenessFigures | null;
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
    /** The reachability questions (GraphQL in-process, warm) and the index load. */
    whoCanReachP95Ms: number | null;
    scenarioAllChipsMs: number | null;
    reachableChipsP95Ms: number | null;
    affiliatesCaughtMs: number | null;
    trendsP95Ms: number | null;
    indexLoadMs: number | null;
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
    /** whoCanReach, most hosted chip, maxHops 6: warm p95 through GraphQL in-process (the cold first request in whoCanReachColdMs). */
    whoCanReachP95Ms: number | null;
    whoCanReachColdMs: number | null;
    /** Its totalCount (complete). */
    whoCanReachEntities: number | null;
    /** True only when the completeness check passed (every chip); null when it was not run. */
    whoCanReachComplete: boolean | null;
    /** The scale the completeness check ran at (the largest that ran it). */
    whoCanReachCompleteScale: string | null;
    /** scenario over every chip (US clouds deny restricted customers): warm p50; cold apart. */
    scenarioAllChipsMs: number | null;
    scenarioAllChipsColdMs: number | null;
    /** reachableChips of the largest conglomerate's parent: warm p95. */
    reachableChipsP95Ms: number | null;
    /** affiliatesCaught with the rule in force (2025-10-15): warm p50. */
    affiliatesCaughtMs: number | null;
    /** accessTrends over 8 quarters and every chip: warm p95 (read from the month-end table). */
    trendsP95Ms: number | null;
    /** The same over a question the table does not hold (counted): warm p95. */
    trendsCountedP95Ms: number | null;
    /** Counting the trends' month-end table when the index loaded (ms). */
    trendTableBuildMs: number | null;
    /** accessTimeline of the largest conglomerate's parent, 2020-2026: warm p95. */
    timelineP95Ms: number | null;
    /** The first load of the reachability index (ms) and its approximate size (MB). */
    indexLoadMs: number | null;
    indexApproxMB: number | null;
    /** The raw UNWIND ... CREATE rate of the same rows (the floor the importer is compared with). */
    importRawRelsPerSec: number | null;
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
    whoCanReachP95Ms: queryNamed(s.reach, 'whoCanReach most hosted chip')?.warm.p95Ms ?? null,
    scenarioAllChipsMs: queryNamed(s.reach, 'scenario all chips')?.warm.p50Ms ?? null,
    reachableChipsP95Ms: queryNamed(s.reach, 'reachableChips')?.warm.p95Ms ?? null,
    affiliatesCaughtMs: queryNamed(s.reach, 'affiliatesCaught')?.warm.p50Ms ?? null,
    trendsP95Ms: queryNamed(s.reach, 'accessTrends')?.warm.p95Ms ?? null,
    indexLoadMs: s.reach.index.loadMs,
  }));
  const last = scales[scales.length - 1];
  if (!last) throw new Error('no scale was run');
  const six = hop(last.paths, 6);
  const who = queryNamed(last.reach, 'whoCanReach most hosted chip');
  const scenario = queryNamed(last.reach, 'scenario all chips');
  const checked = [...scales].reverse().find((s) => s.completeness !== null);
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
    whoCanReachP95Ms: who?.warm.p95Ms ?? null,
    whoCanReachColdMs: who?.coldMs ?? null,
    whoCanReachEntities: typeof who?.answer.totalCount === 'number' ? who.answer.totalCount : null,
    whoCanReachComplete: checked?.completeness?.complete ?? null,
    whoCanReachCompleteScale: checked?.scale ?? null,
    scenarioAllChipsMs: scenario?.warm.p50Ms ?? null,
    scenarioAllChipsColdMs: scenario?.coldMs ?? null,
    reachableChipsP95Ms: queryNamed(last.reach, 'reachableChips')?.warm.p95Ms ?? null,
    affiliatesCaughtMs: queryNamed(last.reach, 'affiliatesCaught')?.warm.p50Ms ?? null,
    trendsP95Ms: queryNamed(last.reach, 'accessTrends')?.warm.p95Ms ?? null,
    trendsCountedP95Ms: queryNamed(last.reach, 'counted accessTrends')?.warm.p95Ms ?? null,
    trendTableBuildMs: last.reach.trendTable?.buildMs ?? null,
    timelineP95Ms: queryNamed(last.reach, 'accessTimeline')?.warm.p95Ms ?? null,
    indexLoadMs: last.reach.index.loadMs,
    indexApproxMB: last.reach.index.approxMB,
    importRawRelsPerSec: last.import.raw.relsPerSec,
  };
  const at100k = scales.find((s) => s.scale === '100k');
  const p95At100k = at100k ? (hop(at100k.paths, 6)?.graphql.p95Ms ?? null) : null;
  const check = (value: number | null, ok: (v: number) => boolean) =>
    value === null || Number.isNaN(value) ? null : ok(value);
  const reachAt = (scale: string, prefix: string, pick: 'p50' | 'p95') => {
    const q = queryNamed(scales.find((x) => x.scale === scale)?.reach, prefix);
    return q ? (pick === 'p50' ? q.warm.p50Ms : q.warm.p95Ms) : null;
  };
  const not100k = at100k ? {} : { note: 'the 100k scale was not run' };
  const targets: Target[] = [
    {
      name: 'accessTrends 8 quarters over every chip p95 at 100k, maxHops 6 (ms, GraphQL in-process, warm)',
      goal: '< 2000',
      value: reachAt('100k', 'accessTrends', 'p95'),
      met: check(reachAt('100k', 'accessTrends', 'p95'), (v) => v < 2000),
      ...not100k,
    },
    {
      name: 'accessTrends 8 quarters over every chip p95 at 100k, a question the month-end table does not hold (ms, counted)',
      goal: '< 2000',
      value: reachAt('100k', 'counted accessTrends', 'p95'),
      met: check(reachAt('100k', 'counted accessTrends', 'p95'), (v) => v < 2000),
      ...not100k,
    },
    {
      name: 'whoCanReach most hosted chip p95 at 100k, maxHops 6 (ms, GraphQL in-process, warm)',
      goal: '< 300',
      value: reachAt('100k', 'whoCanReach most hosted chip', 'p95'),
      met: check(reachAt('100k', 'whoCanReach most hosted chip', 'p95'), (v) => v < 300),
      ...not100k,
    },
    {
      name: 'scenario over every chip at 100k (ms, warm p50)',
      goal: '< 3000',
      value: reachAt('100k', 'scenario all chips', 'p50'),
      met: check(reachAt('100k', 'scenario all chips', 'p50'), (v) => v < 3000),
      ...not100k,
    },
    {
      name: 'reachableChips of a conglomerate parent at 100k (ms, warm p95)',
      goal: '< 200',
      value: reachAt('100k', 'reachableChips', 'p95'),
      met: check(reachAt('100k', 'reachableChips', 'p95'), (v) => v < 200),
      ...not100k,
    },
    {
      name: 'affiliatesCaught with the rule in force at 100k (ms, warm p50)',
      goal: '< 2000',
      value: reachAt('100k', 'affiliatesCaught', 'p50'),
      met: check(reachAt('100k', 'affiliatesCaught', 'p50'), (v) => v < 2000),
      ...not100k,
    },
    {
      name: 'whoCanReach most hosted chip p95 at 1M (ms)',
      goal: '< 3000',
      value: reachAt('1m', 'whoCanReach most hosted chip', 'p95'),
      met: check(reachAt('1m', 'whoCanReach most hosted chip', 'p95'), (v) => v < 3000),
      ...(scales.some((x) => x.scale === '1m') ? {} : { note: 'the 1m scale was not run' }),
    },
    {
      name: `whoCanReach complete (totalCount equals the brute-force count for every chip${checked ? `, at ${checked.scale}` : ''})`,
      goal: 'true',
      value: checked?.completeness ? checked.completeness.matched : null,
      met: checked?.completeness ? checked.completeness.complete : null,
      ...(checked?.completeness
        ? { note: `${checked.completeness.matched}/${checked.completeness.chips} chips match` }
        : {}),
    },
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
    rows.push([
      'import rels/s (full import | raw UNWIND CREATE, same rows)',
      s.import.relsPerSec,
      s.import.raw.relsPerSec,
      ratio(s.import.relsPerSec, s.import.raw.relsPerSec),
    ]);
    const ix = s.reach.index;
    rows.push([
      `reachability index load ms | approx MB (heap +${ix.heapUsedDeltaMB}, buffers +${ix.arrayBuffersDeltaMB}, RSS +${ix.rssDeltaMB})`,
      ix.loadMs,
      ix.approxMB,
      null,
    ]);
    for (const q of s.reach.queries) {
      rows.push([`${q.name} ms: cold | warm p50 | warm p95`, q.coldMs, q.warm.p50Ms, q.warm.p95Ms]);
      if (q.cachedP50Ms !== undefined)
        rows.push([`  the same question again (cached) p50 ms`, q.cachedP50Ms, null, null]);
      rows.push([`  answer`, JSON.stringify(q.answer), null, null]);
    }
    if (s.completeness) {
      const c = s.completeness;
      rows.push([
        `whoCanReach complete at maxHops ${c.maxHops} (chips matching the brute force)`,
        `${c.matched}/${c.chips}`,
        c.bruteForcePairs,
        c.complete ? 'yes' : 'NO',
      ]);
    }
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
        `whoCanReach ${w.chip} maxHops ${w.maxHops} p50 ms (GraphQL HTTP, ${w.entities} | former to-chip, ${w.rawPaths} paths)`,
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
