import { isDesignatedAt } from './designations';
import { chipOf, originOf, pathValidAt, withPathEntities } from './paths';
import { compareIds } from './regulations';
import { restrictionStatus, type RestrictionStatus } from './restriction';
import type {
  AccessPath,
  ChipCoverage,
  Designation,
  GraphNode,
  RelRecord,
  IsoDate,
  Regulation,
  RestrictionContext,
} from './types';
import { SCENARIO_PREFIX, type ScenarioCustomers, type ScenarioRule } from './vocabulary';

/** A proposed rule set, as data. Every part is optional; an empty rule set changes nothing. */
export interface ScenarioRules {
  /** Cloud providers headquartered in these countries refuse some customers (e.g. US clouds' KYC). */
  denyCloudProvidersHeadquarteredIn?: {
    countries: string[];
    customers: ScenarioCustomers;
    /** Judge the path's origin instead of the account holder (default false here; the API defaults it to true). */
    seeThroughIntermediaries?: boolean;
  };
  /** No rental from, and no hosting in, data centres in these countries. */
  blockDataCenterCountries?: string[];
  /** PROCURES_FROM steps are cut. */
  blockIntermediaries?: boolean;
  /** OWNS / CONTROLS steps are cut (e.g. the affiliates rule enforced). */
  blockSubsidiaries?: boolean;
  /** A chip added to a (hypothetical) regulation from a date. */
  addChipCoverage?: { chipId: string; destinations: string[]; effective: IsoDate; regulationId?: string }[];
  /** Hypothetical Entity List designations. */
  designate?: { entityId: string; effective: IsoDate }[];
}

/** A step a rule closes. */
export interface Cut {
  stepIndex: number;
  rule: ScenarioRule;
  reason: string;
}

/** The hypothetical listing that `designate` entries are made under. */
export const SCENARIO_LISTING_ID = `${SCENARIO_PREFIX}entity-listing`;

const prefixed = (id: string): string => (id.startsWith(SCENARIO_PREFIX) ? id : `${SCENARIO_PREFIX}${id}`);

/**
 * The context as it would be under the scenario: the real facts plus
 * - for each `addChipCoverage` entry, an EXPORT_CONTROL regulation effective from `effective`
 *   covering `destinations`, with a RESTRICTS coverage of the chip from `effective`. Its id is
 *   `scenario:<regulationId>` (entries naming the same regulation share it: destinations are
 *   merged, effective is the earliest) or `scenario:coverage-<n>` (n = the entry's 1-based
 *   position) when no regulationId is given. A named real regulation lends its name and citation;
 *   the real one is left untouched.
 * - for each `designate` entry, a designation from `effective` (CONFIRMED) under the
 *   ENTITY_LISTING `scenario:entity-listing`, whose effective date is unknown, so that each
 *   designation applies from its own date.
 * Scenario facts only add restrictions: nothing real is removed.
 */
export function applyScenarioToContext(ctx: RestrictionContext, rules: ScenarioRules): RestrictionContext {
  const regulations = new Map(ctx.regulations);
  const coverage: ChipCoverage[] = [...ctx.coverage];
  const designations: Designation[] = [...ctx.designations];

  (rules.addChipCoverage ?? []).forEach((entry, i) => {
    const id = entry.regulationId ? prefixed(entry.regulationId) : `${SCENARIO_PREFIX}coverage-${i + 1}`;
    const existing = regulations.get(id);
    if (existing) {
      const destinations = [...new Set([...existing.destinations, ...entry.destinations])];
      const effective =
        existing.effective !== null && existing.effective < entry.effective ? existing.effective : entry.effective;
      regulations.set(id, { ...existing, destinations, effective });
    } else {
      const real = entry.regulationId ? ctx.regulations.get(entry.regulationId) : undefined;
      regulations.set(id, {
        id,
        name: real
          ? `${real.name} (scenario)`
          : `Scenario: ${entry.chipId} controlled for ${entry.destinations.join(', ')}`,
        kind: 'EXPORT_CONTROL',
        citation: real?.citation ?? null,
        effective: entry.effective,
        suspendedFrom: null,
        suspendedUntil: null,
        rescinded: null,
        destinations: [...new Set(entry.destinations)],
        headquarteredIn: [],
      });
    }
    coverage.push({ regulationId: id, chipId: entry.chipId, startDate: entry.effective, endDate: null });
  });

  if (rules.designate && rules.designate.length > 0) {
    const listing: Regulation = {
      id: SCENARIO_LISTING_ID,
      name: 'Scenario: hypothetical Entity List additions',
      kind: 'ENTITY_LISTING',
      citation: null,
      effective: null,
      suspendedFrom: null,
      suspendedUntil: null,
      rescinded: null,
      destinations: [],
      headquarteredIn: [],
    };
    regulations.set(listing.id, listing);
    for (const d of rules.designate) {
      designations.push({
        entityId: d.entityId,
        regulationId: listing.id,
        startDate: d.effective,
        endDate: null,
        confidence: 'CONFIRMED',
      });
    }
  }

  return { ...ctx, regulations, coverage, designations };
}

