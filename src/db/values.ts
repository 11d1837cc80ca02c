import neo4j, { isDate, isDateTime, isInt, isNode, isRelationship, isPath } from 'neo4j-driver';

/**
 * Converts driver values to plain JSON-friendly values: integers to numbers, temporal values to
 * ISO strings, nodes to their properties plus `labels`, relationships to properties plus `type`.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDate(value)) return value.toString();
  if (isDateTime(value)) return new Date(value.toString()).toISOString();
  if (isNode(value)) return { ...plainObject(value.properties), labels: value.labels };
  if (isRelationship(value)) return { ...plainObject(value.properties), type: value.type };
  if (isPath(value)) return value.segments.map((s) => toPlain(s.relationship));
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return plainObject(value as Record<string, unknown>);
  return value;
}

/** A streamed driver value as an ISO date (dates are stored as Date; strings are taken as they are). */
export function driverDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (isDate(value)) return value.toString();
  return typeof value === 'string' ? value.slice(0, 10) : null;
}

/** A streamed driver value as a number (integers converted, other numbers as they are). */
export function driverNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  return typeof value === 'number' ? value : null;
}

function plainObject(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = toPlain(v);
  return out;
}

/** An ISO `YYYY-MM-DD` string as a Neo4j Date parameter (null stays null). */
export function dateParam(iso: string | null | undefined): ReturnType<typeof neo4j.types.Date.fromStandardDate> | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y ?? 0, m ?? 1, d ?? 1);
}

/** A JS number that Cypher must see as an integer (LIMIT, SKIP, range bounds). */
export function intParam(n: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(n);
}
