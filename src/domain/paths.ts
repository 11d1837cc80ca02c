import { heldAt } from './dates';
import type { AccessPath, GraphNode, IsoDate, RelRecord, RestrictionContext } from './types';
import { STEPS_INTO_CHIP } from './vocabulary';

/** The entity a path starts from (the party gaining access). */
export function originOf(path: AccessPath): GraphNode | undefined {
  return path.nodes[0];
}

/** The chip a path ends at. */
export function chipOf(path: AccessPath): GraphNode | undefined {
  return path.nodes[path.nodes.length - 1];
}

/**
 * Whether a step held at `date`: its own span held (heldAt), and a step into a chip holds from
 * the chip's release at the earliest, whatever its own start says or leaves unknown.
 */
export function stepHeldAt(
  rel: Pick<RelRecord, 'type' | 'startDate' | 'endDate'>,
  to: Pick<GraphNode, 'releaseDate'> | null | undefined,
  date: IsoDate,
): boolean {
  if (!heldAt(rel, date)) return false;
  const released = STEPS_INTO_CHIP.includes(rel.type) ? to?.releaseDate : null;
  return !released || released <= date;
}

/**
 * Whether a path is valid at `date`: every step held then (stepHeldAt) and none is retracted.
 * Retracted facts stay in the database for the record but never open access.
 */
export function pathValidAt(path: AccessPath, date: IsoDate): boolean {
  return path.rels.every(
    (r) =>
      r.retracted !== true &&
      stepHeldAt(
        r,
        path.nodes.find((n) => n.id === r.toId),
        date,
      ),
  );
}

/**
 * The context with the path's own nodes added to `entities` where missing, so that restriction
 * can read the country of every entity on the path (places and chips are not judged). Returns `ctx` itself when nothing is missing.
 */
export function withPathEntities(ctx: RestrictionContext, path: AccessPath): RestrictionContext {
  const missing = path.nodes.filter((n) => n.labels.includes('Entity') && !ctx.entities.has(n.id));
  if (missing.length === 0) return ctx;
  const entities = new Map(ctx.entities);
  for (const n of missing) entities.set(n.id, n);
  return { ...ctx, entities };
}
