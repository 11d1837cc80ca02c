import type { AppContext } from '../context';
import {
  affiliatesCaught,
  affiliateStatus,
  ownersOf,
  PATHWAYS,
  stepsOf,
  type ReachRole,
  type ScenarioRules,
  type Step,
} from '../domain';
import { graphChanged, pathNode, pathRel, requireNode } from './require-node';
import type { NodeRecord } from '../repositories/records';
import type { EvaluatedPath, PathFilterInput, Reach } from '../services/path-service';
import type { ShownAccess } from '../services/scenario-service';
import type { GraphQLResolveInfo } from 'graphql';
import { loadAll } from '../loaders';
import { intArgument } from './arguments';
import { decodeCursor, encodeCursor } from './pagination';

/**
 * Runs the id checks and the path search together (one round trip less per check: the bench
 * measured each as a sequential database round trip before the search), then reports failures
 * in the order the checks come, before any error of the search: an unknown id still answers
 * NOT_FOUND, and what was found for it is dropped.
 */
async function checkedWith<T>(checks: (Promise<unknown> | null)[], work: Promise<T>): Promise<T> {
  const settled = await Promise.allSettled([...checks, work]);
  for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
  return (settled[settled.length - 1] as PromiseFulfilledResult<T>).value;
}

/** An offset page of a list (scenario lists): `first` checked against the page cap, `offset` a natural number. */
function offsetPage<T>(
  items: { slice(start: number, end: number): T[] },
  args: PageArgs,
  info: GraphQLResolveInfo,
  max: number,
): T[] {
  const first = intArgument(info, args, 'first', { min: 1, max });
  const offset = intArgument(info, args, 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER });
  return items.slice(offset, offset + first);
}

interface PathArgs {
  asOf?: string | null;
  maxHops?: number | null;
  filter?: PathFilterInput | null;
}

