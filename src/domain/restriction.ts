import { heldAt } from './dates';
import { groupedOnce } from './grouping';
import { designatedEntitiesAt, designationsAt, isDesignatedAt } from './designations';
import { affiliatesCaught, affiliateStatus, type OwnerShare } from './ownership';
import { COVERAGE_KINDS, regulationsInForce, statusUnverified } from './regulations';
import { addDays } from './timeline';
import type { ChipCoverage, GraphNode, IsoDate, Regulation, RestrictionContext } from './types';
import type { RestrictedAt } from './classification';
import { SCENARIO_PREFIX } from './vocabulary';

/** A regulation in force covers the chip for the entity's country or headquarters. */
export interface RegulationReason {
  kind: 'REGULATION';
  regulationId: string;
  citation: string | null;
  basis: 'DESTINATION' | 'HEADQUARTERS';
  /** The country that brings the entity under the rule. */
  country: string;
}

/** The entity is on the Entity List: every item subject to the EAR, so every chip. */
export interface DesignationReason {
  kind: 'DESIGNATION';
  regulationId: string;
  citation: string | null;
  /** The designation's start date (null when unknown). */
  since: IsoDate | null;
}

/** Listed parties own 50% or more of the entity in aggregate while the affiliates rule is in force. */
export interface AffiliateReason {
  kind: 'AFFILIATE';
  regulationId: string;
  citation: string | null;
  owners: Pick<OwnerShare, 'entityId' | 'share' | 'unknownChains'>[];
  aggregateShare: number;
}

/** What every reason says besides its kind: whether the regulation's status at the date is unverified. */
interface Verifiable {
  /** The regulation's status at the date is past what the graph knows (statusUnverified). */
  unverified: boolean;
  /** A scenario's regulation (its id starts with SCENARIO_PREFIX): not in the graph, so the reason carries it. */
  hypothetical?: Regulation;
}

/** The reason's `hypothetical` field for a regulation a scenario invented; nothing for a real one. */
function hypotheticalOf(regulation: Regulation): Pick<Verifiable, 'hypothetical'> {
  return regulation.id.startsWith(SCENARIO_PREFIX) ? { hypothetical: regulation } : {};
}

export type RestrictionReason = (RegulationReason | DesignationReason | AffiliateReason) & Verifiable;

export interface RestrictionStatus {
  restricted: boolean;
  reasons: RestrictionReason[];
  /** Some reason rests on a regulation whose status at the date is unverified, or placeUnknown. */
  unverified: boolean;
  /** The entity's country and headquarters are unknown while a rule covers the chip: that rule cannot be judged for it. */
  placeUnknown: boolean;
}

/**
 * The coverage regulations (EXPORT_CONTROL, and PROPOSED_RULE / LEGISLATION once they carry an
 * effective date) in force at `date` with a RESTRICTS coverage of `chipId` held at `date`.
 */
export function regulationsCoveringChip(chipId: string, date: IsoDate, ctx: RestrictionContext): readonly Regulation[] {
  // Worked out once per coverage list, regulations, chip and date: a request judges many paths.
  let byRegulations = coveringMemo.get(ctx.coverage);
  if (!byRegulations) coveringMemo.set(ctx.coverage, (byRegulations = new WeakMap()));
  let byKey = byRegulations.get(ctx.regulations);
  if (!byKey) byRegulations.set(ctx.regulations, (byKey = new Map()));
  const key = `${chipId}|${date}`;
  let found = byKey.get(key);
  if (!found) {
    const covering = new Set(
      (coverageOfChip(ctx.coverage).get(chipId) ?? []).filter((c) => heldAt(c, date)).map((c) => c.regulationId),
    );
    found = coverageRegulationsInForce(ctx.regulations, date).filter((r) => covering.has(r.id));
    // One array per set of regulations, so that what is worked out from it is worked out once.
    let same = sameRegulations.get(ctx.regulations);
    if (!same) sameRegulations.set(ctx.regulations, (same = new Map()));
    const ids = found.map((r) => r.id).join('\n');
    const kept = same.get(ids);
    if (kept) found = kept;
    else same.set(ids, found);
    byKey.set(key, found);
  }
  return found;
}

