import path from 'node:path';
import pino from 'pino';
import { AccessIndex } from '../src/reach/access-index';
import { createServer } from '../src/server';
import { generateGraph } from './generate';
import { benchImport } from './import-bench';
import { installSignalHandlers, runScript, startBenchDatabase } from './lifecycle';
import { checkCompleteness, type CompletenessFigures } from './completeness';
import { benchCounting, benchReach, inProcessOf } from './reach-bench';
import { flagValue, scaleNamed } from './scales';

/**
 * The reachability questions alone, on one generated graph (no throughput, no raw baseline):
 * the index load and its memory, whoCanReach, scenario over every chip, reachableChips of a
 * conglomerate, pathGraph(to:) and affiliatesCaught, through GraphQL in-process.
 * NODE_OPTIONS=--expose-gc npx tsx bench/reach-check.ts [--scale 10k|100k|1m] [--seed 42] [--runs 20] [--no-check] [--scan-chips]
 * (--no-check: without the completeness check of bench/completeness.ts; --scan-chips: every
 * chip's whoCanReach totalCount too).
 * Prints the figures as JSON at the end; writes no result file.
 */

const argv = process.argv.slice(2);
const value = (flag: string, fallback: string) => flagValue(argv, flag) ?? fallback;
const log = (m: string) => process.stdout.write(`[reach ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

async function main(): Promise<void> {
  const scale = scaleNamed(value('--scale', '100k'));
  const seed = Number(value('--seed', '42'));
  const runs = Number(value('--runs', '20'));
  installSignalHandlers(log);
  const bench = await startBenchDatabase(path.resolve(__dirname, '..'), `reach-${scale.name}`, scale, log);
  try {
    const { db, driver, config } = bench;
    const graph = generateGraph({ nodes: scale.nodes, seed, chunkRecords: 50000 });
    const imported = await benchImport(db, graph, {
      driver,
      database: config.neo4j.database,
      sampleSize: 100,
      batchSize: 1000,
      log,
    });
    log(`graph: ${imported.nodes} nodes, ${imported.relationships} relationships`);
    const index = new AccessIndex(db);
    const counting = benchCounting(config, index);
    const silent = pino({ level: 'silent' });
    const yoga = createServer({ config, db, log: silent, databaseMode: 'local', ...counting.served });
    const inProcess = inProcessOf(yoga);
    const countingInProcess = inProcessOf(
      createServer({ config, db, log: silent, databaseMode: 'local', ...counting.servedWithoutTable }),
    );
    const figures = await benchReach({
      inProcess,
      countingInProcess,
      index,
      trendTable: counting.served.trendTable,
      chipIds: graph.chipIds,
      mostHostedChip: graph.mostHostedChip,
      conglomerateParent: graph.conglomerateParents[0] ?? null,
      asOf: '2024-06-30',
      maxHops: 6,
      runs,
      slowRuns: Math.max(2, Math.round(runs / 4)),
      affiliatesAsOf: '2025-10-15',
      scanChips: argv.includes('--scan-chips'),
      log,
    });
    let completeness: CompletenessFigures | string | null = null;
    if (!argv.includes('--no-check')) {
      completeness = await checkCompleteness({
        driver,
        database: config.neo4j.database,
        index,
        limits: config.limits,
        inProcess,
        chipIds: graph.chipIds,
        asOf: '2024-06-30',
        maxHops: 6,
        log,
      }).catch((error: unknown) => `failed: ${(error as Error).message}`);
    }
    const result = {
      scale: scale.name,
      relationships: imported.relationships,
      import: imported.raw,
      ...figures,
      completeness,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    await counting.close();
  } finally {
    await bench.stop();
  }
}

runScript(main);
