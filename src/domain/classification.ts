import { chipOf, originOf, withPathEntities } from './paths';
import { chipRestrictedForCountry, restrictionStatus } from './restriction';
import type { AccessPath, GraphNode, IsoDate, Pathway, RestrictionContext } from './types';

/** Every pathway, in the order classifications list them. */
export const PATHWAYS: readonly Pathway[] = [
  'CLOUD_RENTAL',
  'INTERMEDIARY',
  'SUBSIDIARY',
  'OFFSHORE_DATA_CENTER',
  'STOCKPILE',
  'DIRECT',
];

export type LocationKind = 'DATA_CENTER' | 'CLOUD_PROVIDER' | 'HOLDER';

/** Where the chips at the end of a path sit, as far as the graph knows. */
export interface ChipLocation {
  nodeId: string;
  /** null when the graph does not know it (a cloud provider's region, for example). */
  country: string | null;
  kind: LocationKind;
}

export type AcquisitionTiming = 'BEFORE_RESTRICTION' | 'AFTER_RESTRICTION' | 'NOT_RESTRICTED' | 'UNKNOWN';

export interface Acquisition {
  acquirerId: string;
  date: IsoDate | null;
  timing: AcquisitionTiming;
}

export interface PathClassification {
  pathways: Pathway[];
  chipLocation: ChipLocation | null;
  /** Set when the path has an ACQUIRED step. */
  acquisition?: Acquisition;
}

/** One step with its endpoints, read by position (nodes[i] -rels[i]-> nodes[i+1]). */
interface Step {
  index: number;
  type: string;
  from: GraphNode;
  to: GraphNode;
}

function stepsOf(path: AccessPath): Step[] {
  const steps: Step[] = [];
  path.rels.forEach((rel, index) => {
    const from = path.nodes[index];
    const to = path.nodes[index + 1];
    if (from && to) steps.push({ index, type: rel.type, from, to });
  });
  return steps;
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
 * Timing of the path's (last) ACQUIRED step, judged for the acquirer (the step's from node) at
 * the acquisition date d = rel.date, else rel.startDate:
 * - d unknown → UNKNOWN;
 * - chip restricted for the acquirer at d → AFTER_RESTRICTION (bought while restricted: a
 *   likely violation);
 * - not restricted at d, but restricted at `date` for the acquirer or the path's origin →
 *   BEFORE_RESTRICTION (a stockpile bought before the rule and used or rented out after it);
 * - restricted for neither → NOT_RESTRICTED (a plain purchase, no violation implied).
 */
export function acquisitionOf(path: AccessPath, date: IsoDate, ctx: RestrictionContext): Acquisition | undefined {
  const step = stepsOf(path)
    .filter((s) => s.type === 'ACQUIRED')
    .at(-1);
  if (!step) return undefined;
  const rel = path.rels[step.index];
  const acquired = rel?.date ?? rel?.startDate ?? null;
  const acquirerId = step.from.id;
  const chipId = step.to.id;
  if (acquired === null) return { acquirerId, date: null, timing: 'UNKNOWN' };
  const full = withPathEntities(ctx, path);
  if (restrictionStatus(acquirerId, chipId, acquired, full).restricted) {
    return { acquirerId, date: acquired, timing: 'AFTER_RESTRICTION' };
  }
  const originId = originOf(path)?.id;
  const restrictedNow =
    restrictionStatus(acquirerId, chipId, date, full).restricted ||
    (originId !== undefined && originId !== acquirerId && restrictionStatus(originId, chipId, date, full).restricted);
  return { acquirerId, date: acquired, timing: restrictedNow ? 'BEFORE_RESTRICTION' : 'NOT_RESTRICTED' };
}

/**
 * Classifies a path at `date`. Pathways, listed in the order of PATHWAYS:
 * - CLOUD_RENTAL: a RENTS_FROM step into a CloudProvider or a DataCenter;
 * - INTERMEDIARY: a PROCURES_FROM step;
 * - SUBSIDIARY: an OWNS or CONTROLS step (access through an owned or controlled entity);
 * - OFFSHORE_DATA_CENTER: the chip is HOSTed by a DataCenter or a CloudProvider whose country is
 *   known and differs from the origin's (known) country, and no coverage regulation in force at
 *   `date` covers the chip for that country (chipRestrictedForCountry): the chips sit where they
 *   are not restricted;
 * - STOCKPILE: an ACQUIRED step timed BEFORE_RESTRICTION (see acquisitionOf);
 * - DIRECT: an ACQUIRED step timed AFTER_RESTRICTION (a likely violation), NOT_RESTRICTED (a plain
 *   purchase) or UNKNOWN (no acquisition date); `acquisition.timing` tells them apart.
 */
export function classifyPath(path: AccessPath, date: IsoDate, ctx: RestrictionContext): PathClassification {
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

  const acquisition = acquisitionOf(path, date, ctx);
  if (acquisition) found.add(acquisition.timing === 'BEFORE_RESTRICTION' ? 'STOCKPILE' : 'DIRECT');

  const pathways = PATHWAYS.filter((p) => found.has(p));
  return acquisition ? { pathways, chipLocation: location, acquisition } : { pathways, chipLocation: location };
}
