import * as access from './access-graph';
import type { AccessGraph } from './access-graph';
import { SURENESS_STEP } from './sureness';

/**
 * The backward searches' moves (src/reach/search.ts, src/reach/dated-search.ts): the steps a
 * path may take, by the kind of suffix they extend, built once per graph as flat arrays.
 */

const { CLOUD, DATA_CENTER, ENTITY, OPEN_END, STATE_BODY } = access;
const OWNS = access.T.OWNS;
const CONTROLS = access.T.CONTROLS;
const PROCURES_FROM = access.T.PROCURES_FROM;
const RENTS_FROM = access.T.RENTS_FROM;
const OPERATES = access.T.OPERATES;
const ACQUIRED = access.T.ACQUIRED;
const STEP = SURENESS_STEP;

/** The OWNS share from which an owner controls the company (the climb rule). */
export const CONTROLLING_SHARE = 0.5;

/** Whether relationship r lets its target climb to its source (the source controls the target). */
export function climbable(g: AccessGraph, r: number): boolean {
  const type = g.type[r];
  if (type === CONTROLS) return !((g.flags[g.from[r] ?? 0] ?? 0) & STATE_BODY);
  if (type === OWNS) {
    const share = g.share[r] ?? Number.NaN;
    return share >= CONTROLLING_SHARE && !((g.flags[g.from[r] ?? 0] ?? 0) & STATE_BODY);
  }
  return false;
}

/** What a best suffix's steps are (bits of `steps`): the pathways its steps make. */
export const STEP_RENTAL = 1;
export const STEP_INTERMEDIARY = 2;
export const STEP_SUBSIDIARY = 4;
/** `openEvidence` of a suffix with no open-ended step. */
export const NO_OPEN_EVIDENCE = 0x7fffffff;
/**
 * The steps each kind of suffix state extends backwards by, as flat arrays by node: for a node
 * v, the moves of v are at [start[v], start[v + 1]); `far` is the node the move reaches, `rel`
 * the relationship. Built once per graph.
 */
export interface Moves {
  start: Int32Array;
  rel: Int32Array;
  far: Int32Array;
  /** Rent moves: 0. Body moves: 1 for PROCURES_FROM. Climb moves: 0. */
  procures: Uint8Array;
  /** What the step adds to a path's sureness code (SURENESS_STEP of its confidence). */
  step: Uint8Array;
  /** The relationship's info and evidence (GraphMoves'), beside the move (read as the moves are). */
  info: Uint8Array;
  evidence: Int32Array;
}

// A relationship's info (what the suffix traits read of it): the STEP_* bits of its own pathway,
// and the two flags below.
export const INFO_ACQUIRED = 16;
export const INFO_PROCURES = 32;

export interface GraphMoves {
  /** Into a host: RENTS_FROM or OPERATES from an entity. */
  rent: Moves;
  /** Into an entity: OWNS, CONTROLS or PROCURES_FROM from an entity. */
  body: Moves;
  /** Out of a controller: a company it controls, which may climb to it. */
  climb: Moves;
  /** Per relationship, its info (STEP_* bits and INFO_* flags). */
  info: Uint8Array;
  /** Per relationship, its last evidence when open-ended, NO_OPEN_EVIDENCE otherwise. */
  evidence: Int32Array;
}

const movesByGraph = new WeakMap<AccessGraph, GraphMoves>();

export function movesOf(g: AccessGraph): GraphMoves {
  let moves = movesByGraph.get(g);
  if (moves) return moves;
  const isEntity = (n: number) => ((g.flags[n] as number) & ENTITY) !== 0;
  const { info, evidence } = relFields(g);
  const build = (adjacency: access.Adjacency, far: Int32Array, keep: (r: number) => boolean): Moves => {
    const start = new Int32Array(g.nodeCount + 1);
    const rels: number[] = [];
    for (let v = 0; v < g.nodeCount; v += 1) {
      start[v] = rels.length;
      for (let i = adjacency.start[v] as number; i < (adjacency.start[v + 1] as number); i += 1) {
        const r = adjacency.rels[i] as number;
        if (keep(r)) rels.push(r);
      }
    }
    start[g.nodeCount] = rels.length;
    const rel = Int32Array.from(rels);
    return {
      start,
      rel,
      far: rel.map((r) => far[r] as number),
      procures: Uint8Array.from(rels, (r) => (g.type[r] === PROCURES_FROM ? 1 : 0)),
      step: Uint8Array.from(rels, (r) => STEP[g.confidence[r] as number] as number),
      info: Uint8Array.from(rels, (r) => info[r] as number),
      evidence: Int32Array.from(rels, (r) => evidence[r] as number),
    };
  };
  moves = {
    rent: build(
      g.in,
      g.from,
      (r) => (g.type[r] === RENTS_FROM || g.type[r] === OPERATES) && isEntity(g.from[r] as number),
    ),
    body: build(
      g.in,
      g.from,
      (r) =>
        (g.type[r] === PROCURES_FROM || g.type[r] === OWNS || g.type[r] === CONTROLS) && isEntity(g.from[r] as number),
    ),
    climb: build(g.out, g.to, (r) => climbable(g, r) && isEntity(g.to[r] as number)),
    info,
    evidence,
  };
  movesByGraph.set(g, moves);
  return moves;
}

/** Each relationship's info and evidence (GraphMoves'). */
function relFields(g: AccessGraph): { info: Uint8Array; evidence: Int32Array } {
  const info = new Uint8Array(g.relCount);
  const evidence = new Int32Array(g.relCount);
  for (let r = 0; r < g.relCount; r += 1) {
    const type = g.type[r];
    if (type === RENTS_FROM && (g.flags[g.to[r] as number] as number) & (CLOUD | DATA_CENTER)) info[r] = STEP_RENTAL;
    else if (type === PROCURES_FROM) info[r] = STEP_INTERMEDIARY | INFO_PROCURES;
    else if (type === OWNS || type === CONTROLS) info[r] = STEP_SUBSIDIARY;
    else if (type === ACQUIRED) info[r] = INFO_ACQUIRED;
    evidence[r] = g.end[r] === OPEN_END ? (g.lastEvidence[r] as number) : NO_OPEN_EVIDENCE;
  }
  return { info, evidence };
}
