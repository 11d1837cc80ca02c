/** Small hand-built graphs for the domain tests. */
import type {
  AccessPath,
  ChipCoverage,
  Confidence,
  Designation,
  GraphNode,
  RelRecord,
  OwnershipEdge,
  Regulation,
  RestrictionContext,
} from '../../../src/domain';

export function regulation(id: string, fields: Partial<Regulation> = {}): Regulation {
  return {
    id,
    name: id,
    kind: 'EXPORT_CONTROL',
    citation: null,
    effective: null,
    suspendedFrom: null,
    suspendedUntil: null,
    rescinded: null,
    destinations: [],
    headquarteredIn: [],
    ...fields,
  };
}

export function entity(id: string, country: string | null, fields: Partial<GraphNode> = {}): GraphNode {
  return { id, labels: ['Entity'], name: id, country, ...fields };
}

export function cloud(id: string, headquarters: string, country: string | null = null): GraphNode {
  return { id, labels: ['Entity', 'CloudProvider'], name: id, headquarters, country };
}

export function dataCenter(id: string, country: string): GraphNode {
  return { id, labels: ['DataCenter'], name: id, country };
}

export function chip(id: string): GraphNode {
  return { id, labels: ['Chip'], name: id };
}

export function coverage(
  regulationId: string,
  chipId: string,
  startDate: string | null = null,
  endDate: string | null = null,
): ChipCoverage {
  return { regulationId, chipId, startDate, endDate };
}

export function designation(
  entityId: string,
  regulationId: string,
  startDate: string | null,
  endDate: string | null = null,
): Designation {
  return { entityId, regulationId, startDate, endDate, confidence: 'CONFIRMED' };
}

export function owns(
  ownerId: string,
  ownedId: string,
  share: number | null,
  startDate: string | null = null,
  endDate: string | null = null,
): OwnershipEdge {
  return { ownerId, ownedId, share, startDate, endDate };
}

export function context(parts: {
  regulations?: Regulation[];
  coverage?: ChipCoverage[];
  designations?: Designation[];
  ownership?: OwnershipEdge[];
  entities?: GraphNode[];
}): RestrictionContext {
  return {
    regulations: new Map((parts.regulations ?? []).map((r) => [r.id, r])),
    coverage: parts.coverage ?? [],
    designations: parts.designations ?? [],
    ownership: parts.ownership ?? [],
    entities: new Map((parts.entities ?? []).map((e) => [e.id, e])),
  };
}

export interface StepSpec {
  type: string;
  confidence?: Confidence;
  startDate?: string | null;
  endDate?: string | null;
  date?: string | null;
  retracted?: boolean;
  share?: number | null;
  lastEvidence?: string | null;
  /** A climb: the relationship points from the next node (the controller) back to this one. */
  up?: boolean;
}

/** A path through `nodes`, one step spec (or just a type) per hop. */
export function path(nodes: GraphNode[], steps: (string | StepSpec)[]): AccessPath {
  const rels: RelRecord[] = steps.map((s, i) => {
    const spec: StepSpec = typeof s === 'string' ? { type: s } : s;
    const from = nodes[i];
    const to = nodes[i + 1];
    if (!from || !to) throw new Error(`step ${i} has no endpoints`);
    const [a, b] = spec.up ? [to, from] : [from, to];
    return {
      id: `${a.id}-${spec.type}-${b.id}`,
      type: spec.type,
      fromId: a.id,
      toId: b.id,
      startDate: spec.startDate ?? null,
      endDate: spec.endDate ?? null,
      confidence: spec.confidence ?? 'CONFIRMED',
      sources: ['src-1'],
      date: spec.date ?? null,
      retracted: spec.retracted ?? false,
      share: spec.share ?? null,
      lastEvidence: spec.lastEvidence ?? null,
    };
  });
  return { nodes, rels };
}

/** The 2022 and 2023 US chip rules, the Entity List, and the affiliates rule, roughly as real. */
export const RULE_2022 = regulation('bis-2022-10', {
  citation: '87 FR 62186',
  effective: '2022-10-07',
  destinations: ['CN', 'HK'],
});
export const RULE_2023 = regulation('bis-2023-10', {
  citation: '88 FR 73458',
  effective: '2023-11-17',
  destinations: ['CN', 'HK', 'MO'],
  headquarteredIn: ['CN', 'MO'],
});
export const ENTITY_LIST = regulation('entity-list', { kind: 'ENTITY_LISTING', citation: '15 CFR 744 Supp. 4' });
export const AFFILIATES_RULE = regulation('affiliates-rule', {
  kind: 'AFFILIATES_RULE',
  citation: '90 FR 47201',
  effective: '2025-09-29',
  suspendedFrom: '2025-11-10',
  suspendedUntil: '2026-11-10',
});
