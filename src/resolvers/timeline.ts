import type { AppContext } from '../context';
import type { TimelineEvent } from '../domain';
import { appError, ErrorCode } from '../errors';
import { timelineCsv, timelineJson, trendsCsv, trendsJson } from '../export/series';
import type { Resolvers } from './generated';
import { intArgument, narrowingList } from './arguments';
import { existingNode, existingNodes, existingRel } from './existing';
import { requireNodes, type NamedNode } from './require-node';

/** The sources of an event: the chip's for its release, else its relationship's, else its regulation's. */
async function eventSources(e: TimelineEvent, ctx: AppContext) {
  let ids: string[] = [];
  if (e.kind === 'CHIP_RELEASED' && e.chipId)
    ids = ((await existingNode(ctx, e.chipId)).sources as string[] | undefined) ?? [];
  else if (e.relationshipId) ids = (await existingRel(ctx, e.relationshipId)).sources;
  else if (e.regulationId) ids = ((await existingNode(ctx, e.regulationId)).sources as string[] | undefined) ?? [];
  return existingNodes(ctx, ids);
}

export const timelineResolvers: Resolvers = {
  Query: {
    accessTimeline: async (_, args, ctx) => {
      if (!args.from && !args.to) {
        throw appError(ErrorCode.BAD_USER_INPUT, 'give `from` (an entity), `to` (a chip), or both', {
          problems: [{ path: ['from'], message: 'from or to is required' }],
        });
      }
      if (args.from && args.roles) {
        throw appError(
          ErrorCode.BAD_USER_INPUT,
          '`roles` applies to the entities reaching `to`: leave it out with `from`',
          {
            problems: [{ path: ['roles'], message: 'only with `to` alone' }],
          },
        );
      }
      await requireNodes(ctx, [
        args.from ? { id: args.from, label: 'Entity', path: ['from'] } : null,
        args.to ? { id: args.to, label: 'Chip', path: ['to'] } : null,
      ]);
      return ctx.timelines.accessTimeline(
        args.from ?? null,
        args.to ?? null,
        { start: args.start, end: args.end },
        args.maxHops,
        args.filter,
        narrowingList('roles', args.roles),
      );
    },
    accessTrends: async (_, args, ctx) => {
      const chips = narrowingList('chips', args.chips);
      await requireNodes(ctx, chipsNamed(chips));
      return ctx.trends.accessTrends(
        chips,
        { start: args.start, end: args.end },
        args.interval ?? 'QUARTER',
        args.maxHops,
        args.filter,
        narrowingList('roles', args.roles),
      );
    },
    ruleImpact: async (_, args, ctx) => {
      const chips = narrowingList('chips', args.chips);
      await requireNodes(ctx, [
        { id: args.regulation, label: 'Regulation', path: ['regulation'] },
        ...chipsNamed(chips),
      ]);
      return ctx.ruleImpacts.ruleImpact(
        args.regulation,
        args.asOf ?? null,
        chips,
        args.maxHops,
        args.filter,
        narrowingList('roles', args.roles),
      );
    },
  },
  TimelineEvent: {
    relationship: (e, _, ctx) => (e.relationshipId ? existingRel(ctx, e.relationshipId) : null),
    regulation: (e, _, ctx) => (e.regulationId ? existingNode(ctx, e.regulationId) : null),
    chip: (e, _, ctx) => (e.chipId ? existingNode(ctx, e.chipId) : null),
    sources: (e, _, ctx) => eventSources(e, ctx),
  },
  TimelinePeriod: {
    restriction: (p, _, ctx) => ctx.paths.restriction(p.route.originId, p.route.chipId, p.start),
  },
  RouteTimeline: {
    periods: (r) => r.periods.map((p) => ({ ...p, route: r })),
    origin: (r, _, ctx) => existingNode(ctx, r.originId),
    chip: (r, _, ctx) => existingNode(ctx, r.chipId),
  },
  AccessTimeline: {
    start: (t) => t.window.start,
    end: (t) => t.window.end,
    export: (t, args) => (args.format === 'CSV' ? timelineCsv(t) : timelineJson(t)),
  },
  AccessTrends: {
    export: (t, args) => (args.format === 'CSV' ? trendsCsv(t) : trendsJson(t)),
    chips: (t, _, ctx) => existingNodes(ctx, t.chips),
  },
  RuleImpact: {
    regulation: (r, _, ctx) => existingNode(ctx, r.regulationId),
    chips: (r, _, ctx) => existingNodes(ctx, r.chips),
  },
  LaterClosure: {
    regulation: (r, _, ctx) => existingNode(ctx, r.regulationId),
  },
  ImpactGroup: {
    accesses: (g, args, ctx, info) => {
      const first = intArgument(info, args, 'first', { min: 1, max: ctx.config.limits.maxPageSize });
      const offset = intArgument(info, args, 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER });
      return g.accesses.slice(offset, offset + first);
    },
  },
  ImpactAccess: {
    entity: (a, _, ctx) => existingNode(ctx, a.reach.originId),
    chip: (a, _, ctx) => existingNode(ctx, a.chipId),
    listed: (a) => a.reach.listed,
    pathways: (a) => a.reach.pathways,
    restriction: (a) => a.reach.best.restriction,
    bestPath: (a) => a.reach.best,
  },
};

/** The chips a `chips` argument names, each at its place in the list. */
function chipsNamed(chips: readonly string[] | null): NamedNode[] {
  return (chips ?? []).map((id, i) => ({ id, label: 'Chip', path: ['chips', i] }));
}
