import type { Database, Row } from '../db/database';
import { intParam } from '../db/values';
import { intInRange } from '../int-range';
import { primaryLabel } from '../domain';
import { dataOf } from './common';

export interface RevisionRecord {
  id: string;
  targetId: string;
  targetType: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  by: string;
  at: string;
  reason: string | null;
  /** The ImportBatch of the import that made the change (imports, writes, corrections). */
  importId: string | null;
}

export const MAX_HISTORY = 1000;

function parse(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'string') return null;
  const parsed: unknown = JSON.parse(value);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : null;
}

const IDENTITY = ['labels', 'type', 'from', 'to', 'id'];

/**
 * The CREATE entries of records created by imports. An import writes one ImportBatch (who,
 * when, why, which import) instead of a revision per created record; the record carries the
 * batch's id (createdIn) and its values describe the creation once the later changes (UPDATE and
 * MERGE revisions keep the values before) are undone, newest first. A record removed by a merge
 * is read from the full record its removal kept.
 */
function creations(id: string, rows: Row[], changes: Row[]): RevisionRecord[] {
  const found = rows
    .map((row) => {
      const batch = row.batch as Row;
      const removed = row.removedAt !== null && row.removedAt !== undefined;
      const stored = (removed ? parse(row.props) : (row.props as Record<string, unknown>)) ?? {};
      const values = Object.fromEntries(Object.entries(dataOf(stored)).filter(([k]) => !IDENTITY.includes(k)));
      const targetType =
        typeof row.type === 'string' ? row.type : (primaryLabel((row.labels as string[] | null) ?? []) ?? 'Node');
      return { batch, at: String(batch.at), until: removed ? String(row.removedAt) : null, values, targetType };
    })
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return found.map((c, i) => {
    const next = found[i + 1]?.at ?? null;
    // The changes made to this incarnation of the id: after its creation, before it was removed
    // (or re-created), undone newest first.
    const mine = changes.filter((ch) => {
      const at = String(ch.at);
      return at >= c.at && (c.until === null || at <= c.until) && (next === null || at < next);
    });
    const state: Record<string, unknown> = { ...c.values };
    for (const change of [...mine].reverse()) {
      for (const [key, value] of Object.entries(parse(change.before) ?? {})) {
        if (value === null) delete state[key];
        else state[key] = value;
      }
    }
    return {
      id: `${String(c.batch.id)}/${id}`,
      targetId: id,
      targetType: c.targetType,
      action: 'CREATE',
      before: null,
      after: state,
      by: String(c.batch.by),
      at: c.at,
      reason: (c.batch.reason as string | null) ?? null,
      importId: String(c.batch.id),
    };
  });
}

/** The revisions of a node or relationship, oldest first: the values before and after each change. */
export async function history(db: Database, id: string, first: number): Promise<RevisionRecord[]> {
  intInRange('first', first, { min: 1, max: MAX_HISTORY });
  const { rows, created } = await db.readTransaction('curation/history', async (run) => {
    const revisions = await run('history/revisions', { id, first: intParam(first) });
    const batches = await run('history/creations', { id });
    const changes = batches.length > 0 ? await run('history/changes', { id }) : [];
    return { rows: revisions, created: creations(id, batches, changes) };
  });
  const revisions: RevisionRecord[] = rows.map(({ v }) => {
    const r = v as Record<string, unknown>;
    return {
      id: String(r.id),
      targetId: String(r.targetId),
      targetType: String(r.targetType),
      action: String(r.action),
      before: parse(r.before),
      after: parse(r.after),
      by: String(r.by),
      at: String(r.at),
      reason: (r.reason as string | null) ?? null,
      importId: (r.importId as string | null | undefined) ?? null,
    };
  });
  // Oldest first (a creation comes before the changes of the same instant), at most `first`.
  return [...created, ...revisions]
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.at < b.r.at ? -1 : a.r.at > b.r.at ? 1 : a.i - b.i))
    .slice(0, first)
    .map(({ r }) => r);
}
