/**
 * The graph's vocabulary, in one place: labels, relationship types, confidence levels, kinds,
 * pathways and the other closed sets the answers speak in. Each is a list (its order means
 * something where a comment says so) and its type is read from the list, so code that walks a
 * set and code that checks a value against it cannot drift apart. The SDL enums of schema/ and
 * the per-type branches of cypher/ repeat these lists; test/unit/domain/vocabulary.test.ts
 * fails, naming the file, when they disagree.
 */

/** The labels of the nodes a dataset's `nodes` list holds. A CloudProvider node is an Entity too. */
export const NODE_LABELS = ['Entity', 'CloudProvider', 'DataCenter', 'Chip', 'Regulation'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Every domain label: the node labels and Source (sources are listed apart in a dataset). */
export const LABELS = [...NODE_LABELS, 'Source'] as const;
export type Label = (typeof LABELS)[number];

// Most specific first: a cloud provider also carries Entity, and no node has two of the others.
const SPECIFIC_FIRST: readonly Label[] = ['CloudProvider', 'Entity', 'DataCenter', 'Chip', 'Regulation', 'Source'];

/** The most specific domain label of a stored node (CloudProvider before Entity); null for none. */
export function primaryLabel(labels: readonly string[]): Label | null {
  return SPECIFIC_FIRST.find((label) => labels.includes(label)) ?? null;
}

/**
 * Relationship types that form access paths: each points from the party that gains access toward
 * the resource. A type's position here is its code in the reachability index (src/reach).
 */
export const ACCESS_TYPES = [
  'OWNS',
  'CONTROLS',
  'PROCURES_FROM',
  'RENTS_FROM',
  'OPERATES',
  'HOSTS',
  'ACQUIRED',
] as const;
export type AccessType = (typeof ACCESS_TYPES)[number];

/**
 * What a RENTS_FROM rents (its `serviceKind`; COMPUTE when a record gives none): COMPUTE is use
 * of the provider's servers, to run one's own work on its chips; MODEL is a model service (a
 * hosted model's API or tokens), run by the provider on chips the customer never uses. A MODEL
 * rental is recorded, with its sources, but is no access step (isAccessStep, src/domain/steps.ts).
 */
export const RENTAL_SERVICE_KINDS = ['COMPUTE', 'MODEL'] as const;
export type RentalServiceKind = (typeof RENTAL_SERVICE_KINDS)[number];

/** The access steps into a chip: none holds before the chip's releaseDate. */
export const STEPS_INTO_CHIP: readonly string[] = ['HOSTS', 'ACQUIRED'];

/** Relationship types shown and queried, but not access steps. */
export const CONTEXT_TYPES = ['FUNDS', 'MANUFACTURES', 'DESIGNATED_UNDER', 'RESTRICTS', 'SUPERSEDES'] as const;

export const RELATIONSHIP_TYPES = [...ACCESS_TYPES, ...CONTEXT_TYPES] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Which labels each relationship type may join (an Entity label matches cloud providers too). */
export const ENDPOINTS: Readonly<Record<RelationshipType, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }>> = {
  OWNS: { from: ['Entity'], to: ['Entity'] },
  CONTROLS: { from: ['Entity'], to: ['Entity'] },
  PROCURES_FROM: { from: ['Entity'], to: ['Entity'] },
  RENTS_FROM: { from: ['Entity'], to: ['CloudProvider', 'DataCenter'] },
  OPERATES: { from: ['Entity'], to: ['DataCenter'] },
  HOSTS: { from: ['DataCenter', 'CloudProvider'], to: ['Chip'] },
  ACQUIRED: { from: ['Entity'], to: ['Chip'] },
  FUNDS: { from: ['Entity'], to: ['Entity'] },
  MANUFACTURES: { from: ['Entity'], to: ['Chip'] },
  DESIGNATED_UNDER: { from: ['Entity'], to: ['Regulation'] },
  RESTRICTS: { from: ['Regulation'], to: ['Chip'] },
  SUPERSEDES: { from: ['Regulation'], to: ['Regulation'] },
};

