import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../context';
import type { AccessTrends, Period, ReachRole, TimelineEvent, TrendInterval } from '../domain';
import { appError, ErrorCode } from '../errors';
import type { PathFilterInput } from '../services/path-service';
import type { ImpactAccess, ImpactGroup } from '../services/rule-impact-service';
import type { AccessTimeline, RouteTimeline } from '../services/timeline-service';
import { timelineCsv, timelineJson, trendsCsv, trendsJson, type SeriesFormat } from '../export/series';
import { intArgument } from './arguments';
import { pathNode, pathRel, requireNode } from './require-node';

interface WindowArgs {
  start: string;
  end: string;
  maxHops?: number | null;
  filter?: PathFilterInput | null;
}

async function accessTimeline(
  _: unknown,
  args: WindowArgs & { from?: string | null; to?: string | null; roles?: ReachRole[] | null },
  ctx: AppContext,
) {
  if (!args.from && !args.to) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'give `from` (an entity), `to` (a chip), or both', {
      problems: [{ path: ['from'], message: 'from or to is required' }],
    });
  }
  await Promise.all([
    args.from ? requireNode(ctx, args.from, 'Entity', 'from') : null,
    args.to ? requireNode(ctx, args.to, 'Chip', 'to') : null,
  ]);
  const timeline = await ctx.timelines.accessTimeline(
    args.from ?? null,
    args.to ?? null,
    { start: args.start, end: args.end },
    args.maxHops,
    args.filter,
    args.roles ?? null,
  );
  return { ...timeline, start: timeline.window.start, end: timeline.window.end };
}

async function accessTrends(
  _: unknown,
  args: WindowArgs & { chips?: string[] | null; interval?: TrendInterval | null; roles?: ReachRole[] | null },
  ctx: AppContext,
) {
  if (args.chips) await Promise.all(args.chips.map((id) => requireNode(ctx, id, 'Chip', 'chips')));
  return ctx.trends.accessTrends(
    args.chips ?? null,
    { start: args.start, end: args.end },
    args.interval ?? 'QUARTER',
    args.maxHops,
    args.filter,
    args.roles,
  );
}

async function ruleImpact(
  _: unknown,
  args: {
    regulation: string;
    asOf?: string | null;
    chips?: string[] | null;
    maxHops?: number | null;
    filter?: PathFilterInput | null;
    roles?: ReachRole[] | null;
  },
  ctx: AppContext,
) {
  await Promise.all([
    requireNode(ctx, args.regulation, 'Regulation', 'regulation'),
    ...(args.chips ?? []).map((id) => requireNode(ctx, id, 'Chip', 'chips')),
  ]);
  return ctx.ruleImpacts.ruleImpact(
    args.regulation,
    args.asOf ?? null,
    args.chips ?? null,
    args.maxHops,
    args.filter,
    args.roles,
  );
}

const node = pathNode;

/** The sources of an event: its relationship's, else its regulation's. */
async function eventSources(e: TimelineEvent, _: unknown, ctx: AppContext) {
  let ids: string[] = [];
  if (e.relationshipId) ids = (await pathRel(ctx, e.relationshipId)).sources;
  else if (e.regulationId) ids = ((await node(ctx, e.regulationId)).sources as string[] | undefined) ?? [];
  return Promise.all(ids.map((id) => node(ctx, id)));
}

export const timelineResolvers = {
  Query: { accessTimeline, accessTrends, ruleImpact },
  TimelineEvent: {
    relationship: (e: TimelineEvent, _: unknown, ctx: AppContext) =>
      e.relationshipId ? pathRel(ctx, e.relationshipId) : null,
    regulation: (e: TimelineEvent, _: unknown, ctx: AppContext) => (e.regulationId ? node(ctx, e.regulationId) : null),
    sources: eventSources,
  },
  TimelinePeriod: {
    restriction: (p: Period & { route: RouteTimeline }, _: unknown, ctx: AppContext) =>
      ctx.paths.restriction(p.route.originId, p.route.chipId, p.start),
  },
  RouteTimeline: {
    periods: (r: RouteTimeline) => r.periods.map((p) => ({ ...p, route: r })),
    origin: (r: RouteTimeline, _: unknown, ctx: AppContext) => node(ctx, r.originId),
    chip: (r: RouteTimeline, _: unknown, ctx: AppContext) => node(ctx, r.chipId),
  },
  AccessTimeline: {
    export: (t: AccessTimeline, args: { format: SeriesFormat }) =>
      args.format === 'CSV' ? timelineCsv(t) : timelineJson(t),
  },
  AccessTrends: {
    export: (t: AccessTrends, args: { format: SeriesFormat }) => (args.format === 'CSV' ? trendsCsv(t) : trendsJson(t)),
    chips: (t: AccessTrends, _: unknown, ctx: AppContext) => Promise.all(t.chips.map((id) => node(ctx, id))),
  },
  RuleImpact: {
    regulation: (r: { regulationId: string }, _: unknown, ctx: AppContext) => node(ctx, r.regulationId),
    chips: (r: { chips: string[] }, _: unknown, ctx: AppContext) => Promise.all(r.chips.map((id) => node(ctx, id))),
  },
  LaterClosure: {
    regulation: (r: { regulationId: string }, _: unknown, ctx: AppContext) => node(ctx, r.regulationId),
  },
  ImpactGroup: {
    accesses: (
      g: ImpactGroup,
      args: { first?: number | null; offset?: number | null },
      ctx: AppContext,
      info: GraphQLResolveInfo,
    ) => {
      const first = intArgument(info, args, 'first', { min: 1, max: ctx.config.limits.maxPageSize });
      const offset = intArgument(info, args, 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER });
      return g.accesses.slice(offset, offset + first);
    },
  },
  ImpactAccess: {
    entity: (a: ImpactAccess, _: unknown, ctx: AppContext) => node(ctx, a.reach.originId),
    chip: (a: ImpactAccess, _: unknown, ctx: AppContext) => node(ctx, a.chipId),
    listed: (a: ImpactAccess) => a.reach.listed,
    pathways: (a: ImpactAccess) => a.reach.pathways,
    restriction: (a: ImpactAccess) => a.reach.best.restriction,
    bestPath: (a: ImpactAccess) => a.reach.best,
  },
};
