import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createNodeHandler } from '../src/http/node-handler';
import { AccessIndex } from '../src/reach/access-index';
import { createServer } from '../src/server';
import { checkCompleteness } from './completeness';
import { generateGraph } from './generate';
import { listen, postGraphql } from './http';
import { benchImport } from './import-bench';
import { cleanupAll, installSignalHandlers, startBenchDatabase } from './lifecycle';
import { createNeo4jGraphqlYoga, NEO4J_GRAPHQL_NEIGHBOURHOOD_QUERY } from './neo4j-graphql';
import { benchNested } from './nested-bench';
import { benchPaths } from './path-bench';
import { benchCounting, benchReach, inProcessOf } from './reach-bench';
import {
  machineInfo,
  renderTable,
  summarise,
  writeResults,
  type Machine,
  type Results,
  type ScaleResult,
} from './report';
import { flagValue, scaleNamed, type Scale } from './scales';
import { benchThroughput, NEIGHBOURHOOD_QUERY } from './throughput';
import { useUnbatchedLoaders } from './unbatched-loaders';

/**
 * npm run bench             full: the 10k and 100k scales
 * npm run bench -- --quick  10k only, shorter runs (a few minutes on 2 cores)
 * npm run bench -- --scale 1m            one or more scales (10k, 100k, 1m; comma-separated)
 * npm run bench -- --only throughput    the import and the throughput comparison only (a partial
 *                                        run: figures printed, no result file written)
 * Other options: --seed N, --chunk N (records per import document), --batch N (UNWIND batch size),
 * --reach-runs N (warm runs of each reachability question).
 */

interface Settings {
  mode: Results['mode'];
  scales: Scale[];
  seed: number;
  chunkRecords: number;
  batchSize: number;
  naiveSample: number;
  pairs: number;
  whoCanReachRuns: number;
  /** Warm runs of the fast reachability questions (whoCanReach, reachableChips) and of the slow ones. */
  reachRuns: number;
  reachSlowRuns: number;
  nestedRuns: number;
  throughputSeconds: number;
  concurrency: number;
  /** A partial run: only this measurement (after the import), nothing written. */
  only: 'throughput' | null;
}

