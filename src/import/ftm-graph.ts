import { candidatesFor, notSameDecisions, rankCandidates } from '../match/match';
import type { Database } from '../db/database';
import { toNodeRecord, type NodeRecord } from '../repositories/records';
import type { FtmGraph } from './ftm';

/** The graph as the FtM converter reads it: existing ids, entities, match candidates, decisions. */
export function ftmGraph(db: Database): FtmGraph {
  return {
    async labels(ids) {
      const out = new Map<string, string[]>();
      for (let i = 0; i < ids.length; i += 5000) {
        const rows = await db.read('import/node-labels', { ids: ids.slice(i, i + 5000) });
        for (const row of rows) {
          // Placeholders of an import in flight are not nodes yet.
          if ((row.props as Record<string, unknown> | null)?.__pending !== true)
            out.set(String(row.id), row.labels as string[]);
        }
      }
      return out;
    },
    async entities(ids) {
      const out = new Map<string, NodeRecord>();
      if (ids.length === 0) return out;
      for (const row of await db.read('nodes/get-by-ids', { ids })) {
        const node = toNodeRecord(row.n);
        if (node.labels.includes('Entity')) out.set(node.id, node);
      }
      return out;
    },
    candidates: (query) => candidatesFor(db, query),
    async between(pairs) {
      const rows = pairs.length > 0 ? await db.read('match/relationships-between', { pairs }) : [];
      return rows.map((row) => ({
        fromId: String(row.fromId),
        toId: String(row.toId),
        type: String(row.type),
        props: row.props as Record<string, unknown>,
      }));
    },
    decisions: (keys) => notSameDecisions(db, keys),
    rank: rankCandidates,
  };
}
