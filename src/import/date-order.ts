import { isIsoDate } from '../domain';
import type { InputProblem } from '../errors';

/**
 * The dates of a record that must come in order (seed/FORMAT.md, "Date order"): each pair is
 * (earlier, later). Judged on the record as it will stand, so that a write giving one date of a
 * pair is checked against the other as stored.
 */
export const REGULATION_DATE_ORDER: readonly (readonly [string, string])[] = [
  ['announced', 'effective'],
  ['effective', 'rescinded'],
  ['suspendedFrom', 'suspendedUntil'],
];
export const RELATIONSHIP_DATE_ORDER: readonly (readonly [string, string])[] = [['startDate', 'endDate']];

type Path = (string | number)[];
type Props = Record<string, unknown>;

/** A given or stored date (stored dates read back as ISO text), null when there is none or it is no date. */
const dayOf = (value: unknown): string | null => (isIsoDate(value) ? value : null);

/**
 * The pairs of `record` out of order once merged with `stored` (a field the record leaves out
 * keeps its stored value; null clears it). Each problem sits on a field the record gives, the
 * later one when it gives both, and names both dates, saying which is stored.
 */
export function dateOrderProblems(
  record: Props,
  stored: Props | undefined,
  pairs: readonly (readonly [string, string])[],
  path: Path,
): InputProblem[] {
  const problems: InputProblem[] = [];
  const given = (field: string) => field in record && record[field] !== undefined;
  for (const [from, to] of pairs) {
    if (!given(from) && !given(to)) continue;
    const start = dayOf(given(from) ? record[from] : stored?.[from]);
    const end = dayOf(given(to) ? record[to] : stored?.[to]);
    if (start === null || end === null || start <= end) continue;
    const storedNote = (field: string) => (given(field) ? '' : 'the stored ');
    if (given(to)) {
      problems.push({
        path: [...path, to],
        message: `${to} ${end} is before ${storedNote(from)}${from} ${start}: ${from} must not be after ${to}`,
      });
    } else {
      problems.push({
        path: [...path, from],
        message: `${from} ${start} is after ${storedNote(to)}${to} ${end}: ${from} must not be after ${to}`,
      });
    }
  }
  return problems;
}
