import type { Database } from '../db/database';
import { dateParam, intParam } from '../db/values';
import type { OwnershipEdge } from '../domain';
import type { RelRecord } from '../domain';
import { toNodeRecord, toRelRecord, type NodeRecord } from './records';

export type RelDirection = 'OUT' | 'IN';

/** A node with some of its relationships, each direction's far ends apart. */
export interface NodeWithRelations {
  node: NodeRecord;
  out: RelRecord[];
  in: RelRecord[];
  /** The node at the far end of each relationship (callers prime their node cache with them). */
  others: NodeRecord[];
}

/** Which relationship types to read per direction: `*All` retracted or not, the others only when not retracted. */
export interface RelationTypes {
  out: readonly string[];
  outAll: readonly string[];
  in: readonly string[];
  inAll: readonly string[];
}

export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** Read access to nodes and relationships. No GraphQL here: callers batch through loaders. */
export class GraphRepository {
  constructor(private readonly db: Database) {}

  async nodesByIds(ids: readonly string[]): Promise<Map<string, NodeRecord>> {
    const rows = await this.db.read('nodes/get-by-ids', { ids });
    return new Map(
      rows.map((row) => {
        const node = toNodeRecord(row.n);
        return [node.id, node];
      }),
    );
  }

  async relationshipsByIds(ids: readonly string[]): Promise<Map<string, RelRecord>> {
    const rows = await this.db.read('relationships/get-by-ids', { ids });
    return new Map(
      rows.map((row) => {
        const rel = toRelRecord(row.r, row.fromId, row.toId);
        return [rel.id, rel];
      }),
    );
  }

  /**
   * Relationships of many nodes in one statement, grouped by node id. `others` receives the
   * node at the far end of each relationship (callers prime their node cache with it).
   */
  async relationshipsOf(
    nodeIds: readonly string[],
    direction: RelDirection,
    types: readonly string[],
    includeRetracted: boolean,
  ): Promise<{ byNode: Map<string, RelRecord[]>; others: NodeRecord[] }> {
    const rows = await this.db.read(
      direction === 'OUT' ? 'relationships/out-by-node-ids' : 'relationships/in-by-node-ids',
      { ids: nodeIds, types, includeRetracted },
    );
    const byNode = new Map<string, RelRecord[]>();
    const others: NodeRecord[] = [];
    for (const row of rows) {
      const key = String(row.key);
      const list = byNode.get(key) ?? [];
      list.push(toRelRecord(row.r, row.fromId, row.toId));
      byNode.set(key, list);
      others.push(toNodeRecord(row.other));
    }
    return { byNode, others };
  }

  /** Nodes by id with their relationships of the given types, in one statement. */
  async nodesWithRelations(ids: readonly string[], types: RelationTypes): Promise<NodeWithRelations[]> {
    const rows = await this.db.read('nodes/with-relations', { ids, ...types });
    return rows.map((row) => {
      const node = toNodeRecord(row.n);
      const others: NodeRecord[] = [];
      const side = (rels: unknown, nodes: unknown, direction: RelDirection): RelRecord[] => {
        const far = (nodes as unknown[]).map(toNodeRecord);
        others.push(...far);
        return (rels as unknown[]).map((r, i) => {
          const other = far[i] as NodeRecord;
          const rel = direction === 'OUT' ? toRelRecord(r, node.id, other.id) : toRelRecord(r, other.id, node.id);
          // Types read retracted or not: the loader leaves out those of a retracted end unless asked.
          if (node.retracted === true || other.retracted === true) rel.endRetracted = true;
          return rel;
        });
      };
      return {
        node,
        out: side(row.outRels, row.outNodes, 'OUT'),
        in: side(row.inRels, row.inNodes, 'IN'),
        others,
      };
    });
  }

  /** For each root, the OWNS edges into everything it holds at any depth (up to 10 levels). */
  async ownershipBelow(rootIds: readonly string[]): Promise<Map<string, OwnershipEdge[]>> {
    const rows = await this.db.read('ownership/descendants', { ids: rootIds });
    const byRoot = new Map<string, OwnershipEdge[]>();
    for (const row of rows) {
      const edges = byRoot.get(String(row.rootId)) ?? [];
      edges.push({
        ownerId: String(row.ownerId),
        ownedId: String(row.ownedId),
        share: (row.share as number | null) ?? null,
        startDate: (row.startDate as string | null) ?? null,
        endDate: (row.endDate as string | null) ?? null,
      });
      byRoot.set(String(row.rootId), edges);
    }
    return byRoot;
  }

  async search(
    query: string,
    labels: readonly string[],
    limit: number,
  ): Promise<{ node: NodeRecord; score: number }[]> {
    const rows = await this.db.read('nodes/search', { query, labels, limit: intParam(limit) });
    return rows.map((row) => ({ node: toNodeRecord(row.n), score: Number(row.score) }));
  }

  async listEntities(filter: {
    country?: string | null;
    kind?: string | null;
    listed?: boolean | null;
    asOf: string;
    isCloudProvider?: boolean | null;
    first: number;
    after: string | null;
  }): Promise<Page<NodeRecord>> {
    return this.page('lists/entities', {
      country: filter.country ?? null,
      kind: filter.kind ?? null,
      listed: filter.listed ?? null,
      asOf: dateParam(filter.asOf),
      isCloudProvider: filter.isCloudProvider ?? null,
      first: intParam(filter.first),
      after: filter.after,
    });
  }

  async listChips(vendor: string | null, first: number, after: string | null): Promise<Page<NodeRecord>> {
    return this.page('lists/chips', { vendor, first: intParam(first), after });
  }

  async listDataCenters(country: string | null, first: number, after: string | null): Promise<Page<NodeRecord>> {
    return this.page('lists/data-centers', { country, first: intParam(first), after });
  }

  async listSources(publisher: string | null, first: number, after: string | null): Promise<Page<NodeRecord>> {
    return this.page('lists/sources', { publisher, first: intParam(first), after });
  }

  async listRegulations(
    kind: string | null,
    inForceAt: string | null,
    first: number,
    after: string | null,
  ): Promise<Page<NodeRecord>> {
    return this.page('lists/regulations', {
      kind,
      inForceAt: dateParam(inForceAt),
      first: intParam(first),
      after,
    });
  }

  private async page(name: string, params: Record<string, unknown>): Promise<Page<NodeRecord>> {
    const [row] = await this.db.read(name, params);
    const page = (row?.page as unknown[] | undefined) ?? [];
    return { items: page.map(toNodeRecord), totalCount: Number(row?.totalCount ?? 0) };
  }
}
