import {
  ACCESS_TYPES,
  applyScenarioToContext,
  judgeByDate,
  restrictedForEveryChipAt,
  cutBy,
  isDesignatedAt,
  stepCuts,
  type Cut,
  type GraphNode,
  type IsoDate,
  type RestrictionContext,
  type ScenarioRules,
  type UnknownPlaces,
} from '../domain';
import { appError, ErrorCode, type InputProblem } from '../errors';
import { CHIP, CLOUD, DATA_CENTER, ENTITY, type AccessGraph } from '../reach/access-graph';
import { nodeMask, restrictedMask } from '../reach/restricted';
import { chipsReachedBy, reachMask, reachMasks, type StepRules } from '../reach/search';
import type { EvaluatedPath, PathService } from './path-service';

/** One restricted access under the scenario: an (origin, chip) pair, as node indexes. */
interface Access {
  origin: number;
  chip: number;
  /** Restricted for the origin without the scenario (real facts only). */
  before: boolean;
  /** Some path is left once the scenario's cuts are made. */
  remains: boolean;
  /** It remains only because a place the rule judges is unknown (ScenarioOutcome.undetermined). */
  undetermined: boolean;
}

/** What a scenario changes, over every (origin, chip) access: counts exact, lists paged by the resolvers. */
export interface ScenarioOutcome {
  asOf: IsoDate;
  chipCount: number;
  /** Accesses restricted for their origin without the scenario. */
  restrictedBefore: number;
  /** Accesses restricted under the scenario (the real restrictions plus the hypothetical ones). */
  restrictedAfter: number;
  remaining: AccessList;
  /**
   * Of the remaining, those left only because the graph does not know a provider's headquarters
   * or a data centre's country: the rule would close them if that place were one it names.
   */
  undetermined: AccessList;
  cut: AccessList;
  newlyRestricted: AccessList;
  /** In id order. */
  entitiesLosingAllAccess: string[];
}

/** One access as shown: its best path (before the cuts for a cut access, after them for a remaining one). */
export interface ShownAccess {
  path: EvaluatedPath;
  cuts: Cut[];
}

/** A scenario weighed: its outcome, and how to show one of its accesses. */
export interface ScenarioAnswer {
  outcome: ScenarioOutcome;
  show: (access: Access) => ShownAccess;
  graph: AccessGraph;
}

/** A list of accesses read a page at a time (what offset paging needs). */
export interface AccessList {
  length: number;
  slice(start: number, end: number): Access[];
}

/** Accesses as parallel arrays of small integers: compact, whatever their number. */
class AccessTable {
  private readonly origins: number[] = [];
  private readonly chips: number[] = [];
  private readonly flags: number[] = [];

  get size(): number {
    return this.origins.length;
  }

  add(origin: number, chip: number, before: boolean, remains: boolean, undetermined: boolean): void {
    this.origins.push(origin);
    this.chips.push(chip);
    this.flags.push((before ? 1 : 0) | (remains ? 2 : 0) | (undetermined ? 4 : 0));
  }

  private at(i: number): Access {
    const f = this.flags[i] ?? 0;
    return {
      origin: this.origins[i] ?? 0,
      chip: this.chips[i] ?? 0,
      before: (f & 1) === 1,
      remains: (f & 2) === 2,
      undetermined: (f & 4) === 4,
    };
  }

  forEach(visit: (a: Access) => void): void {
    for (let i = 0; i < this.size; i += 1) visit(this.at(i));
  }

  /** The accesses that pass `keep`, in the table's order, as a list read a page at a time. */
  where(keep: (a: Access) => boolean): AccessList {
    const picked: number[] = [];
    for (let i = 0; i < this.size; i += 1) if (keep(this.at(i))) picked.push(i);
    return { length: picked.length, slice: (start, end) => picked.slice(start, end).map((i) => this.at(i)) };
  }
}

/**
 * Weighs a proposed rule over accesses, not paths: for each chip, the entities that reach it
 * (reachability, complete), those for whom it is restricted with and without the scenario's
 * hypothetical facts, and which of them still reach it once the rule's cut steps are removed.
 * Whether a denying cloud cuts a step can depend on the customer; the searches are run once per
 * kind of customer (refused or not), never per entity.
 */
