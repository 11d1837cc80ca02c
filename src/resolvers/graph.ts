import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../context';
import { loadAll } from '../loaders';
import { appError, ErrorCode } from '../errors';
import { requireNode } from './require-node';
import { NEEDS_SOURCES, serialize, type ExportFormat } from '../export';
import { intArgument } from './arguments';
import {
  GRAPH_LIMIT_MAX,
  NEIGHBORHOOD_MAX_DEPTH,
  pathsToView,
  toViewEdge,
  toViewNode,
  type GraphView,
  type ViewEdge,
  type ViewNode,
} from '../graph/view';
import { toNodeRecord, toRelRecord, type NodeRecord } from '../repositories/records';
import type { NeighborhoodArgs } from '../services/graph-service';
import type { EvaluatedPath, PathFilterInput } from '../services/path-service';

async function sources(ids: string[], ctx: AppContext): Promise<NodeRecord[]> {
  // A cited id with no node is left out; a failed load fails the field.
  const found = await loadAll(ctx.loaders.node, ids);
  return found.filter((n): n is NodeRecord => n !== null);
}

type LimitArgs = { limit?: number | null };
type ListPage = { first: number; offset: number };

/** A graph's node cap: its SDL default when not given, between 1 and GRAPH_LIMIT_MAX. */
const limitArgument = (info: GraphQLResolveInfo, args: LimitArgs) =>
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
  const found = await sources(ids, ctx);
  // Secondary reports name the reports they relay: those come too.
  const relayed = [...new Set(found.flatMap((s) => (s.secondaryCoverageOf as string[] | undefined) ?? []))].filter(
    (id) => !ids.includes(id),
  );
  const all = [...found, ...(await sources(relayed, ctx))];
  return new Map(all.map((s) => [s.id, s as Record<string, unknown>]));
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
  const nodes = await loadAll(ctx.loaders.node, [...seen]);
  const rels = await loadAll(ctx.loaders.relationship, [...new Set(kept.flatMap((p) => p.path.rels.map((r) => r.id)))]);
  const byId = new Map<string, unknown>();
  for (const record of [...nodes, ...rels]) if (record) byId.set(record.id, record);
  const read = <T>(id: string): T => {
    const record = byId.get(id);
    if (!record)
      throw appError(ErrorCode.SERVICE_UNAVAILABLE, `the graph changed while the answer was read (${id}); ask again`);
    return record as T;
  };
  const shown = kept.map((p) => ({
    nodes: p.path.nodes.map((n) => read<NodeRecord>(n.id)),
    rels: p.path.rels.map((r) => read<{ id: string; type: string }>(r.id)),
  }));
  return pathsToView(shown, limit, truncated);
}

export const graphResolvers = {
  Query: {
    neighborhood: (_: unknown, args: NeighborhoodArgs, ctx: AppContext, info: GraphQLResolveInfo) =>
      ctx.graphs.neighborhood({
        ...args,
        depth: intArgument(info, args, 'depth', { min: 1, max: NEIGHBORHOOD_MAX_DEPTH }),
        limit: limitArgument(info, args),
      }),
    wholeGraph: (_: unknown, args: { includeRetracted?: boolean | null }, ctx: AppContext) =>
      wholeGraph(ctx, args.includeRetracted === true),

    pathGraph: async (
      _: unknown,
      args: LimitArgs & {
        from?: string | null;
        to?: string | null;
        asOf?: string | null;
        maxHops?: number | null;
        filter?: PathFilterInput | null;
      },
      ctx: AppContext,
      info: GraphQLResolveInfo,
    ) => {
      const limit = limitArgument(info, args);
      if (!args.from && !args.to) {
        throw appError(ErrorCode.BAD_USER_INPUT, 'pathGraph needs from, to, or both', {
          problems: [{ path: ['from'], message: 'give from (an entity), to (a chip), or both' }],
        });
      }
      if (args.from) await requireNode(ctx, args.from, 'Entity', 'from');
      if (args.to) await requireNode(ctx, args.to, 'Chip', 'to');
      const asOf = args.asOf ?? ctx.today;
      if (args.from) {
        const set = await ctx.paths.fromEntity(args.from, args.to ?? null, asOf, args.maxHops, args.filter);
        return pathsView(ctx, set.paths, limit, set.truncated);
      }
      // From a chip: the best path of every entity that reaches it, nearest first.
      const set = await ctx.paths.whoCanReach(args.to as string, asOf, args.maxHops, args.filter, null);
      return pathsView(ctx, bestPaths(set.reaches), limit, false);
    },
  },

  AccessPathConnection: {
    graph: (
      parent: { nodes: EvaluatedPath[]; truncated: boolean },
      args: LimitArgs,
      ctx: AppContext,
      info: GraphQLResolveInfo,
    ) => pathsView(ctx, parent.nodes, limitArgument(info, args), parent.truncated),
  },

  WhoCanReach: {
    graph: (
      parent: { entities: { bestPath: EvaluatedPath }[]; truncated: boolean },
      args: LimitArgs,
      ctx: AppContext,
      info: GraphQLResolveInfo,
    ) =>
      pathsView(
        ctx,
        parent.entities.map((e) => e.bestPath),
        limitArgument(info, args),
        parent.truncated,
      ),
  },

  ScenarioResult: {
    graph: (
      parent: {
        remaining: (page: ListPage, info: GraphQLResolveInfo) => EvaluatedPath[];
        cut: (page: ListPage, info: GraphQLResolveInfo) => { path: EvaluatedPath }[];
        newlyRestricted: (page: ListPage, info: GraphQLResolveInfo) => EvaluatedPath[];
      },
      args: LimitArgs,
      ctx: AppContext,
      info: GraphQLResolveInfo,
    ) => {
      // The first page of each list: a drawing shows at most `limit` nodes anyway.
      const page = { first: ctx.config.limits.maxPageSize, offset: 0 };
      return pathsView(
        ctx,
        [
          ...parent.remaining(page, info),
          ...parent.cut(page, info).map((c) => c.path),
          ...parent.newlyRestricted(page, info),
        ],
        limitArgument(info, args),
        false,
      );
    },
  },

  Graph: {
    export: async (view: GraphView, args: { format: ExportFormat }, ctx: AppContext) =>
      serialize(view, args.format, NEEDS_SOURCES.includes(args.format) ? await citedSources(view, ctx) : undefined),
  },
  GraphNode: {
    sources: (node: ViewNode, _: unknown, ctx: AppContext) => sources(node.sources, ctx),
  },
  GraphEdge: {
    sources: (edge: ViewEdge, _: unknown, ctx: AppContext) => sources(edge.sources, ctx),
  },
};
