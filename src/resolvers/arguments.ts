import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from '../errors';
import { intInRange, type IntRange } from '../int-range';

/**
 * An integer argument of the field being resolved, checked against `range` (src/int-range.ts).
 * Its default lives in the SDL only (`first: Int = 50`): graphql-js applies it when the argument
 * is left out, and it is read from the schema here when a client passes null explicitly, so no
 * resolver repeats it.
 */
export function intArgument(info: GraphQLResolveInfo, args: object, name: string, range: IntRange): number {
  const given = (args as Readonly<Record<string, unknown>>)[name];
  return intInRange(name, given ?? sdlDefault(info, name), range);
}

function sdlDefault(info: GraphQLResolveInfo, name: string): unknown {
  return info.parentType.getFields()[info.fieldName]?.args.find((a) => a.name === name)?.defaultValue;
}

/**
 * A list argument that narrows a question (`chips`, `origins`): null (left out) asks of every
 * one; an empty list is refused rather than answered with zeros that read as "nobody reaches
 * anything".
 */
export function narrowingList<T extends string>(
  name: string,
  list: readonly T[] | null | undefined,
): readonly T[] | null {
  if (list && list.length === 0)
    throw badInput([{ path: [name], message: `is empty: leave ${name} out to ask of every one` }]);
  return list ?? null;
}