export class ScenarioService {
  constructor(private readonly paths: PathService) {}

  async evaluate(
    rules: ScenarioRules,
    asOf: IsoDate,
    chipIds: readonly string[] | null,
    originIds: readonly string[] | null,
    maxHops: number | null | undefined,
  ): Promise<ScenarioAnswer> {
    const scope = await this.paths.scope(null, asOf, maxHops);
    const { graph: g, context } = scope.snapshot;
    checkScenarioIds(g, rules, chipIds, originIds);
    const scenario = applyScenarioToContext(context, rules);
    const hypothetical = judgeByDate(scenario);
    // Restriction of every entity for each chip, as a byte per node (the domain's decision).
    const everyChipReal = nodeMask(g, restrictedForEveryChipAt(asOf, context));
    const everyChipScenario = nodeMask(g, restrictedForEveryChipAt(asOf, scenario));

    const chips = this.chipIndexes(g, chipIds);
    const origins = originIds?.length ? new Set(originIds.map((id) => g.index.get(id) ?? -1)) : null;
    const deny = rules.denyCloudProvidersHeadquarteredIn;

    const okAll = scope.ok;
    /**
     * Who still reaches each chip once the rule's cuts are made: a denying cloud's cut depends on
     * its kind of customer, so the searches are run per kind (all chips at once), never per entity.
     * A provider whose headquarters, or a data centre whose country, the graph does not know is
     * spared by the rule as the graph knows it (`spare`) and cut by the rule at its widest (`cut`):
     * an access left by the first and closed by the second is undetermined.
     */
    const survivorsWith = (places: UnknownPlaces) => {
      // Steps the rule cuts whoever the customer is, and those a denying cloud cuts for a refused customer.
      const staticCut = this.cutMask(g, rules, () => null, places);
      const okStatic = and(okAll, staticCut);
      const okDenied = deny
        ? and(
            okAll,
            this.cutMask(g, rules, () => 'refuses', places),
          )
        : okStatic;
      let deniedAll: Uint8Array[] | null = null;
      let staticAll: Uint8Array[] | null = null;
      const withoutDeniedSteps = (i: number) =>
        (deniedAll ??= reachMasks(g, chips, scope.rules, okDenied))[i] as Uint8Array;
      const withoutStaticCuts = (i: number) =>
        (staticAll ??= reachMasks(g, chips, scope.rules, okStatic))[i] as Uint8Array;
      const perRenter = new Map<number, Uint8Array>();
      const survivors = (chipIndex: number, chip: number, originId: string): Uint8Array => {
        if (!deny || deny.customers === 'ALL')
          return deny ? withoutDeniedSteps(chipIndex) : withoutStaticCuts(chipIndex);
        if (deny.seeThroughIntermediaries) {
          // The cloud judges the origin: restricted here by construction; listed or not.
          const refused = deny.customers === 'RESTRICTED' || isDesignatedAt(originId, asOf, scenario);
          return refused ? withoutDeniedSteps(chipIndex) : withoutStaticCuts(chipIndex);
        }
        // The cloud judges the renter: the same cuts whoever the origin is, for this chip.
        let kept = perRenter.get(chip);
        if (!kept) {
          const chipId = g.ids[chip] ?? '';
          const refusal = (renter: GraphNode) => {
            const refuses =
              deny.customers === 'LISTED'
                ? isDesignatedAt(renter.id, asOf, scenario)
                : hypothetical(renter.id, chipId, asOf);
            return refuses ? 'refuses' : null;
          };
          perRenter.set(
            chip,
            (kept = reachMask(g, chip, scope.rules, and(okAll, this.cutMask(g, rules, refusal, places)))),
          );
        }
        return kept;
      };
      return { okStatic, okDenied, survivors };
    };
    const known = survivorsWith('spare');
    const widest = unknownPlacesMatter(g, rules) ? survivorsWith('cut') : null;

    // Restricted accesses in typed form (a scenario over every chip can weigh millions), in the
    // order they are found: by chip, then by entity (node order is id order).
    const accesses = new AccessTable();
    let restrictedBefore = 0;
    // Who reaches each chip with every step: the searches of all the chips at once (reachMasks);
    // those with cuts only when some access needs them.
    const reachAll = reachMasks(g, chips, scope.rules, okAll);
    for (const [chipIndex, chip] of chips.entries()) {
      const chipId = g.ids[chip] ?? '';
      const reach = reachAll[chipIndex] as Uint8Array;
      const restrictedReal = restrictedMask(g, context, chipId, asOf, everyChipReal);
      const restrictedScenario = restrictedMask(g, scenario, chipId, asOf, everyChipScenario);
      for (let origin = 0; origin < g.nodeCount; origin += 1) {
        if (!reach[origin] || !((g.flags[origin] ?? 0) & ENTITY)) continue;
        if (origins && !origins.has(origin)) continue;
        const originId = g.ids[origin] ?? '';
        // The scenario only adds restrictions: restricted before means restricted under it too.
        const before = restrictedReal[origin] === 1;
        if (before) restrictedBefore += 1;
        if (!before && restrictedScenario[origin] !== 1) continue;
        const remains = known.survivors(chipIndex, chip, originId)[origin] === 1;
        const undetermined = remains && widest !== null && widest.survivors(chipIndex, chip, originId)[origin] !== 1;
        accesses.add(origin, chip, before, remains, undetermined);
      }
    }
    const { okStatic, okDenied } = known;
    const remaining = accesses.where((a) => a.remains);
    const cut = accesses.where((a) => !a.remains);
    const keeps = new Uint8Array(g.nodeCount);
    const cutOff = new Uint8Array(g.nodeCount);
    accesses.forEach((a) => {
      if (a.remains) keeps[a.origin] = 1;
      else cutOff[a.origin] = 1;
    });
    const losing: string[] = [];
    for (let n = 0; n < g.nodeCount; n += 1) if (cutOff[n] && !keeps[n]) losing.push(g.ids[n] ?? '');

    const outcome: ScenarioOutcome = {
      asOf,
      chipCount: chips.length,
      restrictedBefore,
      restrictedAfter: accesses.size,
      remaining,
      undetermined: accesses.where((a) => a.undetermined),
      cut,
      newlyRestricted: accesses.where((a) => !a.before),
      entitiesLosingAllAccess: losing,
    };

    const show = (access: Access): ShownAccess => {
      const ok = access.remains
        ? this.survivingSteps(g, access, okAll, okStatic, okDenied, rules, asOf, scenario)
        : okAll;
      const best = chipsReachedBy(g, access.origin, scope.rules, ok).find((r) => r.chip === access.chip);
      const path = this.paths.accessPath(g, best?.best ?? { nodes: [access.origin, access.chip], rels: [], up: [] });
      const [evaluated] = this.paths.evaluate([path], asOf, scenario, hypothetical);
      return { path: evaluated as EvaluatedPath, cuts: access.remains ? [] : cutBy(path, rules, asOf, scenario) };
    };
    return { outcome, show, graph: g };
  }

