import { chipOf, originOf, withPathEntities } from './paths';
import { chipRestrictedForCountry, restrictionStatus } from './restriction';
import { stepsOf, type Step } from './steps';
import type { AccessPath, GraphNode, IsoDate, RestrictionContext } from './types';
import { PATHWAYS, type AcquisitionStep, type AcquisitionTiming, type LocationKind, type Pathway } from './vocabulary';

/** Where the chips at the end of a path sit, as far as the graph knows. */
export interface ChipLocation {
  nodeId: string;
  /** null when the graph does not know it (a cloud provider's region, for example). */
  country: string | null;
  kind: LocationKind;
}

/**
 * When the chips at the end of a path were bought, and how that is timed for the party that
 * received them. `via` ACQUIRED: the path's purchase step; HOSTS: the host's installation.
 */
export interface Acquisition {
  via: AcquisitionStep;
  /** Who bought: the ACQUIRED step's buyer, or the host. */
  acquirerId: string;
  /** Who received the chips: the first party of the run of PROCURES_FROM steps before the purchase. */
  receiverId: string;
  /** The purchase (or installation) date; null when unknown. */
  date: IsoDate | null;
  /** The timing for the receiver: what the pathways follow. */
  timing: AcquisitionTiming;
  /** The timing for the acquirer, where it is another party than the receiver. */
  acquirerTiming: AcquisitionTiming | null;
}

export interface PathClassification {
  pathways: Pathway[];
  chipLocation: ChipLocation | null;
  /** Set when the path ends with an ACQUIRED or a HOSTS step. */
  acquisition?: Acquisition;
}

const isCloudOrDataCenter = (n: GraphNode): boolean =>
  n.labels.includes('CloudProvider') || n.labels.includes('DataCenter');

/**
 * Where the chip sits: the node of the last step into the chip.
 * - HOSTS from a DataCenter: DATA_CENTER, its country;
 * - HOSTS from anything else (a CloudProvider): CLOUD_PROVIDER, country unknown (null): the
 *   provider's country and headquarters say where the company is based, not in which region
 *   its servers are; a data centre on the path is what places chips in a country;
 * - ACQUIRED: HOLDER, the acquirer's country.
 * null when the path does not end with either step.
 */
export function chipLocation(path: AccessPath): ChipLocation | null {
  const last = stepsOf(path).at(-1);
  if (!last) return null;
  const country = last.from.country ?? null;
  if (last.type === 'HOSTS') {
    const inDataCenter = last.from.labels.includes('DataCenter');
    return {
      nodeId: last.from.id,
      country: inDataCenter ? country : null,
      kind: inDataCenter ? 'DATA_CENTER' : 'CLOUD_PROVIDER',
    };
  }
  if (last.type === 'ACQUIRED') return { nodeId: last.from.id, country, kind: 'HOLDER' };
  return null;
}

/**
 * The party that received the chips bought at step `purchase`: walking back from the purchase
 * over the run of PROCURES_FROM steps just before it (a reseller, agent or forwarder buys and
 * delivers to its customer), the first party of that run; the buyer itself when there is none.
 * Chips stay put along OWNS, CONTROLS and RENTS_FROM: a parent's or a renter's access does not
 * move them.
 */
export function receiverOf(steps: readonly Step[], purchase: Step): GraphNode {
  let first = purchase.index;
  while (first > 0 && steps[first - 1]?.type === 'PROCURES_FROM') first -= 1;
  return first === purchase.index ? purchase.from : (steps[first]?.from ?? purchase.from);
}

/** Whether a chip is restricted for an entity at a date (restrictionStatus, or a faster equivalent for many paths). */
export type RestrictedAt = (entityId: string, chipId: string, date: IsoDate) => boolean;

/** restrictionStatus over a context, as a RestrictedAt. */
export function restrictedIn(ctx: RestrictionContext): RestrictedAt {
  return (entityId, chipId, date) => restrictionStatus(entityId, chipId, date, ctx).restricted;
}

/**
 * How a purchase at `bought` is timed for `partyId`, judged at the query date `date`:
 * - bought unknown → UNKNOWN;
 * - the chip was restricted for the party when bought → AFTER_RESTRICTION (a likely violation);
 * - not then, but it is at `date` → BEFORE_RESTRICTION (a stockpile bought before the rule);
 * - restricted for it neither then nor now → NOT_RESTRICTED (an ordinary purchase).
 */
export function purchaseTiming(
  partyId: string,
  chipId: string,
  bought: IsoDate | null,
  date: IsoDate,
  restrictedAt: RestrictedAt,
): AcquisitionTiming {
  if (bought === null) return 'UNKNOWN';
  if (restrictedAt(partyId, chipId, bought)) return 'AFTER_RESTRICTION';
  return restrictedAt(partyId, chipId, date) ? 'BEFORE_RESTRICTION' : 'NOT_RESTRICTED';
}

