import DataLoader from 'dataloader';
import { heldAt, holdingsOf, type OwnershipEdge, type RelRecord } from './domain';
import type { GraphRepository, RelationTypes, RelDirection } from './repositories/graph-repository';
import type { NodeRecord } from './repositories/records';

/** What a relationship field asks for: one node's relationships in one direction, of some types. */
export interface RelationsKey {
  nodeId: string;
  direction: RelDirection;
  types: readonly string[];
  includeRetracted: boolean;
}

/** A relations key without its node: what a relationship field asks of any node. */
export type RelationsSpec = Omit<RelationsKey, 'nodeId'>;

/** What a look-ahead load reads besides the nodes (src/resolvers/lookahead.ts). */
export interface WantedRelations {
  /** Every relation any of the nodes may be asked for: the statement reads their union. */
  specs: readonly RelationsSpec[];
  /** The relations the fields will ask of this node (by its type): the keys primed. */
  specsFor(node: NodeRecord): readonly RelationsSpec[];
}

export interface HoldingsKey {
  rootId: string;
  asOf: string;
}

export interface Holding {
  entity: string;
  effectiveShare: number | null;
  depth: number;
}

export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  relationship: DataLoader<string, RelRecord | null>;
  relations: DataLoader<RelationsKey, RelRecord[], string>;
  holdings: DataLoader<HoldingsKey, Holding[], string>;
  /**
   * Nodes by id (null where none has the id) and the relations their fields will ask for, in one
   * statement; the node and relations loaders are primed with exactly those keys, so the field
   * resolvers find them cached.
   */
  nodesWithRelations(ids: readonly string[], wanted: WantedRelations): Promise<(NodeRecord | null)[]>;
}

/** Length of the shortest OWNS chain from the root to each held entity, over edges held at the date. */
function depths(edges: OwnershipEdge[], rootId: string, asOf: string): Map<string, number> {
  const out = new Map<string, number>();
  let frontier = [rootId];
  for (let depth = 1; frontier.length > 0 && depth <= 10; depth += 1) {
    const next: string[] = [];
    for (const e of edges) {
      if (frontier.includes(e.ownerId) && !out.has(e.ownedId) && e.ownedId !== rootId && heldAt(e, asOf)) {
        out.set(e.ownedId, depth);
        next.push(e.ownedId);
      }
    }
    frontier = next;
  }
  return out;
}

function relationsCacheKey(key: RelationsKey): string {
  return `${key.nodeId}|${key.direction}|${[...key.types].sort().join(',')}|${String(key.includeRetracted)}`;
}

/** The statement's type lists for a set of specs: a type read retracted or not once any spec asks so. */
export function relationTypes(specs: readonly RelationsSpec[]): RelationTypes {
  const lists = (direction: RelDirection) => {
    const all = new Set<string>();
    const live = new Set<string>();
    for (const s of specs) {
      if (s.direction !== direction) continue;
      for (const t of s.types) (s.includeRetracted ? all : live).add(t);
    }
    return { all: [...all].sort(), live: [...live].filter((t) => !all.has(t)).sort() };
  };
  const out = lists('OUT');
  const inn = lists('IN');
  return { out: out.live, outAll: out.all, in: inn.live, inAll: inn.all };
}

/**
 * The relationships of one direction a key asks for, as the relations statements filter them (a
 * relationship of a retracted node counts as retracted).
 */
export function selectRelations(rels: readonly RelRecord[], spec: RelationsSpec): RelRecord[] {
  const types = new Set(spec.types);
  return rels.filter((r) => types.has(r.type) && (spec.includeRetracted || (r.retracted !== true && !r.endRetracted)));
}

/**
 * The values of `loadMany`, or its first error: a key that failed (the database away, a
 * timeout) fails the field that asked for it; it never reads as "no such node".
 */
export async function loadAll<K, V, C>(loader: DataLoader<K, V, C>, keys: readonly K[]): Promise<V[]> {
  const values = await loader.loadMany(keys);
  const failed = values.find((v): v is Error => v instanceof Error);
  if (failed) throw failed;
  return values as V[];
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

  // Keys that share direction and retraction flag go out in one statement, whatever their types:
  // the statement asks for the union of the types and each key keeps its own. An entity's
  // owners, subsidiaries, rentals and acquisitions then cost one round trip per direction, not
  // one per field (bench/: 6 statements for a neighbourhood query became 3).
  const relations = new DataLoader<RelationsKey, RelRecord[], string>(
    async (keys) => {
      const groups = new Map<string, RelationsKey[]>();
      for (const key of keys) {
        const g = `${key.direction}|${String(key.includeRetracted)}`;
        groups.set(g, [...(groups.get(g) ?? []), key]);
      }
      // A group that fails puts its error in its own keys' slots only (dataloader's contract:
      // one value or one Error per key), so the other direction's fields still resolve.
      const results = new Map<string, RelRecord[] | Error>();
      await Promise.all(
        [...groups.values()].map(async (members) => {
          const first = members[0] as RelationsKey;
          const ids = [...new Set(members.map((m) => m.nodeId))];
          const types = [...new Set(members.flatMap((m) => m.types))];
          try {
            const { byNode, others } = await repo.relationshipsOf(ids, first.direction, types, first.includeRetracted);
            for (const other of others) node.prime(other.id, other);
            for (const m of members) results.set(relationsCacheKey(m), selectRelations(byNode.get(m.nodeId) ?? [], m));
          } catch (error) {
            const failure = error instanceof Error ? error : new Error(String(error));
            for (const m of members) results.set(relationsCacheKey(m), failure);
          }
        }),
      );
      return keys.map((key) => results.get(relationsCacheKey(key)) ?? []);
    },
    { cacheKeyFn: relationsCacheKey },
  );

  const holdings = new DataLoader<HoldingsKey, Holding[], string>(
    async (keys) => {
      const edgesByRoot = await repo.ownershipBelow([...new Set(keys.map((k) => k.rootId))]);
      return keys.map(({ rootId, asOf }) => {
        const edges = edgesByRoot.get(rootId) ?? [];
        const depthOf = depths(edges, rootId, asOf);
        return holdingsOf(edges, rootId, asOf).map((h) => ({
          entity: h.entityId,
          effectiveShare: h.chains > h.unknownChains || h.share > 0 ? h.share : null,
          depth: depthOf.get(h.entityId) ?? 1,
        }));
      });
    },
    { cacheKeyFn: (key) => `${key.rootId}|${key.asOf}` },
  );

  const nodesWithRelations = async (ids: readonly string[], wanted: WantedRelations) => {
    const found = await repo.nodesWithRelations([...new Set(ids)], relationTypes(wanted.specs));
    const byId = new Map<string, NodeRecord>();
    for (const { node: n, out, in: incoming, others } of found) {
      byId.set(n.id, n);
      node.prime(n.id, n);
      for (const other of others) node.prime(other.id, other);
      for (const spec of wanted.specsFor(n)) {
        const rels = selectRelations(spec.direction === 'OUT' ? out : incoming, spec);
        relations.prime({ nodeId: n.id, ...spec }, rels);
      }
    }
    return ids.map((id) => byId.get(id) ?? null);
  };

  return { node, relationship, relations, holdings, nodesWithRelations };
}
