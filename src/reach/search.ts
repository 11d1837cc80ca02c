import * as access from './access-graph';
import type { AccessGraph } from './access-graph';
import { climbable, movesOf } from './moves';
import { SURENESS_RANK, SURENESS_START, SURENESS_STEP } from './sureness';

// Module-local copies of the graph's codes: the searches read them millions of times, and an
// imported binding can compile to a property read through the module object (a getter under
// some module formats), measurably slower in these loops.
const { CHIP, CLOUD, DATA_CENTER, ENTITY, OPEN_END } = access;
const PROCURES_FROM = access.T.PROCURES_FROM;
const RENTS_FROM = access.T.RENTS_FROM;
const OPERATES = access.T.OPERATES;
const HOSTS = access.T.HOSTS;
const ACQUIRED = access.T.ACQUIRED;

/**
 * The path rules, as one grammar that every search applies while it walks (never after):
 *
 *   path  = climb{0,2} body* end
 *   climb = a step up from a company to a party that controls it: CONTROLS, or OWNS with a
 *           share of at least 0.5, taken against its direction; never up to a state body
 *           (an Entity of kind GOVERNMENT), and only at the start of a path
 *   body  = OWNS | CONTROLS | PROCURES_FROM, forward, between entities; after a climb only
 *           PROCURES_FROM: a controlled company uses its controller's own compute (what it
 *           holds, hosts, rents or buys through others), not that of the controller's other
 *           subsidiaries, so that a group of 150 companies does not make every member reach
 *           everything each other member reaches
 *   end   = ACQUIRED -> chip | HOSTS -> chip | (RENTS_FROM | OPERATES) -> host, HOSTS -> chip
 *
 * A step is usable when its type is allowed, it is not retracted (unless asked), it holds at
 * asOf (startDate <= asOf <= endDate, unknown bounds open), it is at least as sure as asked,
 * its evidence is recent enough when only fresh evidence is asked for, and no scenario rule
 * blocks it. Nodes never repeat, and a path has at most maxHops steps.
 */

export interface StepRules {
  /** yyyymmdd. */
  asOf: number;
  maxHops: number;
  /** Relationship type codes allowed (bit i for type code i). */
  typeMask: number;
  includeRetracted: boolean;
  /** The weakest confidence code allowed (0 CONFIRMED .. 3 DISPUTED). */
  weakestConfidence: number;
  /** yyyymmdd: an open-ended step needs evidence on or after it; null: no evidence filter. */
  freshSince: number | null;
  /** Whether a path may begin by climbing to the parties that control its origin. */
  climb: boolean;
}

/** Confidence weights by code (CONFIRMED, REPORTED, ALLEGED, DISPUTED): a path's score multiplies them. */
const WEIGHTS = [1, 0.8, 0.5, 0.25];
const STEP = SURENESS_STEP;
const RANK = SURENESS_RANK;

/** Which relationships a search may step on: one byte per relationship, worked out once per question. */
export function usableSteps(g: AccessGraph, rules: StepRules, blocked?: (rel: number) => boolean): Uint8Array {
  return usableStepsBetween(g, rules, rules.asOf, rules.asOf, blocked);
}

/**
 * The steps usable on some day between `from` and `to` (yyyymmdd, inclusive) under the other
 * rules: what a timeline's paths can be made of.
 */
export function usableStepsBetween(
  g: AccessGraph,
  rules: StepRules,
  from: number,
  to: number,
  blocked?: (rel: number) => boolean,
): Uint8Array {
  const ok = new Uint8Array(g.relCount);
  for (let r = 0; r < g.relCount; r += 1) {
    if (!((rules.typeMask >> (g.type[r] ?? 0)) & 1)) continue;
    if (!rules.includeRetracted && g.retracted[r]) continue;
    const heldFrom = g.heldFrom[r] ?? 0;
    const end = g.end[r] ?? OPEN_END;
    // A step that ended before its chip's release never held.
    if (heldFrom > to || end < from || heldFrom > end) continue;
    if ((g.confidence[r] ?? 0) > rules.weakestConfidence) continue;
    if (rules.freshSince !== null && g.end[r] === OPEN_END && (g.lastEvidence[r] ?? 0) < rules.freshSince) continue;
    if (blocked?.(r)) continue;
    ok[r] = 1;
  }
  return ok;
}