  /** The steps left to one access under the rule: those of its kind of customer. */
  private survivingSteps(
    g: AccessGraph,
    access: Access,
    okAll: Uint8Array,
    okStatic: Uint8Array,
    okDenied: Uint8Array,
    rules: ScenarioRules,
    asOf: IsoDate,
    scenario: RestrictionContext,
  ): Uint8Array {
    const deny = rules.denyCloudProvidersHeadquarteredIn;
    if (!deny || deny.customers === 'ALL') return deny ? okDenied : okStatic;
    const originId = g.ids[access.origin] ?? '';
    if (deny.seeThroughIntermediaries) {
      const refused = deny.customers === 'RESTRICTED' || isDesignatedAt(originId, asOf, scenario);
      return refused ? okDenied : okStatic;
    }
    const chipId = g.ids[access.chip] ?? '';
    const hypothetical = judgeByDate(scenario);
    return and(
      okAll,
      this.cutMask(g, rules, (renter) =>
        (
          deny.customers === 'LISTED'
            ? isDesignatedAt(renter.id, asOf, scenario)
            : hypothetical(renter.id, chipId, asOf)
        )
          ? 'refuses'
          : null,
      ),
    );
  }

  /**
   * A byte per relationship: 1 where the rule leaves the step open, with `refusal` deciding for
   * denying clouds and `places` for a place the graph does not know (stepCuts).
   */
  private cutMask(
    g: AccessGraph,
    rules: ScenarioRules,
    refusal: (renter: ReturnType<AccessGraph['node']>) => string | null,
    places: UnknownPlaces = 'spare',
  ) {
    const open = new Uint8Array(g.relCount);
    for (let r = 0; r < g.relCount; r += 1) {
      const rel = { type: ACCESS_TYPES[g.type[r] ?? 0] ?? 'OWNS', fromId: g.ids[g.from[r] ?? 0] ?? '' };
      const cuts = stepCuts(rel, g.node(g.from[r] ?? 0), g.node(g.to[r] ?? 0), 0, rules, refusal, places);
      open[r] = cuts.length === 0 ? 1 : 0;
    }
    return open;
  }

