import type { AppContext } from '../context';
import type { RelRecord } from '../domain';
import { appError, ErrorCode } from '../errors';
import { loadAll } from '../loaders';
import type { NodeRecord } from '../repositories/records';

/**
 * Records an answer names by id (a path's nodes, a relationship's ends, a holding): they exist,
 * or the graph changed while the answer was read. That is an error to retry, never a null in a
 * non-null field nor a gap in a list.
 */

export function graphChanged(id: string) {
  return appError(ErrorCode.SERVICE_UNAVAILABLE, `the graph changed while the answer was read (${id}); ask again`);
}

/** The node with this id (a failed load is its own error). */
export async function existingNode(ctx: AppContext, id: string): Promise<NodeRecord> {
  const node = await ctx.loaders.node.load(id);
  if (!node) throw graphChanged(id);
  return node;
}

/** The relationship with this id. */
export async function existingRel(ctx: AppContext, id: string): Promise<RelRecord> {
  const rel = await ctx.loaders.relationship.load(id);
  if (!rel) throw graphChanged(id);
  return rel;
}

/** The nodes with these ids, in order. */
export async function existingNodes(ctx: AppContext, ids: readonly string[]): Promise<NodeRecord[]> {
  const nodes = await loadAll(ctx.loaders.node, ids);
  return nodes.map((node, i) => {
    if (!node) throw graphChanged(ids[i] ?? 'a listed node');
    return node;
  });
}

/**
 * The nodes cited by these ids (a fact's sources), in order: a cited id with no node is left out
 * (the citation outlived its source); a failed load fails the field.
 */
export async function citedNodes(ctx: AppContext, ids: unknown): Promise<NodeRecord[]> {
  const list = Array.isArray(ids) ? (ids as string[]) : [];
  const nodes = await loadAll(ctx.loaders.node, list);
  return nodes.filter((n): n is NodeRecord => n !== null);
}
