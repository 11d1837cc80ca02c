import path from 'node:path';
import { generateGraph } from './generate';
import { benchImport } from './import-bench';
import { installSignalHandlers, runScript, startBenchDatabase } from './lifecycle';
import { flagValue, scaleNamed } from './scales';

/**
 * The import part of the benchmark alone (no paths, listings or throughput), for working on the
 * importer: npx tsx bench/import-only.ts [--scale 10k|100k] [--chunk 50000] [--batch 1000]
 * [--naive 5000] [--seed 42] [--setting name=value]. Same Neo4j memory per scale as bench/run.ts; prints the seconds of
 * each importer phase per document and the figures as JSON. Writes no result file.
 */

const argv = process.argv.slice(2);
const value = (flag: string, fallback: string) => flagValue(argv, flag) ?? fallback;
const log = (m: string) => process.stdout.write(`[import ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

async function main(): Promise<void> {
  const scale = scaleNamed(value('--scale', '10k'));
  installSignalHandlers(log);
  // --setting name=value (repeatable): a Neo4j setting for this run, e.g. db.tx_state.memory_allocation=OFF_HEAP.
  const settings = Object.fromEntries(
    argv.flatMap((a, i) => (argv[i - 1] === '--setting' ? [a.split('=') as [string, string]] : [])),
  );
  const bench = await startBenchDatabase(
    path.resolve(__dirname, '..'),
    `import-${scale.name}`,
    { ...scale, settings },
    log,
  );
  try {
    const graph = generateGraph({
      nodes: scale.nodes,
      seed: Number(value('--seed', '42')),
      chunkRecords: Number(value('--chunk', '50000')),
    });
    const figures = await benchImport(bench.db, graph, {
      driver: bench.driver,
      database: bench.config.neo4j.database,
      sampleSize: Number(value('--naive', '5000')),
      batchSize: Number(value('--batch', '1000')),
      log,
    });
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await bench.stop();
  }
}

runScript(main);
