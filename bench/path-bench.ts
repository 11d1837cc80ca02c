import type { Config } from '../src/config';
import type { Driver } from 'neo4j-driver';
import type { Database } from '../src/db/database';
import type { AccessIndex } from '../src/reach/access-index';
import { PathService } from '../src/services/path-service';
import type { GeneratedGraph } from './generate';
import { postGraphql } from './http';
import { Prng } from './prng';
import { accessPathsStatement, dbHits, rawPathCount, runRaw, whoCanReachStatement } from './raw-cypher';
import { percentile, ratio, summarize, timed, type LatencySummary } from './stats';

export const ACCESS_PATHS_QUERY = `query AccessPaths($from: ID!, $to: ID, $asOf: Date, $maxHops: Int) {
  accessPaths(from: $from, to: $to, asOf: $asOf, maxHops: $maxHops, first: 20) {
    totalCount
    truncated
    nodes {
      id
      length
      pathways
      confidence
      restriction { restricted }
      steps { relationship { id type confidence } to { id name } }
    }
  }
}`;

import { uncachedFilter, WHO_CAN_REACH_QUERY } from './reach-bench';

export interface HopFigures {
  maxHops: number;
  graphql: LatencySummary;
  raw: LatencySummary;
  /** GraphQL over HTTP / raw driver, at p50 and p95. */
  overheadP50: number | null;
  overheadP95: number | null;
  /** The raw side's statement (bench/cypher/). */
  statement: string;
  /** Database statements one accessPaths request sends (mean): the version read, the id checks, the fields. */
  statementsPerRequest: number;
  /** PROFILE db hits of the path statement over the first pairs. */
  dbHits: { pairs: number; p50: number; p95: number; max: number };
  pairsWithPaths: number;
  meanPaths: number;
  maxPaths: number;
  truncatedPairs: number;
}

export interface WhoCanReachFigures {
  chip: string;
  maxHops: number;
  /** whoCanReach over HTTP, warm (the first request is left out). */
  graphql: LatencySummary;
  /** The former to-chip statement (bench/cypher/to-chip.cypher), capped at MAX_PATHS paths. */
  raw: LatencySummary;
  statement: string;
  /** whoCanReach's totalCount (complete). */
  entities: number;
  truncated: boolean;
  /** The paths the raw statement returned (at most MAX_PATHS + 1) and the distinct origins among them. */
  rawPaths: number;
}

/**
 * Where the time of an accessPaths request goes, p50 over the same pairs at the largest maxHops:
 * the statement alone (driver), the path service (the statement through Database, the rows
 * turned into paths and context, classification and restriction), the whole GraphQL request
 * in-process (no HTTP: parsing, validation, the id checks, resolvers, serialisation) and over
 * HTTP. Each step adds one layer to the one before.
 */
export interface OverheadBreakdown {
  maxHops: number;
  rawP50Ms: number;
  serviceP50Ms: number;
  graphqlInProcessP50Ms: number;
  graphqlHttpP50Ms: number;
}

export interface PathFigures {
  pairs: number;
  asOf: string;
  /** A trivial query ({ __typename }) over the same HTTP server: the floor under any GraphQL latency. */
  httpFloor: LatencySummary;
  hops: HopFigures[];
  breakdown: OverheadBreakdown;
  whoCanReach: WhoCanReachFigures[];
}

interface Options {
  url: string;
  /** The reachability index the server answers from (the path service of the breakdown shares it). */
  index: AccessIndex;
  /** The same GraphQL server without HTTP (yoga.fetch). */
  inProcess: (query: string, variables: Record<string, unknown>) => Promise<unknown>;
  db: Database;
  /** The benchmark's own driver, for the raw statements the API is compared with. */
  driver: Driver;
  config: Readonly<Config>;
  pairs: number;
  hops: number[];
  whoCanReachRuns: number;
  asOf: string;
  log: (m: string) => void;
}

type AccessPathsData = { accessPaths: { totalCount: number; truncated: boolean } };