/** Whether the rule's `customers` clause refuses a customer, and why (null: it does not). */
export function cloudRefuses(
  customer: GraphNode,
  chipId: string,
  customers: ScenarioCustomers,
  date: IsoDate,
  ctx: RestrictionContext,
): string | null {
  if (customers === 'ALL') return 'refuses every customer';
  if (customers === 'LISTED') return isDesignatedAt(customer.id, date, ctx) ? `refuses ${customer.name}, listed` : null;
  return restrictionStatus(customer.id, chipId, date, ctx).restricted
    ? `refuses ${customer.name}, for whom ${chipId} is restricted`
    : null;
}

/**
 * How a rule treats a place the graph does not know (a cloud provider's headquarters, a data
 * centre's country): `spare` leaves the step open (the rule as the graph knows it), `cut` closes
 * it (the rule at its widest). Their difference is what a rule cannot be judged for.
 */
export type UnknownPlaces = 'spare' | 'cut';

/**
 * The cuts the scenario's blocking rules make on one step (from -rel-> to, in path order), in
 * the order of the rules below:
 * - CLOUD_DENIAL: a RENTS_FROM step into a CloudProvider whose headquarters (else country) is in
 *   `denyCloudProvidersHeadquarteredIn.countries`, when `refusal(renter)` gives a reason (the
 *   provider refuses the customer: see cutBy for who the customer is);
 * - DATA_CENTER_COUNTRY: a RENTS_FROM step into, or a HOSTS step from, a DataCenter whose
 *   country is in `blockDataCenterCountries`;
 * - INTERMEDIARY: a PROCURES_FROM step, with `blockIntermediaries`;
 * - SUBSIDIARY: an OWNS or CONTROLS step, down or up, with `blockSubsidiaries`.
 * A cloud of unknown headquarters (and country), or a data centre of unknown country, is
 * spared or cut as `places` says.
 */
export function stepCuts(
  rel: Pick<RelRecord, 'type'> & Partial<Pick<RelRecord, 'fromId'>>,
  from: GraphNode,
  to: GraphNode,
  stepIndex: number,
  rules: ScenarioRules,
  refusal: (renter: GraphNode) => string | null,
  places: UnknownPlaces = 'spare',
): Cut[] {
  const cuts: Cut[] = [];
  const deny = rules.denyCloudProvidersHeadquarteredIn;
  if (deny && rel.type === 'RENTS_FROM' && to.labels.includes('CloudProvider')) {
    const hq = to.headquarters ?? to.country ?? null;
    if (hq === null ? places === 'cut' : deny.countries.includes(hq)) {
      const refused = refusal(from);
      const where = hq === null ? 'headquarters unknown' : `headquartered in ${hq}`;
      if (refused) cuts.push({ stepIndex, rule: 'CLOUD_DENIAL', reason: `${to.name} (${where}) ${refused}` });
    }
  }

  const dataCenter = rel.type === 'RENTS_FROM' ? to : rel.type === 'HOSTS' ? from : null;
  if (dataCenter?.labels.includes('DataCenter') && (rules.blockDataCenterCountries ?? []).length > 0) {
    const dcCountry = dataCenter.country ?? null;
    if (dcCountry === null ? places === 'cut' : (rules.blockDataCenterCountries ?? []).includes(dcCountry)) {
      const where = dcCountry === null ? 'in a country not known' : `in ${dcCountry}`;
      cuts.push({ stepIndex, rule: 'DATA_CENTER_COUNTRY', reason: `data centre ${dataCenter.name} is ${where}` });
    }
  }

  if (rules.blockIntermediaries && rel.type === 'PROCURES_FROM') {
    cuts.push({ stepIndex, rule: 'INTERMEDIARY', reason: `${from.name} procures through ${to.name}` });
  }
  if (rules.blockSubsidiaries && (rel.type === 'OWNS' || rel.type === 'CONTROLS')) {
    const climbing = rel.fromId !== undefined && rel.fromId !== from.id;
    const verb = rel.type === 'OWNS' ? 'owns' : 'controls';
    cuts.push({
      stepIndex,
      rule: 'SUBSIDIARY',
      reason: climbing
        ? `access through ${to.name}, which ${verb} ${from.name}`
        : `access through ${to.name}, which ${from.name} ${verb}`,
    });
  }
  return cuts;
}

/**
 * The steps of `path` the scenario's blocking rules close at `date` (empty: the path survives),
 * by step index (stepCuts). A denying cloud judges its customer: the renter (the step's from
 * node), or the path's origin with `seeThroughIntermediaries` (a know-your-customer rule that
 * sees the ultimate customer); it refuses every customer (ALL), those for whom the path's chip
 * is restricted at date (RESTRICTED, restrictionStatus) or those with a designation that
 * applies at date (LISTED). `ctx` is used as given: pass applyScenarioToContext's result so
 * that hypothetical listings count (evaluateScenario does).
 */
