import { randomUUID } from 'node:crypto';
import type { Row } from '../db/database';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../domain';
import type { InputProblem } from '../errors';
import { AUDIT_FIELDS } from '../import/format';

/** Runs a named statement inside the caller's transaction. */
export type Run = (name: string, params?: Record<string, unknown>) => Promise<Row[]>;

export const MAX_REASON_LENGTH = 1000;

export { AUDIT_FIELDS } from '../import/format';

/** A reason is required for corrections, retractions and merges; problems go in `problems`. */
export function checkReason(reason: unknown, path: (string | number)[], problems: InputProblem[]): void {
  if (typeof reason !== 'string' || reason.trim() === '') problems.push({ path, message: 'is required: say why' });
  else if (reason.length > MAX_REASON_LENGTH)
    problems.push({ path, message: `must be at most ${MAX_REASON_LENGTH} characters` });
}

/** A relationship type read from the graph, checked against the whitelist before it reaches Cypher. */
export function checkedType(type: unknown): RelationshipType {
  if (typeof type !== 'string' || !(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
    throw new Error(`relationship type ${String(type)} is not in the whitelist`);
  }
  return type as RelationshipType;
}

/** A row for import/create-revisions. */
export function revision(
  targetId: string,
  targetType: string,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  reason: string | null,
): Record<string, unknown> {
  return {
    id: randomUUID(),
    targetId,
    targetType,
    action,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
    reason,
  };
}

/** The stored properties without the audit fields. */
export function dataOf(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !AUDIT_FIELDS.includes(k) && !k.startsWith('__')));
}