const isEntity = (g: AccessGraph, n: number) => ((g.flags[n] ?? 0) & ENTITY) !== 0;
const isHost = (g: AccessGraph, n: number) => ((g.flags[n] ?? 0) & (CLOUD | DATA_CENTER | ENTITY)) !== 0;

/** A path as node and relationship indexes, origin first; `up[i]` when step i is a climb. */
export interface IndexPath {
  nodes: number[];
  rels: number[];
  up: boolean[];
}

// ---------------------------------------------------------------------------------------------
// Backward: everyone who reaches one chip.

/** Suffix states of the backward search: what the rest of the path, from a node to the chip, is. */
const H = 0; // the node hosts the chip: the rest is one HOSTS step (a renter or operator may come before)
const P = 1; // body of PROCURES_FROM steps only, then an end: a climb may come before
const D = 2; // the body has an OWNS or CONTROLS step down: nothing but body steps may come before
const C1 = 3; // one climb, then a P suffix
const C2 = 4; // two climbs, then a P suffix
const STATES = 5;

/** The suffix states, for the searches that walk them elsewhere (src/reach/dated-search.ts). */
export const SUFFIX = { HOST: H, PROCURE: P, DOWN: D, CLIMB1: C1, CLIMB2: C2, STATES } as const;

interface Backward {
  dist: Int8Array;
  nextRel: Int32Array;
  nextState: Int8Array;
  /** The sureness code of each (node, state)'s best suffix (src/reach/sureness.ts). */
  sureness: Uint8Array;
  count: Float64Array;
  /** The (node, state) keys in the order they were reached: nearest to the chip first. */
  order: Int32Array;
}

/**
 * The breadth-first search backwards from a chip over (node, suffix state) pairs: the distance
 * of each pair and, when `track`, the step toward the chip on its surest shortest suffix (ties
 * to the step first in id order, then to the lesser state after it) and the number of its
 * shortest suffixes.
 */
