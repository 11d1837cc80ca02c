import type { GraphQLResolveInfo } from 'graphql';
import {
  affiliatesCaught,
  affiliateStatus,
  ownersOf,
  PATHWAYS,
  stepsOf,
  type Regulation,
  type ScenarioRules,
} from '../domain';
import type { Resolvers, ScenarioInput } from './generated';
import { intArgument, narrowingList } from './arguments';
import { existingNode, existingNodes, existingRel } from './existing';
import { decodeCursor, encodeCursor } from './pagination';
import { requireNode, requireNodes } from './require-node';
import type { NodeRecord } from '../repositories/records';

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

/** An offset page of a scenario list: `first` checked against the page cap, `offset` a natural number. */
function offsetPage<T>(
  items: { slice(start: number, end: number): T[] },
  args: object,
  info: GraphQLResolveInfo,
  max: number,
): T[] {
  const first = intArgument(info, args, 'first', { min: 1, max });
  const offset = intArgument(info, args, 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER });
  return items.slice(offset, offset + first);
}

export const pathResolvers: Resolvers = {
  Query: {
    accessPaths: async (_, args, ctx, info) => {
      const first = intArgument(info, args, 'first', { min: 1, max: ctx.config.limits.maxPageSize });
      const asOf = args.asOf ?? ctx.today;
      const set = await checkedWith(
        [
          requireNodes(ctx, [
            { id: args.from, label: 'Entity', path: ['from'] },
            args.to ? { id: args.to, label: 'Chip', path: ['to'] } : null,
          ]),
        ],
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

    reachableChips: async (_, args, ctx) =>
      checkedWith(
        [requireNode(ctx, args.from, 'Entity', 'from')],
        ctx.paths.reachableChips(args.from, args.asOf ?? ctx.today, args.maxHops, args.filter),
      ),

    whoCanReach: async (_, args, ctx, info) => {
      const asOf = args.asOf ?? ctx.today;
      const first = intArgument(info, args, 'first', { min: 1, max: ctx.config.limits.maxPageSize });
      const filter = {
        ...(args.filter ?? {}),
        onlyRestricted: args.onlyRestricted === true || args.filter?.onlyRestricted === true,
      };
      const answer = await checkedWith(
        [requireNode(ctx, args.chip, 'Chip', 'chip')],
        ctx.paths.whoCanReach(args.chip, asOf, args.maxHops, filter, narrowingList('roles', args.roles)),
      );
      const after = decodeCursor(args.after);
      const start = after === null ? 0 : answer.reaches.findIndex((r) => r.originId === after) + 1;
      const page = answer.reaches.slice(start, start + first);
      const last = page[page.length - 1];
      return {
        answer,
        entities: page,
        pageInfo: {
          hasNextPage: start + first < answer.reaches.length,
          endCursor: last ? encodeCursor(last.originId) : null,
        },
      };
    },

    restrictionStatus: async (_, args, ctx) =>
      checkedWith(
        [
          requireNodes(ctx, [
            { id: args.entity, label: 'Entity', path: ['entity'] },
            { id: args.chip, label: 'Chip', path: ['chip'] },
          ]),
        ],
        ctx.paths.restriction(args.entity, args.chip, args.asOf ?? ctx.today),
      ),

    effectiveOwnership: async (_, args, ctx) => {
      const asOf = args.asOf ?? ctx.today;
      const context = await checkedWith([requireNode(ctx, args.entity, 'Entity', 'entity')], ctx.paths.context());
      // Listed owners' chains stop at the first listed owner, so nothing is counted twice.
      const status = affiliateStatus(args.entity, asOf, context);
      return {
        entityId: args.entity,
        asOf,
        owners: ownersOf(context.ownership, args.entity, asOf),
        listedOwners: status.listedOwners,
        listedShare: status.aggregateShare,
        listedShareIsLowerBound: status.listedOwners.some((o) => o.unknownChains > 0),
        caughtByAffiliatesRule: status.caught,
        affiliatesRuleId: status.rules[0]?.id ?? null,
      };
    },

    affiliatesCaught: async (_, args, ctx) => affiliatesCaught(args.asOf ?? ctx.today, await ctx.paths.context()),

    scenario: async (_, args, ctx) =>
      ctx.scenarios.evaluate(
        toScenarioRules(args.rules),
        args.asOf ?? ctx.today,
        narrowingList('chips', args.chips),
        narrowingList('origins', args.origins),
        args.maxHops,
      ),
  },

  AccessPath: {
    origin: (p, _, ctx) => existingNode(ctx, p.originId),
    chip: (p, _, ctx) => existingNode(ctx, p.chipId),
    length: (p) => p.path.rels.length,
    nodes: (p, _, ctx) =>
      existingNodes(
        ctx,
        p.path.nodes.map((n) => n.id),
      ),
    steps: (p) => stepsOf(p.path),
  },
  ChipLocation: { node: (l, _, ctx) => existingNode(ctx, l.nodeId) },
  Acquisition: {
    acquirer: (a, _, ctx) => existingNode(ctx, a.acquirerId),
    receiver: (a, _, ctx) => existingNode(ctx, a.receiverId),
    receiverTiming: (a) => a.timing,
  },
  PathStep: {
    from: (s, _, ctx) => existingNode(ctx, s.from.id),
    to: (s, _, ctx) => existingNode(ctx, s.to.id),
    relationship: (s, _, ctx) => existingRel(ctx, s.rel.id),
  },
  ReachableChip: { chip: (r, _, ctx) => existingNode(ctx, r.chipId) },
  ReachingEntity: {
    entity: (r, _, ctx) => existingNode(ctx, r.originId),
    bestPath: (r) => r.best,
    restriction: (r) => r.best.restriction,
    pathCount: (r) => r.shortestPaths,
  },
  // The counts read each entity's best path (pathways, evidence): worked out only when selected,
  // once per answer (kept with it for the next pages).
  WhoCanReach: {
    chip: (r, _, ctx) => existingNode(ctx, r.answer.chipId),
    asOf: (r) => r.answer.asOf,
    totalCount: (r) => r.answer.reaches.length,
    restrictedCount: (r) => r.answer.counts().restricted,
    listedCount: (r) => r.answer.counts().listed,
    staleCount: (r) => r.answer.counts().stale,
    byPathway: (r) =>
      PATHWAYS.flatMap((pathway) => {
        const tally = r.answer.counts().byPathway.get(pathway);
        if (!tally) return [];
        return [
          {
            pathway,
            count: tally.count,
            restrictedCount: tally.restricted,
            entities: r.entities.filter((e) => e.pathways.includes(pathway)),
          },
        ];
      }),
    truncated: () => false,
  },
  RestrictionReason: {
    regulation: (r, _, ctx) =>
      r.hypothetical ? hypotheticalRegulation(r.hypothetical) : existingNode(ctx, r.regulationId),
  },
  OwnerShare: { owner: (o, _, ctx) => existingNode(ctx, o.entityId) },
  EffectiveOwnership: {
    entity: (r, _, ctx) => existingNode(ctx, r.entityId),
    affiliatesRule: (r, _, ctx) => (r.affiliatesRuleId ? existingNode(ctx, r.affiliatesRuleId) : null),
    holdings: (r, _, ctx) => ctx.loaders.holdings.load({ rootId: r.entityId, asOf: r.asOf }),
  },
  AffiliateCatch: {
    listedOwners: (c) => c.owners,
    entity: (c, _, ctx) => existingNode(ctx, c.entityId),
    regulation: (c, _, ctx) => existingNode(ctx, c.regulationId),
  },
  ScenarioResult: {
    asOf: (r) => r.outcome.asOf,
    chipCount: (r) => r.outcome.chipCount,
    restrictedBefore: (r) => r.outcome.restrictedBefore,
    restrictedAfter: (r) => r.outcome.restrictedAfter,
    remainingCount: (r) => r.outcome.remaining.length,
    remaining: (r, args, ctx, info) =>
      offsetPage(r.outcome.remaining, args, info, ctx.config.limits.maxPageSize).map((a) => r.show(a).path),
    undeterminedCount: (r) => r.outcome.undetermined.length,
    undetermined: (r, args, ctx, info) =>
      offsetPage(r.outcome.undetermined, args, info, ctx.config.limits.maxPageSize).map((a) => r.show(a).path),
    cutCount: (r) => r.outcome.cut.length,
    cut: (r, args, ctx, info) => offsetPage(r.outcome.cut, args, info, ctx.config.limits.maxPageSize).map(r.show),
    newlyRestrictedCount: (r) => r.outcome.newlyRestricted.length,
    newlyRestricted: (r, args, ctx, info) =>
      offsetPage(r.outcome.newlyRestricted, args, info, ctx.config.limits.maxPageSize).map((a) => r.show(a).path),
    entitiesLosingAllAccessCount: (r) => r.outcome.entitiesLosingAllAccess.length,
    entitiesLosingAllAccess: (r, args, ctx, info) =>
      existingNodes(ctx, offsetPage(r.outcome.entitiesLosingAllAccess, args, info, ctx.config.limits.maxPageSize)),
    truncated: () => false,
  },
};

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

/** A regulation a scenario invented (its id starts with `scenario:`), as a node: the graph does not hold it. */
function hypotheticalRegulation(regulation: Regulation): NodeRecord {
  return {
    ...regulation,
    labels: ['Regulation'],
    sources: [],
    note: 'Hypothetical: part of the scenario asked, not a fact of the graph.',
  };
}
