import type { Database } from '../db/database';
import { intParam } from '../db/values';
import { appError, ErrorCode } from '../errors';

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
}

const MAX_HISTORY = 1000;

function parse(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'string') return null;
  const parsed: unknown = JSON.parse(value);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : null;
}

/** The revisions of a node or relationship, oldest first: the values before and after each change. */
export async function history(db: Database, id: string, first: number): Promise<RevisionRecord[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY) {
    throw appError(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${MAX_HISTORY}`, {
      problems: [{ path: ['first'], message: `must be between 1 and ${MAX_HISTORY}` }],
    });
  }
  const rows = await db.read('writes/history', { id, first: intParam(first) });
  return rows.map(({ v }) => {
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
    };
  });
}
