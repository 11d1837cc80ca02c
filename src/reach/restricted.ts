import { chipCoverageAt, coverageCatches, type IsoDate, type RestrictionContext } from '../domain';
import { ENTITY, type AccessGraph } from './access-graph';

/**
 * Whether a chip is restricted for each node at a date, as one byte per node: the domain's
 * decision (restrictionStatus) for every entity of the graph at once. The place-based part is
 * judged once per distinct place (country and headquarters), the rest (listed parties and
 * affiliates caught) comes from `everyChip`, a byte per node of restrictedForEveryChipAt.
 */
export function restrictedMask(
  g: AccessGraph,
  ctx: RestrictionContext,
  chipId: string,
  date: IsoDate,
  everyChip: Uint8Array,
): Uint8Array {
  const coverage = chipCoverageAt(chipId, date, ctx);
  const caughtPlace = new Uint8Array(g.places.length);
  g.places.forEach((place, i) => {
    caughtPlace[i] = coverageCatches(place, coverage) ? 1 : 0;
  });
  const mask = new Uint8Array(g.nodeCount);
  for (let n = 0; n < g.nodeCount; n += 1) {
    if (!((g.flags[n] as number) & ENTITY)) continue;
    mask[n] = (everyChip[n] as number) | (caughtPlace[g.placeOf[n] as number] as number);
  }
  return mask;
}

/** A byte per node: 1 for the entities in `ids`. */
export function nodeMask(g: AccessGraph, ids: Iterable<string>): Uint8Array {
  const mask = new Uint8Array(g.nodeCount);
  for (const id of ids) {
    const n = g.index.get(id);
    if (n !== undefined) mask[n] = 1;
  }
  return mask;
}
