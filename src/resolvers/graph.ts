import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../context';
import { loadAll } from '../loaders';
import { appError, ErrorCode } from '../errors';
import { serialize, type ExportFormat } from '../export';
import { intArgument } from './arguments';
import { GRAPH_LIMIT_MAX, NEIGHBORHOOD_MAX_DEPTH, type GraphView, type ViewEdge, type ViewNode } from '../graph/view';
import { NeighborhoodRepository } from '../repositories/neighborhood-repository';
import type { NodeRecord } from '../repositories/records';
import { GraphService, type NeighborhoodArgs } from '../services/graph-service';
import type { EvaluatedPath, PathFilterInput } from '../services/path-service';

// Stateless and cheap: one per call keeps the shared request context untouched.
const graphs = (ctx: AppContext) => new GraphService(new NeighborhoodRepository(ctx.db));

async function requireNode(ctx: AppContext, id: string, label: string, argument: string): Promise<void> {
  const node = await ctx.loaders.node.load(id);
  if (!node || !node.labels.includes(label)) {
    throw appError(ErrorCode.NOT_FOUND, `no ${label} with id ${id}`, {
      problems: [{ path: [argument], message: `no ${label} with this id` }],
    });
  }
}

async function sources(ids: string[], ctx: AppContext): Promise<NodeRecord[]> {
  // A cited id with no node is left out; a failed load fails the field.
  const found = await loadAll(ctx.loaders.node, ids);
  return found.filter((n): n is NodeRecord => n !== null);
}

type LimitArgs = { limit?: number | null };

/** A graph's node cap: its SDL default when not given, between 1 and GRAPH_LIMIT_MAX. */
const limitArgument = (info: GraphQLResolveInfo, args: LimitArgs) =>
  intArgument(info, args, 'limit', { min: 1, max: GRAPH_LIMIT_MAX });

export const graphResolvers = {
  Query: {
    neighborhood: (_: unknown, args: NeighborhoodArgs, ctx: AppContext, info: GraphQLResolveInfo) =>
      graphs(ctx).neighborhood({
        ...args,
        depth: intArgument(info, args, 'depth', { min: 1, max: NEIGHBORHOOD_MAX_DEPTH }),
        limit: limitArgument(info, args),
      }),

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
      const set = args.from
        ? await ctx.paths.fromEntity(args.from, args.to ?? null, asOf, args.maxHops, args.filter)
        : await ctx.paths.toChip(args.to as string, asOf, args.maxHops, args.filter);
      return graphs(ctx).paths(set.paths, limit, set.truncated);
    },
  },

  AccessPathConnection: {
    graph: (
      parent: { nodes: EvaluatedPath[]; truncated: boolean },
      args: LimitArgs,
      ctx: AppContext,
      info: GraphQLResolveInfo,
    ) => graphs(ctx).paths(parent.nodes, limitArgument(info, args), parent.truncated),
  },

  WhoCanReach: {
    graph: (
      parent: { entities: { bestPath: EvaluatedPath }[]; truncated: boolean },
      args: LimitArgs,
      ctx: AppContext,
      info: GraphQLResolveInfo,
    ) =>
      graphs(ctx).paths(
        parent.entities.map((e) => e.bestPath),
        limitArgument(info, args),
        parent.truncated,
      ),
  },

  ScenarioResult: {
    graph: (
      parent: {
        remaining: EvaluatedPath[];
        cut: { path: EvaluatedPath }[];
        newlyRestricted: EvaluatedPath[];
        truncated: boolean;
      },
      args: LimitArgs,
      ctx: AppContext,
      info: GraphQLResolveInfo,
    ) =>
      graphs(ctx).paths(
        [...parent.remaining, ...parent.cut.map((c) => c.path), ...parent.newlyRestricted],
        limitArgument(info, args),
        parent.truncated,
      ),
  },

  Graph: {
    export: (view: GraphView, args: { format: ExportFormat }) => serialize(view, args.format),
  },
  GraphNode: {
    sources: (node: ViewNode, _: unknown, ctx: AppContext) => sources(node.sources, ctx),
  },
  GraphEdge: {
    sources: (edge: ViewEdge, _: unknown, ctx: AppContext) => sources(edge.sources, ctx),
  },
};
