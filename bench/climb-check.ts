import { PathService } from '../src/services/path-service';
import { memorySnapshot } from './memory-snapshot';
import { flagValue, scaleNamed } from './scales';
import { percentile } from './stats';

/**
 * What the climb to controllers (the path grammar's `climb{0,2}`) costs and adds, on the bench
 * graph held in memory (no database: the generator's records go straight into the access graph
 * the index would load):
 *   npx tsx bench/climb-check.ts [--scale 100k] [--seed 42]
 * For 200 random (entity, chip) pairs and 100 pairs from subsidiaries of the largest
 * conglomerates, accessPaths with the climb off and on: pairs with paths, paths, truncated
 * listings, p50 / p95 of the path service; and reachableChips of the 5 largest conglomerates'
 * parents and 20 of their subsidiaries: chips reached, p50 / p95.
 */
/** A generated record, read loosely: the generator's documents are format v1. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const scale = scaleNamed(flagValue(argv, '--scale') ?? '100k');
  const seed = Number(flagValue(argv, '--seed') ?? '42');
  const { generated, graph, snapshot } = memorySnapshot(scale.nodes, seed);
  const service = new PathService({ current: async () => snapshot } as never, {
    maxHops: 8,
    maxPaths: 1000,
    staleAfterMonths: 24,
  });
  const asOf = '2024-06-30';

  const subsidiaries: string[] = [];
  for (const parent of generated.conglomerateParents.slice(0, 3)) {
    const p = graph.index.get(parent) as number;
    for (let i = graph.out.start[p] ?? 0; i < (graph.out.start[p + 1] ?? 0); i += 1) {
      const r = graph.out.rels[i] ?? 0;
      if ((graph.type[r] ?? 9) <= 1) subsidiaries.push(graph.ids[graph.to[r] ?? 0] ?? '');
    }
  }
  const pairs = [
    ...Array.from({ length: 200 }, (_, i) => ({
      from: generated.entityIds[(i * 7919 + 13) % generated.entityIds.length] ?? '',
      to: generated.chipIds[(i * 31) % generated.chipIds.length] ?? '',
    })),
    ...subsidiaries
      .slice(0, 100)
      .map((from, i) => ({ from, to: generated.chipIds[i % generated.chipIds.length] ?? '' })),
  ];
  const origins = [...generated.conglomerateParents.slice(0, 5), ...subsidiaries.slice(0, 20)];
  const ms = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;
  const fixed = (n: number) => n.toFixed(1);
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

  for (const climb of [false, true]) {
    const filter = { climbToControllers: climb };
    const times: number[] = [];
    let paths = 0;
    let withPaths = 0;
    let truncated = 0;
    for (const pair of pairs) {
      const started = process.hrtime.bigint();
      const set = await service.fromEntity(pair.from, pair.to, asOf, 6, filter);
      times.push(ms(started));
      paths += set.paths.length;
      if (set.paths.length > 0) withPaths += 1;
      if (set.truncated) truncated += 1;
    }
    const chipTimes: number[] = [];
    let chips = 0;
    for (const origin of origins) {
      const started = process.hrtime.bigint();
      chips += (await service.reachableChips(origin, asOf, 6, filter)).length;
      chipTimes.push(ms(started));
    }
    process.stdout.write(
      `climb ${climb ? 'on ' : 'off'}: accessPaths over ${pairs.length} pairs: ${withPaths} with paths, ${paths} paths, ` +
        `${truncated} truncated, p50 ${fixed(percentile(sorted(times), 50))} / p95 ${fixed(percentile(sorted(times), 95))} ms; ` +
        `reachableChips of ${origins.length} group companies: ${chips} chips, ` +
        `p50 ${fixed(percentile(sorted(chipTimes), 50))} / p95 ${fixed(percentile(sorted(chipTimes), 95))} ms\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
