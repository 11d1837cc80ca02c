import type { AccessPath, RelRecord, IsoDate } from './types';

/** How old a path's evidence is at a date (DOMAIN.md, "Evidence ages"). */
export interface PathEvidence {
  /** The oldest last-evidence date among the open-ended steps; null when one of them has none or there are none. */
  lastEvidence: IsoDate | null;
  /** Days from lastEvidence to the date asked about; null when lastEvidence is. */
  ageDays: number | null;
  /** The step whose evidence is oldest (the first step with no dated evidence, when there is one). */
  oldestStepIndex: number | null;
  /** Some open-ended step has no evidence within the staleness window (old, or of no known date). */
  stale: boolean;
}

const DAY_MS = 86_400_000;
const freshSinceOf = new Map<string, IsoDate>();

// Dates repeat across the many paths of one answer: each is parsed once.
const epochDays = new Map<IsoDate, number>();
function epochDay(date: IsoDate): number {
  let day = epochDays.get(date);
  if (day === undefined) epochDays.set(date, (day = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS)));
  return day;
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

/** `date` moved back by whole calendar months (clamped to the month's last day). */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/**
 * Whether a step's evidence still stands at `asOf`: a fact with a known end date is evidenced
 * for the span it states; an open-ended one is true as far as its evidence goes, so its last
 * evidence must fall on or after `freshSince` (asOf less the staleness window).
 */
export function stepEvidenceFresh(rel: Pick<RelRecord, 'endDate' | 'lastEvidence'>, freshSince: IsoDate): boolean {
  if (rel.endDate !== null && rel.endDate !== undefined) return true;
  const last = rel.lastEvidence ?? null;
  return last !== null && last >= freshSince;
}

/**
 * The evidence of a path at `asOf`: over its open-ended steps (no end date), the oldest last
 * evidence, which step it is, its age in days, and whether the path is stale: some open-ended
 * step has no dated evidence on or after asOf less `staleAfterMonths`. Steps with a known end
 * date are evidenced for their span and never make a path stale.
 */
export function pathEvidence(path: AccessPath, asOf: IsoDate, staleAfterMonths: number): PathEvidence {
  const key = `${asOf}|${staleAfterMonths}`;
  let freshSince = freshSinceOf.get(key);
  if (freshSince === undefined) freshSinceOf.set(key, (freshSince = monthsBefore(asOf, staleAfterMonths)));
  let oldest: { date: IsoDate | null; index: number } | null = null;
  let stale = false;
  path.rels.forEach((rel, index) => {
    if (rel.endDate !== null && rel.endDate !== undefined) return;
    const last = rel.lastEvidence ?? null;
    if (!stepEvidenceFresh(rel, freshSince)) stale = true;
    if (oldest === null || (oldest.date !== null && (last === null || last < oldest.date)))
      oldest = { date: last, index };
  });
  const found = oldest as { date: IsoDate | null; index: number } | null;
  const lastEvidence = found?.date ?? null;
  return {
    lastEvidence,
    ageDays: lastEvidence === null ? null : daysBetween(lastEvidence, asOf),
    oldestStepIndex: found?.index ?? null,
    stale,
  };
}