export function cutBy(path: AccessPath, rules: ScenarioRules, date: IsoDate, ctx: RestrictionContext): Cut[] {
  const full = withPathEntities(ctx, path);
  const origin = originOf(path);
  const chipId = chipOf(path)?.id ?? '';
  const deny = rules.denyCloudProvidersHeadquarteredIn;
  const refusal = (renter: GraphNode) =>
    deny
      ? cloudRefuses(deny.seeThroughIntermediaries && origin ? origin : renter, chipId, deny.customers, date, full)
      : null;
  return path.rels.flatMap((rel, stepIndex) => {
    const from = path.nodes[stepIndex];
    const to = path.nodes[stepIndex + 1];
    return from && to ? stepCuts(rel, from, to, stepIndex, rules, refusal) : [];
  });
}

/** A restricted path judged under a scenario (`cuts` empty for the ones that remain). */
export interface ScenarioPath {
  path: AccessPath;
  originId: string;
  chipId: string;
  /** Restriction for the origin at the date, under the scenario's context. */
  restriction: RestrictionStatus;
  cuts: Cut[];
}

export interface ScenarioEvaluation {
  date: IsoDate;
  /** Paths restricted for their origin at the date without the scenario (real facts only). */
  restrictedBefore: number;
  /** Paths restricted for their origin under the scenario that no rule cuts. */
  remaining: ScenarioPath[];
  /** Paths restricted for their origin under the scenario that some rule cuts, with the cuts. */
  cut: ScenarioPath[];
  /** Paths restricted only because of the scenario's added coverage or designations (also in remaining or cut). */
  newlyRestricted: ScenarioPath[];
  /** Origins with at least one restricted path (remaining or cut) and none remaining, sorted. */
  entitiesLosingAllAccess: string[];
  /** Paths left out because some step did not hold at the date or is retracted. */
  skipped: AccessPath[];
}

/**
 * Weighs a scenario at one date, over paths as found in the graph:
 * - paths not valid at `date` (pathValidAt) are skipped;
 * - restricted = restrictionStatus(origin, chip, date) under applyScenarioToContext(ctx, rules)
 *   (the real restrictions plus the hypothetical ones);
 * - remaining = restricted paths with no cut (cutBy, judged under the scenario's context);
 *   cut = restricted paths with at least one cut;
 * - newlyRestricted = restricted under the scenario but not under `ctx`;
 * - restrictedBefore = number of paths restricted under `ctx` alone;
 * - entitiesLosingAllAccess = origins with ≥ 1 restricted path and no remaining one.
 * Unrestricted paths are neither remaining nor cut: the scenario is about restricted access.
 */
export function evaluateScenario(
  paths: readonly AccessPath[],
  rules: ScenarioRules,
  date: IsoDate,
  ctx: RestrictionContext,
): ScenarioEvaluation {
  const scenarioCtx = applyScenarioToContext(ctx, rules);
  const cache = new Map<string, { before: boolean; after: RestrictionStatus }>();
  const result: ScenarioEvaluation = {
    date,
    restrictedBefore: 0,
    remaining: [],
    cut: [],
    newlyRestricted: [],
    entitiesLosingAllAccess: [],
    skipped: [],
  };
  const hadRestricted = new Set<string>();
  const keepsAccess = new Set<string>();

  for (const path of paths) {
    const originId = originOf(path)?.id;
    const chipId = chipOf(path)?.id;
    if (originId === undefined || chipId === undefined || !pathValidAt(path, date)) {
      result.skipped.push(path);
      continue;
    }
    const key = `${originId}\u0000${chipId}`;
    let judged = cache.get(key);
    if (!judged) {
      judged = {
        before: restrictionStatus(originId, chipId, date, withPathEntities(ctx, path)).restricted,
        after: restrictionStatus(originId, chipId, date, withPathEntities(scenarioCtx, path)),
      };
      cache.set(key, judged);
    }
    if (judged.before) result.restrictedBefore += 1;
    if (!judged.after.restricted) continue;

    const judgedPath: ScenarioPath = {
      path,
      originId,
      chipId,
      restriction: judged.after,
      cuts: cutBy(path, rules, date, scenarioCtx),
    };
    hadRestricted.add(originId);
    if (judgedPath.cuts.length === 0) {
      result.remaining.push(judgedPath);
      keepsAccess.add(originId);
    } else {
      result.cut.push(judgedPath);
    }
    if (!judged.before) result.newlyRestricted.push(judgedPath);
  }

  result.entitiesLosingAllAccess = [...hadRestricted].filter((id) => !keepsAccess.has(id)).sort(compareIds);
  return result;
}
