import { heldAt } from './dates';
import type { AccessPath, GraphNode, IsoDate, RestrictionContext } from './types';

/** The entity a path starts from (the party gaining access). */
export function originOf(path: AccessPath): GraphNode | undefined {
  return path.nodes[0];
}

/** The chip a path ends at. */
export function chipOf(path: AccessPath): GraphNode | undefined {
  return path.nodes[path.nodes.length - 1];
}

/**
 * Whether a path is valid at `date`: every step held then (heldAt) and none is retracted.
 * Retracted facts stay in the database for the record but never open access.
 */
export function pathValidAt(path: AccessPath, date: IsoDate): boolean {
  return path.rels.every((r) => r.retracted !== true && heldAt(r, date));
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
