import type { AccessIndex } from '../src/reach/access-index';
import type { MonthEndTable } from '../src/services/counting/month-end-table';
import type { Config } from '../src/config';
import { trendTableFor } from '../src/server';
import { CountWorkers } from '../src/services/counting/count-workers';
import { summarize, timed, type LatencySummary } from './stats';

/**
 * The questions answered from the reachability index (src/reach/), through GraphQL in-process
 * (yoga.fetch: no HTTP), each with its answer size. Every figure says what it timed:
 * - `index`: the first load of the snapshot from Neo4j (a fresh AccessIndex), with the memory
 *   the process gained by it;
 * - `coldMs`: the first request of a kind after that load (the snapshot ready; JIT, lazily built
 *   nodes and relationships and the page cache of the version read still cold);
 * - `warm`: the following requests of the same kind (each still reads the graph's version),
 *   each computing its answer (uncachedFilter), with the cached figure apart.
 */

export type InProcess = (query: string, variables: Record<string, unknown>) => Promise<unknown>;

export interface IndexFigures {
  loadMs: number;
  nodes: number;
  relationships: number;
  /** AccessGraph.approximateBytes(), in MB. */
  approxMB: number;
  /** process.memoryUsage() after the load minus before it (after a GC each when --expose-gc), in MB. */
  heapUsedDeltaMB: number;
  arrayBuffersDeltaMB: number;
  rssDeltaMB: number;
  gcExposed: boolean;
}

export interface QueryFigures {
  name: string;
  variables: Record<string, unknown>;
  coldMs: number;
  warm: LatencySummary;
  /** What the answer held (counts). */
  answer: Record<string, number | boolean | string>;
  /** Questions the server caches (whoCanReach, pathGraph(to:)): the same question asked again, p50 (a cache hit). */
  cachedP50Ms?: number;
}

/** The trends' month-end table, counted when the index was loaded. */
export interface TrendTableFigures {
  /** Counting every chip at every month end, on the workers (ms). */
  buildMs: number;
  months: number;
  first: string | null;
  last: string | null;
  chips: number;
}

export interface ReachFigures {
  asOf: string;
  maxHops: number;
  index: IndexFigures;
  /** Null when the table was not built (TREND_TABLE_MONTHS=0). */
  trendTable: TrendTableFigures | null;
  mostHostedChip: string;
  typicalChip: string;
  /** whoCanReach totalCount over every chip (when scanned). */
  reachersPerChip: { min: number; median: number; max: number; chips: number } | null;
  conglomerateParent: string | null;
  queries: QueryFigures[];
}

export const WHO_CAN_REACH_QUERY = `query WhoCanReach($chip: ID!, $asOf: Date, $maxHops: Int, $onlyRestricted: Boolean, $filter: PathFilter) {
  whoCanReach(chip: $chip, asOf: $asOf, maxHops: $maxHops, onlyRestricted: $onlyRestricted, filter: $filter, first: 50) {
    totalCount restrictedCount listedCount staleCount truncated
    pageInfo { hasNextPage endCursor }
    byPathway { pathway count restrictedCount }
    entities { entity { id name } listed restricted role distance shortestPaths pathways stale bestPath { id length } }
  }
}`;

const REACH_COUNT_QUERY = `query ReachCount($chip: ID!, $asOf: Date, $maxHops: Int) {
  whoCanReach(chip: $chip, asOf: $asOf, maxHops: $maxHops, first: 1) { totalCount }
}`;

export const SCENARIO_QUERY = `query Scenario($asOf: Date, $maxHops: Int) {
  scenario(rules: { denyCloudProviders: { countries: ["US"], customers: RESTRICTED } }, asOf: $asOf, maxHops: $maxHops) {
    chipCount restrictedBefore restrictedAfter remainingCount cutCount newlyRestrictedCount
    entitiesLosingAllAccessCount truncated
    cut(first: 20) { path { id length } cuts { stepIndex rule } }
  }
}`;

