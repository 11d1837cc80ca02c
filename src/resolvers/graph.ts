import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../context';
import { loadAll } from '../loaders';
import { appError, ErrorCode } from '../errors';
import { requireNodes } from './require-node';
import { citedNodes } from './existing';
import { NEEDS_SOURCES, serialize } from '../export';
import type { Resolvers } from './generated';
import { intArgument } from './arguments';
import {
  GRAPH_LIMIT_MAX,
  NEIGHBORHOOD_MAX_DEPTH,
  pathsToView,
  toViewEdge,
  toViewNode,
  type GraphView,
} from '../graph/view';
import { toNodeRecord, toRelRecord } from '../repositories/records';
import type { EvaluatedPath } from '../services/path-service';
import type { AccessList } from '../services/scenario-service';

/** A graph's node cap: its SDL default when not given, between 1 and GRAPH_LIMIT_MAX. */
const limitArgument = (info: GraphQLResolveInfo, args: object) =>
  intArgument(info, args, 'limit', { min: 1, max: GRAPH_LIMIT_MAX });

/** The best paths of reaching entities, evaluated one at a time as they are read. */
function* bestPaths(reaches: readonly { best: EvaluatedPath }[]): Generator<EvaluatedPath> {
  for (const r of reaches) yield r.best;
}

/** The whole graph as one view (no cap): exports only. Sources are cited, not nodes. */
async function wholeGraph(ctx: AppContext, includeRetracted: boolean): Promise<GraphView> {
  // An export of a large graph reads all of it: a longer timeout than interactive queries.
  const timeoutMs = Math.max(ctx.config.neo4j.txTimeoutMs, 120000);
  const [nodes, rels] = await ctx.db.readTransaction(
    'export/whole-graph',
    async (run) => [await run('export/all-nodes'), await run('export/all-relationships', { includeRetracted })],
    timeoutMs,
  );
  const view = {
    nodes: nodes.map((row) => toViewNode(toNodeRecord(row.n))),
    edges: rels.map((row) => toViewEdge(toRelRecord(row.r, row.fromId, row.toId))),
    truncated: false,
    limit: nodes.length,
  };
  return view;
}

/** The Source records a view cites, by id (for the formats that cite sources in full). */
async function citedSources(view: GraphView, ctx: AppContext): Promise<Map<string, Record<string, unknown>>> {
  const ids = [...new Set([...view.nodes, ...view.edges].flatMap((x) => x.sources))];
  const found = await citedNodes(ctx, ids);
  // Secondary reports name the reports they relay: those come too.
  const relayed = [...new Set(found.flatMap((s) => (s.secondaryCoverageOf as string[] | undefined) ?? []))].filter(
    (id) => !ids.includes(id),
  );
  const all = [...found, ...(await citedNodes(ctx, relayed))];
  return new Map(all.map((s) => [s.id, s as Record<string, unknown>]));
}

function byId<T extends { id: string }>(records: readonly (T | null)[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) if (record) map.set(record.id, record);
  return map;
}

/** A record a path names: a missing one means the graph changed while the answer was read. */
function stored<T>(records: ReadonlyMap<string, T>, id: string): T {
  const record = records.get(id);
  if (!record) {
    throw appError(ErrorCode.SERVICE_UNAVAILABLE, `the graph changed while the answer was read (${id}); ask again`);
  }
  return record;
}

/**
 * Paths as one view, with their nodes and relationships read from the database (the searches
 * hold only what the path rules read): only the paths whose nodes fit under the cap are read.
 */
async function pathsView(ctx: AppContext, paths: Iterable<EvaluatedPath>, limit: number, truncated: boolean) {
  const kept: EvaluatedPath[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    // Paths come nearest first and are evaluated as they are read: once the cap is full, stop.
    if (seen.size >= limit) {
      truncated = true;
      break;
    }
    const fresh = p.path.nodes.filter((n) => !seen.has(n.id));
    if (seen.size + fresh.length > limit) {
      truncated = true;
      continue;
    }
    for (const n of fresh) seen.add(n.id);
    kept.push(p);
  }
  const nodes = byId(await loadAll(ctx.loaders.node, [...seen]));
  const rels = byId(
    await loadAll(ctx.loaders.relationship, [...new Set(kept.flatMap((p) => p.path.rels.map((r) => r.id)))]),
  );
  const shown = kept.map((p) => ({
    nodes: p.path.nodes.map((n) => stored(nodes, n.id)),
    rels: p.path.rels.map((r) => stored(rels, r.id)),
  }));
  return pathsToView(shown, limit, truncated);
}

export const graphResolvers: Resolvers = {
  Query: {
    neighborhood: (_, args, ctx, info) =>
      ctx.graphs.neighborhood({
        ...args,
        depth: intArgument(info, args, 'depth', { min: 1, max: NEIGHBORHOOD_MAX_DEPTH }),
        limit: limitArgument(info, args),
      }),
    wholeGraph: (_, args, ctx) => wholeGraph(ctx, args.includeRetracted === true),

    pathGraph: async (_, args, ctx, info) => {
      const limit = limitArgument(info, args);
      const { from, to } = args;
      await requireNodes(ctx, [
        from ? { id: from, label: 'Entity', path: ['from'] } : null,
        to ? { id: to, label: 'Chip', path: ['to'] } : null,
      ]);
      const asOf = args.asOf ?? ctx.today;
      if (from) {
        const set = await ctx.paths.fromEntity(from, to ?? null, asOf, args.maxHops, args.filter);
        return pathsView(ctx, set.paths, limit, set.truncated);
      }
      if (to) {
        // From a chip: the best path of every entity that reaches it, nearest first.
        const set = await ctx.paths.whoCanReach(to, asOf, args.maxHops, args.filter, null);
        return pathsView(ctx, bestPaths(set.reaches), limit, false);
      }
      throw appError(ErrorCode.BAD_USER_INPUT, 'pathGraph needs from, to, or both', {
        problems: [{ path: ['from'], message: 'give from (an entity), to (a chip), or both' }],
      });
    },
  },

  AccessPathConnection: {
    graph: (page, args, ctx, info) => pathsView(ctx, page.nodes, limitArgument(info, args), page.truncated),
  },

  WhoCanReach: {
    graph: (page, args, ctx, info) => pathsView(ctx, bestPaths(page.entities), limitArgument(info, args), false),
  },

  ScenarioResult: {
    graph: (answer, args, ctx, info) => {
      // The first page of each list: a drawing shows at most `limit` nodes anyway.
      const firstPage = (list: AccessList) =>
        list.slice(0, ctx.config.limits.maxPageSize).map((access) => answer.show(access).path);
      const { remaining, cut, newlyRestricted } = answer.outcome;
      return pathsView(
        ctx,
        [...firstPage(remaining), ...firstPage(cut), ...firstPage(newlyRestricted)],
        limitArgument(info, args),
        false,
      );
    },
  },

  Graph: {
    export: async (view, args, ctx) =>
      serialize(view, args.format, NEEDS_SOURCES.includes(args.format) ? await citedSources(view, ctx) : undefined),
  },
  GraphNode: {
    sources: (node, _, ctx) => citedNodes(ctx, node.sources),
  },
  GraphEdge: {
    sources: (edge, _, ctx) => citedNodes(ctx, edge.sources),
  },
};