/** The coverage regulations in force at `date`, worked out once per regulations and date. */
function coverageRegulationsInForce(regulations: ReadonlyMap<string, Regulation>, date: IsoDate): Regulation[] {
  let byDate = inForceMemo.get(regulations);
  if (!byDate) inForceMemo.set(regulations, (byDate = new Map()));
  let found = byDate.get(date);
  if (!found) byDate.set(date, (found = regulationsInForce(regulations.values(), COVERAGE_KINDS, date)));
  return found;
}

const inForceMemo = new WeakMap<ReadonlyMap<string, Regulation>, Map<IsoDate, Regulation[]>>();

/** A coverage list's entries by chip (a count asks of thousands of dates). */
function coverageOfChip(coverage: readonly ChipCoverage[]): Map<string, ChipCoverage[]> {
  return groupedOnce(coverage, (c) => c.chipId, coverageByChip);
}

const coverageByChip = new WeakMap<readonly ChipCoverage[], Map<string, ChipCoverage[]>>();

const sameRegulations = new WeakMap<ReadonlyMap<string, Regulation>, Map<string, Regulation[]>>();

const coveringMemo = new WeakMap<
  readonly ChipCoverage[],
  WeakMap<ReadonlyMap<string, Regulation>, Map<string, Regulation[]>>
>();

/**
 * Whether the chip is restricted for a *place* at `date`: some regulation covering the chip at
 * date (regulationsCoveringChip) lists `country` among its destinations. Used for where chips
 * sit; a place has no headquarters, so only the destination basis applies.
 */
export function chipRestrictedForCountry(
  chipId: string,
  country: string,
  date: IsoDate,
  ctx: RestrictionContext,
): boolean {
  return chipCoverageAt(chipId, date, ctx).destinations.has(country);
}

/** The REGULATION reasons for an entity: destination basis first, one reason per regulation. */
function regulationReasons(
  entity: GraphNode | undefined,
  chipId: string,
  date: IsoDate,
  ctx: RestrictionContext,
): (RegulationReason & Verifiable)[] {
  if (!entity) return [];
  const country = entity.country ?? null;
  const hq = entity.headquarters ?? null;
  const out: (RegulationReason & Verifiable)[] = [];
  for (const reg of regulationsCoveringChip(chipId, date, ctx)) {
    const base = {
      kind: 'REGULATION' as const,
      regulationId: reg.id,
      citation: reg.citation,
      unverified: statusUnverified(reg, date),
      ...hypotheticalOf(reg),
    };
    if (country !== null && reg.destinations.includes(country)) out.push({ ...base, basis: 'DESTINATION', country });
    else if (hq !== null && reg.headquarteredIn.includes(hq)) out.push({ ...base, basis: 'HEADQUARTERS', country: hq });
    else if (country !== null && reg.headquarteredIn.includes(country))
      out.push({ ...base, basis: 'HEADQUARTERS', country });
  }
  return out;
}

/**
 * Whether `chipId` is restricted for `entityId` at `date`, and every reason why:
 * - REGULATION: a coverage regulation (EXPORT_CONTROL; PROPOSED_RULE / LEGISLATION only with an
 *   effective date) is in force at date (isInForce), has a RESTRICTS coverage of the chip held at
 *   date (heldAt), and its destinations contain the entity's country (basis DESTINATION), or its
 *   headquarteredIn contains the entity's headquarters or country (basis HEADQUARTERS). One reason
 *   per regulation, DESTINATION preferred when both match.
 * - DESIGNATION: the entity has a designation that applies at date (designationApplies: held at
 *   date, under an ENTITY_LISTING in force, a listing without effective date being in force from
 *   the designation's start). A listing restricts every chip (all items subject to the EAR).
 * - AFFILIATE: an AFFILIATES_RULE is in force at date and listed parties own ≥ 50% of the entity
 *   in aggregate at date (affiliateStatus). It too restricts every chip.
 * restricted = at least one reason. The entity's country and headquarters come from
 * ctx.entities; an entity missing there can still be restricted by designation or ownership.
 */