/** How sure a reported fact is, strongest first: the order `meetsMinimum` and `weakest` use. */
export const CONFIDENCE_LEVELS = ['CONFIRMED', 'REPORTED', 'ALLEGED', 'DISPUTED'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const ENTITY_KINDS = ['COMPANY', 'UNIVERSITY', 'LAB', 'GOVERNMENT', 'BROKER', 'INVESTOR', 'PERSON'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const REGULATION_KINDS = [
  'EXPORT_CONTROL',
  'ENTITY_LISTING',
  'AFFILIATES_RULE',
  'PROPOSED_RULE',
  'LEGISLATION',
] as const;
export type RegulationKind = (typeof REGULATION_KINDS)[number];

/**
 * The ways a path reaches a chip, in the order classifications list them; a path may use several.
 * DIRECT, STOCKPILE, ORDINARY_PURCHASE and UNDATED_PURCHASE say how the purchase at the end of the
 * path is timed for the party that received the chips (classification.ts).
 */
export const PATHWAYS = [
  'CLOUD_RENTAL',
  'INTERMEDIARY',
  'SUBSIDIARY',
  'OFFSHORE_DATA_CENTER',
  'STOCKPILE',
  'DIRECT',
  'ORDINARY_PURCHASE',
  'UNDATED_PURCHASE',
] as const;
export type Pathway = (typeof PATHWAYS)[number];

/**
 * How a step goes: UP climbs from a controlled company to its controller (an OWNS or CONTROLS
 * relationship taken against its direction), DOWN goes from an owner or controller to the
 * company it holds, ALONG is any other step (procurement, rental, hosting, purchase).
 */
export const STEP_DIRECTIONS = ['UP', 'DOWN', 'ALONG'] as const;
export type StepDirection = (typeof STEP_DIRECTIONS)[number];

/** What holds the chips at the end of a path. */
export const LOCATION_KINDS = ['DATA_CENTER', 'CLOUD_PROVIDER', 'HOLDER'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** The step that says when a path's chips were bought: a purchase, or a host's installation. */
export const ACQUISITION_STEPS = ['ACQUIRED', 'HOSTS'] as const satisfies readonly AccessType[];
export type AcquisitionStep = (typeof ACQUISITION_STEPS)[number];

/** How a purchase is timed for a party: before or after a restriction applied to it, never, unknown. */
export const ACQUISITION_TIMINGS = ['BEFORE_RESTRICTION', 'AFTER_RESTRICTION', 'NOT_RESTRICTED', 'UNKNOWN'] as const;
export type AcquisitionTiming = (typeof ACQUISITION_TIMINGS)[number];

/** What a reaching entity is to the chip: it hosts it for others, holds it itself, or uses it through others. */
export const REACH_ROLES = ['HOST', 'HOLDER', 'USER'] as const;
export type ReachRole = (typeof REACH_ROLES)[number];

/** What changes an answer on a date (a timeline's events). */
export const TIMELINE_EVENT_KINDS = [
  'STEP_STARTS',
  'CHIP_RELEASED',
  'STEP_ENDS',
  'EVIDENCE_AGES',
  'RULE_TAKES_EFFECT',
  'RULE_SUSPENDED',
  'RULE_SUSPENSION_ENDS',
  'RULE_RESCINDED',
  'RULE_STATUS_UNKNOWN',
  'CHIP_COVERED',
  'CHIP_COVERAGE_ENDS',
  'LISTED',
  'LISTING_ENDS',
  'OWNERSHIP_STARTS',
  'OWNERSHIP_ENDS',
  'OTHER_PATHS',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

/** The periods a trend counts over. */
export const TREND_INTERVALS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

/** The rule of a scenario that closes a step. */
export const SCENARIO_RULES = ['CLOUD_DENIAL', 'DATA_CENTER_COUNTRY', 'INTERMEDIARY', 'SUBSIDIARY'] as const;
export type ScenarioRule = (typeof SCENARIO_RULES)[number];

/** Which customers a scenario's cloud providers refuse. */
export const SCENARIO_CUSTOMERS = ['ALL', 'RESTRICTED', 'LISTED'] as const;
export type ScenarioCustomers = (typeof SCENARIO_CUSTOMERS)[number];

/** What a revision did: the history's actions, written by src/curation, the import and match/record-not-same. */
export const REVISION_ACTIONS = [
  'CREATE',
  'UPDATE',
  'RETRACT',
  'RESTORE',
  'MERGE',
  'MERGED_INTO',
  'MOVE',
  'DROP',
  'NOT_SAME',
] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** Prefix of every id a scenario invents, so hypothetical facts never pass for real ones. */
export const SCENARIO_PREFIX = 'scenario:';
