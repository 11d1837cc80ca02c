import {
  chipRestrictedForCountry,
  PATHWAYS,
  PURCHASE_PATHWAY,
  purchaseTiming,
  type IsoDate,
  type Pathway,
  type RestrictedAt,
  type RestrictionContext,
} from '../domain';
import * as access from './access-graph';
import type { AccessGraph } from './access-graph';
import * as moveCodes from './moves';
import { movesOf } from './moves';
import type { SuffixTree } from './search';

const { DATA_CENTER, OPEN_START } = access;
const { HOSTS, ACQUIRED } = access.T;
// Module-local copies (read per key in the loop below).
const { INFO_ACQUIRED, INFO_PROCURES, STEP_INTERMEDIARY, STEP_RENTAL, STEP_SUBSIDIARY } = moveCodes;
const bit = (p: Pathway) => 1 << PATHWAYS.indexOf(p);
/** The pathway bits of a step's own STEP_* bits (moves.ts), by those bits. */
const OWN_PATHWAYS = Array.from(
  { length: 8 },
  (_, s) =>
    (s & STEP_RENTAL ? bit('CLOUD_RENTAL') : 0) |
    (s & STEP_INTERMEDIARY ? bit('INTERMEDIARY') : 0) |
    (s & STEP_SUBSIDIARY ? bit('SUBSIDIARY') : 0),
);

/** What every entity's best path says, read for all of them at once. */
export interface BestPathTraits {
  pathways(origin: number): Pathway[];
  /** The pathways as bits: bit i for PATHWAYS[i] (counting without building lists). */
  pathwayBits(origin: number): number;
  stale(origin: number): boolean;
}

/** The pathways of a set of bits (bit i for PATHWAYS[i]). */
export function pathwaysOfBits(bits: number): Pathway[] {
  return PATHWAYS.filter((_, i) => bits & (1 << i));
}

/**
 * The pathways and the staleness of every origin's best path to `chipId`, in one pass over the
 * tree of best suffixes (nearest the chip first): what classifyPath and pathEvidence say of each
 * best path, without building the paths. Each suffix is worked out once and shared by every
 * origin whose best path ends with it:
 * - the pathways of its steps (CLOUD_RENTAL, INTERMEDIARY, SUBSIDIARY) and whether one of its
 *   steps has no end date and no evidence since `freshSince` (stale);
 * - its last step, where the chips are bought or hosted, and its receiver: the first party of
 *   the run of PROCURES_FROM steps before an ACQUIRED step (receiverOf), or the host;
 * then per origin, OFFSHORE_DATA_CENTER against its country and the purchase's timing for the
 * receiver (purchaseTiming, through `restrictedAt`).
 * test/unit/reach/search.test.ts checks it against classifyPath and pathEvidence on every best
 * path of random graphs.
 */
export function bestPathTraits(
  g: AccessGraph,
  tree: SuffixTree,
  chipId: string,
  asOf: IsoDate,
  ctx: RestrictionContext,
  restrictedAt: RestrictedAt,
  freshSince: number,
): BestPathTraits {
  const size = g.nodeCount * tree.states;
  const steps = new Uint8Array(size);
  const staleSuffix = new Uint8Array(size);
  const lastRel = new Int32Array(size);
  const procurementRun = new Uint8Array(size);
  const receiver = new Int32Array(size);
  // Each relationship's pathway bits and open-ended evidence, worked out once per graph (moves.ts).
  const { info, evidence } = movesOf(g);
  for (const key of tree.order) {
    const r = tree.nextRel[key] as number;
    const node = (key / tree.states) | 0;
    const after = tree.nextState[key] as number;
    const climbing = tree.climbing(key);
    const relInfo = info[r] as number;
    const own = OWN_PATHWAYS[relInfo & (STEP_RENTAL | STEP_INTERMEDIARY | STEP_SUBSIDIARY)] as number;
    const staleStep = (evidence[r] as number) < freshSince ? 1 : 0;
    if (after === -1) {
      steps[key] = own;
      staleSuffix[key] = staleStep;
      lastRel[key] = r;
      procurementRun[key] = relInfo & INFO_ACQUIRED ? 1 : 0;
      receiver[key] = node;
      continue;
    }
    const next = (climbing ? (g.from[r] as number) : (g.to[r] as number)) * tree.states + after;
    steps[key] = own | (steps[next] as number);
    staleSuffix[key] = staleStep | (staleSuffix[next] as number);
    lastRel[key] = lastRel[next] as number;
    procurementRun[key] = relInfo & INFO_PROCURES && !climbing && procurementRun[next] ? 1 : 0;
    receiver[key] = procurementRun[key] ? node : (receiver[next] as number);
  }

  const offshore = new Map<string, boolean>();
  // Purchase dates repeat across origins: each is written out once.
  const dates = new Map<number, IsoDate>();
  const keyOf = (origin: number) => origin * tree.states + (tree.bestState[origin] as number);
  // The purchase's pathway depends on its receiver and its step only: many origins share it.
  const purchases = new Map<number, number>();
  const purchaseBits = (receiverNode: number, last: number): number => {
    const memoKey = receiverNode * g.relCount + last;
    let bits = purchases.get(memoKey);
    if (bits !== undefined) return bits;
    const start = g.start[last] as number;
    let bought: IsoDate | null = null;
    if (start !== OPEN_START) {
      bought = dates.get(start) ?? null;
      if (bought === null) dates.set(start, (bought = access.isoOf(start)));
    }
    const timing = purchaseTiming(g.ids[receiverNode] ?? '', chipId, bought, asOf, restrictedAt);
    const pathway = PURCHASE_PATHWAY[timing];
    bits = g.type[last] === ACQUIRED || pathway === 'DIRECT' || pathway === 'STOCKPILE' ? bit(pathway) : 0;
    purchases.set(memoKey, bits);
    return bits;
  };
  const pathwayBits = (origin: number): number => {
    const key = keyOf(origin);
    let bits = steps[key] as number;
    const last = lastRel[key] as number;
    const type = g.type[last];
    const holder = g.from[last] as number;
    const originCountry = g.countries[origin] ?? null;
    const placeCountry = g.countries[holder] ?? null;
    if (type === HOSTS && (g.flags[holder] as number) & DATA_CENTER && placeCountry !== null) {
      if (originCountry !== null && originCountry !== placeCountry) {
        let open = offshore.get(placeCountry);
        if (open === undefined)
          offshore.set(placeCountry, (open = !chipRestrictedForCountry(chipId, placeCountry, asOf, ctx)));
        if (open) bits |= bit('OFFSHORE_DATA_CENTER');
      }
    }
    return bits | purchaseBits(receiver[key] as number, last);
  };
  return {
    pathwayBits,
    pathways: (origin) => pathwaysOfBits(pathwayBits(origin)),
    stale(origin) {
      return staleSuffix[keyOf(origin)] === 1;
    },
  };
}