export const REACHABLE_CHIPS_QUERY = `query ReachableChips($from: ID!, $asOf: Date, $maxHops: Int) {
  reachableChips(from: $from, asOf: $asOf, maxHops: $maxHops) {
    chip { id } shortestPaths pathCount pathCountCapped pathways restriction { restricted } bestPath { id length }
  }
}`;

export const PATH_GRAPH_QUERY = `query PathGraph($to: ID!, $asOf: Date, $maxHops: Int, $filter: PathFilter) {
  pathGraph(to: $to, asOf: $asOf, maxHops: $maxHops, filter: $filter) { truncated limit nodes { id kind } edges { id type source target } }
}`;

/** Eight quarters over every chip (issue target: p95 under 2 s at 100k). */
export const TRENDS_QUERY = `query Trends($maxHops: Int, $filter: PathFilter) {
  accessTrends(start: "2023-01-01", end: "2024-12-31", interval: QUARTER, maxHops: $maxHops, filter: $filter) {
    periods { end accesses restricted listed stale byPathway { pathway count restricted } }
  }
}`;

export const TIMELINE_QUERY = `query Timeline($from: ID!, $maxHops: Int) {
  accessTimeline(from: $from, start: "2020-01-01", end: "2026-06-30", maxHops: $maxHops) {
    dates truncated routes { id periods { start end restricted stale } }
  }
}`;

export const AFFILIATES_QUERY = `query Affiliates($asOf: Date) {
  affiliatesCaught(asOf: $asOf) { entity { id } aggregateShare unverified }
}`;

type Data = Record<string, unknown>;

const ACCESS_TYPES = ['OWNS', 'CONTROLS', 'PROCURES_FROM', 'RENTS_FROM', 'OPERATES', 'HOSTS', 'ACQUIRED'];

/**
 * The server keeps its last few whoCanReach answers per snapshot (for paging), keyed by the
 * question: asking the same question again times a cache hit. Run i asks it with every access
 * type listed from a different start: the same steps, the same answer, another key, so every
 * timed run computes its answer. Seven keys, more than the cache holds.
 */
export function uncachedFilter(i: number): { relationshipTypes: string[] } {
  const k = i % ACCESS_TYPES.length;
  return { relationshipTypes: [...ACCESS_TYPES.slice(k), ...ACCESS_TYPES.slice(0, k)] };
}

