import type { Regulation, RestrictionContext } from '../src/domain';
import { AccessGraph, type NodeInput, type RelInput } from '../src/reach/access-graph';
import { AnswerCache, lastEvidenceOf, type AccessSnapshot } from '../src/reach/access-index';
import { PathService } from '../src/services/path-service';
import { generateGraph } from './generate';
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
type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const scale = scaleNamed(flagValue(argv, '--scale') ?? '100k');
  const seed = Number(flagValue(argv, '--seed') ?? '42');
  const generated = generateGraph({ nodes: scale.nodes, seed });
  const nodes: NodeInput[] = [];
  const regulations: Regulation[] = [];
  const published = new Map<string, string | null>();
  for (const doc of generated.nodeDocuments()) {
    for (const s of doc.sources) published.set(s.id, (s as { publishedAt?: string }).publishedAt ?? null);
    for (const n of doc.nodes as unknown as Raw[]) {
      if (n.label === 'Regulation') {
        regulations.push({
          id: n.id,
          name: n.name,
          kind: n.kind,
          citation: n.citation ?? null,
          effective: n.effective ?? null,
          suspendedFrom: n.suspendedFrom ?? null,
          suspendedUntil: n.suspendedUntil ?? null,
          rescinded: n.rescinded ?? null,
          destinations: n.destinations ?? [],
          headquarteredIn: n.headquarteredIn ?? [],
        });
        continue;
      }
      if (!['Entity', 'CloudProvider', 'DataCenter', 'Chip'].includes(n.label)) continue;
      const labels = n.label === 'CloudProvider' ? ['Entity', 'CloudProvider'] : [n.label];
      nodes.push({
        id: n.id,
        labels,
        name: n.name,
        kind: n.kind ?? null,
        country: n.country ?? null,
        headquarters: n.headquarters ?? null,
      });
    }
  }
  const rels: RelInput[] = [];
  const context: RestrictionContext = {
    regulations: new Map(),
    coverage: [],
    designations: [],
    ownership: [],
    entities: new Map(),
  };
  for (const doc of generated.relationshipDocuments()) {
    for (const r of doc.relationships as unknown as Raw[]) {
      if (r.type === 'RESTRICTS') {
        context.coverage.push({
          regulationId: r.from,
          chipId: r.to,
          startDate: r.startDate ?? null,
          endDate: r.endDate ?? null,
        });
      } else if (r.type === 'DESIGNATED_UNDER') {
        context.designations.push({
          entityId: r.from,
          regulationId: r.to,
          startDate: r.startDate ?? null,
          endDate: r.endDate ?? null,
          confidence: r.confidence,
        });
      } else {
        rels.push({
          id: r.id,
          type: r.type,
          fromId: r.from,
          toId: r.to,
          startDate: r.startDate ?? r.date ?? null,
          endDate: r.endDate ?? null,
          date: r.date ?? null,
          retracted: false,
          confidence: r.confidence,
          share: r.share ?? null,
          lastEvidence: lastEvidenceOf(r.sources ?? [], null, published),
        });
      }
    }
  }
  const graph = new AccessGraph(nodes, rels);
  for (const r of regulations) context.regulations.set(r.id, r);
  for (let i = 0; i < graph.nodeCount; i += 1) {
    const node = graph.node(i);
    if (node.labels.includes('Entity')) context.entities.set(node.id, node);
  }
  for (const r of rels) {
    if (r.type === 'OWNS') {
      context.ownership.push({
        ownerId: r.fromId,
        ownedId: r.toId,
        share: r.share,
        startDate: r.startDate,
        endDate: r.endDate,
      });
    }
  }
  const snapshot: AccessSnapshot = {
    version: 'bench',
    graph,
    context,
    loadedAt: new Date(),
    loadMs: 0,
    answers: new AnswerCache(),
    steps: new AnswerCache(8),
  };
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
