/**
 * How sure a path is, kept exactly. A path's confidence score multiplies one weight per step
 * (CONFIRMED 1, REPORTED 0.8, ALLEGED 0.5, DISPUTED 0.25 = 0.5²), so it is 0.8^a × 0.5^e with
 * `a` the REPORTED steps and `e` the ALLEGED steps plus twice the DISPUTED ones. The searches
 * keep the pair as one small code (a × E + e) and compare codes by rank: two paths are equally
 * sure exactly when their codes are equal, where products of floating-point weights could
 * differ in the last bit with the order of the steps. Among equally sure shortest paths the
 * searches then keep the one whose steps come first in the graph's fixed (id) order, so every
 * search, whatever dates or chips it serves at once, picks the same best path.
 */

/** The longest path a code describes (HARD_MAX_HOPS). */
const MAX_STEPS = 8;
const E = 2 * MAX_STEPS + 1;

/** What one step of each confidence code (CONFIRMED .. DISPUTED) adds to a path's code. */
export const SURENESS_STEP: readonly number[] = [0, E, 1, 2];

/** The code of a path with no steps (and so of a chip). */
export const SURENESS_START = 0;

/** The rank of each code: higher is surer. */
export const SURENESS_RANK: Uint8Array = (() => {
  const codes: { code: number; log: number }[] = [];
  for (let a = 0; a <= MAX_STEPS; a += 1)
    for (let e = 0; e < E; e += 1) codes.push({ code: a * E + e, log: a * Math.log(0.8) + e * Math.log(0.5) });
  codes.sort((x, y) => x.log - y.log);
  const rank = new Uint8Array(codes.length);
  codes.forEach(({ code }, i) => {
    rank[code] = i;
  });
  return rank;
})();
