import type { Database } from '../db/database';
import { dateParam, intParam } from '../db/values';
import { STEPS_INTO_CHIP, type RelRecord } from '../domain';
import { toNodeRecord, toRelRecord, type NodeRecord } from './records';

export interface NeighborhoodQuery {
  id: string;
  depth: number;
  /** Whitelisted relationship types, passed as a parameter (`type(r) IN $types`). */
  types: readonly string[];
  asOf: string | null;
  includeRetracted: boolean;
  /** The most nodes, the start included. */
  nodeLimit: number;
  edgeLimit: number;
}

export interface NeighborhoodRows {
  /** Breadth-first order: the start, then each level by id. */
  nodes: NodeRecord[];
  edges: RelRecord[];
  /** A cap left nodes or edges out. */
  truncated: boolean;
}

/** Reads neighbourhoods: a breadth-first walk, one statement per level, in one read transaction. */
export class NeighborhoodRepository {
  constructor(private readonly db: Database) {}

  /** The neighbourhood of a node, or null when no node has the id. */
  async neighborhood(q: NeighborhoodQuery): Promise<NeighborhoodRows | null> {
    const filter = {
      types: q.types,
      asOf: dateParam(q.asOf),
      includeRetracted: q.includeRetracted,
      // The release rule's steps, as paths and relationship fields read it.
      stepsIntoChip: STEPS_INTO_CHIP,
    };
    return this.db.readTransaction('graph/neighborhood', async (run) => {
      const [start] = await run('nodes/get-by-ids', { ids: [q.id] });
      if (!start) return null;
      const order = [q.id];
      let frontier = [q.id];
      let truncated = false;
      // One level per statement: each node is visited once, however many paths lead to it.
      for (let level = 1; level <= q.depth && frontier.length > 0; level += 1) {
        const room = q.nodeLimit - order.length;
        const rows = await run('graph/neighbor-ids', {
          ...filter,
          ids: frontier,
          seen: order,
          limit: intParam(room + 1),
        });
        const next = rows.map((row) => String(row.id));
        if (next.length > room) truncated = true;
        frontier = next.slice(0, room);
        order.push(...frontier);
        if (room <= 0) break;
      }
      const nodeRows = await run('nodes/get-by-ids', { ids: order });
      const byId = new Map(
        nodeRows.map((row) => {
          const node = toNodeRecord(row.n);
          return [node.id, node];
        }),
      );
      const edgeRows = await run('graph/edges-among', { ...filter, ids: order, limit: intParam(q.edgeLimit + 1) });
      if (edgeRows.length > q.edgeLimit) truncated = true;
      return {
        nodes: order.map((id) => byId.get(id)).filter((n): n is NodeRecord => n !== undefined),
        edges: edgeRows.slice(0, q.edgeLimit).map((row) => toRelRecord(row.r, row.fromId, row.toId)),
        truncated,
      };
    });
  }
}
