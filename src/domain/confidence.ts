import type { GraphRel } from './types';
import { CONFIDENCE_LEVELS, type Confidence } from './vocabulary';

/** The weight of a step at each level: a path's score multiplies them. */
export const CONFIDENCE_WEIGHTS: Readonly<Record<Confidence, number>> = {
  CONFIRMED: 1.0,
  REPORTED: 0.8,
  ALLEGED: 0.5,
  DISPUTED: 0.25,
};

const rank = (level: Confidence): number => CONFIDENCE_LEVELS.indexOf(level);

/** Whether `level` is at least as sure as `min` (CONFIRMED > REPORTED > ALLEGED > DISPUTED). */
export function meetsMinimum(level: Confidence, min: Confidence): boolean {
  return rank(level) <= rank(min);
}

/** The weakest of some levels; CONFIRMED for none (nothing to doubt). */
export function weakest(levels: Iterable<Confidence>): Confidence {
  let worst: Confidence = 'CONFIRMED';
  for (const level of levels) if (rank(level) > rank(worst)) worst = level;
  return worst;
}

/**
 * A path's confidence:
 *   score = Π over steps of weight(step.confidence), weights CONFIRMED 1.0, REPORTED 0.8,
 *           ALLEGED 0.5, DISPUTED 0.25;
 *   level = the weakest step's level.
 * A chain is only as sure as its weakest link (level), and long chains of merely reported facts
 * are less sure than short ones (score). An empty path scores 1, CONFIRMED.
 */
export function pathConfidence(rels: readonly Pick<GraphRel, 'confidence'>[]): { score: number; level: Confidence } {
  const score = rels.reduce((product, r) => product * CONFIDENCE_WEIGHTS[r.confidence], 1);
  return { score, level: weakest(rels.map((r) => r.confidence)) };
}
