import type { AppContext } from '../context';
import type { Label } from '../domain';
import { appError, ErrorCode } from '../errors';

/** The node with this id and label, or NOT_FOUND naming the argument (a failed load is its own error). */
export function requireNode(ctx: AppContext, id: string, label: Label, argument: string): Promise<void> {
  return requireNodes(ctx, [{ id, label, path: [argument] }]);
}

/** A node an argument names: its id, the label it must have, and where in the arguments it is. */
export interface NamedNode {
  id: string;
  label: Label;
  path: (string | number)[];
}

/**
 * Every node the arguments name, or one NOT_FOUND listing each missing one (a question naming
 * two unknown ids hears of both at once); null entries are arguments left out.
 */
export async function requireNodes(ctx: AppContext, named: readonly (NamedNode | null)[]): Promise<void> {
  const wanted = named.filter((n): n is NamedNode => n !== null);
  const nodes = await Promise.all(wanted.map((n) => ctx.loaders.node.load(n.id)));
  const missing = wanted.filter((n, i) => !nodes[i]?.labels.includes(n.label));
  if (missing.length === 0) return;
  const [first] = missing as [NamedNode];
  throw appError(
    ErrorCode.NOT_FOUND,
    missing.length === 1
      ? `no ${first.label} with id ${first.id}`
      : `${missing.length} ids name nothing: ${missing.map((n) => `no ${n.label} with id ${n.id}`).join('; ')}`,
    { problems: missing.map((n) => ({ path: n.path, message: `no ${n.label} with this id` })) },
  );
}