/**
 * The purchase at the end of a path, timed for the party that received the chips (DOMAIN.md,
 * "Who the timing of a purchase is judged for"):
 * - an ACQUIRED step: bought on its date (startDate, else date: the step holds from the
 *   purchase); the receiver is found by receiverOf;
 * - a HOSTS step: installed on its startDate; the chips stay with the host, which is the
 *   receiver (a renter gets remote use).
 * undefined when the path ends with neither.
 */
export function acquisitionOf(
  path: AccessPath,
  date: IsoDate,
  ctx: RestrictionContext,
  restrictedAt: RestrictedAt = restrictedIn(withPathEntities(ctx, path)),
): Acquisition | undefined {
  const steps = stepsOf(path);
  const last = steps.at(-1);
  if (!last || (last.type !== 'ACQUIRED' && last.type !== 'HOSTS')) return undefined;
  const bought = last.rel.startDate ?? last.rel.date ?? null;
  const acquirer = last.from;
  const receiver = last.type === 'ACQUIRED' ? receiverOf(steps, last) : acquirer;
  const chipId = last.to.id;
  return {
    via: last.type,
    acquirerId: acquirer.id,
    receiverId: receiver.id,
    date: bought,
    timing: purchaseTiming(receiver.id, chipId, bought, date, restrictedAt),
    acquirerTiming:
      receiver.id === acquirer.id ? null : purchaseTiming(acquirer.id, chipId, bought, date, restrictedAt),
  };
}

/** The pathway a purchase's timing for its receiver gives. */
export const PURCHASE_PATHWAY: Record<AcquisitionTiming, Pathway> = {
  AFTER_RESTRICTION: 'DIRECT',
  BEFORE_RESTRICTION: 'STOCKPILE',
  NOT_RESTRICTED: 'ORDINARY_PURCHASE',
  UNKNOWN: 'UNDATED_PURCHASE',
};

/**
 * Classifies a path at `date`. Pathways, listed in the order of PATHWAYS:
 * - CLOUD_RENTAL: a RENTS_FROM step into a CloudProvider or a DataCenter;
 * - INTERMEDIARY: a PROCURES_FROM step;
 * - SUBSIDIARY: an OWNS or CONTROLS step, down to a subsidiary or up to a controller;
 * - OFFSHORE_DATA_CENTER: the chip is HOSTed by a DataCenter or a CloudProvider whose country is
 *   known and differs from the origin's (known) country, and no coverage regulation in force at
 *   `date` covers the chip for that country (chipRestrictedForCountry): the chips sit where they
 *   are not restricted;
 * - for an ACQUIRED step, by its timing for the receiver (acquisitionOf): DIRECT (bought while
 *   restricted for the receiver: a likely violation), STOCKPILE (bought before a restriction that
 *   applies now), ORDINARY_PURCHASE (never restricted for the receiver), UNDATED_PURCHASE (no
 *   purchase date);
 * - for a HOSTS step, only DIRECT and STOCKPILE: a host's installation is no step of the
 *   renter's, so an ordinary or undated one adds no pathway (acquisition still reports it).
 */
export function classifyPath(
  path: AccessPath,
  date: IsoDate,
  ctx: RestrictionContext,
  restrictedAt?: RestrictedAt,
): PathClassification {
  const steps = stepsOf(path);
  const found = new Set<Pathway>();
  for (const s of steps) {
    if (s.type === 'RENTS_FROM' && isCloudOrDataCenter(s.to)) found.add('CLOUD_RENTAL');
    if (s.type === 'PROCURES_FROM') found.add('INTERMEDIARY');
    if (s.type === 'OWNS' || s.type === 'CONTROLS') found.add('SUBSIDIARY');
  }

  const location = chipLocation(path);
  const originCountry = originOf(path)?.country ?? null;
  const chip = chipOf(path);
  if (
    location &&
    chip &&
    location.kind !== 'HOLDER' &&
    location.country !== null &&
    originCountry !== null &&
    location.country !== originCountry &&
    !chipRestrictedForCountry(chip.id, location.country, date, ctx)
  ) {
    found.add('OFFSHORE_DATA_CENTER');
  }

  const acquisition = acquisitionOf(path, date, ctx, restrictedAt);
  if (acquisition) {
    const pathway = PURCHASE_PATHWAY[acquisition.timing];
    if (acquisition.via === 'ACQUIRED' || pathway === 'DIRECT' || pathway === 'STOCKPILE') found.add(pathway);
  }

  const pathways = PATHWAYS.filter((p) => found.has(p));
  return acquisition ? { pathways, chipLocation: location, acquisition } : { pathways, chipLocation: location };
}