/** accessPaths over a fixed set of random (entity, chip) pairs: GraphQL over HTTP against the same Cypher. */
export async function benchPaths(graph: GeneratedGraph, o: Options): Promise<PathFigures> {
  const maxPaths = o.config.limits.maxPaths;
  const timeout = o.config.neo4j.txTimeoutMs;
  const database = o.config.neo4j.database;
  const prng = new Prng(graph.options.seed + 11);
  const pairs = Array.from({ length: o.pairs }, () => ({
    from: prng.pick(graph.entityIds),
    to: prng.pick(graph.chipIds),
  }));

  // Warm-up: plans compiled, page cache and JIT warm, for both sides.
  for (const pair of pairs.slice(0, Math.min(20, pairs.length))) {
    for (const maxHops of o.hops) {
      await postGraphql(o.url, ACCESS_PATHS_QUERY, { ...pair, asOf: o.asOf, maxHops }).catch(() => undefined);
      await runRaw(
        o.driver,
        database,
        accessPathsStatement(maxPaths, pair.from, pair.to, o.asOf, maxHops),
        timeout,
      ).catch(() => undefined);
    }
  }

  const floor: number[] = [];
  for (let i = 0; i < 50; i += 1) floor.push((await timed(() => postGraphql(o.url, '{ __typename }', {}))).ms);
  const httpFloor = summarize(floor);

  const hops: HopFigures[] = [];
  for (const maxHops of o.hops) {
    const graphqlMs: number[] = [];
    const rawMs: number[] = [];
    let graphqlErrors = 0;
    let rawErrors = 0;
    const found: number[] = [];
    let truncatedPairs = 0;
    let statement = '';
    const statements: number[] = [];
    for (const [i, pair] of pairs.entries()) {
      const raw = accessPathsStatement(maxPaths, pair.from, pair.to, o.asOf, maxHops);
      statement = raw.name;
      // Alternate which side goes first so neither always meets the warmer cache.
      const sides = [
        async () => {
          try {
            const before = o.db.statementsRun;
            const t = await timed(() => postGraphql(o.url, ACCESS_PATHS_QUERY, { ...pair, asOf: o.asOf, maxHops }));
            statements.push(o.db.statementsRun - before);
            graphqlMs.push(t.ms);
            const data = t.value.data as AccessPathsData;
            found.push(data.accessPaths.totalCount);
            if (data.accessPaths.truncated) truncatedPairs += 1;
          } catch {
            graphqlErrors += 1;
          }
        },
        async () => {
          try {
            rawMs.push((await timed(() => runRaw(o.driver, database, raw, timeout))).ms);
          } catch {
            rawErrors += 1;
          }
        },
      ];
      for (const side of i % 2 === 0 ? sides : sides.reverse()) await side();
    }
    const graphql = summarize(graphqlMs, graphqlErrors);
    const rawSummary = summarize(rawMs, rawErrors);
    const hits: number[] = [];
    for (const pair of pairs.slice(0, 30)) {
      const raw = accessPathsStatement(maxPaths, pair.from, pair.to, o.asOf, maxHops);
      hits.push(await dbHits(o.driver, database, raw, timeout).catch(() => Number.NaN));
    }
    const sortedHits = hits.filter((h) => !Number.isNaN(h)).sort((a, b) => a - b);
    hops.push({
      maxHops,
      graphql,
      raw: rawSummary,
      overheadP50: ratio(graphql.p50Ms, rawSummary.p50Ms),
      overheadP95: ratio(graphql.p95Ms, rawSummary.p95Ms),
      statement,
      statementsPerRequest:
        Math.round((statements.reduce((a, b) => a + b, 0) / Math.max(1, statements.length)) * 100) / 100,
      dbHits: {
        pairs: sortedHits.length,
        p50: percentile(sortedHits, 50),
        p95: percentile(sortedHits, 95),
        max: sortedHits[sortedHits.length - 1] ?? 0,
      },
      pairsWithPaths: found.filter((n) => n > 0).length,
      meanPaths: Math.round((found.reduce((s, n) => s + n, 0) / Math.max(1, found.length)) * 10) / 10,
      maxPaths: Math.max(0, ...found),
      truncatedPairs,
    });
    o.log(
      `accessPaths maxHops ${maxHops}: GraphQL p50 ${graphql.p50Ms} ms p95 ${graphql.p95Ms} ms, raw p50 ${rawSummary.p50Ms} ms p95 ${rawSummary.p95Ms} ms` +
        ` (errors ${graphqlErrors}/${rawErrors}); ${found.filter((n) => n > 0).length}/${pairs.length} pairs have paths;` +
        ` db hits p50 ${percentile(sortedHits, 50)} p95 ${percentile(sortedHits, 95)}`,
    );
  }

  const breakdown = await overheadBreakdown(pairs, Math.max(...o.hops), o);
  o.log(
    `accessPaths maxHops ${breakdown.maxHops}, p50: statement ${breakdown.rawP50Ms} ms, path service ${breakdown.serviceP50Ms} ms, ` +
      `GraphQL in-process ${breakdown.graphqlInProcessP50Ms} ms, over HTTP ${breakdown.graphqlHttpP50Ms} ms`,
  );

  const whoCanReach: WhoCanReachFigures[] = [];
  for (const maxHops of o.hops) {
    const chip = graph.mostHostedChip;
    const raw = whoCanReachStatement(maxPaths, chip, o.asOf, maxHops);
    const graphqlMs: number[] = [];
    const rawMs: number[] = [];
    let graphqlErrors = 0;
    let rawErrors = 0;
    let entities = 0;
    let truncated = false;
    let rawPaths = 0;
    for (let i = 0; i <= o.whoCanReachRuns; i += 1) {
      try {
        const t = await timed(() =>
          postGraphql(o.url, WHO_CAN_REACH_QUERY, {
            chip,
            asOf: o.asOf,
            maxHops,
            onlyRestricted: false,
            // Each run computes its answer (the server caches answers for paging).
            filter: uncachedFilter(i),
          }),
        );
        const data = t.value.data as { whoCanReach: { truncated: boolean; totalCount: number } };
        entities = data.whoCanReach.totalCount;
        truncated = data.whoCanReach.truncated;
        if (i > 0) graphqlMs.push(t.ms); // the first run warms up
      } catch {
        graphqlErrors += 1;
      }
      try {
        const t = await timed(() => rawPathCount(o.driver, database, raw, timeout));
        rawPaths = t.value;
        if (i > 0) rawMs.push(t.ms);
      } catch {
        rawErrors += 1;
      }
    }
    const figures = {
      chip,
      maxHops,
      graphql: summarize(graphqlMs, graphqlErrors),
      raw: summarize(rawMs, rawErrors),
      statement: raw.name,
      entities,
      truncated,
      rawPaths,
    };
    whoCanReach.push(figures);
    o.log(
      `whoCanReach ${chip} maxHops ${maxHops} over HTTP: p50 ${figures.graphql.p50Ms} ms p95 ${figures.graphql.p95Ms} ms, ${entities} entities${truncated ? ' (truncated)' : ''}; ` +
        `former to-chip statement p50 ${figures.raw.p50Ms} ms, ${rawPaths} paths (capped at ${maxPaths + 1}); errors ${graphqlErrors}/${rawErrors}`,
    );
  }
  return { pairs: pairs.length, asOf: o.asOf, httpFloor, hops, breakdown, whoCanReach };
}