/** Requests to a server in-process (no port). */
export function inProcessOf(server: {
  fetch: (url: string, init: RequestInit) => Response | Promise<Response>;
}): InProcess {
  return async (query, variables) => {
    const response = await server.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
}

/** Runs a request in-process; a response with errors throws (with its code). */
export async function ask(inProcess: InProcess, query: string, variables: Record<string, unknown>): Promise<Data> {
  const body = (await inProcess(query, variables)) as {
    data?: Data;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new Error(`GraphQL error ${first?.extensions?.code ?? ''}: ${first?.message ?? ''}`);
  }
  return body.data ?? {};
}

const mb = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;

function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

/** Loads a fresh index (the first `current()`), timed, with the memory it took. */
export async function loadIndex(index: AccessIndex): Promise<IndexFigures> {
  const gcExposed = collectGarbage();
  const before = process.memoryUsage();
  const t = await timed(() => index.current());
  collectGarbage();
  const after = process.memoryUsage();
  const g = t.value.graph;
  return {
    loadMs: Math.round(t.ms),
    nodes: g.nodeCount,
    relationships: g.relCount,
    approxMB: mb(g.approximateBytes()),
    heapUsedDeltaMB: mb(after.heapUsed - before.heapUsed),
    arrayBuffersDeltaMB: mb(after.arrayBuffers - before.arrayBuffers),
    rssDeltaMB: mb(after.rss - before.rss),
    gcExposed,
  };
}

/** One kind of request: a cold run, then `runs` warm ones; the answer is read from the last. */
async function measure(
  inProcess: InProcess,
  name: string,
  query: string,
  variables: Record<string, unknown>,
  runs: number,
  answerOf: (data: Data) => QueryFigures['answer'],
  log: (m: string) => void,
  /** Per run (0 the cold one): variables that make it miss the server's answer cache. */
  uncached?: (i: number) => Record<string, unknown>,
): Promise<QueryFigures> {
  const vars = (i: number) => ({ ...variables, ...(uncached?.(i) ?? {}) });
  const cold = await timed(() => ask(inProcess, query, vars(0)));
  const warm: number[] = [];
  let last = cold.value;
  for (let i = 1; i <= runs; i += 1) {
    const t = await timed(() => ask(inProcess, query, vars(i)));
    warm.push(t.ms);
    last = t.value;
  }
  const figures: QueryFigures = {
    name,
    variables,
    coldMs: Math.round(cold.ms),
    warm: summarize(warm),
    answer: answerOf(last),
  };
  if (uncached) {
    // The same question again: what a client paging through the answer meets (a cache hit).
    const again: number[] = [];
    for (let i = 0; i < runs; i += 1) again.push((await timed(() => ask(inProcess, query, vars(runs)))).ms);
    figures.cachedP50Ms = summarize(again).p50Ms;
  }
  log(
    `${name}: cold ${figures.coldMs} ms, warm p50 ${figures.warm.p50Ms} ms p95 ${figures.warm.p95Ms} ms (${runs} runs` +
      `${uncached ? `, each a new cache key; the same question again: p50 ${figures.cachedP50Ms} ms` : ''}); ${JSON.stringify(figures.answer)}`,
  );
  return figures;
}

interface WhoCanReachData {
  whoCanReach: {
    totalCount: number;
    restrictedCount: number;
    listedCount: number;
    staleCount: number;
    truncated: boolean;
    byPathway: { pathway: string; count: number }[];
    entities: unknown[];
  };
}

const whoCanReachAnswer = (data: Data) => {
  const w = (data as unknown as WhoCanReachData).whoCanReach;
  return {
    totalCount: w.totalCount,
    restrictedCount: w.restrictedCount,
    listedCount: w.listedCount,
    staleCount: w.staleCount,
    pathwayGroups: w.byPathway.length,
    page: w.entities.length,
    truncated: w.truncated,
  };
};

export interface ReachOptions {
  inProcess: InProcess;
  /** The same server with no month-end table (benchCounting's servedWithoutTable). */
  countingInProcess: InProcess;
  index: AccessIndex;
  trendTable: MonthEndTable;
  chipIds: readonly string[];
  mostHostedChip: string;
  conglomerateParent: string | null;
  asOf: string;
  maxHops: number;
  /** Warm runs for the fast questions (whoCanReach, reachableChips) and for the slow ones. */
  runs: number;
  slowRuns: number;
  /** Read every chip's totalCount (one whoCanReach per chip). */
  scanChips: boolean;
  /** A date at which the affiliates rule is in force. */
  affiliatesAsOf: string;
  log: (m: string) => void;
}

/** Every reachability question of the benchmark, on a fresh index. */
export async function benchReach(o: ReachOptions): Promise<ReachFigures> {
  const { asOf, maxHops, log } = o;
  const index = await loadIndex(o.index);
  log(
    `reachability index: loaded in ${index.loadMs} ms, ${index.nodes} nodes, ${index.relationships} relationships; ` +
      `about ${index.approxMB} MB by its own count; process memory +${index.heapUsedDeltaMB} MB heap, ` +
      `+${index.arrayBuffersDeltaMB} MB array buffers, +${index.rssDeltaMB} MB RSS${index.gcExposed ? '' : ' (no --expose-gc: rough)'}`,
  );
  const trendTable = await tableBuilt(o);
  const queries: QueryFigures[] = [];
  const base = { asOf, maxHops };
  const who = (label: string, chip: string, onlyRestricted: boolean, runs: number) =>
    measure(
      o.inProcess,
      `whoCanReach ${label}${onlyRestricted ? ' onlyRestricted' : ''}`,
      WHO_CAN_REACH_QUERY,
      { ...base, chip, onlyRestricted },
      runs,
      whoCanReachAnswer,
      log,
      (i) => ({ filter: uncachedFilter(i) }),
    );
  queries.push(await who('most hosted chip', o.mostHostedChip, false, o.runs));
  queries.push(await who('most hosted chip', o.mostHostedChip, true, o.runs));

  // The typical chip: the middle of the generator's chip list (chips are picked with a skew
  // toward the start of the list, so the middle one is neither the most nor the least used).
  // With `scanChips`, every chip's totalCount is read too (one whoCanReach per chip).
  const typical = o.chipIds[Math.floor(o.chipIds.length / 2)] ?? o.mostHostedChip;
  let reachersPerChip: ReachFigures['reachersPerChip'] = null;
  if (o.scanChips) {
    const counts: number[] = [];
    for (const chip of o.chipIds) {
      const data = (await ask(o.inProcess, REACH_COUNT_QUERY, { ...base, chip })) as unknown as WhoCanReachData;
      counts.push(data.whoCanReach.totalCount);
    }
    counts.sort((a, b) => a - b);
    reachersPerChip = {
      min: counts[0] ?? 0,
      median: counts[Math.floor((counts.length - 1) / 2)] ?? 0,
      max: counts[counts.length - 1] ?? 0,
      chips: counts.length,
    };
    log(`whoCanReach totalCount over ${counts.length} chips: ${JSON.stringify(reachersPerChip)}`);
  }
  queries.push(await who('typical chip', typical, false, o.runs));
  queries.push(await who('typical chip', typical, true, o.runs));

  queries.push(
    await measure(
      o.inProcess,
      'scenario all chips (US clouds deny restricted customers)',
      SCENARIO_QUERY,
      base,
      o.slowRuns,
      (data) => {
        const s = data.scenario as Record<string, number | boolean>;
        const { cut: _cut, ...counts } = s as Record<string, unknown>;
        return counts as Record<string, number | boolean>;
      },
      log,
    ),
  );
  if (o.conglomerateParent) {
    queries.push(
      await measure(
        o.inProcess,
        'reachableChips of a conglomerate parent',
        REACHABLE_CHIPS_QUERY,
        { ...base, from: o.conglomerateParent },
        o.runs,
        (data) => {
          const chips = data.reachableChips as { pathCount: number; pathCountCapped: boolean; shortestPaths: number }[];
          return {
            chips: chips.length,
            pathCount: chips.reduce((n, c) => n + c.pathCount, 0),
            shortestPaths: chips.reduce((n, c) => n + c.shortestPaths, 0),
            capped: chips.some((c) => c.pathCountCapped),
          };
        },
        log,
      ),
    );
  }
  queries.push(
    await measure(
      o.inProcess,
      'pathGraph(to: most hosted chip)',
      PATH_GRAPH_QUERY,
      { ...base, to: o.mostHostedChip },
      o.slowRuns,
      (data) => {
        const g = data.pathGraph as { truncated: boolean; limit: number; nodes: unknown[]; edges: unknown[] };
        return { nodes: g.nodes.length, edges: g.edges.length, limit: g.limit, truncated: g.truncated };
      },
      log,
      // minConfidence DISPUTED (the default bound) keeps these keys apart from whoCanReach's.
      (i) => ({ filter: { ...uncachedFilter(i), minConfidence: 'DISPUTED' } }),
    ),
  );
  const trendAnswer = (data: Data) => {
    const periods = (data.accessTrends as { periods: { accesses: number; restricted: number }[] }).periods;
    return {
      periods: periods.length,
      lastAccesses: periods[periods.length - 1]?.accesses ?? 0,
      lastRestricted: periods[periods.length - 1]?.restricted ?? 0,
    };
  };
  // The default question (every relationship type, listed in another order each run: a new
  // cache key, the same question): summed from the month-end table's rows.
  queries.push(
    await measure(
      o.inProcess,
      'accessTrends 8 quarters, every chip',
      TRENDS_QUERY,
      { maxHops },
      o.slowRuns,
      trendAnswer,
      log,
      (i) => ({ filter: uncachedFilter(i) }),
    ),
  );
  // The same question asked of a server with no table: counted, one search per chip for the 8
  // dates (what a question the table does not hold costs, a filtered one).
  queries.push(
    await measure(
      o.countingInProcess,
      'counted accessTrends 8 quarters, every chip (a server with no month-end table)',
      TRENDS_QUERY,
      { maxHops },
      o.slowRuns,
      trendAnswer,
      log,
      // Both servers keep answers with the same snapshot: minConfidence DISPUTED (the default
      // bound) keeps these keys apart from the other server's.
      (i) => ({ filter: { ...uncachedFilter(i), minConfidence: 'DISPUTED' } }),
    ),
  );
  if (o.conglomerateParent) {
    queries.push(
      await measure(
        o.inProcess,
        'accessTimeline of a conglomerate parent, 2020-2026',
        TIMELINE_QUERY,
        { from: o.conglomerateParent, maxHops },
        o.slowRuns,
        (data) => {
          const t = data.accessTimeline as { dates: unknown[]; truncated: boolean; routes: { periods: unknown[] }[] };
          return {
            dates: t.dates.length,
            routes: t.routes.length,
            periods: t.routes.reduce((n, r) => n + r.periods.length, 0),
            truncated: t.truncated,
          };
        },
        log,
      ),
    );
  }
  queries.push(
    await measure(
      o.inProcess,
      `affiliatesCaught (asOf ${o.affiliatesAsOf})`,
      AFFILIATES_QUERY,
      { asOf: o.affiliatesAsOf },
      o.slowRuns,
      (data) => ({
        caught: (data.affiliatesCaught as unknown[]).length,
      }),
      log,
    ),
  );
  return {
    asOf,
    maxHops,
    index,
    trendTable,
    mostHostedChip: o.mostHostedChip,
    typicalChip: typical,
    reachersPerChip,
    conglomerateParent: o.conglomerateParent,
    queries,
  };
}

/**
 * The counting workers and the trends' month-end table for a bench's servers, the table counted
 * as soon as the index is loaded: benchReach waits for it (and reports how long it took)
 * before timing anything, so that no timing shares the cores with it.
 */
export function benchCounting(config: Readonly<Config>, index: AccessIndex) {
  const counters = new CountWorkers();
  const trendTable = trendTableFor({ ...config, trendTable: { ...config.trendTable, delayMs: 0 } }, index, counters);
  const noTable = trendTableFor({ ...config, trendTable: { months: 0, delayMs: 0 } }, index, counters);
  return {
    served: { reach: index, counters, trendTable },
    /** The same, with no month-end table: a server that counts every trend. */
    servedWithoutTable: { reach: index, counters, trendTable: noTable },
    async close() {
      trendTable.cancel();
      await counters.close();
    },
  };
}

/** Waits for the trends' month-end table of the index's version, and says how long it took to count. */
async function tableBuilt(o: ReachOptions): Promise<TrendTableFigures | null> {
  const { version } = await o.index.current();
  if (!(await o.trendTable.ready(version))) {
    o.log('trends month-end table: not built (TREND_TABLE_MONTHS=0, or it failed)');
    return null;
  }
  const status = o.trendTable.status();
  const figures = {
    buildMs: status.buildMs ?? 0,
    months: status.months,
    first: status.first,
    last: status.last,
    chips: status.chips,
  };
  o.log(
    `trends month-end table: ${figures.chips} chips at ${figures.months} month ends (${figures.first} to ${figures.last}) counted in ${figures.buildMs} ms on the workers`,
  );
  return figures;
}

/** The figures of a question by the start of its name (the first that matches). */
export function queryNamed(figures: ReachFigures | undefined, prefix: string): QueryFigures | undefined {
  return figures?.queries.find((q) => q.name.startsWith(prefix));
}
