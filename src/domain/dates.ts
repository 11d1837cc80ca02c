import type { IsoDate } from './types';

/** Anything with validity bounds: a relationship, a coverage, a designation, an ownership edge. */
export interface Span {
  startDate?: IsoDate | null;
  endDate?: IsoDate | null;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when `value` is a `YYYY-MM-DD` date (the only form the domain compares as strings). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  // Reject impossible days (2023-02-30) that the pattern lets through.
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Whether a fact held at `date`:
 *   (startDate = null or startDate ≤ date) and (endDate = null or date ≤ endDate).
 * Both bounds are inclusive, and an unknown bound is open: a fact whose start is unknown is
 * taken to hold since ever, one whose end is unknown to still hold.
 */
export function heldAt(span: Span, date: IsoDate): boolean {
  const start = span.startDate ?? null;
  const end = span.endDate ?? null;
  return (start === null || start <= date) && (end === null || date <= end);
}
