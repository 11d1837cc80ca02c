import os from 'node:os';
import { CountWorkers } from '../src/services/counting/count-workers';
import { PathService } from '../src/services/path-service';
import { TimelineService } from '../src/services/timeline-service';
import { TrendService } from '../src/services/trend-service';
import { periodsBetween } from '../src/domain';
import { CHIP } from '../src/reach/access-graph';
import type { AccessSnapshot } from '../src/reach/access-index';
import { DatedReachers } from '../src/reach/dated-search';
import { usableSteps, type StepRules } from '../src/reach/search';
import { memorySnapshot } from './memory-snapshot';
import { uncachedFilter } from './reach-bench';
import { flagValue, scaleNamed } from './scales';
import { percentile } from './stats';

/**
 * Timelines and trends on the bench's generated graph held in memory (no database, no GraphQL):
 * accessTrends over 8 quarters and every chip, and accessTimeline (2020 to mid-2026) of the
 * largest conglomerates' parents and of random entities.
 * npx tsx bench/time-check.ts [--scale 10k|100k] [--seed 42] [--runs 3] [--entities 20] [--workers N]
 *   [--search-stats] (what the trend's search holds per chip: the (node, state) keys it reaches,
 *   the share of them with one best step and one set of traits for every quarter, and the
 *   search's own time per chip)
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const scale = scaleNamed(flagValue(argv, '--scale') ?? '100k');
  const seed = Number(flagValue(argv, '--seed') ?? '42');
  const runs = Number(flagValue(argv, '--runs') ?? '3');
  const sample = Number(flagValue(argv, '--entities') ?? '20');
  // --trend-start moves the trend window's start (2023-01-01: eight quarters) to ask fewer.
  const trendStart = flagValue(argv, '--trend-start') ?? '2023-01-01';
  const { generated, graph, snapshot } = memorySnapshot(scale.nodes, seed);
  // --workers: the counting threads (0: count on this thread; default one per core, as the server).
  const workerCount = Number(flagValue(argv, '--workers') ?? os.availableParallelism());
  const counters = new CountWorkers(workerCount);
  const paths = new PathService(
    { current: async () => snapshot } as never,
    { maxHops: 8, maxPaths: 1000, staleAfterMonths: 24 },
    counters,
  );
  const out = (m: string) => process.stdout.write(`${m}\n`);
  out(`graph: ${graph.nodeCount} nodes, ${graph.relCount} access relationships; ${workerCount} counting workers`);

  const trends = new TrendService(paths, 24);
  const trendMs: number[] = [];
  for (let i = 0; i <= runs; i += 1) {
    const t0 = performance.now();
    // Each run a new cache key (every type allowed, listed in another order): counted every time.
    const filter = uncachedFilter(i);
    const answer = await trends.accessTrends(
      null,
      { start: trendStart, end: '2024-12-31' },
      'QUARTER',
      6,
      filter,
      null,
    );
    const ms = performance.now() - t0;
    if (i > 0) trendMs.push(ms);
    const last = answer.periods[answer.periods.length - 1];
    out(
      `accessTrends ${answer.periods.length} quarters, ${answer.chips.length} chips: ${Math.round(ms)} ms${i === 0 ? ' (cold)' : ''}; last quarter ${last?.accesses} accesses, ${last?.restricted} restricted`,
    );
  }
  trendMs.sort((a, b) => a - b);
  out(`accessTrends warm p50 ${Math.round(percentile(trendMs, 50))} ms, p95 ${Math.round(percentile(trendMs, 95))} ms`);
  if (argv.includes('--search-stats')) {
    const ends = periodsBetween(trendStart, '2024-12-31', 'QUARTER').map((span) => span.end);
    out(
      searchStats(
        snapshot,
        ends.map((date) => paths.stepRules(null, date, 6)),
      ),
    );
  }

  const timelines = new TimelineService(paths, 24);
  const entities = graph.ids.filter((_, i) => (graph.flags[i] ?? 0) & 1);
  const picked = sample > 0 ? [...generated.conglomerateParents.slice(0, 3)] : [];
  for (let i = 0; i < sample; i += 1) picked.push(entities[(i * 7919 + seed) % entities.length] ?? '');
  const timelineMs: number[] = [];
  for (const from of picked) {
    const t0 = performance.now();
    try {
      const t = await timelines.accessTimeline(from, null, { start: '2020-01-01', end: '2026-06-30' }, 6, null);
      const ms = performance.now() - t0;
      timelineMs.push(ms);
      out(
        `accessTimeline ${from}: ${Math.round(ms)} ms, ${t.dates.length} dates, ${t.routes.length} routes${t.truncated ? ', truncated' : ''}`,
      );
    } catch (error) {
      out(`accessTimeline ${from}: ${Math.round(performance.now() - t0)} ms, refused: ${(error as Error).message}`);
    }
  }
  await counters.close();
  out(
    `accessTimeline p50 ${Math.round(percentile(timelineMs, 50))} ms, p95 ${Math.round(percentile(timelineMs, 95))} ms, max ${Math.round(Math.max(...timelineMs))} ms`,
  );
}

/** The trend's search over every chip at `rules`' dates: the keys reached and those held once, per chip. */
function searchStats(snapshot: AccessSnapshot, rules: StepRules[]): string {
  const g = snapshot.graph;
  const usable = new Uint32Array(g.relCount);
  rules.forEach((r, t) => {
    const ok = usableSteps(g, r);
    for (let rel = 0; rel < g.relCount; rel += 1) if (ok[rel]) usable[rel] = (usable[rel] as number) | (1 << t);
  });
  const search = new DatedReachers(g, rules.length, usable, rules[0] as StepRules, () => 0);
  const sum = { chips: 0, reached: 0, oneBest: 0, oneTraits: 0, ms: 0 };
  const chips = Array.from({ length: g.nodeCount }, (_, n) => n).filter((n) => (g.flags[n] as number) & CHIP);
  // A first pass over every chip, untimed, so that the timed one runs compiled code.
  for (const chip of chips) search.run(chip);
  for (const chip of chips) {
    const t0 = performance.now();
    search.run(chip);
    sum.ms += performance.now() - t0;
    const held = search.keysHeldOnce();
    sum.chips += 1;
    sum.reached += held.reached;
    sum.oneBest += held.oneBest;
    sum.oneTraits += held.oneTraits;
  }
  const share = (n: number) => `${Math.round((100 * n) / sum.reached)}%`;
  return `search: ${Math.round(sum.reached / sum.chips)} (node, state) keys reached per chip over ${rules.length} dates; one best step for every date: ${share(sum.oneBest)}, one set of traits: ${share(sum.oneTraits)}; the search alone (one thread, the second pass; each origin's best key found, not judged) ${(sum.ms / sum.chips).toFixed(1)} ms per chip, ${Math.round((sum.ms * 1e6) / sum.reached)} ns per key reached`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
