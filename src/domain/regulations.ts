import type { IsoDate, Regulation } from './types';
import type { RegulationKind } from './vocabulary';

/**
 * Kinds whose RESTRICTS coverage restricts a chip for a destination or headquarters country.
 * Proposed rules and bills count only once they carry an effective date (an enacted version);
 * listings and the affiliates rule restrict by entity, not by chip coverage.
 */
export const COVERAGE_KINDS: readonly RegulationKind[] = ['EXPORT_CONTROL', 'PROPOSED_RULE', 'LEGISLATION'];

/**
 * Whether a regulation is suspended at `date`: suspendedFrom ≤ date and
 * (suspendedUntil = null or date < suspendedUntil). The suspension ends the day before
 * `suspendedUntil`: the rule applies again on that day.
 */
export function isSuspended(reg: Regulation, date: IsoDate): boolean {
  return (
    reg.suspendedFrom !== null &&
    reg.suspendedFrom <= date &&
    (reg.suspendedUntil === null || date < reg.suspendedUntil)
  );
}

/** Whether a regulation is rescinded at `date`: rescinded ≠ null and rescinded ≤ date. */
export function isRescinded(reg: Regulation, date: IsoDate): boolean {
  return reg.rescinded !== null && reg.rescinded <= date;
}

/**
 * Whether a regulation, assumed to have taken effect, applies at `date`: neither rescinded nor
 * suspended then. Used for listings whose own effective date is unknown (the designation's
 * date stands in for it).
 */
export function isActive(reg: Regulation, date: IsoDate): boolean {
  return !isRescinded(reg, date) && !isSuspended(reg, date);
}

/**
 * Whether a regulation is in force at `date`:
 *   effective ≠ null and effective ≤ date
 *   and (rescinded = null or date < rescinded)
 *   and not (suspendedFrom ≤ date and (suspendedUntil = null or date < suspendedUntil)).
 * A measure with no effective date (a proposed rule, a bill that died) is never in force.
 */
export function isInForce(reg: Regulation, date: IsoDate): boolean {
  return reg.effective !== null && reg.effective <= date && isActive(reg, date);
}

/** The regulations of the given kinds in force at `date`, sorted by id (stable output). */
export function regulationsInForce(
  regulations: Iterable<Regulation>,
  kinds: readonly RegulationKind[],
  date: IsoDate,
): Regulation[] {
  return [...regulations]
    .filter((r) => kinds.includes(r.kind) && isInForce(r, date))
    .sort((a, b) => compareIds(a.id, b.id));
}

/** Plain code-point order, so results do not depend on the runtime's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether what the graph says of a regulation's status at `date` is unverified: the date is
 * past the last day its status is known for (statusKnownUntil), as for a suspension that ran
 * out with no word on whether it was extended.
 */
export function statusUnverified(reg: Regulation, date: IsoDate): boolean {
  return reg.statusKnownUntil !== null && reg.statusKnownUntil !== undefined && date > reg.statusKnownUntil;
}