function backward(g: AccessGraph, chip: number, rules: StepRules, ok: Uint8Array, track: boolean): Backward {
  const size = g.nodeCount * STATES;
  const dist = new Int8Array(size).fill(-1);
  const nextRel = new Int32Array(track ? size : 0).fill(-1);
  const nextState = new Int8Array(track ? size : 0);
  const sureness = new Uint8Array(track ? size : 0);
  const count = new Float64Array(track ? size : 0);
  // A first-in first-out queue of (node, state) keys: each is queued once, nearest first, so the
  // queue is the search's layers one after the other.
  const queue = new Int32Array(size);
  let tail = 0;

  /** Reaches (node, state) at distance d; true when it is the first time (the caller queues it). */
  const offer = (node: number, state: number, d: number, rel: number, after: number, s: number, c: number): boolean => {
    const k = node * STATES + state;
    const known = dist[k] as number;
    if (known === -1) {
      dist[k] = d;
      if (track) {
        nextRel[k] = rel;
        nextState[k] = after;
        sureness[k] = s;
        count[k] = c;
      }
      return true;
    }
    if (track && known === d) {
      count[k] = Math.min(Number.MAX_SAFE_INTEGER, (count[k] as number) + c);
      const rank = RANK[s] as number;
      const keptRank = RANK[sureness[k] as number] as number;
      if (
        rank > keptRank ||
        (rank === keptRank && rel * 8 + after < (nextRel[k] as number) * 8 + (nextState[k] as number))
      ) {
        sureness[k] = s;
        nextRel[k] = rel;
        nextState[k] = after;
      }
    }
    return false;
  };

  for (let i = g.in.start[chip] ?? 0; i < (g.in.start[chip + 1] ?? 0); i += 1) {
    const r = g.in.rels[i] ?? 0;
    if (!ok[r]) continue;
    const u = g.from[r] ?? 0;
    const w = SURENESS_START + (STEP[g.confidence[r] ?? 0] as number);
    if (g.type[r] === HOSTS && isHost(g, u)) {
      if (offer(u, H, 1, r, -1, w, 1)) queue[tail++] = u * STATES + H;
      if (isEntity(g, u) && offer(u, P, 1, r, -1, w, 1)) queue[tail++] = u * STATES + P;
    } else if (g.type[r] === ACQUIRED && isEntity(g, u)) {
      if (offer(u, P, 1, r, -1, w, 1)) queue[tail++] = u * STATES + P;
    }
  }

  // The moves by kind, filtered once per graph (src/reach/moves.ts): the hot loop reads them
  // millions of times at scale, and tests only whether the question allows each step.
  const { rent, body, climb } = movesOf(g);
  for (let head = 0; head < tail; head += 1) {
    const k = queue[head] as number;
    const d = dist[k] as number;
    if (d >= rules.maxHops) break;
    const v = (k / STATES) | 0;
    const state = k - v * STATES;
    const s = track ? (sureness[k] as number) : 0;
    const c = track ? (count[k] as number) : 0;
    if (state === H) {
      for (let i = rent.start[v] as number, end = rent.start[v + 1] as number; i < end; i += 1) {
        const r = rent.rel[i] as number;
        if (!ok[r]) continue;
        const u = rent.far[i] as number;
        if (offer(u, P, d + 1, r, H, s + (rent.step[i] as number), c)) queue[tail++] = u * STATES + P;
      }
      continue;
    }
    if (state === P || state === D) {
      for (let i = body.start[v] as number, end = body.start[v + 1] as number; i < end; i += 1) {
        const r = body.rel[i] as number;
        if (!ok[r]) continue;
        const u = body.far[i] as number;
        const after = state === P && body.procures[i] === 1 ? P : D;
        if (offer(u, after, d + 1, r, state, s + (body.step[i] as number), c)) queue[tail++] = u * STATES + after;
      }
    }
    if (rules.climb && (state === P || state === C1)) {
      // v is the controller: the companies it controls may climb to it.
      for (let i = climb.start[v] as number, end = climb.start[v + 1] as number; i < end; i += 1) {
        const r = climb.rel[i] as number;
        if (!ok[r]) continue;
        const w = climb.far[i] as number;
        const climbed = state === P ? C1 : C2;
        if (offer(w, climbed, d + 1, r, state, s + (climb.step[i] as number), c)) queue[tail++] = w * STATES + climbed;
      }
    }
  }

  return { dist, nextRel, nextState, sureness, count, order: queue.subarray(0, tail) };
}

/**
 * Which entities reach `chip` (a byte per node): the same search as reachersOf without the
 * bookkeeping of best paths and counts, for questions that compare who reaches with and
 * without some steps (scenarios).
 */
export function reachMask(g: AccessGraph, chip: number, rules: StepRules, ok: Uint8Array): Uint8Array {
  const { dist } = backward(g, chip, rules, ok, false);
  const mask = new Uint8Array(g.nodeCount);
  for (let node = 0; node < g.nodeCount; node += 1) {
    const k = node * STATES;
    if (
      (dist[k + P] ?? -1) >= 0 ||
      (dist[k + D] ?? -1) >= 0 ||
      (dist[k + C1] ?? -1) >= 0 ||
      (dist[k + C2] ?? -1) >= 0
    ) {
      mask[node] = 1;
    }
  }
  return mask;
}

/**
 * Which entities reach each of `chips` (a byte per node, one array per chip): the search of
 * reachMask for up to 32 chips at once, one bit per chip in each (node, state), level by level.
 * A (node, state) goes on to the next level with the chips that reached it for the first time
 * at this one, so each chip's bits follow exactly its own breadth-first search, and the steps
 * are read once per level for all the chips of a batch instead of once per chip.
 */
export function reachMasks(g: AccessGraph, chips: readonly number[], rules: StepRules, ok: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let from = 0; from < chips.length; from += 32)
    out.push(...reachMasksOf32(g, chips.slice(from, from + 32), rules, ok));
  return out;
}