  private chipIndexes(g: AccessGraph, chipIds: readonly string[] | null): number[] {
    if (!chipIds?.length) {
      const all: number[] = [];
      for (let i = 0; i < g.nodeCount; i += 1) if ((g.flags[i] ?? 0) & CHIP) all.push(i);
      return all;
    }
    // Every id is a chip: checkScenarioIds refused the question otherwise.
    return chipIds.map((id) => g.index.get(id) as number);
  }
}

/**
 * Refuses a scenario naming what the graph does not hold (an unknown chip or origin, a
 * hypothetical designation of an unknown entity, coverage of an unknown chip): a typo would
 * otherwise make the rule a no-op that reads as an answer. One NOT_FOUND lists every such id.
 */
function checkScenarioIds(
  g: AccessGraph,
  rules: ScenarioRules,
  chipIds: readonly string[] | null,
  originIds: readonly string[] | null,
): void {
  const problems: InputProblem[] = [];
  const check = (id: string, flag: number, label: string, path: (string | number)[]) => {
    const i = g.index.get(id);
    if (i === undefined || !((g.flags[i] ?? 0) & flag)) problems.push({ path, message: `no ${label} with id ${id}` });
  };
  rules.designate?.forEach((d, i) => check(d.entityId, ENTITY, 'Entity', ['rules', 'designate', i, 'entity']));
  rules.addChipCoverage?.forEach((c, i) => check(c.chipId, CHIP, 'Chip', ['rules', 'addChipCoverage', i, 'chip']));
  chipIds?.forEach((id, i) => check(id, CHIP, 'Chip', ['chips', i]));
  originIds?.forEach((id, i) => check(id, ENTITY, 'Entity', ['origins', i]));
  if (problems.length > 0) throw appError(ErrorCode.NOT_FOUND, problems.map((p) => p.message).join('; '), { problems });
}

/**
 * Whether the rule judges a place the graph does not know: a denial of clouds by headquarters
 * with a cloud provider of neither headquarters nor country, or a block of data-centre countries
 * with a data centre of no country.
 */
function unknownPlacesMatter(g: AccessGraph, rules: ScenarioRules): boolean {
  const denies = rules.denyCloudProvidersHeadquarteredIn !== undefined;
  const blocks = (rules.blockDataCenterCountries ?? []).length > 0;
  for (let n = 0; n < g.nodeCount; n += 1) {
    const flags = g.flags[n] ?? 0;
    if (denies && flags & CLOUD && !g.headquarters[n] && !g.countries[n]) return true;
    if (blocks && flags & DATA_CENTER && !g.countries[n]) return true;
  }
  return false;
}

function and(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i += 1) out[i] = (a[i] ?? 0) & (b[i] ?? 0);
  return out;
}

export type { Access, StepRules };