/** Each layer of an accessPaths request timed on its own, pair after pair (OverheadBreakdown). */
async function overheadBreakdown(
  pairs: readonly { from: string; to: string }[],
  maxHops: number,
  o: Options,
): Promise<OverheadBreakdown> {
  const { maxHops: hopCap, maxPaths, staleAfterMonths } = o.config.limits;
  const service = new PathService(o.index, { maxHops: hopCap, maxPaths, staleAfterMonths });
  const variables = (pair: { from: string; to: string }) => ({ ...pair, asOf: o.asOf, maxHops });
  const layers: Record<'raw' | 'service' | 'inProcess' | 'http', number[]> = {
    raw: [],
    service: [],
    inProcess: [],
    http: [],
  };
  for (const pair of pairs) {
    const raw = accessPathsStatement(maxPaths, pair.from, pair.to, o.asOf, maxHops);
    layers.raw.push((await timed(() => runRaw(o.driver, o.config.neo4j.database, raw, o.config.neo4j.txTimeoutMs))).ms);
    layers.service.push((await timed(() => service.fromEntity(pair.from, pair.to, o.asOf, maxHops, null))).ms);
    layers.inProcess.push((await timed(() => o.inProcess(ACCESS_PATHS_QUERY, variables(pair)))).ms);
    layers.http.push((await timed(() => postGraphql(o.url, ACCESS_PATHS_QUERY, variables(pair)))).ms);
  }
  return {
    maxHops,
    rawP50Ms: summarize(layers.raw).p50Ms,
    serviceP50Ms: summarize(layers.service).p50Ms,
    graphqlInProcessP50Ms: summarize(layers.inProcess).p50Ms,
    graphqlHttpP50Ms: summarize(layers.http).p50Ms,
  };
}