export function restrictionStatus(
  entityId: string,
  chipId: string,
  date: IsoDate,
  ctx: RestrictionContext,
): RestrictionStatus {
  const reasons: RestrictionReason[] = regulationReasons(ctx.entities.get(entityId), chipId, date, ctx);
  for (const { designation, regulation } of designationsAt(entityId, date, ctx)) {
    if (reasons.some((r) => r.kind === 'DESIGNATION' && r.regulationId === regulation.id)) continue;
    reasons.push({
      kind: 'DESIGNATION',
      regulationId: regulation.id,
      citation: regulation.citation,
      since: designation.startDate,
      // A listing whose date the graph does not know (neither the designation's nor the
      // listing's) is taken to apply since ever: true as far as the graph goes, not verified.
      unverified: statusUnverified(regulation, date) || (!designation.startDate && !regulation.effective),
      ...hypotheticalOf(regulation),
    });
  }
  // The ownership walk is only worth its cost while an affiliates rule is in force.
  const affiliatesRuleInForce = regulationsInForce(ctx.regulations.values(), ['AFFILIATES_RULE'], date).length > 0;
  const affiliate = affiliatesRuleInForce ? affiliateStatus(entityId, date, ctx) : null;
  if (affiliate?.caught) {
    for (const rule of affiliate.rules) {
      reasons.push({
        kind: 'AFFILIATE',
        regulationId: rule.id,
        citation: rule.citation,
        owners: affiliate.listedOwners.map((o) => ({
          entityId: o.entityId,
          share: o.share,
          unknownChains: o.unknownChains,
        })),
        aggregateShare: affiliate.aggregateShare,
        unverified: statusUnverified(rule, date),
        ...hypotheticalOf(rule),
      });
    }
  }
  // Neither the country nor the headquarters known: no rule's destinations can be judged for the
  // entity, so "not restricted by a rule covering the chip" is not a finding.
  const entity = ctx.entities.get(entityId);
  const placeUnknown =
    entity !== undefined &&
    !entity.country &&
    !entity.headquarters &&
    regulationsCoveringChip(chipId, date, ctx).length > 0;
  return {
    restricted: reasons.length > 0,
    reasons,
    unverified: placeUnknown || reasons.some((r) => r.unverified),
    placeUnknown,
  };
}

/**
 * Whether an entity is restricted for every chip at `date`, for many entities: listed then, or
 * caught by the affiliates rule in force. Worked out per entity when first asked (most entities
 * of an answer never are).
 */
export function everyChipJudge(date: IsoDate, ctx: RestrictionContext): (entityId: string) => boolean {
  const affiliatesInForce = regulationsInForce(ctx.regulations.values(), ['AFFILIATES_RULE'], date).length > 0;
  // Without the affiliates rule the answer is a look at the entity's own designations: nothing to keep.
  if (!affiliatesInForce) return (entityId) => isDesignatedAt(entityId, date, ctx);
  const wholesale = new Map<string, boolean>();
  let listed: Set<string> | null = null;
  return (entityId) => {
    let answer = wholesale.get(entityId);
    if (answer === undefined) {
      answer = isDesignatedAt(entityId, date, ctx);
      if (!answer) {
        listed ??= designatedEntitiesAt(date, ctx);
        answer = affiliateStatus(entityId, date, ctx, listed).caught;
      }
      wholesale.set(entityId, answer);
    }
    return answer;
  };
}

/**
 * Whether a chip is restricted for an entity, for many pairs at one date: the same decision as
 * restrictionStatus(...).restricted, with what does not depend on the pair worked out once
 * (listed parties, the affiliates rule's catches, each chip's covered countries).
 */
