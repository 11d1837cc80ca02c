import DataLoader from 'dataloader';
import type { Plugin } from 'graphql-yoga';
import type { AppContext } from '../src/context';
import { createLoaders, type Loaders, type RelationsKey } from '../src/loaders';
import { GraphRepository } from '../src/repositories/graph-repository';
import type { RelRecord } from '../src/domain';
import type { NodeRecord } from '../src/repositories/records';

/**
 * The "without DataLoader" side of the nested-listing comparison: the same resolvers, but every
 * node and relationship field is fetched with its own query (no batching, no per-request cache),
 * as resolvers written one field at a time would do. Benchmark only: never used by the server.
 */
export function unbatchedLoaders(repo: GraphRepository): Loaders {
  const one = { batch: false, cache: false } as const;
  const node = new DataLoader<string, NodeRecord | null>(async ([id]) => {
    const found = await repo.nodesByIds([id as string]);
    return [found.get(id as string) ?? null];
  }, one);
  const relationship = new DataLoader<string, RelRecord | null>(async ([id]) => {
    const found = await repo.relationshipsByIds([id as string]);
    return [found.get(id as string) ?? null];
  }, one);
  const relations = new DataLoader<RelationsKey, RelRecord[], string>(async ([key]) => {
    const k = key as RelationsKey;
    const { byNode } = await repo.relationshipsOf([k.nodeId], k.direction, k.types, k.includeRetracted);
    return [byNode.get(k.nodeId) ?? []];
  }, one);
  return { ...createLoaders(repo), node, relationship, relations };
}

/** A yoga plugin that swaps the request's loaders for unbatched ones. */
export function useUnbatchedLoaders(): Plugin {
  return {
    onContextBuilding({ context, extendContext }) {
      const ctx = context as unknown as AppContext;
      extendContext({ loaders: unbatchedLoaders(new GraphRepository(ctx.db)) } as never);
    },
  };
}
