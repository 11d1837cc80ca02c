import type { Confidence, RelRecord } from '../domain';

/** Plain records the repositories return: node and relationship properties as stored. */

export interface NodeRecord {
  id: string;
  name: string;
  labels: string[];
  [property: string]: unknown;
}

/** Labels shown to clients: the technical Node label is left out. */
export function domainLabels(labels: readonly string[]): string[] {
  return labels.filter((l) => l !== 'Node');
}

export function toNodeRecord(value: unknown): NodeRecord {
  const n = value as NodeRecord;
  return { ...n, labels: domainLabels(n.labels ?? []) };
}

export function toRelRecord(value: unknown, fromId: unknown, toId: unknown): RelRecord {
  const r = value as Record<string, unknown>;
  return {
    ...r,
    id: String(r.id),
    type: String(r.type),
    fromId: String(fromId),
    toId: String(toId),
    startDate: (r.startDate as string | null | undefined) ?? null,
    endDate: (r.endDate as string | null | undefined) ?? null,
    // The importer admits only the four levels.
    confidence: (r.confidence ?? 'REPORTED') as Confidence,
    sources: (r.sources as string[] | null | undefined) ?? [],
  };
}
