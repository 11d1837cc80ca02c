import path from 'node:path';
import { generateGraph } from './generate';
import { installSignalHandlers, runScript, startBenchDatabase } from './lifecycle';
import { flagValue } from './scales';
import { importDocument } from '../src/import/apply';

/**
 * What one import document needs of the database's memory: the bench's generated graph imported
 * in documents of `--chunk` records into a Neo4j of `--heap` MB, each document timed and said
 * imported or refused (with the error's code), stopping at the first refusal.
 * npx tsx bench/document-memory.ts [--heap 1024] [--nodes 100000] [--chunk 200000]
 *   [--relationship-documents 1] [--seed 42]
 */
const argv = process.argv.slice(2);
const value = (flag: string, fallback: string) => Number(flagValue(argv, flag) ?? fallback);
const log = (m: string) => process.stdout.write(`[memory ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

async function main(): Promise<void> {
  installSignalHandlers(log);
  const heapMb = value('--heap', '1024');
  const bench = await startBenchDatabase(
    path.resolve(__dirname, '..'),
    `memory-${heapMb}`,
    { heapMb, pageCacheMb: 512 },
    log,
  );
  try {
    const graph = generateGraph({
      nodes: value('--nodes', '100000'),
      seed: value('--seed', '42'),
      chunkRecords: value('--chunk', '200000'),
    });
    const relationshipDocuments = value('--relationship-documents', '1');
    const documents = function* () {
      yield* graph.nodeDocuments();
      let i = 0;
      for (const doc of graph.relationshipDocuments()) {
        if (i++ >= relationshipDocuments) return;
        yield doc;
      }
    };
    for (const doc of documents()) {
      const records = doc.sources.length + doc.nodes.length + doc.relationships.length;
      const what = doc.relationships.length > 0 ? 'relationships' : doc.nodes.length > 0 ? 'nodes' : 'sources';
      const started = Date.now();
      try {
        const report = await importDocument(bench.db, doc, { principal: 'bench', batchSize: 1000 });
        if (!report.ok) throw new Error(`rejected: ${report.rejected[0]?.message ?? ''}`);
        log(`${records} ${what}: imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        const code = (error as { extensions?: { code?: string } }).extensions?.code ?? 'no code';
        log(
          `${records} ${what}: refused after ${((Date.now() - started) / 1000).toFixed(1)} s (${code}): ${(error as Error).message}`,
        );
        break;
      }
    }
  } finally {
    await bench.stop();
  }
}

runScript(main);
