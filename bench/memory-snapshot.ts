import type { Regulation, RestrictionContext } from '../src/domain';
import { AccessGraph, type NodeInput, type RelInput } from '../src/reach/access-graph';
import { AnswerCache, lastEvidenceOf, type AccessSnapshot } from '../src/reach/access-index';
import { generateGraph } from './generate';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The bench's generated graph as a reachability snapshot in memory, with no database: what the
 * access index would load from it (the checks that measure the search alone use it).
 */
export function memorySnapshot(nodes: number, seed: number) {
  const generated = generateGraph({ nodes, seed });
  const nodeInputs: NodeInput[] = [];
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
      nodeInputs.push({
        id: n.id,
        labels,
        name: n.name,
        kind: n.kind ?? null,
        country: n.country ?? null,
        headquarters: n.headquarters ?? null,
        releaseDate: n.releaseDate ?? null,
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
  const graph = new AccessGraph(nodeInputs, rels);
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
  return { generated, graph, snapshot };
}
