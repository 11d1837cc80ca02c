import DataLoader from 'dataloader';
import type { GraphRepository, RelDirection } from './repositories/graph-repository';
import type { NodeRecord, RelRecord } from './repositories/records';

/** What a relationship field asks for: one node's relationships in one direction, of some types. */
export interface RelationsKey {
  nodeId: string;
  direction: RelDirection;
  types: readonly string[];
  includeRetracted: boolean;
}

export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  relationship: DataLoader<string, RelRecord | null>;
  relations: DataLoader<RelationsKey, RelRecord[], string>;
}

function groupKey(key: RelationsKey): string {
  return `${key.direction}|${[...key.types].sort().join(',')}|${String(key.includeRetracted)}`;
}

/**
 * DataLoaders for every node, source and relationship lookup. Created per request (never at
 * module level) so caches never outlive a request or leak between users.
 */
export function createLoaders(repo: GraphRepository): Loaders {
  const node = new DataLoader<string, NodeRecord | null>(async (ids) => {
    const found = await repo.nodesByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

  const relationship = new DataLoader<string, RelRecord | null>(async (ids) => {
    const found = await repo.relationshipsByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

  // Keys that share direction, types and retraction flag go out in one statement.
  const relations = new DataLoader<RelationsKey, RelRecord[], string>(
    async (keys) => {
      const groups = new Map<string, RelationsKey[]>();
      for (const key of keys) {
        const g = groupKey(key);
        groups.set(g, [...(groups.get(g) ?? []), key]);
      }
      const results = new Map<string, RelRecord[]>();
      await Promise.all(
        [...groups.entries()].map(async ([g, members]) => {
          const first = members[0] as RelationsKey;
          const ids = [...new Set(members.map((m) => m.nodeId))];
          const { byNode, others } = await repo.relationshipsOf(ids, first.direction, first.types, first.includeRetracted);
          for (const other of others) node.prime(other.id, other);
          for (const id of ids) results.set(`${id}|${g}`, byNode.get(id) ?? []);
        }),
      );
      return keys.map((key) => results.get(`${key.nodeId}|${groupKey(key)}`) ?? []);
    },
    { cacheKeyFn: (key) => `${key.nodeId}|${groupKey(key)}` },
  );

  return { node, relationship, relations };
}
