import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../context';
import type { Resolvers } from './generated';
import { loadAll } from '../loaders';
import { listWithin } from '../int-range';
import type { NodeRecord } from '../repositories/records';
import { planSpecs, relationsPlan } from './lookahead';
import { resolveNodeType } from './model';
import { intArgument } from './arguments';
import { connection, decodeCursor } from './pagination';
import { toLuceneQuery } from './search-text';

/**
 * Nodes by id for a field returning nodes. When its selection asks for relationship fields, the
 * nodes and those relationships come in one statement and the loaders are primed with them;
 * otherwise the node loader batches as usual.
 */
async function loadNodesAhead(
  ids: readonly string[],
  ctx: AppContext,
  info: GraphQLResolveInfo,
): Promise<(NodeRecord | null)[]> {
  const plan = ctx.lookahead ? relationsPlan(info) : new Map();
  if (plan.size === 0) {
    return loadAll(ctx.loaders.node, ids);
  }
  return ctx.loaders.nodesWithRelations(ids, {
    specs: planSpecs(plan),
    specsFor: (node) => plan.get(nodeType(node)) ?? [],
  });
}

/** `first`: its SDL default when not given, between 1 and MAX_PAGE_SIZE. */
function firstArgument(info: GraphQLResolveInfo, args: object, ctx: AppContext): number {
  return intArgument(info, args, 'first', { min: 1, max: ctx.config.limits.maxPageSize });
}

function nodeType(node: NodeRecord): string {
  try {
    return resolveNodeType(node);
  } catch {
    return '';
  }
}

export const queryResolvers: Resolvers = {
  Query: {
    node: async (_, args, ctx, info) => (await loadNodesAhead([args.id], ctx, info))[0] ?? null,
    nodes: async (_, args, ctx, info) =>
      loadNodesAhead(listWithin('ids', args.ids, ctx.config.limits.maxPageSize), ctx, info),
    relationship: (_, args, ctx) => ctx.loaders.relationship.load(args.id),
    search: async (_, args, ctx, info) => {
      const limit = firstArgument(info, args, ctx);
      const hits = await ctx.repo.search(toLuceneQuery(args.text), args.labels ?? [], limit);
      for (const hit of hits) ctx.loaders.node.prime(hit.node.id, hit.node);
      return hits;
    },
    entities: async (_, args, ctx, info) => {
      const first = firstArgument(info, args, ctx);
      const f = args.filter ?? {};
      const page = await ctx.repo.listEntities({
        country: f.country,
        kind: f.kind,
        listed: f.listed,
        asOf: f.listedAsOf ?? ctx.today,
        isCloudProvider: f.isCloudProvider,
        first: first + 1,
        after: decodeCursor(args.after),
      });
      return connection(page.items, page.totalCount, first);
    },
    chips: async (_, args, ctx, info) => {
      const first = firstArgument(info, args, ctx);
      const page = await ctx.repo.listChips(args.filter?.vendor ?? null, first + 1, decodeCursor(args.after));
      return connection(page.items, page.totalCount, first);
    },
    dataCenters: async (_, args, ctx, info) => {
      const first = firstArgument(info, args, ctx);
      const page = await ctx.repo.listDataCenters(args.filter?.country ?? null, first + 1, decodeCursor(args.after));
      return connection(page.items, page.totalCount, first);
    },
    regulations: async (_, args, ctx, info) => {
      const first = firstArgument(info, args, ctx);
      const page = await ctx.repo.listRegulations(
        args.filter?.kind ?? null,
        args.filter?.inForceAt ?? null,
        first + 1,
        decodeCursor(args.after),
      );
      return connection(page.items, page.totalCount, first);
    },
    sources: async (_, args, ctx, info) => {
      const first = firstArgument(info, args, ctx);
      const page = await ctx.repo.listSources(args.filter?.publisher ?? null, first + 1, decodeCursor(args.after));
      return connection(page.items, page.totalCount, first);
    },
  },
};