export const pathResolvers = {
  Query: {
    accessPaths: async (
      _: unknown,
      args: PathArgs & { from: string; to?: string | null; first?: number | null; after?: string | null },
      ctx: AppContext,
      info: GraphQLResolveInfo,
    ) => {
      const first = intArgument(info, args, 'first', { min: 1, max: ctx.config.limits.maxPageSize });
      const asOf = args.asOf ?? ctx.today;
      const set = await checkedWith(
        [requireNode(ctx, args.from, 'Entity', 'from'), args.to ? requireNode(ctx, args.to, 'Chip', 'to') : null],
        ctx.paths.fromEntity(args.from, args.to ?? null, asOf, args.maxHops, args.filter),
      );
      const after = decodeCursor(args.after);
      const start = after === null ? 0 : set.paths.findIndex((p) => p.id === after) + 1;
      const page = set.paths.slice(start, start + first);
      const last = page[page.length - 1];
      return {
        nodes: page,
        totalCount: set.paths.length,
        truncated: set.truncated,
        pageInfo: { hasNextPage: start + first < set.paths.length, endCursor: last ? encodeCursor(last.id) : null },
      };
    },

    reachableChips: async (_: unknown, args: PathArgs & { from: string }, ctx: AppContext) => {
      return checkedWith(
        [requireNode(ctx, args.from, 'Entity', 'from')],
        ctx.paths.reachableChips(args.from, args.asOf ?? ctx.today, args.maxHops, args.filter),
      );
    },

    whoCanReach: async (
      _: unknown,
      args: PathArgs & {
        chip: string;
        onlyRestricted?: boolean | null;
        roles?: ReachRole[] | null;
        first?: number | null;
        after?: string | null;
      },
      ctx: AppContext,
      info: GraphQLResolveInfo,
    ) => {
      const asOf = args.asOf ?? ctx.today;
      const first = intArgument(info, args, 'first', { min: 1, max: ctx.config.limits.maxPageSize });
      const filter = {
        ...(args.filter ?? {}),
        onlyRestricted: args.onlyRestricted === true || args.filter?.onlyRestricted === true,
      };
      const set = await checkedWith(
        [requireNode(ctx, args.chip, 'Chip', 'chip')],
        ctx.paths.whoCanReach(args.chip, asOf, args.maxHops, filter, args.roles),
      );
      const after = decodeCursor(args.after);
      const start = after === null ? 0 : set.reaches.findIndex((r) => r.originId === after) + 1;
      const page = set.reaches.slice(start, start + first).map(reachingEntity);
      const last = page[page.length - 1];
      // Counts that read each entity's best path (pathways, evidence) are worked out only when
      // the client selects them (a function field is called by the default resolver), once per
      // answer (kept with it for the next pages).
      return {
        chip: args.chip,
        asOf,
        totalCount: set.reaches.length,
        restrictedCount: () => set.counts().restricted,
        listedCount: () => set.counts().listed,
        staleCount: () => set.counts().stale,
        entities: page,
        pageInfo: {
          hasNextPage: start + first < set.reaches.length,
          endCursor: last ? encodeCursor(last.entity) : null,
        },
        byPathway: () =>
          PATHWAYS.flatMap((pathway) => {
            const tally = set.counts().byPathway.get(pathway);
            if (!tally) return [];
            return [
              {
                pathway,
                count: tally.count,
                restrictedCount: tally.restricted,
                entities: page.filter((e) => e.pathways.includes(pathway)),
              },
            ];
          }),
        truncated: false,
      };
    },

    restrictionStatus: async (
      _: unknown,
      args: { entity: string; chip: string; asOf?: string | null },
      ctx: AppContext,
    ) => {
      return checkedWith(
        [requireNode(ctx, args.entity, 'Entity', 'entity'), requireNode(ctx, args.chip, 'Chip', 'chip')],
        ctx.paths.restriction(args.entity, args.chip, args.asOf ?? ctx.today),
      );
    },

    effectiveOwnership: async (_: unknown, args: { entity: string; asOf?: string | null }, ctx: AppContext) => {
      const asOf = args.asOf ?? ctx.today;
      const context = await checkedWith([requireNode(ctx, args.entity, 'Entity', 'entity')], ctx.paths.context());
      const owners = ownersOf(context.ownership, args.entity, asOf);
      // Listed owners' chains stop at the first listed owner, so nothing is counted twice.
      const status = affiliateStatus(args.entity, asOf, context);
      return {
        entity: args.entity,
        asOf,
        owners,
        listedOwners: status.listedOwners,
        listedShare: status.aggregateShare,
        caughtByAffiliatesRule: status.caught,
        affiliatesRule: status.rules[0]?.id ?? null,
        holdings: { rootId: args.entity, asOf },
      };
    },

    affiliatesCaught: async (_: unknown, args: { asOf?: string | null }, ctx: AppContext) => {
      return affiliatesCaught(args.asOf ?? ctx.today, await ctx.paths.context());
    },

    scenario: async (
      _: unknown,
      args: {
        rules: ScenarioInput;
        asOf?: string | null;
        chips?: string[] | null;
        origins?: string[] | null;
        maxHops?: number | null;
      },
      ctx: AppContext,
    ) => {
      const asOf = args.asOf ?? ctx.today;
      const { outcome, show } = await ctx.scenarios.evaluate(
        toScenarioRules(args.rules),
        asOf,
        args.chips ?? null,
        args.origins ?? null,
        args.maxHops,
      );
      const max = ctx.config.limits.maxPageSize;
      const losing = outcome.entitiesLosingAllAccess;
      return {
        asOf,
        chipCount: outcome.chipCount,
        restrictedBefore: outcome.restrictedBefore,
        restrictedAfter: outcome.restrictedAfter,
        remainingCount: outcome.remaining.length,
        cutCount: outcome.cut.length,
        newlyRestrictedCount: outcome.newlyRestricted.length,
        entitiesLosingAllAccessCount: losing.length,
        remaining: (page: PageArgs, info: GraphQLResolveInfo) =>
          offsetPage(outcome.remaining, page, info, max).map((a) => show(a).path),
        cut: (page: PageArgs, info: GraphQLResolveInfo) => offsetPage(outcome.cut, page, info, max).map(show),
        newlyRestricted: (page: PageArgs, info: GraphQLResolveInfo) =>
          offsetPage(outcome.newlyRestricted, page, info, max).map((a) => show(a).path),
        entitiesLosingAllAccess: (page: PageArgs, info: GraphQLResolveInfo) =>
          loadAll(ctx.loaders.node, offsetPage(losing, page, info, max)).then(present),
        truncated: false,
      };
    },
  },

  AccessPath: {
    origin: (p: EvaluatedPath, _: unknown, ctx: AppContext) => pathNode(ctx, p.originId),
    chip: (p: EvaluatedPath, _: unknown, ctx: AppContext) => pathNode(ctx, p.chipId),
    length: (p: EvaluatedPath) => p.path.rels.length,
    nodes: (p: EvaluatedPath, _: unknown, ctx: AppContext) => Promise.all(p.path.nodes.map((n) => pathNode(ctx, n.id))),
    steps: (p: EvaluatedPath) => stepsOf(p.path),
    chipLocation: (p: EvaluatedPath, _: unknown, ctx: AppContext) =>
      p.chipLocation ? { ...p.chipLocation, node: pathNode(ctx, p.chipLocation.nodeId) } : null,
    acquisition: (p: EvaluatedPath, _: unknown, ctx: AppContext) =>
      p.acquisition
        ? {
            ...p.acquisition,
            acquirer: pathNode(ctx, p.acquisition.acquirerId),
            receiver: pathNode(ctx, p.acquisition.receiverId),
            receiverTiming: p.acquisition.timing,
          }
        : null,
  },
  PathStep: {
    from: (s: Step, _: unknown, ctx: AppContext) => pathNode(ctx, s.from.id),
    to: (s: Step, _: unknown, ctx: AppContext) => pathNode(ctx, s.to.id),
    relationship: (s: Step, _: unknown, ctx: AppContext) => pathRel(ctx, s.rel.id),
  },
  ReachableChip: { chip: (r: { chip: string }, _: unknown, ctx: AppContext) => pathNode(ctx, r.chip) },
  ReachingEntity: { entity: (r: { entity: string }, _: unknown, ctx: AppContext) => pathNode(ctx, r.entity) },
  WhoCanReach: { chip: (r: { chip: string }, _: unknown, ctx: AppContext) => pathNode(ctx, r.chip) },
  RestrictionReason: {
    regulation: (r: { regulationId?: string }, _: unknown, ctx: AppContext) =>
      r.regulationId ? pathNode(ctx, r.regulationId) : null,
  },
  OwnerShare: { owner: (o: { entityId: string }, _: unknown, ctx: AppContext) => pathNode(ctx, o.entityId) },
  EffectiveOwnership: {
    entity: (r: { entity: string }, _: unknown, ctx: AppContext) => pathNode(ctx, r.entity),
    affiliatesRule: (r: { affiliatesRule: string | null }, _: unknown, ctx: AppContext) =>
      r.affiliatesRule ? pathNode(ctx, r.affiliatesRule) : null,
    holdings: (r: { holdings: { rootId: string; asOf: string } }, _: unknown, ctx: AppContext) =>
      ctx.loaders.holdings.load(r.holdings),
  },
  AffiliateCatch: {
    listedOwners: (c: { owners: { entityId: string; share: number }[] }) => c.owners,
    entity: (c: { entityId: string }, _: unknown, ctx: AppContext) => pathNode(ctx, c.entityId),
    regulation: (c: { regulationId: string }, _: unknown, ctx: AppContext) => pathNode(ctx, c.regulationId),
  },
  ScenarioResult: {
    remaining: (r: ScenarioLists, args: PageArgs, _: AppContext, info: GraphQLResolveInfo) => r.remaining(args, info),
    cut: (r: ScenarioLists, args: PageArgs, _: AppContext, info: GraphQLResolveInfo) => r.cut(args, info),
    newlyRestricted: (r: ScenarioLists, args: PageArgs, _: AppContext, info: GraphQLResolveInfo) =>
      r.newlyRestricted(args, info),
    entitiesLosingAllAccess: (r: ScenarioLists, args: PageArgs, _: AppContext, info: GraphQLResolveInfo) =>
      r.entitiesLosingAllAccess(args, info),
  },
};