function parseArgs(argv: string[]): Settings {
  const value = (flag: string) => flagValue(argv, flag);
  const number = (flag: string, fallback: number) => {
    const raw = value(flag);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} must be a positive integer`);
    return n;
  };
  const quick = argv.includes('--quick');
  const only = value('--only') ?? null;
  if (only !== null && only !== 'throughput') throw new Error('--only takes: throughput');
  const scaleArg = value('--scale');
  const names = scaleArg ? scaleArg.split(',') : quick ? ['10k'] : ['10k', '100k'];
  const scales = names.map(scaleNamed);
  return {
    mode: scaleArg ? 'custom' : quick ? 'quick' : 'full',
    scales,
    seed: number('--seed', 42),
    chunkRecords: number('--chunk', 50000),
    // The importer's own default (what `npm run import` uses); 5,000 and 10,000 were tried and
    // were not faster beyond the machine's noise.
    batchSize: number('--batch', 1000),
    naiveSample: number('--naive', 5000),
    pairs: number('--pairs', quick ? 100 : 200),
    whoCanReachRuns: 5,
    // Warm runs after the cold one: p95 of 5 is their slowest (the 100k answers take seconds each).
    reachRuns: number('--reach-runs', quick ? 3 : 5),
    reachSlowRuns: quick ? 2 : 3,
    nestedRuns: quick ? 20 : 30,
    throughputSeconds: number('--seconds', quick ? 10 : 20),
    concurrency: 16,
    only,
  };
}

/** The largest scale at which the completeness check (bench/completeness.ts) runs. */
const COMPLETENESS_MAX_NODES = 100000;

const log = (m: string) => process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

/** One scale: its own Neo4j, the graph, every measurement; the database is gone afterwards. */
async function runScale(
  rootDir: string,
  scale: Scale,
  s: Settings,
  onVersion: (v: string) => void,
): Promise<ScaleResult | null> {
  const started = Date.now();
  log(`scale ${scale.name}: ${scale.nodes} nodes, Neo4j heap ${scale.heapMb} MB, page cache ${scale.pageCacheMb} MB`);
  const bench = await startBenchDatabase(rootDir, scale.name, scale, log);
  try {
    const { db, driver, config } = bench;
    onVersion((await db.serverInfo()).agent ?? 'unknown');
    const graph = generateGraph({ nodes: scale.nodes, seed: s.seed, chunkRecords: s.chunkRecords });
    log(`generated the plan: ${JSON.stringify(graph.counts)}, about ${graph.estimatedRelationships} relationships`);
    const imported = await benchImport(db, graph, {
      driver,
      database: config.neo4j.database,
      sampleSize: s.naiveSample,
      batchSize: s.batchSize,
      log,
    });

    const silent = pino({ level: 'silent' });
    // One reachability index for both servers of this project (loaded on first use: benchReach times it).
    const index = new AccessIndex(db);
    const counting = benchCounting(config, index);
    const { served } = counting;
    const yoga = createServer({ config, db, log: silent, databaseMode: 'local', ...served });
    const server = await listen(createNodeHandler(yoga, config.http.maxBodyBytes));
    const unbatched = await listen(
      createNodeHandler(
        createServer({
          config,
          db,
          log: silent,
          databaseMode: 'local',
          ...served,
          plugins: [useUnbatchedLoaders()],
        }),
        config.http.maxBodyBytes,
      ),
    );
    const official = await listen(
      createNodeHandler(
        (await createNeo4jGraphqlYoga(driver, config.neo4j.database)) as never,
        config.http.maxBodyBytes,
      ),
    );
    try {
      await checkEquivalence(server.url, official.url, graph.entityIds.slice(0, 50));
      const throughputRun = () =>
        benchThroughput(
          { thisServer: server.url, neo4jGraphql: { url: official.url, query: NEO4J_GRAPHQL_NEIGHBOURHOOD_QUERY } },
          graph.entityIds,
          { concurrency: s.concurrency, seconds: s.throughputSeconds, seed: s.seed + 3, log },
          { neo4jPid: bench.neo4j.pid, statements: () => db.statementsRun },
        );
      if (s.only === 'throughput') {
        log(`throughput (${scale.name}): ${JSON.stringify(await throughputRun())}`);
        return null;
      }
      const inProcess = inProcessOf(yoga);
      const countingInProcess = inProcessOf(
        createServer({ config, db, log: silent, databaseMode: 'local', ...counting.servedWithoutTable }),
      );
      const asOf = '2024-06-30';
      const reach = await benchReach({
        inProcess,
        countingInProcess,
        index,
        trendTable: served.trendTable,
        chipIds: graph.chipIds,
        mostHostedChip: graph.mostHostedChip,
        conglomerateParent: graph.conglomerateParents[0] ?? null,
        asOf,
        maxHops: 6,
        runs: s.reachRuns,
        slowRuns: s.reachSlowRuns,
        affiliatesAsOf: '2025-10-15',
        scanChips: false,
        log,
      });
      // The brute force walks every simple path: run where it takes seconds, not hours.
      const completeness =
        scale.nodes <= COMPLETENESS_MAX_NODES
          ? await checkCompleteness({
              driver,
              database: config.neo4j.database,
              index,
              limits: config.limits,
              inProcess,
              chipIds: graph.chipIds,
              asOf,
              maxHops: 6,
              log,
            })
          : null;
      const paths = await benchPaths(graph, {
        url: server.url,
        index,
        inProcess,
        db,
        driver,
        config,
        pairs: s.pairs,
        hops: [4, 6],
        whoCanReachRuns: s.whoCanReachRuns,
        asOf,
        log,
      });
      const nested = await benchNested({ withLoader: server.url, withoutLoader: unbatched.url }, db, s.nestedRuns, log);
      const throughput = await throughputRun();
      return {
        scale: scale.name,
        nodes: imported.nodes,
        relationships: imported.relationships,
        neo4jMemory: { heapMb: scale.heapMb, pageCacheMb: scale.pageCacheMb },
        import: imported,
        reach,
        completeness,
        paths,
        nested,
        throughput,
        seconds: Math.round((Date.now() - started) / 1000),
      };
    } finally {
      await Promise.all([server.close(), unbatched.close(), official.close(), counting.close()]);
    }
  } finally {
    await bench.stop();
  }
}

type Neighbour = { id: string };
// Distinct ids: @neo4j/graphql answers a union relationship field (rentsFrom) with a Cypher UNION,
// which folds two rentals of the same provider into one node; this API lists each relationship.
const sortIds = (list: Neighbour[]) => [...new Set(list.map((n) => n.id))].sort();

/** Both servers must answer the neighbourhood query with the same neighbours, or the comparison means nothing. */
async function checkEquivalence(ours: string, official: string, ids: string[]): Promise<void> {
  for (const id of ids) {
    const a = (await postGraphql(ours, NEIGHBOURHOOD_QUERY, { id })).data?.node as Record<
      string,
      { from?: Neighbour; to?: Neighbour }[]
    >;
    const b = (
      (await postGraphql(official, NEO4J_GRAPHQL_NEIGHBOURHOOD_QUERY, { id })).data?.entities as Record<
        string,
        unknown
      >[]
    )[0] as Record<string, unknown>;
    const edges = (field: string) => ((b[field] as { edges: { node: Neighbour }[] }).edges ?? []).map((e) => e.node);
    const pairs: [string, string[], string[]][] = [
      ['owners', sortIds((a.owners ?? []).map((r) => r.from as Neighbour)), sortIds(edges('ownersConnection'))],
      [
        'subsidiaries',
        sortIds((a.subsidiaries ?? []).map((r) => r.to as Neighbour)),
        sortIds(edges('subsidiariesConnection')),
      ],
      [
        'procuresFrom',
        sortIds((a.procuresFrom ?? []).map((r) => r.to as Neighbour)),
        sortIds(b.procuresFrom as Neighbour[]),
      ],
      ['rentsFrom', sortIds((a.rentsFrom ?? []).map((r) => r.to as Neighbour)), sortIds(b.rentsFrom as Neighbour[])],
      ['acquired', sortIds((a.acquired ?? []).map((r) => r.to as Neighbour)), sortIds(edges('acquiredConnection'))],
    ];
    for (const [field, mine, theirs] of pairs) {
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
        throw new Error(`the two servers disagree on ${field} of ${id}: ${mine.length} vs ${theirs.length} neighbours`);
      }
    }
  }
  log(`both servers return the same neighbourhoods for ${ids.length} entities`);
}

async function main(): Promise<void> {
  const rootDir = path.resolve(__dirname, '..');
  const settings = parseArgs(process.argv.slice(2));
  installSignalHandlers(log);
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  log(`${command}: scales ${settings.scales.map((x) => x.name).join(', ')}, seed ${settings.seed}`);
  let neo4jVersion = 'unknown';
  const machine: Machine = machineInfo(rootDir, neo4jVersion);
  const scales: ScaleResult[] = [];
  try {
    for (const scale of settings.scales) {
      const result = await runScale(rootDir, scale, settings, (v) => (neo4jVersion = v));
      if (result) scales.push(result);
    }
  } finally {
    await cleanupAll();
  }
  if (settings.only) {
    log(`partial run (--only ${settings.only}): no result file written`);
    return;
  }
  machine.neo4j = neo4jVersion;
  machine.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const results: Results = {
    generatedAt: new Date().toISOString(),
    command,
    mode: settings.mode,
    seed: settings.seed,
    machine,
    scales,
    ...summarise(scales),
  };
  process.stdout.write(renderTable(results));
  for (const file of writeResults(rootDir, results)) log(`wrote ${path.relative(rootDir, file)}`);
}

main().catch(async (error: unknown) => {
  process.stderr.write(
    `the benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  await cleanupAll();
  process.exit(1);
});
