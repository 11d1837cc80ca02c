import type { AppContext } from '../context';
import type { Label } from '../domain';
import { appError, ErrorCode } from '../errors';
import type { NodeRecord, RelRecord } from '../repositories/records';

/** The node with this id and label, or NOT_FOUND naming the argument (a failed load is its own error). */
export async function requireNode(ctx: AppContext, id: string, label: Label, argument: string): Promise<NodeRecord> {
  const node = await ctx.loaders.node.load(id);
  if (!node || !node.labels.includes(label)) {
    throw appError(ErrorCode.NOT_FOUND, `no ${label} with id ${id}`, {
      problems: [{ path: [argument], message: `no ${label} with this id` }],
    });
  }
  return node;
}

/** A node a path passes through: it exists, or the graph changed while the answer was read. */
export async function pathNode(ctx: AppContext, id: string): Promise<NodeRecord> {
  const node = await ctx.loaders.node.load(id);
  if (!node) throw graphChanged(id);
  return node;
}

export async function pathRel(ctx: AppContext, id: string): Promise<RelRecord> {
  const rel = await ctx.loaders.relationship.load(id);
  if (!rel) throw graphChanged(id);
  return rel;
}

export function graphChanged(id: string) {
  return appError(ErrorCode.SERVICE_UNAVAILABLE, `the graph changed while the answer was read (${id}); ask again`);
}