interface PageArgs {
  first?: number | null;
  offset?: number | null;
}

interface ScenarioLists {
  remaining: (page: PageArgs, info: GraphQLResolveInfo) => EvaluatedPath[];
  cut: (page: PageArgs, info: GraphQLResolveInfo) => ShownAccess[];
  newlyRestricted: (page: PageArgs, info: GraphQLResolveInfo) => EvaluatedPath[];
  entitiesLosingAllAccess: (page: PageArgs, info: GraphQLResolveInfo) => Promise<NodeRecord[]>;
}

/** A reaching entity as the API shows it. */
function reachingEntity(r: Reach) {
  return {
    entity: r.originId,
    get listed() {
      return r.listed;
    },
    restricted: r.restricted,
    role: r.role,
    distance: r.distance,
    get bestPath() {
      return r.best;
    },
    get restriction() {
      return r.best.restriction;
    },
    shortestPaths: r.shortestPaths,
    pathCount: r.shortestPaths,
    get pathways() {
      return r.pathways;
    },
    get stale() {
      return r.stale;
    },
  };
}

/** Nodes the answer names: a missing one means the graph changed meanwhile (an error, never a gap). */
function present(results: (NodeRecord | null)[]): NodeRecord[] {
  return results.map((r) => {
    if (!r) throw graphChanged('a listed entity');
    return r;
  });
}

interface ScenarioInput {
  denyCloudProviders?: {
    countries: string[];
    customers?: 'ALL' | 'RESTRICTED' | 'LISTED' | null;
    seeThroughIntermediaries?: boolean | null;
  } | null;
  blockDataCenterCountries?: string[] | null;
  blockIntermediaries?: boolean | null;
  blockSubsidiaries?: boolean | null;
  addChipCoverage?: { chip: string; destinations: string[]; effective: string }[] | null;
  designate?: { entity: string; effective: string }[] | null;
}

function toScenarioRules(input: ScenarioInput): ScenarioRules {
  const deny = input.denyCloudProviders;
  return {
    denyCloudProvidersHeadquarteredIn: deny
      ? {
          countries: deny.countries,
          customers: deny.customers ?? 'RESTRICTED',
          seeThroughIntermediaries: deny.seeThroughIntermediaries ?? true,
        }
      : undefined,
    blockDataCenterCountries: input.blockDataCenterCountries ?? undefined,
    blockIntermediaries: input.blockIntermediaries ?? false,
    blockSubsidiaries: input.blockSubsidiaries ?? false,
    addChipCoverage: input.addChipCoverage?.map((c) => ({
      chipId: c.chip,
      destinations: c.destinations,
      effective: c.effective,
    })),
    designate: input.designate?.map((d) => ({ entityId: d.entity, effective: d.effective })),
  };
}
