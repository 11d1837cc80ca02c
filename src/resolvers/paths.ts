import type { AppContext } from '../context';
import {
  affiliatesCaught,
  affiliateStatus,
  applyScenarioToContext,
  evaluateScenario,
  isDesignatedAt,
  ownersOf,
  PATHWAYS,
  type Pathway,
  type ScenarioRules,
} from '../domain';
import { appError, ErrorCode } from '../errors';
import type { NodeRecord, RelRecord } from '../repositories/records';
import { comparePaths, type EvaluatedPath, type PathFilterInput } from '../services/path-service';
import { decodeCursor, encodeCursor, pageSize } from './pagination';

async function requireNode(ctx: AppContext, id: string, label: string, argument: string): Promise<NodeRecord> {
  const node = await ctx.loaders.node.load(id);
  if (!node || !node.labels.includes(label)) {
    throw appError(ErrorCode.NOT_FOUND, `no ${label} with id ${id}`, {
      problems: [{ path: [argument], message: `no ${label} with this id` }],
    });
  }
  return node;
}

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

/** The path nodes are complete node records: they save the loader a round trip. */
function prime(ctx: AppContext, paths: EvaluatedPath[]): void {
  for (const p of paths) for (const n of p.path.nodes) ctx.loaders.node.prime(n.id, n as unknown as NodeRecord);
}

function unionPathways(paths: EvaluatedPath[]): Pathway[] {
  const used = new Set(paths.flatMap((p) => p.pathways));
  return PATHWAYS.filter((w) => used.has(w));
}