function reachMasksOf32(g: AccessGraph, chips: readonly number[], rules: StepRules, ok: Uint8Array): Uint8Array[] {
  const size = g.nodeCount * STATES;
  const reached = new Uint32Array(size);
  let fresh = new Uint32Array(size);
  let keys: number[] = [];
  const inStart = g.in.start;
  const inRels = g.in.rels;
  const relFrom = g.from;
  const relType = g.type;
  // The moves by kind, filtered once per graph, as the backward search walks them.
  const { rent, body, climb } = movesOf(g);
  let next = new Uint32Array(size);
  let nextKeys: number[] = [];
  const offer = (node: number, state: number, bits: number) => {
    const k = node * STATES + state;
    const add = bits & ~(reached[k] as number);
    if (add === 0) return;
    reached[k] = (reached[k] as number) | add;
    if ((next[k] as number) === 0) nextKeys.push(k);
    next[k] = (next[k] as number) | add;
  };
  chips.forEach((chip, i) => {
    const bit = 1 << i;
    for (let j = inStart[chip] as number, end = inStart[chip + 1] as number; j < end; j += 1) {
      const r = inRels[j] as number;
      if (!ok[r]) continue;
      const u = relFrom[r] as number;
      if (relType[r] === HOSTS && isHost(g, u)) {
        offer(u, H, bit);
        if (isEntity(g, u)) offer(u, P, bit);
      } else if (relType[r] === ACQUIRED && isEntity(g, u)) {
        offer(u, P, bit);
      }
    }
  });
  for (let d = 1; d < rules.maxHops && nextKeys.length > 0; d += 1) {
    [fresh, next] = [next, fresh];
    keys = nextKeys;
    nextKeys = [];
    for (const k of keys) {
      const bits = fresh[k] as number;
      fresh[k] = 0;
      const v = (k / STATES) | 0;
      const state = k - v * STATES;
      if (state === H) {
        for (let i = rent.start[v] as number, end = rent.start[v + 1] as number; i < end; i += 1)
          if (ok[rent.rel[i] as number]) offer(rent.far[i] as number, P, bits);
        continue;
      }
      if (state === P || state === D) {
        for (let i = body.start[v] as number, end = body.start[v + 1] as number; i < end; i += 1)
          if (ok[body.rel[i] as number])
            offer(body.far[i] as number, state === P && body.procures[i] === 1 ? P : D, bits);
      }
      if (rules.climb && (state === P || state === C1)) {
        for (let i = climb.start[v] as number, end = climb.start[v + 1] as number; i < end; i += 1)
          if (ok[climb.rel[i] as number]) offer(climb.far[i] as number, state === P ? C1 : C2, bits);
      }
    }
  }
  return chips.map((_, i) => {
    const bit = 1 << i;
    const mask = new Uint8Array(g.nodeCount);
    for (let node = 0; node < g.nodeCount; node += 1) {
      const k = node * STATES;
      if (
        ((reached[k + P] as number) |
          (reached[k + D] as number) |
          (reached[k + C1] as number) |
          (reached[k + C2] as number)) &
        bit
      ) {
        mask[node] = 1;
      }
    }
    return mask;
  });
}

export interface Reachers {
  /** Entity indexes that reach the chip, nearest first (then by the fixed order of the search). */
  origins: number[];
  /** Per origin (same order): the length of its shortest paths. */
  distance: number[];
  /** Per origin: how many shortest paths it has (capped at Number.MAX_SAFE_INTEGER). */
  shortestPaths: number[];
  /** Rebuilds an origin's best path: shortest, then surest (highest confidence score). */
  bestPath(origin: number): IndexPath;
  /** The first relationship of an origin's best path (without rebuilding the rest). */
  firstStep(origin: number): number;
  /** The surest shortest suffixes as a tree toward the chip, for questions about every best path at once. */
  tree: SuffixTree;
}

/**
 * The best suffix of every (node, state) reached: key = node * STATES + state; `nextRel[key]`
 * is its first step toward the chip (-1 where unreached), `nextState[key]` the state after it
 * (-1 when the step reaches the chip); `order` lists the keys nearest first, so a pass in that
 * order sees every suffix after the rest of it. `bestState[node]` is an origin's best state.
 */
