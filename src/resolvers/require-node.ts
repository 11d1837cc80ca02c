import type { AppContext } from '../context';
import type { Label } from '../domain';
import { appError, ErrorCode } from '../errors';
import type { NodeRecord } from '../repositories/records';

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