function groupBy<K>(paths: EvaluatedPath[], key: (p: EvaluatedPath) => K): Map<K, EvaluatedPath[]> {
  const groups = new Map<K, EvaluatedPath[]>();
  for (const p of paths) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  return groups;
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
    ) => {
      const first = pageSize(args.first ?? 20, ctx.config.limits.maxPageSize);
      const asOf = args.asOf ?? ctx.today;
      const set = await checkedWith(
        [requireNode(ctx, args.from, 'Entity', 'from'), args.to ? requireNode(ctx, args.to, 'Chip', 'to') : null],
        ctx.paths.fromEntity(args.from, args.to ?? null, asOf, args.maxHops, args.filter),
      );
      prime(ctx, set.paths);
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
      await requireNode(ctx, args.from, 'Entity', 'from');
      const set = await ctx.paths.fromEntity(args.from, null, args.asOf ?? ctx.today, args.maxHops, args.filter);
      prime(ctx, set.paths);
      return [...groupBy(set.paths, (p) => p.chipId)].map(([chipId, paths]) => ({
        chip: chipId,
        bestPath: paths[0],
        pathCount: paths.length,
        restriction: paths[0]?.restriction,
        pathways: unionPathways(paths),
      }));
    },

    whoCanReach: async (
      _: unknown,
      args: PathArgs & { chip: string; onlyRestricted?: boolean | null },
      ctx: AppContext,
    ) => {
      const asOf = args.asOf ?? ctx.today;
      const filter = {
        ...(args.filter ?? {}),
        onlyRestricted: args.onlyRestricted === true || args.filter?.onlyRestricted === true,
      };
      const set = await checkedWith(
        [requireNode(ctx, args.chip, 'Chip', 'chip')],
        ctx.paths.toChip(args.chip, asOf, args.maxHops, filter),
      );
      prime(ctx, set.paths);
      const entities = [...groupBy(set.paths, (p) => p.originId)].map(([originId, paths]) => ({
        entity: originId,
        listed: isDesignatedAt(originId, asOf, set.context),
        restricted: paths[0]?.restriction.restricted ?? false,
        bestPath: paths[0],
        pathCount: paths.length,
        pathways: unionPathways(paths),
      }));
      const byPathway = PATHWAYS.map((pathway) => ({
        pathway,
        entities: entities.filter((e) => e.pathways.includes(pathway)),
      })).filter((g) => g.entities.length > 0);
      return { chip: args.chip, asOf, entities, byPathway, truncated: set.truncated };
    },

    restrictionStatus: async (
      _: unknown,
      args: { entity: string; chip: string; asOf?: string | null },
      ctx: AppContext,
    ) => {
      await requireNode(ctx, args.entity, 'Entity', 'entity');
      await requireNode(ctx, args.chip, 'Chip', 'chip');
      return ctx.paths.restriction(args.entity, args.chip, args.asOf ?? ctx.today);
    },

    effectiveOwnership: async (_: unknown, args: { entity: string; asOf?: string | null }, ctx: AppContext) => {
      await requireNode(ctx, args.entity, 'Entity', 'entity');
      const asOf = args.asOf ?? ctx.today;
      const context = await ctx.paths.context([args.entity]);
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
      const asOf = args.asOf ?? ctx.today;
      const candidates = await ctx.paths.ownedByDesignated();
      const context = await ctx.paths.context(candidates);
      return affiliatesCaught(asOf, context);
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
      const rules = toScenarioRules(args.rules);
      const chips = args.chips?.length ? args.chips : await ctx.paths.allChipIds();
      if (chips.length > ctx.config.limits.maxPageSize) {
        throw appError(ErrorCode.LIMIT_EXCEEDED, `a scenario covers at most ${ctx.config.limits.maxPageSize} chips`);
      }
      const sets = await Promise.all(chips.map((chip) => ctx.paths.toChip(chip, asOf, args.maxHops, null)));
      const origins = args.origins?.length ? new Set(args.origins) : null;
      const raw = sets
        .flatMap((s) => s.paths.map((p) => p.path))
        .filter((p) => !origins || origins.has(p.nodes[0]?.id ?? ''));
      const context = await ctx.paths.contextFor(
        raw,
        (rules.designate ?? []).map((d) => d.entityId),
      );
      const outcome = evaluateScenario(raw, rules, asOf, context);
      // Paths are shown as the scenario sees them: its hypothetical regulations and listings apply.
      const scenarioContext = applyScenarioToContext(context, rules);
      const evaluate = (judged: { path: (typeof raw)[number] }[]) =>
        ctx.paths.evaluate(
          judged.map((j) => j.path),
          asOf,
          scenarioContext,
        );
      const remaining = evaluate(outcome.remaining).sort(comparePaths);
      const cutPaths = evaluate(outcome.cut);
      const newlyRestricted = evaluate(outcome.newlyRestricted).sort(comparePaths);
      prime(ctx, [...remaining, ...cutPaths, ...newlyRestricted]);
      return {
        asOf,
        restrictedBefore: outcome.restrictedBefore,
        remaining,
        cut: outcome.cut.map((c, i) => ({ path: cutPaths[i], cuts: c.cuts })),
        newlyRestricted,
        entitiesLosingAllAccess: outcome.entitiesLosingAllAccess,
        truncated: sets.some((s) => s.truncated),
      };
    },
  },

  AccessPath: {
    origin: (p: EvaluatedPath, _: unknown, ctx: AppContext) => ctx.loaders.node.load(p.originId),
    chip: (p: EvaluatedPath, _: unknown, ctx: AppContext) => ctx.loaders.node.load(p.chipId),
    length: (p: EvaluatedPath) => p.path.rels.length,
    nodes: (p: EvaluatedPath) => p.path.nodes,
    steps: (p: EvaluatedPath) =>
      p.path.rels.map((r, index) => ({
        index,
        from: p.path.nodes[index],
        to: p.path.nodes[index + 1],
        relationship: { ...r, fromId: r.from, toId: r.to } as unknown as RelRecord,
      })),
    chipLocation: (p: EvaluatedPath, _: unknown, ctx: AppContext) =>
      p.chipLocation ? { ...p.chipLocation, node: ctx.loaders.node.load(p.chipLocation.nodeId) } : null,
    acquisition: (p: EvaluatedPath, _: unknown, ctx: AppContext) =>
      p.acquisition ? { ...p.acquisition, acquirer: ctx.loaders.node.load(p.acquisition.acquirerId) } : null,
  },
  ReachableChip: { chip: (r: { chip: string }, _: unknown, ctx: AppContext) => ctx.loaders.node.load(r.chip) },
  ReachingEntity: { entity: (r: { entity: string }, _: unknown, ctx: AppContext) => ctx.loaders.node.load(r.entity) },
  WhoCanReach: { chip: (r: { chip: string }, _: unknown, ctx: AppContext) => ctx.loaders.node.load(r.chip) },
  RestrictionReason: {
    regulation: (r: { regulationId?: string }, _: unknown, ctx: AppContext) =>
      r.regulationId ? ctx.loaders.node.load(r.regulationId) : null,
  },
  OwnerShare: { owner: (o: { entityId: string }, _: unknown, ctx: AppContext) => ctx.loaders.node.load(o.entityId) },
  EffectiveOwnership: {
    entity: (r: { entity: string }, _: unknown, ctx: AppContext) => ctx.loaders.node.load(r.entity),
    affiliatesRule: (r: { affiliatesRule: string | null }, _: unknown, ctx: AppContext) =>
      r.affiliatesRule ? ctx.loaders.node.load(r.affiliatesRule) : null,
    holdings: (r: { holdings: { rootId: string; asOf: string } }, _: unknown, ctx: AppContext) =>
      ctx.loaders.holdings.load(r.holdings),
  },
  AffiliateCatch: {
    listedOwners: (c: { owners: { entityId: string; share: number }[] }) => c.owners,
    entity: (c: { entityId: string }, _: unknown, ctx: AppContext) => ctx.loaders.node.load(c.entityId),
    regulation: (c: { regulationId: string }, _: unknown, ctx: AppContext) => ctx.loaders.node.load(c.regulationId),
  },
  ScenarioResult: {
    entitiesLosingAllAccess: (r: { entitiesLosingAllAccess: string[] }, _: unknown, ctx: AppContext) =>
      ctx.loaders.node.loadMany(r.entitiesLosingAllAccess),
  },
};

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
