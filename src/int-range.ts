import { appError, ErrorCode } from './errors';

/**
 * The one rule for capped arguments (README "Security and limits"): an argument outside its
 * range, whether the range is the domain's (depth 1 to 3) or a server cap (first at most
 * MAX_PAGE_SIZE), is BAD_USER_INPUT naming the argument, its range in the message and in
 * `extensions.problems`, like any other bad argument. LIMIT_EXCEEDED is kept for limits on the
 * request as a whole (body size, depth, aliases, tokens, cost), found before any resolver runs.
 */
export interface IntRange {
  min: number;
  max: number;
}

/** Why `value` is not an integer within `range`, or null when it is. */
export function rangeProblem(value: unknown, range: IntRange): string | null {
  const ok = typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
  return ok ? null : `must be an integer between ${range.min} and ${range.max}`;
}

/** `value` when it is an integer within `range`; BAD_USER_INPUT naming `argument` otherwise. */
export function intInRange(argument: string, value: unknown, range: IntRange): number {
  const problem = rangeProblem(value, range);
  if (problem !== null) {
    throw appError(ErrorCode.BAD_USER_INPUT, `${argument} ${problem}`, {
      problems: [{ path: [argument], message: problem }],
    });
  }
  return value as number;
}

/** A list argument with at most `max` items (`nodes(ids)`): BAD_USER_INPUT naming it otherwise. */
export function listWithin<T>(argument: string, list: readonly T[], max: number): readonly T[] {
  if (list.length > max) {
    throw appError(ErrorCode.BAD_USER_INPUT, `${argument}: at most ${max} at once (${list.length} given)`, {
      problems: [{ path: [argument], message: `at most ${max} items` }],
    });
  }
  return list;
}