export interface SuffixTree {
  states: number;
  nextRel: Int32Array;
  nextState: Int8Array;
  order: Int32Array;
  bestState: Int8Array;
  /** Whether a key's first step is a climb (taken against the relationship's direction). */
  climbing(key: number): boolean;
}

/**
 * Every entity with a valid path to `chip`: a breadth-first search backwards from the chip over
 * the grammar's states, each (node, state) visited once, so the whole answer costs one pass
 * over the chip's reverse neighbourhood. The shortest paths of an origin never repeat a node
 * (a walk that did could drop the loop and be shorter), so the counts and best paths are of
 * paths, not walks.
 */
export function reachersOf(g: AccessGraph, chip: number, rules: StepRules, ok: Uint8Array): Reachers {
  const { dist, nextRel, nextState, sureness, count, order } = backward(g, chip, rules, ok, true);

  // Per entity, its best state: the least distance, then the highest score; counted over the
  // states at that distance. Kept in arrays indexed by node (the answer can hold every entity).
  const bestState = new Int8Array(g.nodeCount).fill(-1);
  const bestDistance = new Int8Array(g.nodeCount);
  const bestScore = new Float64Array(g.nodeCount);
  const total = new Float64Array(g.nodeCount);
  const buckets: number[][] = [];
  for (let node = 0; node < g.nodeCount; node += 1) {
    if (!isEntity(g, node)) continue;
    let best = -1;
    let bestD = 127;
    let bestS = -1;
    let sum = 0;
    for (let state = P; state <= C2; state += 1) {
      const k = node * STATES + state;
      const d = dist[k] as number;
      if (d === -1) continue;
      if (d < bestD) {
        bestD = d;
        sum = 0;
        bestS = -1;
      }
      if (d === bestD) {
        sum = Math.min(Number.MAX_SAFE_INTEGER, sum + (count[k] as number));
        const rank = RANK[sureness[k] as number] as number;
        if (rank > bestS) {
          bestS = rank;
          best = state;
        }
      }
    }
    if (best === -1) continue;
    bestState[node] = best;
    bestDistance[node] = bestD;
    bestScore[node] = bestS;
    total[node] = sum;
    (buckets[bestD] ??= []).push(node);
  }
  // Nearest first; within a distance surest first, then in node order (a stable sort).
  const origins: number[] = [];
  for (const bucket of buckets) {
    if (!bucket) continue;
    bucket.sort((a, b) => (bestScore[b] as number) - (bestScore[a] as number) || a - b);
    for (const node of bucket) origins.push(node);
  }
  const distance = origins.map((n) => bestDistance[n] as number);
  const shortestPaths = origins.map((n) => total[n] as number);

  return {
    origins,
    distance,
    shortestPaths,
    tree: {
      states: STATES,
      nextRel,
      nextState,
      order,
      bestState,
      climbing: (key) => {
        const state = key % STATES;
        return state === C1 || state === C2;
      },
    },
    firstStep(origin) {
      return nextRel[origin * STATES + (bestState[origin] as number)] ?? -1;
    },
    bestPath(origin) {
      const nodes = [origin];
      const rels: number[] = [];
      const up: boolean[] = [];
      let node = origin;
      let state = bestState[origin] as number;
      for (;;) {
        const k = node * STATES + state;
        const r = nextRel[k] ?? -1;
        if (r === -1) break;
        const climbing = state === C1 || state === C2;
        const next = climbing ? (g.from[r] ?? 0) : (g.to[r] ?? 0);
        rels.push(r);
        up.push(climbing);
        nodes.push(next);
        const after = nextState[k] ?? -1;
        if (after === -1) break;
        node = next;
        state = after;
      }
      return { nodes, rels, up };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Forward: everything one entity reaches.

/** Prefix states of the forward search: what the path from the origin to a node allows next. */
const F_ORIGIN = 0; // the origin itself: may climb, descend, procure, end
const F_UP1 = 1; // after one climb: may climb again, procure, end
const F_UP2 = 2; // after two climbs: may procure, end
const F_BODY = 3; // after a body step with no climb before: body steps, end
const F_BODY_UP = 4; // after a climb and procurement: procure, end
const F_RENTED = 5; // after RENTS_FROM or OPERATES: only HOSTS
const F_STATES = 6;

/** One step the grammar allows from (node, state): the relationship, the next node and state; state -1 ends at a chip. */
type Move = (r: number, next: number, after: number, climbing: boolean) => void;

function movesFrom(g: AccessGraph, node: number, state: number, ok: Uint8Array, rules: StepRules, move: Move): void {
  if (state === F_RENTED) {
    for (let i = g.out.start[node] ?? 0; i < (g.out.start[node + 1] ?? 0); i += 1) {
      const r = g.out.rels[i] ?? 0;
      if (ok[r] && g.type[r] === HOSTS && (g.flags[g.to[r] ?? 0] ?? 0) & CHIP) move(r, g.to[r] ?? 0, -1, false);
    }
    return;
  }
  const afterClimb = state === F_UP1 || state === F_UP2 || state === F_BODY_UP;
  for (let i = g.out.start[node] ?? 0; i < (g.out.start[node + 1] ?? 0); i += 1) {
    const r = g.out.rels[i] ?? 0;
    if (!ok[r]) continue;
    const next = g.to[r] ?? 0;
    const type = g.type[r];
    if (type === ACQUIRED || type === HOSTS) {
      if ((g.flags[next] ?? 0) & CHIP) move(r, next, -1, false);
    } else if (type === RENTS_FROM || type === OPERATES) {
      move(r, next, F_RENTED, false);
    } else if (type === PROCURES_FROM) {
      if (isEntity(g, next)) move(r, next, afterClimb ? F_BODY_UP : F_BODY, false);
    } else if (!afterClimb && isEntity(g, next)) {
      move(r, next, F_BODY, false);
    }
  }
  if (rules.climb && (state === F_ORIGIN || state === F_UP1)) {
    for (let i = g.in.start[node] ?? 0; i < (g.in.start[node + 1] ?? 0); i += 1) {
      const r = g.in.rels[i] ?? 0;
      if (ok[r] && climbable(g, r)) move(r, g.from[r] ?? 0, state === F_ORIGIN ? F_UP1 : F_UP2, true);
    }
  }
}

export interface ReachedChip {
  chip: number;
  distance: number;
  shortestPaths: number;
  best: IndexPath;
}

/**
 * Every chip `origin` reaches, each with the length and number of its shortest paths and the
 * surest of them: a breadth-first search forwards over the grammar's states.
 */
export function chipsReachedBy(g: AccessGraph, origin: number, rules: StepRules, ok: Uint8Array): ReachedChip[] {
  interface Entry {
    d: number;
    s: number;
    c: number;
    prev: number; // previous key, -1 at the origin
    rel: number;
    climbing: boolean;
  }
  const seen = new Map<number, Entry>();
  const chips = new Map<number, Entry & { chip: number }>();
  const start = origin * F_STATES + F_ORIGIN;
  seen.set(start, { d: 0, s: 1, c: 1, prev: -1, rel: -1, climbing: false });
  let frontier = [start];
  for (let d = 0; d < rules.maxHops && frontier.length > 0; d += 1) {
    const layer = frontier;
    frontier = [];
    for (const k of layer) {
      const here = seen.get(k) as Entry;
      const node = Math.floor(k / F_STATES);
      movesFrom(g, node, k % F_STATES, ok, rules, (r, next, after, climbing) => {
        const s = here.s * (WEIGHTS[g.confidence[r] ?? 0] ?? 1);
        const entry = { d: d + 1, s, c: here.c, prev: k, rel: r, climbing };
        if (after === -1) {
          const known = chips.get(next);
          if (!known) chips.set(next, { ...entry, chip: next });
          else if (known.d === d + 1) {
            known.c = Math.min(Number.MAX_SAFE_INTEGER, known.c + here.c);
            if (s > known.s) Object.assign(known, { s, prev: k, rel: r, climbing });
          }
          return;
        }
        const key = next * F_STATES + after;
        const known = seen.get(key);
        if (!known) {
          seen.set(key, entry);
          frontier.push(key);
        } else if (known.d === d + 1) {
          known.c = Math.min(Number.MAX_SAFE_INTEGER, known.c + here.c);
          if (s > known.s) Object.assign(known, { s, prev: k, rel: r, climbing });
        }
      });
    }
  }
  const rebuild = (last: Entry, chip: number): IndexPath => {
    const nodes = [chip];
    const rels: number[] = [];
    const up: boolean[] = [];
    let entry: Entry | undefined = last;
    while (entry && entry.rel !== -1) {
      rels.push(entry.rel);
      up.push(entry.climbing);
      nodes.push(Math.floor(entry.prev / F_STATES));
      entry = seen.get(entry.prev);
    }
    return { nodes: nodes.reverse(), rels: rels.reverse(), up: up.reverse() };
  };
  return [...chips.values()]
    .sort((a, b) => a.d - b.d || b.s - a.s || a.chip - b.chip)
    .map((e) => ({ chip: e.chip, distance: e.d, shortestPaths: e.c, best: rebuild(e, e.chip) }));
}

export interface Enumeration {
  paths: IndexPath[];
  /** The listing stopped before every path was seen (the path cap or the work budget). */
  truncated: boolean;
}

export interface EnumerationLimits {
  /** Steps tried at most (the work budget). */
  budget: number;
  /** Once more paths than this are found, the listing stops after the length it is at. */
  maxPaths: number;
  /** The lengths listed per chip, shortest first (3 unless said). */
  lengthsPerChip?: number;
}

/**
 * The simple paths from `origin` (to one chip only, when `target` is given), shortest first: a
 * depth-first walk per length (1, 2, ... maxHops), keeping per chip the paths of its three
 * shortest lengths (as accessPaths has always answered). Past `maxPaths` paths the listing
 * stops after the length it was at, so what it holds is every path up to that length; past
 * `budget` steps tried it stops where it is. Either way it says it is truncated.
 */
/** A listing of paths keeps, per chip, the paths of its three shortest lengths. */
export const LENGTHS_PER_CHIP = 3;

export function enumeratePaths(
  g: AccessGraph,
  origin: number,
  rules: StepRules,
  ok: Uint8Array,
  limits: EnumerationLimits,
  targetChip: number | null,
): Enumeration {
  const found: IndexPath[] = [];
  const lengthsPerChip = new Map<number, number>();
  const lengthsKept = limits.lengthsPerChip ?? LENGTHS_PER_CHIP;
  const onPath = new Set<number>([origin]);
  const nodes = [origin];
  const rels: number[] = [];
  const up: boolean[] = [];
  let work = 0;
  let outOfBudget = false;

  const walk = (node: number, state: number, depth: number, atDepth: IndexPath[]): void => {
    movesFrom(g, node, state, ok, rules, (r, next, after, climbing) => {
      if (outOfBudget) return;
      work += 1;
      if (work > limits.budget) {
        outOfBudget = true;
        return;
      }
      if (onPath.has(next)) return;
      const steps = rels.length + 1;
      if (after === -1) {
        if (steps !== depth || (targetChip !== null && next !== targetChip)) return;
        if ((lengthsPerChip.get(next) ?? 0) >= lengthsKept) return;
        atDepth.push({ nodes: [...nodes, next], rels: [...rels, r], up: [...up, climbing] });
        return;
      }
      if (steps >= depth) return;
      onPath.add(next);
      nodes.push(next);
      rels.push(r);
      up.push(climbing);
      walk(next, after, depth, atDepth);
      onPath.delete(next);
      nodes.pop();
      rels.pop();
      up.pop();
    });
  };

  for (let depth = 1; depth <= rules.maxHops; depth += 1) {
    const atDepth: IndexPath[] = [];
    walk(origin, F_ORIGIN, depth, atDepth);
    const chips = new Set(atDepth.map((p) => p.nodes[p.nodes.length - 1] ?? -1));
    for (const chip of chips) lengthsPerChip.set(chip, (lengthsPerChip.get(chip) ?? 0) + 1);
    found.push(...atDepth);
    if (outOfBudget) return { paths: found, truncated: true };
    if (found.length > limits.maxPaths) return { paths: found, truncated: depth < rules.maxHops };
  }
  return { paths: found, truncated: false };
}