export function restrictionJudge(
  date: IsoDate,
  ctx: RestrictionContext,
): (entityId: string, chipId: string) => boolean {
  const restrictedForEveryChip = everyChipJudge(date, ctx);
  const covered = new Map<string, ChipCoverageAt>();
  return (entityId, chipId) => {
    const entity = ctx.entities.get(entityId);
    if (entity) {
      let coverage = covered.get(chipId);
      if (!coverage) covered.set(chipId, (coverage = chipCoverageAt(chipId, date, ctx)));
      if (coverageCatches(entity, coverage)) return true;
    }
    return restrictedForEveryChip(entityId);
  };
}

/**
 * restrictionStatus(...).restricted for many (entity, chip) pairs: one restrictionJudge per
 * date (a path's purchases are judged at their own dates), built when first asked for.
 */
export function judgeByDate(context: RestrictionContext): RestrictedAt {
  const judges = new Map<IsoDate, ReturnType<typeof restrictionJudge>>();
  return (entityId, chipId, date) => {
    let judge = judges.get(date);
    if (!judge) judges.set(date, (judge = restrictionJudge(date, context)));
    return judge(entityId, chipId);
  };
}

/** Where a chip is restricted at a date, by place: destination countries, and headquarters countries. */
export interface ChipCoverageAt {
  destinations: ReadonlySet<string>;
  headquarters: ReadonlySet<string>;
}

/** The countries whose entities a chip is restricted for at `date` (the REGULATION basis). */
export function chipCoverageAt(chipId: string, date: IsoDate, ctx: RestrictionContext): ChipCoverageAt {
  const regs = regulationsCoveringChip(chipId, date, ctx);
  let coverage = coverageOfRegulations.get(regs);
  if (!coverage) {
    coverage = {
      destinations: new Set(regs.flatMap((r) => r.destinations)),
      headquarters: new Set(regs.flatMap((r) => r.headquarteredIn)),
    };
    coverageOfRegulations.set(regs, coverage);
  }
  return coverage;
}

const coverageOfRegulations = new WeakMap<readonly Regulation[], ChipCoverageAt>();

/**
 * The dates on which a chip's coverage (chipCoverageAt) may change, sorted: it is the same at
 * any two dates with no change date in (earlier, later]. They are the days each bound of
 * regulationsCoveringChip's tests starts to hold or stops holding: a coverage's start and the
 * day after its end (both inclusive), and a coverage regulation's effective, rescinded,
 * suspendedFrom and suspendedUntil dates. A count that judges purchases at thousands of dates
 * works the coverage out once per span between them.
 */
export function chipCoverageChanges(chipId: string, ctx: RestrictionContext): IsoDate[] {
  const changes = new Set<IsoDate>();
  const add = (date: IsoDate | null | undefined) => {
    if (date) changes.add(date);
  };
  for (const c of coverageOfChip(ctx.coverage).get(chipId) ?? []) {
    add(c.startDate);
    if (c.endDate) add(addDays(c.endDate, 1));
  }
  for (const reg of ctx.regulations.values()) {
    if (!COVERAGE_KINDS.includes(reg.kind)) continue;
    add(reg.effective);
    add(reg.rescinded);
    add(reg.suspendedFrom);
    add(reg.suspendedUntil);
  }
  return [...changes].sort();
}

/**
 * Whether a chip's coverage catches an entity by its place (regulationReasons' decision): its
 * country is a destination, or its headquarters or country is a covered headquarters country.
 */
export function coverageCatches(
  entity: Pick<GraphNode, 'country' | 'headquarters'>,
  coverage: ChipCoverageAt,
): boolean {
  const country = entity.country ?? null;
  const hq = entity.headquarters ?? null;
  return (
    (country !== null && (coverage.destinations.has(country) || coverage.headquarters.has(country))) ||
    (hq !== null && coverage.headquarters.has(hq))
  );
}

/** Entities restricted for every chip at `date`: listed then, or caught by an affiliates rule in force. */
export function restrictedForEveryChipAt(date: IsoDate, ctx: RestrictionContext): Set<string> {
  const out = designatedEntitiesAt(date, ctx);
  for (const caught of affiliatesCaught(date, ctx)) out.add(caught.entityId);
  return out;
}
