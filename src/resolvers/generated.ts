import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeRecord } from '../repositories/records';
import type { RelRecord, Step, ChipLocation as ChipLocationModel, Acquisition as AcquisitionModel, RestrictionReason as RestrictionReasonModel, AffiliateCatch as AffiliateCatchModel, TimelineEvent as TimelineEventModel, AccessTrends as AccessTrendsModel } from '../domain';
import type { Holding as HoldingModel } from '../loaders';
import type { EvaluatedPath, Restriction as RestrictionModel, ReachedChip, Reach } from '../services/path-service';
import type { ScenarioAnswer, ShownAccess } from '../services/scenario-service';
import type { OwnerShareModel, AccessPathPage, WhoCanReachPage, EffectiveOwnershipModel, RoutePeriod } from './models';
import type { RouteTimeline as RouteTimelineModel, AccessTimeline as AccessTimelineModel } from '../services/timeline-service';
import type { RuleImpact as RuleImpactModel, ImpactGroup as ImpactGroupModel, ImpactAccess as ImpactAccessModel, LaterClosure as LaterClosureModel } from '../services/rule-impact-service';
import type { GraphView, ViewNode, ViewEdge } from '../graph/view';
import type { AppContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 3166-1 alpha-2 country code, e.g. CN, US, AU (graphql-scalars CountryCode). */
  CountryCode: { input: string; output: string; }
  /** An ISO 8601 calendar date, YYYY-MM-DD (graphql-scalars LocalDate). */
  Date: { input: string; output: string; }
  /** An ISO 8601 date-time in UTC (graphql-scalars DateTime). */
  DateTime: { input: Date | string; output: Date | string; }
  /** A JSON object (graphql-scalars JSONObject): properties of a node or relationship. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** An absolute URL (graphql-scalars URL). */
  URL: { input: URL | string; output: URL | string; }
};

/**
 * A directed access path from an entity to a chip, valid at asOf (every step held then).
 * Confidence: the score is the product of step weights (CONFIRMED 1.0, REPORTED 0.8, ALLEGED 0.5,
 * DISPUTED 0.25); the level is the weakest step's.
 */
export type AccessPath = {
  __typename?: 'AccessPath';
  /** Set when the path ends with an ACQUIRED or a HOSTS step. */
  acquisition?: Maybe<Acquisition>;
  chip: Chip;
  chipLocation?: Maybe<ChipLocation>;
  confidence: Confidence;
  confidenceScore: Scalars['Float']['output'];
  /** How old its evidence is at asOf, and whether it is stale. */
  evidence: PathEvidence;
  /** Stable id: the relationship ids joined by '>'. */
  id: Scalars['ID']['output'];
  length: Scalars['Int']['output'];
  nodes: Array<Node>;
  origin: Party;
  pathways: Array<Pathway>;
  /** Whether the chip is restricted for the origin at asOf, and why. */
  restriction: Restriction;
  steps: Array<PathStep>;
};

export type AccessPathConnection = {
  __typename?: 'AccessPathConnection';
  /** The paths of this page as one graph (whole paths only; `limit`: 200 by default, at most 1000 nodes). */
  graph: Graph;
  nodes: Array<AccessPath>;
  pageInfo: PageInfo;
  /** Paths matching the filter (at most the path cap: a lower bound when truncated). */
  totalCount: Scalars['Int']['output'];
  /** True when the path cap (MAX_PATHS) or the listing's work budget was reached: there may be more paths than counted. */
  truncated: Scalars['Boolean']['output'];
};


export type AccessPathConnectionGraphArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** The relationship types a path may follow. */
export type AccessRelationshipType =
  | 'ACQUIRED'
  | 'CONTROLS'
  | 'HOSTS'
  | 'OPERATES'
  | 'OWNS'
  | 'PROCURES_FROM'
  | 'RENTS_FROM';

/**
 * Every route of a question over a window of dates. It is asked at the window's start and at each
 * date on which the answer can change (`dates`), so on any day of the window the routes holding
 * are exactly what accessPaths (or whoCanReach, with only `to`) answers for that day.
 */
export type AccessTimeline = {
  __typename?: 'AccessTimeline';
  /** The dates the answer was asked at: the window's start and every date of change in it. */
  dates: Array<Scalars['Date']['output']>;
  end: Scalars['Date']['output'];
  /** Every event that opens or closes a period, by date. */
  events: Array<TimelineEvent>;
  /** The timeline as a file (also GET /export/timeline.csv or /export/timeline.json). */
  export: Scalars['String']['output'];
  routes: Array<RouteTimeline>;
  start: Scalars['Date']['output'];
  /** On some date the path listing hit the path cap or its work budget: routes may be missing. */
  truncated: Scalars['Boolean']['output'];
};


/**
 * Every route of a question over a window of dates. It is asked at the window's start and at each
 * date on which the answer can change (`dates`), so on any day of the window the routes holding
 * are exactly what accessPaths (or whoCanReach, with only `to`) answers for that day.
 */
export type AccessTimelineExportArgs = {
  format: SeriesFormat;
};

export type AccessTrends = {
  __typename?: 'AccessTrends';
  chips: Array<Chip>;
  /**
   * Every rule event in the window, and the release of each of the trend's chips (CHIP_RELEASED,
   * with no relationship: no step into the chip holds before), on the same axis.
   */
  events: Array<TimelineEvent>;
  /** The trends as a file (also GET /export/trends.csv or /export/trends.json). */
  export: Scalars['String']['output'];
  interval: TrendInterval;
  periods: Array<TrendPeriod>;
};


export type AccessTrendsExportArgs = {
  format: SeriesFormat;
};

/**
 * When the chips at the end of a path were bought, and how that is timed for the party that
 * received them: along PROCURES_FROM the goods pass to the buyer, so the receiver is the first
 * party of the run of PROCURES_FROM steps before the purchase (the acquirer itself when there is
 * none); a host keeps its chips and is their receiver.
 */
export type Acquisition = {
  __typename?: 'Acquisition';
  /** Who bought: the ACQUIRED step's buyer, or the host. */
  acquirer: Node;
  /** The timing for the acquirer, where it is another party than the receiver. */
  acquirerTiming?: Maybe<AcquisitionTiming>;
  /**
   * The purchase (or installation) date as recorded: the timing is judged from it. The step holds
   * from it, or from the chip's releaseDate when that is later.
   */
  date?: Maybe<Scalars['Date']['output']>;
  /** Who received the chips. */
  receiver: Node;
  /** The same, said again, for clients that name the receiver. */
  receiverTiming: AcquisitionTiming;
  /** The timing for the receiver (what the pathways follow). */
  timing: AcquisitionTiming;
  via: AcquisitionStep;
};

export type AcquisitionStep =
  /** The path's ACQUIRED step: a purchase. */
  | 'ACQUIRED'
  /** The path's HOSTS step: the chips the host installed. */
  | 'HOSTS';

export type AcquisitionTiming =
  /** Bought while restricted for the party (a likely violation). */
  | 'AFTER_RESTRICTION'
  /** Bought before a restriction applied to the party, restricted for it now (a stockpile). */
  | 'BEFORE_RESTRICTION'
  /** Never restricted for the party (an ordinary purchase). */
  | 'NOT_RESTRICTED'
  /** The purchase date is unknown. */
  | 'UNKNOWN';

export type AffiliateCatch = {
  __typename?: 'AffiliateCatch';
  aggregateShare: Scalars['Float']['output'];
  entity: Party;
  listedOwners: Array<OwnerShare>;
  regulation: Regulation;
  /** The rule's status at asOf is past what the graph knows (see RestrictionReason.unverified). */
  unverified: Scalars['Boolean']['output'];
};

/** An accelerator model. */
export type Chip = Node & {
  __typename?: 'Chip';
  /** Entities that bought or hold it (incoming ACQUIRED). */
  acquiredBy: Array<Relationship>;
  aliases: Array<Scalars['String']['output']>;
  /** Cloud providers and data centres that host it (incoming HOSTS). */
  hostedBy: Array<Relationship>;
  id: Scalars['ID']['output'];
  ioBandwidthGBps?: Maybe<Scalars['Float']['output']>;
  labels: Array<Scalars['String']['output']>;
  /** Vendors (incoming MANUFACTURES). */
  manufacturers: Array<Relationship>;
  memoryBandwidthGBps?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Announcement or launch date: no HOSTS or ACQUIRED step into the chip holds before it. */
  releaseDate?: Maybe<Scalars['Date']['output']>;
  /** Regulations that cover it (incoming RESTRICTS). */
  restrictedBy: Array<Relationship>;
  sources: Array<Source>;
  /** Total processing performance (approximate, from vendor specs). */
  tpp?: Maybe<Scalars['Float']['output']>;
  vendor?: Maybe<Scalars['String']['output']>;
};


/** An accelerator model. */
export type ChipAcquiredByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An accelerator model. */
export type ChipHostedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An accelerator model. */
export type ChipRestrictedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type ChipConnection = {
  __typename?: 'ChipConnection';
  nodes: Array<Chip>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChipCoverageInput = {
  chip: Scalars['ID']['input'];
  destinations: Array<Scalars['CountryCode']['input']>;
  effective: Scalars['Date']['input'];
};

export type ChipFilter = {
  vendor?: InputMaybe<Scalars['String']['input']>;
};

/** Where the chips at the end of a path physically sit, as far as the graph knows. */
export type ChipLocation = {
  __typename?: 'ChipLocation';
  /** null when the graph does not know the country (a cloud provider's region, for example). */
  country?: Maybe<Scalars['CountryCode']['output']>;
  kind: LocationKind;
  node: Node;
};

export type CloudDenialInput = {
  /** Cloud providers headquartered in these countries refuse the customers below. */
  countries: Array<Scalars['CountryCode']['input']>;
  customers?: InputMaybe<ScenarioCustomers>;
  /** Know-your-customer: judge the path's origin, not the intermediary that holds the account. */
  seeThroughIntermediaries?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProvider = Node & Party & {
  __typename?: 'CloudProvider';
  acquired: Array<Relationship>;
  addresses: Array<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  allSubsidiaries: Array<Holding>;
  controllers: Array<Relationship>;
  controls: Array<Relationship>;
  country?: Maybe<Scalars['CountryCode']['output']>;
  designations: Array<Relationship>;
  funders: Array<Relationship>;
  funds: Array<Relationship>;
  /** Country of its headquarters (US for AWS and Azure). */
  headquarters?: Maybe<Scalars['CountryCode']['output']>;
  /** Chips it hosts (outgoing HOSTS). */
  hosts: Array<Relationship>;
  id: Scalars['ID']['output'];
  identifiers: Array<Scalars['String']['output']>;
  isCloudProvider: Scalars['Boolean']['output'];
  kind?: Maybe<EntityKind>;
  labels: Array<Scalars['String']['output']>;
  listed: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  operates: Array<Relationship>;
  owners: Array<Relationship>;
  procuresFor: Array<Relationship>;
  procuresFrom: Array<Relationship>;
  relationships: Array<Relationship>;
  /** Who rents from it (incoming RENTS_FROM). */
  renters: Array<Relationship>;
  rentsFrom: Array<Relationship>;
  sources: Array<Source>;
  subsidiaries: Array<Relationship>;
  topics: Array<Scalars['String']['output']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderAcquiredArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderAllSubsidiariesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderControllersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderControlsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderDesignationsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderFundersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderFundsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderHostsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderListedArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderOperatesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderOwnersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderProcuresForArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderProcuresFromArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderRelationshipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderRentersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderRentsFromArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An entity that rents out compute (AWS, Azure, GPU-rental firms): Entity and CloudProvider labels. */
export type CloudProviderSubsidiariesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** How sure the record is of a fact. */
export type Confidence =
  | 'ALLEGED'
  | 'CONFIRMED'
  | 'DISPUTED'
  | 'REPORTED';

export type Cut = {
  __typename?: 'Cut';
  reason: Scalars['String']['output'];
  rule: ScenarioRule;
  stepIndex: Scalars['Int']['output'];
};

export type CutPath = {
  __typename?: 'CutPath';
  cuts: Array<Cut>;
  path: AccessPath;
};

/** A physical facility. */
export type DataCenter = Node & {
  __typename?: 'DataCenter';
  aliases: Array<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['CountryCode']['output']>;
  /** Chips it hosts (outgoing HOSTS). */
  hosts: Array<Relationship>;
  id: Scalars['ID']['output'];
  labels: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Who runs it (incoming OPERATES). */
  operators: Array<Relationship>;
  /** Who rents from it (incoming RENTS_FROM). */
  renters: Array<Relationship>;
  sources: Array<Source>;
};


/** A physical facility. */
export type DataCenterHostsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A physical facility. */
export type DataCenterOperatorsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A physical facility. */
export type DataCenterRentersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type DataCenterConnection = {
  __typename?: 'DataCenterConnection';
  nodes: Array<DataCenter>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DataCenterFilter = {
  country?: InputMaybe<Scalars['CountryCode']['input']>;
};

export type DesignationInput = {
  effective: Scalars['Date']['input'];
  entity: Scalars['ID']['input'];
};

export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

export type EffectiveOwnership = {
  __typename?: 'EffectiveOwnership';
  /** The affiliates rule in force at asOf, if any. */
  affiliatesRule?: Maybe<Regulation>;
  asOf: Scalars['Date']['output'];
  /** Whether the affiliates (50%) rule catches it at asOf, by the known shares. */
  caughtByAffiliatesRule: Scalars['Boolean']['output'];
  entity: Party;
  /** What it holds at every level. */
  holdings: Array<Holding>;
  /** Owners designated at asOf, and their aggregate share. */
  listedOwners: Array<OwnerShare>;
  listedShare: Scalars['Float']['output'];
  /**
   * A listed owner's chain has a link of unknown share: `listedShare` counts none of it, so it is a
   * lower bound, and `caughtByAffiliatesRule: false` means only that the known shares stay under 50%.
   */
  listedShareIsLowerBound: Scalars['Boolean']['output'];
  /** Everyone who owns it directly or indirectly, with aggregate shares. */
  owners: Array<OwnerShare>;
};

/** An organisation or person. */
export type Entity = Node & Party & {
  __typename?: 'Entity';
  acquired: Array<Relationship>;
  addresses: Array<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  allSubsidiaries: Array<Holding>;
  controllers: Array<Relationship>;
  controls: Array<Relationship>;
  country?: Maybe<Scalars['CountryCode']['output']>;
  designations: Array<Relationship>;
  funders: Array<Relationship>;
  funds: Array<Relationship>;
  id: Scalars['ID']['output'];
  identifiers: Array<Scalars['String']['output']>;
  isCloudProvider: Scalars['Boolean']['output'];
  kind?: Maybe<EntityKind>;
  labels: Array<Scalars['String']['output']>;
  listed: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  operates: Array<Relationship>;
  owners: Array<Relationship>;
  procuresFor: Array<Relationship>;
  procuresFrom: Array<Relationship>;
  relationships: Array<Relationship>;
  rentsFrom: Array<Relationship>;
  sources: Array<Source>;
  subsidiaries: Array<Relationship>;
  topics: Array<Scalars['String']['output']>;
};


/** An organisation or person. */
export type EntityAcquiredArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntityAllSubsidiariesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntityControllersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntityControlsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntityDesignationsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntityFundersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntityFundsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntityListedArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntityOperatesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntityOwnersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntityProcuresForArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntityProcuresFromArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntityRelationshipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** An organisation or person. */
export type EntityRentsFromArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An organisation or person. */
export type EntitySubsidiariesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type EntityFilter = {
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  /** true: only cloud providers; false: only entities that are not. */
  isCloudProvider?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<EntityKind>;
  /** true: only entities with a designation held at listedAsOf; false: only those without. */
  listed?: InputMaybe<Scalars['Boolean']['input']>;
  /** The date `listed` is judged at (today when omitted). */
  listedAsOf?: InputMaybe<Scalars['Date']['input']>;
};

export type EntityKind =
  | 'BROKER'
  | 'COMPANY'
  | 'GOVERNMENT'
  | 'INVESTOR'
  | 'LAB'
  | 'PERSON'
  | 'UNIVERSITY';

/** What an FtM import did, line by line (docs/IMPORT.md). */
export type FtmImportReport = {
  __typename?: 'FtmImportReport';
  created: ImportCounts;
  dryRun: Scalars['Boolean']['output'];
  /** Parties found in the graph, and on what (id, identifier, name). */
  matched: Array<FtmMatch>;
  /** What was written as given but deserves a look (ImportReport.notices), placed by line. */
  notices: Array<FtmProblem>;
  /** True when nothing was rejected (and, unless a dry run, everything was written). */
  ok: Scalars['Boolean']['output'];
  /** Every record of the converted document, with its line and outcome. */
  records: Array<FtmRecord>;
  /** Every problem, placed by line (`line 6, percentage`); when not empty nothing was written. */
  rejected: Array<FtmProblem>;
  /** Entities of schemata the graph does not hold. */
  skipped: Array<FtmSkipped>;
  /** Parties created apart although the graph holds look-alikes: for a human to decide. */
  toReview: Array<FtmReview>;
  unchanged: ImportCounts;
  updated: ImportCounts;
  warnings: Array<FtmProblem>;
};

export type FtmMatch = {
  __typename?: 'FtmMatch';
  ftmId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  line: Scalars['Int']['output'];
  on: Scalars['String']['output'];
};

export type FtmProblem = {
  __typename?: 'FtmProblem';
  message: Scalars['String']['output'];
  place: Scalars['String']['output'];
};

export type FtmRecord = {
  __typename?: 'FtmRecord';
  ftmId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** source, node or relationship. */
  kind: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  /** created, updated or unchanged; null when nothing was written (rejected). */
  outcome?: Maybe<Scalars['String']['output']>;
};

export type FtmReview = {
  __typename?: 'FtmReview';
  candidates: Array<FtmReviewCandidate>;
  ftmId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  line: Scalars['Int']['output'];
};

export type FtmReviewCandidate = {
  __typename?: 'FtmReviewCandidate';
  features: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  score: Scalars['Float']['output'];
};

export type FtmSkipped = {
  __typename?: 'FtmSkipped';
  id: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  schema: Scalars['String']['output'];
};

/**
 * Deduplicated nodes and edges for drawing (Cytoscape.js, vis-network, sigma, NVL). At most
 * `limit` nodes and 4 × `limit` edges; an edge is only present with both its ends.
 */
export type Graph = {
  __typename?: 'Graph';
  edges: Array<GraphEdge>;
  /** The graph serialized in a tool's format. */
  export: Scalars['String']['output'];
  /** The node cap that applied. */
  limit: Scalars['Int']['output'];
  nodes: Array<GraphNode>;
  /** True when the size cap, or the path cap of the query underneath, left something out. */
  truncated: Scalars['Boolean']['output'];
};


/**
 * Deduplicated nodes and edges for drawing (Cytoscape.js, vis-network, sigma, NVL). At most
 * `limit` nodes and 4 × `limit` edges; an edge is only present with both its ends.
 */
export type GraphExportArgs = {
  format: GraphFormat;
};

/** A directed edge of a graph view: source -type-> target, with its stored properties. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** The relationship's stable id. */
  id: Scalars['ID']['output'];
  /** Every stored property but id, type and sources: dates, confidence, share, role, note, audit fields. */
  properties: Scalars['JSONObject']['output'];
  /** The id of the node it starts from. */
  source: Scalars['ID']['output'];
  /** The sources that report the fact. */
  sources: Array<Source>;
  /** The id of the node it points to. */
  target: Scalars['ID']['output'];
  type: RelationshipType;
};

/** The formats a graph view exports to (also served over HTTP at /export/...). */
export type GraphFormat =
  /** Cytoscape.js elements JSON (the .cyjs document Cytoscape desktop imports). */
  | 'CYTOSCAPE_JSON'
  /** The edges as CSV (RFC 4180): id, source, target, label (the type), sources, then the properties. */
  | 'EDGES_CSV'
  /**
   * FollowTheMoney entities as JSON lines (OpenSanctions, Aleph): parties, Ownership, Directorship,
   * Sanction and the sources as Documents, a fair-use notice first. Chips, data centres and access
   * relationships other than ownership and control are not in the FtM model and are left out.
   */
  | 'FTM_JSONL'
  /** GraphML 1.0 (Gephi, yEd, Cytoscape desktop, networkx). */
  | 'GRAPHML'
  /** The nodes as CSV (RFC 4180): id, label, kind, labels, sources, then the properties. */
  | 'NODES_CSV';

/** A node of a graph view. Ids are the graph's stable ids, the same in every query and export. */
export type GraphNode = {
  __typename?: 'GraphNode';
  id: Scalars['ID']['output'];
  /** The most specific label, for colouring: CloudProvider before Entity. */
  kind: NodeLabel;
  /** Every label, e.g. [Entity, CloudProvider]. */
  labels: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Every stored property but id, name, labels and sources (an entity's own kind is here). */
  properties: Scalars['JSONObject']['output'];
  /** The sources that report the node. */
  sources: Array<Source>;
};

/** An entity held through an ownership chain, with the aggregate share (multiplied along chains, added across parallel chains). */
export type Holding = {
  __typename?: 'Holding';
  /** Length of the shortest chain. */
  depth: Scalars['Int']['output'];
  /** Aggregate effective share; null when a share on every chain is unknown. */
  effectiveShare?: Maybe<Scalars['Float']['output']>;
  entity: Party;
};

/** An access: an entity and a chip it reaches, judged on one date. */
export type ImpactAccess = {
  __typename?: 'ImpactAccess';
  /** The date it is judged on. */
  asOf: Scalars['Date']['output'];
  bestPath: AccessPath;
  chip: Chip;
  entity: Party;
  listed: Scalars['Boolean']['output'];
  pathways: Array<Pathway>;
  restriction: Restriction;
};

/** A set of accesses: exact counts over all of them, then a page. */
export type ImpactGroup = {
  __typename?: 'ImpactGroup';
  accesses: Array<ImpactAccess>;
  byPathway: Array<PathwayCount>;
  count: Scalars['Int']['output'];
  listed: Scalars['Int']['output'];
};


/** A set of accesses: exact counts over all of them, then a page. */
export type ImpactGroupAccessesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type ImportCounts = {
  __typename?: 'ImportCounts';
  nodes: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
};

/** One rejected value: where it is (a path into the input or document) and what is wrong. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  message: Scalars['String']['output'];
  /** Field path, e.g. ["relationships", "3", "share"] (list positions as strings). */
  path: Array<Scalars['String']['output']>;
};

/** What a write or import did (or, in a dry run, would do). */
export type ImportReport = {
  __typename?: 'ImportReport';
  created: ImportCounts;
  dryRun: Scalars['Boolean']['output'];
  /**
   * What was written as given but deserves a look: a HOSTS or ACQUIRED step dated before its chip's
   * releaseDate (paths use it from the release on; a purchase is still timed by its own date); a
   * RENTS_FROM of serviceKind MODEL (recorded, but no access path passes through it); a retracted
   * record written again (it stays retracted); a relationship to or from a retracted node (no access
   * step while the node stays retracted); a sources list that leaves out sources the record cites (it
   * replaces them; the history keeps them). Never a reason to refuse.
   */
  notices: Array<ImportProblem>;
  /** True when nothing was rejected (and, unless a dry run, everything was written). */
  ok: Scalars['Boolean']['output'];
  /** Every problem; when not empty nothing was written. */
  rejected: Array<ImportProblem>;
  /** Records identical to what the graph holds: not touched. */
  unchanged: ImportCounts;
  updated: ImportCounts;
};

/** What a later rule closed of the accesses this one left unrestricted. */
export type LaterClosure = {
  __typename?: 'LaterClosure';
  closed: ImpactGroup;
  effective: Scalars['Date']['output'];
  regulation: Regulation;
};

export type LocationKind =
  | 'CLOUD_PROVIDER'
  | 'DATA_CENTER'
  | 'HOLDER';

export type MatchCandidate = {
  __typename?: 'MatchCandidate';
  /** True when the match is certain enough to use without a human (an identifier, or the exact name with no country against it). */
  certain: Scalars['Boolean']['output'];
  /**
   * What matched: `identifier:<scheme>`, `name:exact` (normalised: case, accents, punctuation and
   * legal forms ignored, Cyrillic and Greek read in Latin letters), `name:word-order`,
   * `name:similar` (shared words with typos, or close spelling), `country:same`,
   * `country:different`.
   */
  features: Array<Scalars['String']['output']>;
  /** The candidate's name or alias that matched best. */
  matched: Scalars['String']['output'];
  node: Party;
  /** 0 to 1: the best name or identifier evidence, +0.05 for the same country, -0.3 for another. */
  score: Scalars['Float']['output'];
};

/** A party to screen against the graph: a name, and what else the list gives. */
export type MatchQueryInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** The caller's id for the party (a list's entry id): not-the-same decisions are remembered under it. */
  id?: InputMaybe<Scalars['String']['input']>;
  /** `scheme:value` or bare values; compared without punctuation or case. */
  identifiers?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
};

export type MatchResult = {
  __typename?: 'MatchResult';
  candidates: Array<MatchCandidate>;
  /** Entities left out because a human recorded that they are not this party. */
  excluded: Array<Scalars['ID']['output']>;
  /** The query's position in the request. */
  index: Scalars['Int']['output'];
  /** Pass to recordNotSame to say a candidate is not this party. */
  key: Scalars['String']['output'];
};

export type MergeResult = {
  __typename?: 'MergeResult';
  /** Ids of the relationships between the two, dropped (kept in the history). */
  dropped: Array<Scalars['ID']['output']>;
  /** The id of the removed duplicate (its record is in history(id)). */
  duplicate: Scalars['ID']['output'];
  /** Ids of the relationships moved to the survivor. */
  moved: Array<Scalars['ID']['output']>;
  survivor: Party;
};

/**
 * Analysts' writes. Every mutation needs an API key (`Authorization: Bearer <key>` or
 * `x-api-key: <key>`): the analyst role for write, correct, retract, restore and importDocument;
 * the admin role for mergeEntities. Without a key the answer is UNAUTHENTICATED, with a weaker
 * role FORBIDDEN, and nothing is written.
 *
 * Writes go through the same validation and import pipeline as the curated dataset (format v1,
 * seed/FORMAT.md): one write transaction per call, all of it or nothing. A request with problems
 * gets ONE error, `extensions.code: BAD_USER_INPUT`, whose `extensions.problems` lists every
 * problem with its field path (e.g. ["input", "relationships", 0, "share"]); nothing is written.
 *
 * Values that validation checks (labels, types, confidences, kinds, countries, dates, URLs) are
 * plain strings here on purpose, and the fields a record requires (marked "Required.") are not
 * non-null in the SDL: an enum, a scalar type or a missing non-null field would stop the request
 * at the first bad value, and the analyst would fix one problem per round trip.
 *
 * Nothing is lost: upserts are keyed by id (the same write twice changes nothing the second
 * time), every create, update, retraction, restoration and merge leaves a Revision with the
 * values before and after, who and when (see Query.history), and a retracted fact stays in the
 * graph, marked.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Changes some fields of one node, source or relationship and records why. `changes` holds the
   * fields to set (null clears one); id, label, type, from and to cannot change. The revision
   * keeps the values before and after. Problems and notices are placed under what was sent:
   * ["changes", field] for a field it sets, ["id"] for the stored record. Role: analyst.
   */
  correct: ImportReport;
  /**
   * Imports a format-v1 document (seed/FORMAT.md): the bulk form of write. All or nothing: a
   * document with one bad record writes nothing, and the report lists every rejection with its
   * path in the document (this mutation reports rejections in the result rather than as an
   * error). dryRun validates and counts without writing. Role: analyst.
   */
  importDocument: ImportReport;
  /**
   * Imports FollowTheMoney entities sent as JSON lines (`lines`, up to the request size limit):
   * the same conversion, matching and all-or-nothing import as `npm run import -- --ftm`.
   * dryRun reports without writing. Role: analyst.
   */
  importFtm: FtmImportReport;
  /**
   * Merges a duplicate entity into a survivor: the duplicate's relationships move to the survivor
   * (same ids), its name and aliases become aliases, its sources, addresses and cloud-provider
   * label are kept, fields the survivor lacks are taken from it; then the duplicate is removed.
   * Its full record stays in the history of both ids. Relationships between the two (which would
   * point from the survivor to itself) are dropped and kept in the history. Role: admin.
   */
  mergeEntities: MergeResult;
  /**
   * Records that the party screened under `key` (from match) is not the entity `candidate`, with
   * the reason: match and the FollowTheMoney import stop offering the pair. Audited: a Revision
   * (action NOT_SAME) in the entity's history. Role: analyst.
   */
  recordNotSame: NotSameDecision;
  /**
   * Undoes a retraction of a relationship, or of a node and the relationships retracted with it.
   * Role: analyst.
   */
  restore: RetractResult;
  /**
   * Retracts a relationship, or a node and every relationship that touches it: marked retracted
   * with the reason, who (retractedBy) and when (retractedAt), never deleted. Retracted facts
   * leave paths and relationship fields (includeRetracted shows them) and stay in the history.
   * Role: analyst.
   */
  retract: RetractResult;
  /**
   * Creates or updates sources, nodes and relationships, keyed by id. Sources may be created in
   * the same call as the facts that cite them. Fields left out keep their stored value; null
   * clears one (the value becomes unknown). A relationship's type and endpoints cannot change:
   * retract it and write a new one. Role: analyst.
   */
  write: ImportReport;
};


/**
 * Analysts' writes. Every mutation needs an API key (`Authorization: Bearer <key>` or
 * `x-api-key: <key>`): the analyst role for write, correct, retract, restore and importDocument;
 * the admin role for mergeEntities. Without a key the answer is UNAUTHENTICATED, with a weaker
 * role FORBIDDEN, and nothing is written.
 *
 * Writes go through the same validation and import pipeline as the curated dataset (format v1,
 * seed/FORMAT.md): one write transaction per call, all of it or nothing. A request with problems
 * gets ONE error, `extensions.code: BAD_USER_INPUT`, whose `extensions.problems` lists every
 * problem with its field path (e.g. ["input", "relationships", 0, "share"]); nothing is written.
 *
 * Values that validation checks (labels, types, confidences, kinds, countries, dates, URLs) are
 * plain strings here on purpose, and the fields a record requires (marked "Required.") are not
 * non-null in the SDL: an enum, a scalar type or a missing non-null field would stop the request
 * at the first bad value, and the analyst would fix one problem per round trip.
 *
 * Nothing is lost: upserts are keyed by id (the same write twice changes nothing the second
 * time), every create, update, retraction, restoration and merge leaves a Revision with the
 * values before and after, who and when (see Query.history), and a retracted fact stays in the
 * graph, marked.
 */
export type MutationCorrectArgs = {
  changes: Scalars['JSONObject']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Analysts' writes. Every mutation needs an API key (`Authorization: Bearer <key>` or
 * `x-api-key: <key>`): the analyst role for write, correct, retract, restore and importDocument;
 * the admin role for mergeEntities. Without a key the answer is UNAUTHENTICATED, with a weaker
 * role FORBIDDEN, and nothing is written.
 *
 * Writes go through the same validation and import pipeline as the curated dataset (format v1,
 * seed/FORMAT.md): one write transaction per call, all of it or nothing. A request with problems
 * gets ONE error, `extensions.code: BAD_USER_INPUT`, whose `extensions.problems` lists every
 * problem with its field path (e.g. ["input", "relationships", 0, "share"]); nothing is written.
 *
 * Values that validation checks (labels, types, confidences, kinds, countries, dates, URLs) are
 * plain strings here on purpose, and the fields a record requires (marked "Required.") are not
 * non-null in the SDL: an enum, a scalar type or a missing non-null field would stop the request
 * at the first bad value, and the analyst would fix one problem per round trip.
 *
 * Nothing is lost: upserts are keyed by id (the same write twice changes nothing the second
 * time), every create, update, retraction, restoration and merge leaves a Revision with the
 * values before and after, who and when (see Query.history), and a retracted fact stays in the
 * graph, marked.
 */
export type MutationImportDocumentArgs = {
  document: Scalars['JSONObject']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Analysts' writes. Every mutation needs an API key (`Authorization: Bearer <key>` or
 * `x-api-key: <key>`): the analyst role for write, correct, retract, restore and importDocument;
 * the admin role for mergeEntities. Without a key the answer is UNAUTHENTICATED, with a weaker
 * role FORBIDDEN, and nothing is written.
 *
 * Writes go through the same validation and import pipeline as the curated dataset (format v1,
 * seed/FORMAT.md): one write transaction per call, all of it or nothing. A request with problems
 * gets ONE error, `extensions.code: BAD_USER_INPUT`, whose `extensions.problems` lists every
 * problem with its field path (e.g. ["input", "relationships", 0, "share"]); nothing is written.
 *
 * Values that validation checks (labels, types, confidences, kinds, countries, dates, URLs) are
 * plain strings here on purpose, and the fields a record requires (marked "Required.") are not
 * non-null in the SDL: an enum, a scalar type or a missing non-null field would stop the request
 * at the first bad value, and the analyst would fix one problem per round trip.
 *
 * Nothing is lost: upserts are keyed by id (the same write twice changes nothing the second
 * time), every create, update, retraction, restoration and merge leaves a Revision with the
 * values before and after, who and when (see Query.history), and a retracted fact stays in the
 * graph, marked.
 */
export type MutationImportFtmArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  lines: Scalars['String']['input'];
};


/**
 * Analysts' writes. Every mutation needs an API key (`Authorization: Bearer <key>` or
 * `x-api-key: <key>`): the analyst role for write, correct, retract, restore and importDocument;
 * the admin role for mergeEntities. Without a key the answer is UNAUTHENTICATED, with a weaker
 * role FORBIDDEN, and nothing is written.
 *
 * Writes go through the same validation and import pipeline as the curated dataset (format v1,
 * seed/FORMAT.md): one write transaction per call, all of it or nothing. A request with problems
 * gets ONE error, `extensions.code: BAD_USER_INPUT`, whose `extensions.problems` lists every
 * problem with its field path (e.g. ["input", "relationships", 0, "share"]); nothing is written.
 *
 * Values that validation checks (labels, types, confidences, kinds, countries, dates, URLs) are
 * plain strings here on purpose, and the fields a record requires (marked "Required.") are not
 * non-null in the SDL: an enum, a scalar type or a missing non-null field would stop the request
 * at the first bad value, and the analyst would fix one problem per round trip.
 *
 * Nothing is lost: upserts are keyed by id (the same write twice changes nothing the second
 * time), every create, update, retraction, restoration and merge leaves a Revision with the
 * values before and after, who and when (see Query.history), and a retracted fact stays in the
 * graph, marked.
 */
export type MutationMergeEntitiesArgs = {
  duplicate: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  survivor: Scalars['ID']['input'];
};


/**
 * Analysts' writes. Every mutation needs an API key (`Authorization: Bearer <key>` or
 * `x-api-key: <key>`): the analyst role for write, correct, retract, restore and importDocument;
 * the admin role for mergeEntities. Without a key the answer is UNAUTHENTICATED, with a weaker
 * role FORBIDDEN, and nothing is written.
 *
 * Writes go through the same validation and import pipeline as the curated dataset (format v1,
 * seed/FORMAT.md): one write transaction per call, all of it or nothing. A request with problems
 * gets ONE error, `extensions.code: BAD_USER_INPUT`, whose `extensions.problems` lists every
 * problem with its field path (e.g. ["input", "relationships", 0, "share"]); nothing is written.
 *
 * Values that validation checks (labels, types, confidences, kinds, countries, dates, URLs) are
 * plain strings here on purpose, and the fields a record requires (marked "Required.") are not
 * non-null in the SDL: an enum, a scalar type or a missing non-null field would stop the request
 * at the first bad value, and the analyst would fix one problem per round trip.
 *
 * Nothing is lost: upserts are keyed by id (the same write twice changes nothing the second
 * time), every create, update, retraction, restoration and merge leaves a Revision with the
 * values before and after, who and when (see Query.history), and a retracted fact stays in the
 * graph, marked.
 */
export type MutationRecordNotSameArgs = {
  candidate: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Analysts' writes. Every mutation needs an API key (`Authorization: Bearer <key>` or
 * `x-api-key: <key>`): the analyst role for write, correct, retract, restore and importDocument;
 * the admin role for mergeEntities. Without a key the answer is UNAUTHENTICATED, with a weaker
 * role FORBIDDEN, and nothing is written.
 *
 * Writes go through the same validation and import pipeline as the curated dataset (format v1,
 * seed/FORMAT.md): one write transaction per call, all of it or nothing. A request with problems
 * gets ONE error, `extensions.code: BAD_USER_INPUT`, whose `extensions.problems` lists every
 * problem with its field path (e.g. ["input", "relationships", 0, "share"]); nothing is written.
 *
 * Values that validation checks (labels, types, confidences, kinds, countries, dates, URLs) are
 * plain strings here on purpose, and the fields a record requires (marked "Required.") are not
 * non-null in the SDL: an enum, a scalar type or a missing non-null field would stop the request
 * at the first bad value, and the analyst would fix one problem per round trip.
 *
 * Nothing is lost: upserts are keyed by id (the same write twice changes nothing the second
 * time), every create, update, retraction, restoration and merge leaves a Revision with the
 * values before and after, who and when (see Query.history), and a retracted fact stays in the
 * graph, marked.
 */
export type MutationRestoreArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Analysts' writes. Every mutation needs an API key (`Authorization: Bearer <key>` or
 * `x-api-key: <key>`): the analyst role for write, correct, retract, restore and importDocument;
 * the admin role for mergeEntities. Without a key the answer is UNAUTHENTICATED, with a weaker
 * role FORBIDDEN, and nothing is written.
 *
 * Writes go through the same validation and import pipeline as the curated dataset (format v1,
 * seed/FORMAT.md): one write transaction per call, all of it or nothing. A request with problems
 * gets ONE error, `extensions.code: BAD_USER_INPUT`, whose `extensions.problems` lists every
 * problem with its field path (e.g. ["input", "relationships", 0, "share"]); nothing is written.
 *
 * Values that validation checks (labels, types, confidences, kinds, countries, dates, URLs) are
 * plain strings here on purpose, and the fields a record requires (marked "Required.") are not
 * non-null in the SDL: an enum, a scalar type or a missing non-null field would stop the request
 * at the first bad value, and the analyst would fix one problem per round trip.
 *
 * Nothing is lost: upserts are keyed by id (the same write twice changes nothing the second
 * time), every create, update, retraction, restoration and merge leaves a Revision with the
 * values before and after, who and when (see Query.history), and a retracted fact stays in the
 * graph, marked.
 */
export type MutationRetractArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Analysts' writes. Every mutation needs an API key (`Authorization: Bearer <key>` or
 * `x-api-key: <key>`): the analyst role for write, correct, retract, restore and importDocument;
 * the admin role for mergeEntities. Without a key the answer is UNAUTHENTICATED, with a weaker
 * role FORBIDDEN, and nothing is written.
 *
 * Writes go through the same validation and import pipeline as the curated dataset (format v1,
 * seed/FORMAT.md): one write transaction per call, all of it or nothing. A request with problems
 * gets ONE error, `extensions.code: BAD_USER_INPUT`, whose `extensions.problems` lists every
 * problem with its field path (e.g. ["input", "relationships", 0, "share"]); nothing is written.
 *
 * Values that validation checks (labels, types, confidences, kinds, countries, dates, URLs) are
 * plain strings here on purpose, and the fields a record requires (marked "Required.") are not
 * non-null in the SDL: an enum, a scalar type or a missing non-null field would stop the request
 * at the first bad value, and the analyst would fix one problem per round trip.
 *
 * Nothing is lost: upserts are keyed by id (the same write twice changes nothing the second
 * time), every create, update, retraction, restoration and merge leaves a Revision with the
 * values before and after, who and when (see Query.history), and a retracted fact stays in the
 * graph, marked.
 */
export type MutationWriteArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: WriteInput;
};

/**
 * Anything in the graph with a stable id. Entities, cloud providers, data centres, chips,
 * regulations and sources all implement it.
 */
export type Node = {
  /** Stable slug, e.g. shenzhen-university. */
  id: Scalars['ID']['output'];
  /** Neo4j labels, e.g. [Entity, CloudProvider]. */
  labels: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type NodeLabel =
  | 'Chip'
  | 'CloudProvider'
  | 'DataCenter'
  | 'Entity'
  | 'Regulation'
  | 'Source';

export type NotSameDecision = {
  __typename?: 'NotSameDecision';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  candidate: Party;
  /** False when the same decision had already been recorded (it is kept as it was). */
  created: Scalars['Boolean']['output'];
  decision: Scalars['String']['output'];
  key: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type OwnerShare = {
  __typename?: 'OwnerShare';
  owner: Party;
  /**
   * Aggregate effective share (multiplied along chains, added across parallel chains) over the
   * chains whose every share is known: a lower bound when `unknownChains` is above 0.
   */
  share: Scalars['Float']['output'];
  /** Chains with a link of unknown share (an OWNS relationship without `share`), left out of `share`. */
  unknownChains: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** The fields every entity has, whether or not it also rents out compute. */
export type Party = {
  /** Chips it bought or holds. */
  acquired: Array<Relationship>;
  /** Postal addresses (from the Consolidated Screening List), one string each. */
  addresses: Array<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  /** Subsidiaries at every level, with the effective (aggregate) share held. */
  allSubsidiaries: Array<Holding>;
  /** Who controls it without known equity (incoming CONTROLS). */
  controllers: Array<Relationship>;
  /** What it controls (outgoing CONTROLS). */
  controls: Array<Relationship>;
  /** Where it is based. */
  country?: Maybe<Scalars['CountryCode']['output']>;
  /** Its Entity List designations (outgoing DESIGNATED_UNDER). */
  designations: Array<Relationship>;
  /** Its investors (incoming FUNDS). */
  funders: Array<Relationship>;
  /** What it funds (outgoing FUNDS). */
  funds: Array<Relationship>;
  id: Scalars['ID']['output'];
  /** Registry numbers as `scheme:value`, the scheme named as FollowTheMoney names it (`leiCode:5493...`, `registrationNumber:...`). */
  identifiers: Array<Scalars['String']['output']>;
  isCloudProvider: Scalars['Boolean']['output'];
  kind?: Maybe<EntityKind>;
  labels: Array<Scalars['String']['output']>;
  /** Whether a designation held at asOf (today when omitted). */
  listed: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Data centres it operates. */
  operates: Array<Relationship>;
  /** Direct owners (incoming OWNS), held at asOf when given. */
  owners: Array<Relationship>;
  /** Customers that procure through it (incoming PROCURES_FROM). */
  procuresFor: Array<Relationship>;
  /** Intermediaries it procures through (outgoing PROCURES_FROM). */
  procuresFrom: Array<Relationship>;
  /** Any of its relationships, filtered. */
  relationships: Array<Relationship>;
  /** Cloud providers and data centres it rents from (outgoing RENTS_FROM). */
  rentsFrom: Array<Relationship>;
  sources: Array<Source>;
  /** Direct subsidiaries (outgoing OWNS). */
  subsidiaries: Array<Relationship>;
  /** FollowTheMoney topics a dataset gives (`export.control`, `export.control.linked`, `sanction`...). */
  topics: Array<Scalars['String']['output']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyAcquiredArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyAllSubsidiariesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyControllersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyControlsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyDesignationsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyFundersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyFundsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyListedArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyOperatesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyOwnersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyProcuresForArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyProcuresFromArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyRelationshipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartyRentsFromArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** The fields every entity has, whether or not it also rents out compute. */
export type PartySubsidiariesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type PartyConnection = {
  __typename?: 'PartyConnection';
  nodes: Array<Party>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * How old the evidence of a path is at asOf. A fact with no end date is true as far as its
 * evidence goes: its last evidence is its newest dated source (or an analyst's lastConfirmed).
 */
export type PathEvidence = {
  __typename?: 'PathEvidence';
  /** Days from lastEvidence to asOf; negative when the evidence was published after asOf (a later report of an earlier fact). */
  ageDays?: Maybe<Scalars['Int']['output']>;
  /** The oldest last-evidence date among the path's steps with no end date (null: one has no dated evidence). */
  lastEvidence?: Maybe<Scalars['Date']['output']>;
  /** The step whose evidence is oldest. */
  oldestStepIndex?: Maybe<Scalars['Int']['output']>;
  /** Some step with no end date has no evidence within STALE_AFTER_MONTHS (24 by default) before asOf. */
  stale: Scalars['Boolean']['output'];
};

export type PathFilter = {
  /**
   * Let a path begin by climbing from its origin to the parties that control it (CONTROLS, or OWNS
   * of at least 0.5; never to a state body; at most 2 steps up), then use their own compute.
   */
  climbToControllers?: InputMaybe<Scalars['Boolean']['input']>;
  /** Drop paths that use any of these pathways. */
  excludePathways?: InputMaybe<Array<Pathway>>;
  /**
   * Keep only paths whose evidence is recent: every step with no end date has a dated source (or
   * an analyst's lastConfirmed) within STALE_AFTER_MONTHS (24 by default) before asOf.
   */
  excludeStale?: InputMaybe<Scalars['Boolean']['input']>;
  /** Keep paths that use at least one of these pathways. */
  includePathways?: InputMaybe<Array<Pathway>>;
  /** Let paths use retracted facts (excluded by default). */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Keep paths whose weakest step is at least this sure (CONFIRMED > REPORTED > ALLEGED > DISPUTED). */
  minConfidence?: InputMaybe<Confidence>;
  /** Keep only paths to chips restricted for the origin at asOf. */
  onlyRestricted?: InputMaybe<Scalars['Boolean']['input']>;
  /** The relationship types steps may follow (all access types by default). */
  relationshipTypes?: InputMaybe<Array<AccessRelationshipType>>;
};

/** One step of a path, in path order: from, then to (the relationship points the other way on an UP step). */
export type PathStep = {
  __typename?: 'PathStep';
  direction: StepDirection;
  from: Node;
  index: Scalars['Int']['output'];
  relationship: Relationship;
  to: Node;
};

/**
 * The pathways a path uses (a path may use several). The last four say how the purchase at the
 * end of the path is timed for the party that received the chips (Acquisition.receiver: the
 * first party of the run of PROCURES_FROM steps before an ACQUIRED step, or the buyer itself;
 * for a HOSTS step, the host):
 * - CLOUD_RENTAL: a RENTS_FROM step into a cloud provider or a data centre;
 * - INTERMEDIARY: a PROCURES_FROM step (a reseller, agent or front company);
 * - SUBSIDIARY: an OWNS or CONTROLS step, down to a subsidiary or up to a controller;
 * - OFFSHORE_DATA_CENTER: the chips sit in another country than the origin's, where no export
 *   control in force covers them;
 * - STOCKPILE: bought (or installed by the host) before a restriction applied to the receiver,
 *   restricted for it now;
 * - DIRECT: bought (or installed) while restricted for the receiver: a likely violation, and
 *   nothing else;
 * - ORDINARY_PURCHASE: an ACQUIRED step never restricted for the receiver;
 * - UNDATED_PURCHASE: an ACQUIRED step with no known date.
 * A host's ordinary or undated installation adds no pathway (Acquisition still reports it).
 */
export type Pathway =
  | 'CLOUD_RENTAL'
  | 'DIRECT'
  | 'INTERMEDIARY'
  | 'OFFSHORE_DATA_CENTER'
  | 'ORDINARY_PURCHASE'
  | 'STOCKPILE'
  | 'SUBSIDIARY'
  | 'UNDATED_PURCHASE';

export type PathwayCount = {
  __typename?: 'PathwayCount';
  /** Accesses whose best path uses the pathway. */
  count: Scalars['Int']['output'];
  pathway: Pathway;
  /** Of those, the restricted ones. */
  restricted: Scalars['Int']['output'];
};

export type PathwayGroup = {
  __typename?: 'PathwayGroup';
  /** Entities whose best path uses this pathway, over the whole answer. */
  count: Scalars['Int']['output'];
  /** The entities of this page whose best path uses it. */
  entities: Array<ReachingEntity>;
  pathway: Pathway;
  /** Of those, the ones for whom the chip is restricted. */
  restrictedCount: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Directed access paths from an entity to a chip (every chip when `to` is omitted), valid at
   * asOf (today when omitted), shortest first. maxHops is capped (MAX_HOPS, default 6, at most 8).
   */
  accessPaths: AccessPathConnection;
  /**
   * The routes of a question over a window: with `from`, its access paths (to `to`, or to every
   * chip); with only `to`, every entity's access to the chip. Each route's periods say when it
   * held, when the chip was restricted for the origin and when its evidence was current, every
   * boundary tied to its cause with that cause's sources. The same filter as accessPaths.
   */
  accessTimeline: AccessTimeline;
  /**
   * Accesses per period, counted on each period's last day over `chips` (every chip when left out;
   * an empty list is refused):
   * restricted ones, by pathway, listed parties and stale evidence apart, with the rule events.
   * Each period's counts are whoCanReach's on its last day, summed over the chips.
   */
  accessTrends: AccessTrends;
  /** Every entity the affiliates (50%) rule catches at asOf (none while the rule is not in force). */
  affiliatesCaught: Array<AffiliateCatch>;
  chips: ChipConnection;
  dataCenters: DataCenterConnection;
  /** Aggregate ownership of an entity and whether the affiliates (50%) rule catches it. */
  effectiveOwnership: EffectiveOwnership;
  /** Entities (cloud providers included), ordered by id, paginated with `first` and `after`. */
  entities: PartyConnection;
  /**
   * Nodes whose name or aliases resemble `name` (check before creating one): exact matches of the
   * normalised name first, then full-text matches of its words, typos included.
   */
  findSimilar: Array<SimilarNode>;
  /** Every revision of a node or relationship, oldest first. */
  history: Array<Revision>;
  /**
   * Screens up to 100 parties against the graph's entities: candidates from the duplicate search
   * (names and aliases) and shared identifiers, scored, best first, at or above `threshold`
   * (0.7 by default), at most `first` per party. A candidate a human said is not the party
   * (recordNotSame) is not offered again for the same key.
   */
  match: Array<MatchResult>;
  /**
   * The nodes within `depth` steps of a node (either direction; depth 1 to 3) and every
   * relationship among them, of `relationshipTypes` (every type by default), held at `asOf` when
   * given. Nearer nodes are kept first when the node cap (`limit`: 200 by default, at most 1000)
   * is reached.
   */
  neighborhood: Graph;
  /** Any node by id; null when none has it. */
  node?: Maybe<Node>;
  /** Several nodes by id, in the order asked (null where none has the id). */
  nodes: Array<Maybe<Node>>;
  /**
   * Every access path from an entity (`from`), to a chip (`to`), or between them, as one graph:
   * the same paths as accessPaths (from) or whoCanReach (to), shortest first, whole paths only
   * within the node cap (`limit`: 200 by default, at most 1000).
   */
  pathGraph: Graph;
  /** Every chip an entity can reach at asOf (complete), with the best path and the number of paths. */
  reachableChips: Array<ReachableChip>;
  regulations: RegulationConnection;
  /** A relationship by id. */
  relationship?: Maybe<Relationship>;
  /** Whether a chip is restricted for an entity at asOf, and why. */
  restrictionStatus: Restriction;
  /**
   * What a regulation did: the accesses that became restricted when it took effect, those it left
   * open (on `asOf`, its effective date by default) and by which pathway, and those a later rule
   * closed. A rule that never took effect is weighed with `scenario` instead.
   */
  ruleImpact: RuleImpact;
  /**
   * Weighs a proposed rule: the restricted accesses it closes and leaves open at asOf, over
   * `chips` (every chip when left out) and `origins` (every entity when left out); an empty list
   * is refused. An id the graph does not hold, in `chips`, `origins` or the rules, is NOT_FOUND.
   */
  scenario: ScenarioResult;
  /** Full-text search over names and aliases (Lucene syntax is escaped: the text is searched as words). */
  search: Array<SearchHit>;
  sources: SourceConnection;
  /**
   * Every entity with an access path to a chip at asOf (complete), nearest first, paged with
   * first/after. onlyRestricted keeps the entities for whom the chip is restricted (judged per
   * entity before paging); roles keeps HOST, HOLDER or USER entities; the filter's pathway
   * filters apply to each entity's best path, its other parts to every step searched.
   */
  whoCanReach: WhoCanReach;
  /**
   * The whole graph: every node but the sources (which the nodes and edges cite) and every
   * relationship (retracted ones with includeRetracted). No size cap: for exports
   * (`GET /export/{format}` without a selector), not for drawing.
   */
  wholeGraph: Graph;
};


export type QueryAccessPathsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<PathFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAccessTimelineArgs = {
  end: Scalars['Date']['input'];
  filter?: InputMaybe<PathFilter>;
  from?: InputMaybe<Scalars['ID']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<ReachRole>>;
  start: Scalars['Date']['input'];
  to?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAccessTrendsArgs = {
  chips?: InputMaybe<Array<Scalars['ID']['input']>>;
  end: Scalars['Date']['input'];
  filter?: InputMaybe<PathFilter>;
  interval?: InputMaybe<TrendInterval>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  roles?: InputMaybe<Array<ReachRole>>;
  start: Scalars['Date']['input'];
};


export type QueryAffiliatesCaughtArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryChipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDataCentersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DataCenterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEffectiveOwnershipArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  entity: Scalars['ID']['input'];
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFindSimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  labels?: InputMaybe<Array<NodeLabel>>;
  name: Scalars['String']['input'];
};


export type QueryHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryMatchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  queries: Array<MatchQueryInput>;
  threshold?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryNeighborhoodArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPathGraphArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<PathFilter>;
  from?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryReachableChipsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<PathFilter>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegulationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegulationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRelationshipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRestrictionStatusArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  chip: Scalars['ID']['input'];
  entity: Scalars['ID']['input'];
};


export type QueryRuleImpactArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  chips?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<PathFilter>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  regulation: Scalars['ID']['input'];
  roles?: InputMaybe<Array<ReachRole>>;
};


export type QueryScenarioArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  chips?: InputMaybe<Array<Scalars['ID']['input']>>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  origins?: InputMaybe<Array<Scalars['ID']['input']>>;
  rules: ScenarioInput;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  labels?: InputMaybe<Array<NodeLabel>>;
  text: Scalars['String']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWhoCanReachArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  chip: Scalars['ID']['input'];
  filter?: InputMaybe<PathFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  onlyRestricted?: InputMaybe<Scalars['Boolean']['input']>;
  roles?: InputMaybe<Array<ReachRole>>;
};


export type QueryWholeGraphArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * What a reaching entity is to the chip: HOST hosts the chips for others (its best path is one
 * HOSTS step: a cloud provider, a data-centre operator's host), HOLDER holds chips it bought (one
 * ACQUIRED step), USER reaches them through others.
 */
export type ReachRole =
  | 'HOLDER'
  | 'HOST'
  | 'USER';

export type ReachableChip = {
  __typename?: 'ReachableChip';
  /** The shortest path, the surest among equally short ones. */
  bestPath: AccessPath;
  chip: Chip;
  /** The paths of the three shortest lengths matching the filter, as listed (a lower bound when pathCountCapped). */
  pathCount: Scalars['Int']['output'];
  /** The listing's work budget ran out: pathCount and pathways are lower bounds. */
  pathCountCapped: Scalars['Boolean']['output'];
  /** Every pathway used by a counted path to this chip. */
  pathways: Array<Pathway>;
  restriction: Restriction;
  /** The number of shortest paths to this chip (exact). */
  shortestPaths: Scalars['Int']['output'];
};

export type ReachingEntity = {
  __typename?: 'ReachingEntity';
  /** Its best path: the shortest, the surest among equally short ones. */
  bestPath: AccessPath;
  /** The length of its shortest paths. */
  distance: Scalars['Int']['output'];
  entity: Party;
  /** A designation held at asOf. */
  listed: Scalars['Boolean']['output'];
  /** @deprecated the number of its shortest paths: use shortestPaths */
  pathCount: Scalars['Int']['output'];
  /** The pathways of its best path. */
  pathways: Array<Pathway>;
  /** The chip is restricted for this entity at asOf. */
  restricted: Scalars['Boolean']['output'];
  /** Whether the chip is restricted for this entity at asOf, and every reason why. */
  restriction: Restriction;
  role: ReachRole;
  /** The number of its shortest paths (exact). */
  shortestPaths: Scalars['Int']['output'];
  /** Its best path's evidence is stale (see PathEvidence). */
  stale: Scalars['Boolean']['output'];
};

/** An export-control measure or a listing action. */
export type Regulation = Node & {
  __typename?: 'Regulation';
  aliases: Array<Scalars['String']['output']>;
  announced?: Maybe<Scalars['Date']['output']>;
  /** Federal Register citation, e.g. 88 FR 73458; null when unknown. */
  citation?: Maybe<Scalars['String']['output']>;
  /** Entities designated under this listing (incoming DESIGNATED_UNDER). */
  designees: Array<Relationship>;
  /** Destinations it covers. */
  destinations: Array<Scalars['CountryCode']['output']>;
  effective?: Maybe<Scalars['Date']['output']>;
  /** Firms headquartered in these countries are covered wherever they are. */
  headquarteredIn: Array<Scalars['CountryCode']['output']>;
  id: Scalars['ID']['output'];
  /** In force at asOf (today when omitted): effective, not rescinded, not suspended. */
  inForce: Scalars['Boolean']['output'];
  kind: RegulationKind;
  labels: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  rescinded?: Maybe<Scalars['Date']['output']>;
  /** Chips it covers (outgoing RESTRICTS). */
  restricts: Array<Relationship>;
  sources: Array<Source>;
  status?: Maybe<Scalars['String']['output']>;
  /**
   * The last date the graph knows this regulation's status for; past it, what follows from the
   * regulation is marked unverified.
   */
  statusKnownUntil?: Maybe<Scalars['Date']['output']>;
  /** Measures that supersede it (incoming SUPERSEDES). */
  supersededBy: Array<Relationship>;
  /** Measures it supersedes (outgoing SUPERSEDES). */
  supersedes: Array<Relationship>;
  suspendedFrom?: Maybe<Scalars['Date']['output']>;
  suspendedUntil?: Maybe<Scalars['Date']['output']>;
};


/** An export-control measure or a listing action. */
export type RegulationDesigneesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An export-control measure or a listing action. */
export type RegulationInForceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An export-control measure or a listing action. */
export type RegulationRestrictsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type RegulationConnection = {
  __typename?: 'RegulationConnection';
  nodes: Array<Regulation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegulationFilter = {
  /** Only the measures in force at this date. */
  inForceAt?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<RegulationKind>;
};

export type RegulationKind =
  /** The 50% rule: affiliates owned 50% or more by listed parties are restricted. */
  | 'AFFILIATES_RULE'
  /** An Entity List addition: every item subject to the EAR needs a licence for the listed party. */
  | 'ENTITY_LISTING'
  /** A rule or letter that controls chips for destinations. */
  | 'EXPORT_CONTROL'
  /** A bill; never in force unless it has an effective date. */
  | 'LEGISLATION'
  /** A proposed rule; never in force unless it has an effective date. */
  | 'PROPOSED_RULE';

/**
 * A relationship with its properties and its resolved sources. Type-specific properties are null
 * where they do not apply (share on OWNS, role on PROCURES_FROM, quantity on HOSTS and ACQUIRED...).
 */
export type Relationship = {
  __typename?: 'Relationship';
  /** RENTS_FROM: the amount paid, in currency. */
  amount?: Maybe<Scalars['Float']['output']>;
  /** DESIGNATED_UNDER: the Federal Register citation of the listing. */
  citation?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<Scalars['String']['output']>;
  /** ISO 4217 currency of amount. */
  currency?: Maybe<Scalars['String']['output']>;
  /** ACQUIRED: the acquisition date. */
  date?: Maybe<Scalars['Date']['output']>;
  /** When it stopped; null when unknown or ongoing. */
  endDate?: Maybe<Scalars['Date']['output']>;
  from: Node;
  /** Whether the fact held on asOf (true when no date is asked). */
  heldAt: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The last date an analyst confirmed the fact: its evidence is at least that recent (null: none recorded). */
  lastConfirmed?: Maybe<Scalars['Date']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** HOSTS, ACQUIRED: number of chips. */
  quantity?: Maybe<Scalars['Int']['output']>;
  retracted: Scalars['Boolean']['output'];
  retraction?: Maybe<Retraction>;
  /** PROCURES_FROM: the intermediary's role. */
  role?: Maybe<Scalars['String']['output']>;
  /** RENTS_FROM: the service rented. */
  service?: Maybe<Scalars['String']['output']>;
  /**
   * RENTS_FROM: what is rented, COMPUTE when the record gives nothing (null on other types). A MODEL
   * rental is shown here with its sources but opens no access path.
   */
  serviceKind?: Maybe<RentalServiceKind>;
  /** OWNS: equity share in [0, 1]; null when unknown. */
  share?: Maybe<Scalars['Float']['output']>;
  sources: Array<Source>;
  /**
   * When the fact started to hold, as recorded; null when unknown (treated as always). A HOSTS or
   * ACQUIRED step holds from its chip's releaseDate at the earliest, whatever this says.
   */
  startDate?: Maybe<Scalars['Date']['output']>;
  to: Node;
  type: RelationshipType;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
};


/**
 * A relationship with its properties and its resolved sources. Type-specific properties are null
 * where they do not apply (share on OWNS, role on PROCURES_FROM, quantity on HOSTS and ACQUIRED...).
 */
export type RelationshipHeldAtArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * Relationship types. Access relationships (OWNS, CONTROLS, PROCURES_FROM, RENTS_FROM, OPERATES,
 * HOSTS, ACQUIRED) point from the party that gains access toward the resource; the others are
 * context.
 */
export type RelationshipType =
  | 'ACQUIRED'
  | 'CONTROLS'
  | 'DESIGNATED_UNDER'
  | 'FUNDS'
  | 'HOSTS'
  | 'MANUFACTURES'
  | 'OPERATES'
  | 'OWNS'
  | 'PROCURES_FROM'
  | 'RENTS_FROM'
  | 'RESTRICTS'
  | 'SUPERSEDES';

/** What a RENTS_FROM rents. */
export type RentalServiceKind =
  /** Use of the provider's servers, to run one's own work on its chips: an access step. */
  | 'COMPUTE'
  /**
   * A model service (a hosted model's API or tokens): the provider runs the model on its chips and
   * the customer never uses them, so the rental is no access step and no path passes through it.
   */
  | 'MODEL';

/** Whether a chip is restricted for an entity at a date, and every reason why. */
export type Restriction = {
  __typename?: 'Restriction';
  asOf: Scalars['Date']['output'];
  /**
   * The entity's country and headquarters are both unknown while a rule covers the chip on asOf:
   * whether that rule catches it cannot be judged, so `restricted: false` is not a finding.
   */
  placeUnknown: Scalars['Boolean']['output'];
  reasons: Array<RestrictionReason>;
  restricted: Scalars['Boolean']['output'];
  /** Some reason rests on a regulation whose status at asOf is unverified, or placeUnknown. */
  unverified: Scalars['Boolean']['output'];
};

export type RestrictionBasis =
  /** The affiliates (50%) rule: listed parties own 50% or more of the entity in aggregate. */
  | 'AFFILIATE'
  /** The entity is on the Entity List: every item subject to the EAR needs a licence. */
  | 'DESIGNATION'
  /** An export control in force covers the chip for the entity's country (DESTINATION) or headquarters (HEADQUARTERS). */
  | 'REGULATION';

export type RestrictionReason = {
  __typename?: 'RestrictionReason';
  /** AFFILIATE: the listed owners' aggregate share. */
  aggregateShare?: Maybe<Scalars['Float']['output']>;
  /** REGULATION: DESTINATION or HEADQUARTERS. */
  basis?: Maybe<Scalars['String']['output']>;
  citation?: Maybe<Scalars['String']['output']>;
  /** REGULATION: the country that brings the entity under the rule. */
  country?: Maybe<Scalars['CountryCode']['output']>;
  kind: RestrictionBasis;
  /** AFFILIATE: the listed owners and their shares. */
  owners?: Maybe<Array<OwnerShare>>;
  /** The regulation; under a scenario, one it invents (id `scenario:…`) is given as it supposes it, with a note saying so and no sources. */
  regulation?: Maybe<Regulation>;
  /** DESIGNATION: the listing date. */
  since?: Maybe<Scalars['Date']['output']>;
  /**
   * The regulation's status at the date is past what the graph knows (its statusKnownUntil): for
   * example the affiliates rule after its suspension ran out on 9 Nov 2026, not known to be extended.
   * For a DESIGNATION also when the graph knows no date for it (neither the designation's start
   * nor the listing's effective date): it is taken to apply since ever, which the graph cannot verify.
   */
  unverified: Scalars['Boolean']['output'];
};

export type RetractResult = {
  __typename?: 'RetractResult';
  id: Scalars['ID']['output'];
  /** The node, when id names one. */
  node?: Maybe<Node>;
  /** The relationship, when id names one. */
  relationship?: Maybe<Relationship>;
  /** The relationships whose state this call changed (the one, or the node's). */
  relationships: Array<Scalars['ID']['output']>;
};

/** Who retracted a fact, when and why. A retracted fact stays in the graph, excluded from paths. */
export type Retraction = {
  __typename?: 'Retraction';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** One change to one node or relationship. */
export type Revision = {
  __typename?: 'Revision';
  action: RevisionAction;
  /** The changed fields after (for a creation, the values the record was created with). */
  after?: Maybe<Scalars['JSONObject']['output']>;
  at: Scalars['DateTime']['output'];
  /** The changed fields before (null for a creation). */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** The principal of the API key (or the import's principal). */
  by: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /**
   * The import that made the change (importDocument, write, correct, npm run import): the id of its
   * ImportBatch, which records who, when, why, the document's checksum and the ids it created. Null
   * for retractions, restorations and merges.
   */
  importId?: Maybe<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  /** The node or relationship changed. */
  targetId: Scalars['ID']['output'];
  /** Its label or relationship type. */
  targetType: Scalars['String']['output'];
};

/** What a revision did. */
export type RevisionAction =
  | 'CREATE'
  /** A relationship between merged entities, dropped: its record in before. */
  | 'DROP'
  /** The survivor of a merge: what it gained. */
  | 'MERGE'
  /** The duplicate of a merge, removed: its full record in before. */
  | 'MERGED_INTO'
  /** A relationship moved from a merged duplicate to the survivor. */
  | 'MOVE'
  /** A human decided that a screened party is not this entity (Mutation.recordNotSame). */
  | 'NOT_SAME'
  | 'RESTORE'
  | 'RETRACT'
  | 'UPDATE';

/**
 * One route over time. With `from`, a path (its id is the path's); with only `to`, an access of
 * an entity to the chip (id `entity|chip`), drawn through its best path on each day.
 */
export type RouteTimeline = {
  __typename?: 'RouteTimeline';
  chip: Chip;
  /** When, within those, its evidence was current (not stale). */
  evidenceCurrent: Array<TimeSpan>;
  /** When it held: every step held (and it was listed: the three shortest lengths of its chip). */
  held: Array<TimeSpan>;
  id: Scalars['ID']['output'];
  origin: Party;
  /** The path (an access's best path) as answered on `shownAt`. */
  path: AccessPath;
  /** Its periods of constant state, in order, only while it is an access path. */
  periods: Array<TimelinePeriod>;
  /** When, within those, the chip was restricted for the origin. */
  restricted: Array<TimeSpan>;
  /** The date `path` was judged on: the last date of change in the window at which its state was worked out (it holds until the next change). */
  shownAt: Scalars['Date']['output'];
};

/** What a regulation did, from its effective date. */
export type RuleImpact = {
  __typename?: 'RuleImpact';
  /** The date leftOpen is judged on. */
  asOf: Scalars['Date']['output'];
  /** The chips considered: those it covers (RESTRICTS), or every chip for a listing or the affiliates rule. */
  chips: Array<Chip>;
  effective: Scalars['Date']['output'];
  /**
   * Whether the rule was in force on `asOf` (effective, neither suspended nor rescinded). When
   * false, leftOpen is empty because the rule restricted nothing that day, not because it left
   * nothing open.
   */
  inForce: Scalars['Boolean']['output'];
  /**
   * Accesses to its chips that it left unrestricted on its effective date and that a later rule
   * (effective up to `asOf`) made restricted when it took effect.
   */
  laterClosed: Array<LaterClosure>;
  /**
   * Accesses on `asOf` whose chip this rule restricts for the origin (it is among the reasons), yet
   * reached: the routes it left open in fact, by pathway (rental, stockpiles, intermediaries...).
   */
  leftOpen: ImpactGroup;
  /**
   * Accesses (on the effective date) that became restricted that day with this rule among the
   * reasons: what it closed in law (a new purchase by these origins now needs a licence).
   */
  newlyRestricted: ImpactGroup;
  regulation: Regulation;
};

export type ScenarioCustomers =
  /** Every customer. */
  | 'ALL'
  /** Customers on the Entity List. */
  | 'LISTED'
  /** Customers for whom the chip is restricted. */
  | 'RESTRICTED';

/** A proposed rule as data. */
export type ScenarioInput = {
  /** Chips added to a (hypothetical) regulation from a date. */
  addChipCoverage?: InputMaybe<Array<ChipCoverageInput>>;
  /** No rental from, and no hosting in, data centres in these countries. */
  blockDataCenterCountries?: InputMaybe<Array<Scalars['CountryCode']['input']>>;
  /** Intermediaries (PROCURES_FROM steps) are blocked. */
  blockIntermediaries?: InputMaybe<Scalars['Boolean']['input']>;
  /** Access through subsidiaries (OWNS, CONTROLS steps) is blocked. */
  blockSubsidiaries?: InputMaybe<Scalars['Boolean']['input']>;
  denyCloudProviders?: InputMaybe<CloudDenialInput>;
  /** Hypothetical Entity List designations. */
  designate?: InputMaybe<Array<DesignationInput>>;
};

/**
 * What a proposed rule would change, against one date, over accesses: an access is an (entity,
 * chip) pair with a valid path. Counts are exact over every chip asked for; lists are paged
 * (`first`, at most MAX_PAGE_SIZE, from `offset`), ordered by chip then entity id, each access
 * shown by its best path (before the cuts for a cut access, after them for a remaining one).
 */
export type ScenarioResult = {
  __typename?: 'ScenarioResult';
  asOf: Scalars['Date']['output'];
  /** The chips weighed. */
  chipCount: Scalars['Int']['output'];
  /** Restricted accesses the rule closes, each with the steps it cuts on its best path. */
  cut: Array<CutPath>;
  /** Restricted accesses the rule closes: no path is left once its steps are cut. */
  cutCount: Scalars['Int']['output'];
  entitiesLosingAllAccess: Array<Party>;
  /** Entities that had a restricted access and keep none. */
  entitiesLosingAllAccessCount: Scalars['Int']['output'];
  /** The restricted accesses before the rule (remaining, cut and newly restricted paths) as one graph. */
  graph: Graph;
  newlyRestricted: Array<AccessPath>;
  /** Accesses restricted only because of the scenario's added coverage or designations. */
  newlyRestrictedCount: Scalars['Int']['output'];
  remaining: Array<AccessPath>;
  /** Restricted accesses the rule leaves open. */
  remainingCount: Scalars['Int']['output'];
  /** Accesses restricted under the rule's facts (real and hypothetical). */
  restrictedAfter: Scalars['Int']['output'];
  /** Accesses restricted for their entity before the rule (real facts only). */
  restrictedBefore: Scalars['Int']['output'];
  /** Always false: counts are exact (kept for clients that read it). */
  truncated: Scalars['Boolean']['output'];
  undetermined: Array<AccessPath>;
  /**
   * Of the remaining, those the rule cannot be judged for: left only because the graph does not
   * know a cloud provider's headquarters (under denyCloudProviders) or a data centre's country
   * (under blockDataCenterCountries). The rule would close them were that place one it names.
   */
  undeterminedCount: Scalars['Int']['output'];
};


/**
 * What a proposed rule would change, against one date, over accesses: an access is an (entity,
 * chip) pair with a valid path. Counts are exact over every chip asked for; lists are paged
 * (`first`, at most MAX_PAGE_SIZE, from `offset`), ordered by chip then entity id, each access
 * shown by its best path (before the cuts for a cut access, after them for a remaining one).
 */
export type ScenarioResultCutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What a proposed rule would change, against one date, over accesses: an access is an (entity,
 * chip) pair with a valid path. Counts are exact over every chip asked for; lists are paged
 * (`first`, at most MAX_PAGE_SIZE, from `offset`), ordered by chip then entity id, each access
 * shown by its best path (before the cuts for a cut access, after them for a remaining one).
 */
export type ScenarioResultEntitiesLosingAllAccessArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What a proposed rule would change, against one date, over accesses: an access is an (entity,
 * chip) pair with a valid path. Counts are exact over every chip asked for; lists are paged
 * (`first`, at most MAX_PAGE_SIZE, from `offset`), ordered by chip then entity id, each access
 * shown by its best path (before the cuts for a cut access, after them for a remaining one).
 */
export type ScenarioResultGraphArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What a proposed rule would change, against one date, over accesses: an access is an (entity,
 * chip) pair with a valid path. Counts are exact over every chip asked for; lists are paged
 * (`first`, at most MAX_PAGE_SIZE, from `offset`), ordered by chip then entity id, each access
 * shown by its best path (before the cuts for a cut access, after them for a remaining one).
 */
export type ScenarioResultNewlyRestrictedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What a proposed rule would change, against one date, over accesses: an access is an (entity,
 * chip) pair with a valid path. Counts are exact over every chip asked for; lists are paged
 * (`first`, at most MAX_PAGE_SIZE, from `offset`), ordered by chip then entity id, each access
 * shown by its best path (before the cuts for a cut access, after them for a remaining one).
 */
export type ScenarioResultRemainingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What a proposed rule would change, against one date, over accesses: an access is an (entity,
 * chip) pair with a valid path. Counts are exact over every chip asked for; lists are paged
 * (`first`, at most MAX_PAGE_SIZE, from `offset`), ordered by chip then entity id, each access
 * shown by its best path (before the cuts for a cut access, after them for a remaining one).
 */
export type ScenarioResultUndeterminedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type ScenarioRule =
  | 'CLOUD_DENIAL'
  | 'DATA_CENTER_COUNTRY'
  | 'INTERMEDIARY'
  | 'SUBSIDIARY';

export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  /** Lucene relevance score. */
  score: Scalars['Float']['output'];
};

/** Timelines and trends as files: CSV (one row a period) or JSON (the whole answer, with the fair-use notice). */
export type SeriesFormat =
  | 'CSV'
  | 'JSON';

/** A node whose name or an alias looks like the name asked for. */
export type SimilarNode = {
  __typename?: 'SimilarNode';
  /** The normalised name equals the node's name or one of its aliases (legal forms, case and punctuation ignored). */
  exact: Scalars['Boolean']['output'];
  /** The name or alias that matched best. */
  matched: Scalars['String']['output'];
  node: Node;
  /** Full-text relevance; exact matches come first whatever their score. */
  score: Scalars['Float']['output'];
};

/** A document that reports a fact. */
export type Source = Node & {
  __typename?: 'Source';
  excerpt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  labels: Array<Scalars['String']['output']>;
  /** ISO 639-1 language code. */
  language?: Maybe<Scalars['String']['output']>;
  /** The title. */
  name: Scalars['String']['output'];
  /** Why the source has no URL (not online, a group of documents, not verified...). A source has a url or this. */
  noUrlReason?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  publishedAt?: Maybe<Scalars['Date']['output']>;
  publisher: Scalars['String']['output'];
  /** The reports this one relays: a secondary report (press coverage in another language) names its originals. */
  secondaryCoverageOf: Array<Source>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['URL']['output']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  nodes: Array<Source>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceFilter = {
  publisher?: InputMaybe<Scalars['String']['input']>;
};

/**
 * How a step goes: UP climbs from a company to a party that controls it (the relationship points
 * from `to` to `from`), DOWN goes from an owner or controller to the company it holds, ALONG is
 * every other step.
 */
export type StepDirection =
  | 'ALONG'
  | 'DOWN'
  | 'UP';

/** Days (both ends inclusive) in which a condition held. */
export type TimeSpan = {
  __typename?: 'TimeSpan';
  closesWith: Array<TimelineEvent>;
  end: Scalars['Date']['output'];
  /** The span starts on the window's first day: it may have held before. */
  fromWindowStart: Scalars['Boolean']['output'];
  opensWith: Array<TimelineEvent>;
  start: Scalars['Date']['output'];
  /** The span ends on the window's last day: it may hold after. */
  toWindowEnd: Scalars['Boolean']['output'];
};

/** A dated change, with the fact or rule it comes from and that fact's sources. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** The chip concerned (its coverage by a rule, its release). */
  chip?: Maybe<Chip>;
  date: Scalars['Date']['output'];
  description: Scalars['String']['output'];
  kind: TimelineEventKind;
  /** The regulation concerned (rule events, coverage, listings). */
  regulation?: Maybe<Regulation>;
  /** The relationship that starts, ends or ages (a step, a RESTRICTS, a DESIGNATED_UNDER, an OWNS). */
  relationship?: Maybe<Relationship>;
  /** The sources of the relationship, else of the regulation; of the chip for CHIP_RELEASED. */
  sources: Array<Source>;
};

/** What changed on a date, for the boundaries of a timeline. */
export type TimelineEventKind =
  | 'CHIP_COVERAGE_ENDS'
  /** A regulation starts covering the chip (RESTRICTS). */
  | 'CHIP_COVERED'
  /**
   * The chip is released (its releaseDate): a step into it holds from this date, not before, when
   * its own start is unknown or earlier. Its sources are the chip's.
   */
  | 'CHIP_RELEASED'
  /** An open-ended step's last evidence becomes older than STALE_AFTER_MONTHS. */
  | 'EVIDENCE_AGES'
  /** An entity on the route (or one owning it) is listed (DESIGNATED_UNDER). */
  | 'LISTED'
  | 'LISTING_ENDS'
  /**
   * Nothing on the route itself changed: other paths did (a shorter path to the same chip opened
   * or closed, which changes the lengths listed, or another path became the access's best one).
   */
  | 'OTHER_PATHS'
  | 'OWNERSHIP_ENDS'
  /** An ownership of an entity on the route starts (the affiliates rule adds shares up). */
  | 'OWNERSHIP_STARTS'
  | 'RULE_RESCINDED'
  /** The last date the graph knows the rule's status for has passed: what rests on it is unverified. */
  | 'RULE_STATUS_UNKNOWN'
  | 'RULE_SUSPENDED'
  /** A suspension ends: the rule applies again from this date. */
  | 'RULE_SUSPENSION_ENDS'
  | 'RULE_TAKES_EFFECT'
  /** An access step ended the day before (its endDate). */
  | 'STEP_ENDS'
  /** An access step starts (its startDate; an ACQUIRED step's purchase date). */
  | 'STEP_STARTS';

/** Days in which a route's state did not change (both ends inclusive). */
export type TimelinePeriod = {
  __typename?: 'TimelinePeriod';
  /** What changed the day after `end` (empty on the window's last day). */
  closesWith: Array<TimelineEvent>;
  end: Scalars['Date']['output'];
  /** What changed on `start` (empty on the window's first day). */
  opensWith: Array<TimelineEvent>;
  pathways: Array<Pathway>;
  /** The chip is restricted for the origin on these days. */
  restricted: Scalars['Boolean']['output'];
  /** Whether the chip is restricted for the origin on `start`, and every reason why (the rules). */
  restriction: Restriction;
  /** Some open-ended step has no evidence within STALE_AFTER_MONTHS before these days. */
  stale: Scalars['Boolean']['output'];
  start: Scalars['Date']['output'];
};

export type TrendInterval =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** The accesses of one period, counted on its last day (exactly whoCanReach's counts, summed over the chips). */
export type TrendPeriod = {
  __typename?: 'TrendPeriod';
  /** (entity, chip) pairs with an access path on `end`. */
  accesses: Scalars['Int']['output'];
  byPathway: Array<PathwayCount>;
  end: Scalars['Date']['output'];
  /** Rule events, and releases of the trend's chips, within the period. */
  events: Array<TimelineEvent>;
  /** Accesses by listed parties (a designation held on `end`), and of those the restricted ones. */
  listed: Scalars['Int']['output'];
  listedRestricted: Scalars['Int']['output'];
  /** Of those, the ones where the chip is restricted for the entity. */
  restricted: Scalars['Int']['output'];
  /** Accesses whose best path's evidence is stale on `end`, and of those the restricted ones. */
  stale: Scalars['Int']['output'];
  staleRestricted: Scalars['Int']['output'];
  start: Scalars['Date']['output'];
};

/**
 * Everyone with a valid access path to a chip at asOf: complete (reachability, not a listing of
 * paths), each entity judged on its own (restricted for it, listed) and on its best path (role,
 * pathways, evidence), nearest first, paged.
 */
export type WhoCanReach = {
  __typename?: 'WhoCanReach';
  asOf: Scalars['Date']['output'];
  /** Counts per pathway over the whole answer (an entity counts for each pathway of its best path). */
  byPathway: Array<PathwayGroup>;
  chip: Chip;
  /** This page, nearest first. */
  entities: Array<ReachingEntity>;
  /** The best path of every entity as one graph (`pathGraph(to:)` draws every path). */
  graph: Graph;
  /** Of those, the ones listed at asOf. */
  listedCount: Scalars['Int']['output'];
  pageInfo: PageInfo;
  /** Of those, the ones for whom the chip is restricted at asOf. */
  restrictedCount: Scalars['Int']['output'];
  /** Of those, the ones whose best path's evidence is stale. */
  staleCount: Scalars['Int']['output'];
  /** Entities matching the arguments (exact). */
  totalCount: Scalars['Int']['output'];
  /** Always false: the answer is complete (kept for clients that read it). */
  truncated: Scalars['Boolean']['output'];
};


/**
 * Everyone with a valid access path to a chip at asOf: complete (reachability, not a listing of
 * paths), each entity judged on its own (restricted for it, listed) and on its best path (role,
 * pathways, evidence), nearest first, paged.
 */
export type WhoCanReachGraphArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A write: any mix of sources, nodes and relationships (at most 500 records per call). */
export type WriteInput = {
  nodes?: InputMaybe<Array<WriteNode>>;
  /** Why: recorded on every revision the write makes. */
  reason?: InputMaybe<Scalars['String']['input']>;
  relationships?: InputMaybe<Array<WriteRelationship>>;
  sources?: InputMaybe<Array<WriteSource>>;
};

/**
 * A node. `label` is one of Entity, CloudProvider, DataCenter, Chip, Regulation; each label takes
 * its own fields (the others are rejected, never dropped):
 * Entity: kind, country, addresses; CloudProvider: the same and headquarters;
 * DataCenter: country, city; Chip: vendor, tpp, ioBandwidthGBps, memoryBandwidthGBps, releaseDate;
 * Regulation: kind (required), citation, announced, effective, suspendedFrom, suspendedUntil,
 * rescinded, destinations, headquarteredIn, status, statusKnownUntil. Every label: aliases, note.
 */
export type WriteNode = {
  /** Entity: postal addresses, one string each. */
  addresses?: InputMaybe<Array<Scalars['String']['input']>>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  announced?: InputMaybe<Scalars['String']['input']>;
  citation?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2, e.g. CN. */
  country?: InputMaybe<Scalars['String']['input']>;
  destinations?: InputMaybe<Array<Scalars['String']['input']>>;
  effective?: InputMaybe<Scalars['String']['input']>;
  headquarteredIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** CloudProvider: ISO 3166-1 alpha-2. */
  headquarters?: InputMaybe<Scalars['String']['input']>;
  /** Required. Lowercase slug, e.g. shenzhen-university. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Entity: registry numbers as `scheme:value`. */
  identifiers?: InputMaybe<Array<Scalars['String']['input']>>;
  ioBandwidthGBps?: InputMaybe<Scalars['Float']['input']>;
  /** Entity kinds: COMPANY, UNIVERSITY, LAB, GOVERNMENT, BROKER, INVESTOR, PERSON. Regulation kinds: EXPORT_CONTROL, ENTITY_LISTING, AFFILIATES_RULE, PROPOSED_RULE, LEGISLATION. */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Required. Entity, CloudProvider, DataCenter, Chip or Regulation. */
  label?: InputMaybe<Scalars['String']['input']>;
  memoryBandwidthGBps?: InputMaybe<Scalars['Float']['input']>;
  /** Required. */
  name?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  releaseDate?: InputMaybe<Scalars['String']['input']>;
  rescinded?: InputMaybe<Scalars['String']['input']>;
  /** Required: at least one Source id (a fact without a source is not accepted). */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  status?: InputMaybe<Scalars['String']['input']>;
  /** Regulation, YYYY-MM-DD: the last date its status is known for; reasons resting on it later say unverified. */
  statusKnownUntil?: InputMaybe<Scalars['String']['input']>;
  suspendedFrom?: InputMaybe<Scalars['String']['input']>;
  suspendedUntil?: InputMaybe<Scalars['String']['input']>;
  /** Entity: FollowTheMoney topics. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  tpp?: InputMaybe<Scalars['Float']['input']>;
  vendor?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A relationship from -type-> to. Types and the labels they join: OWNS, CONTROLS, PROCURES_FROM,
 * FUNDS (Entity -> Entity); RENTS_FROM (Entity -> CloudProvider or DataCenter); OPERATES
 * (Entity -> DataCenter); HOSTS (DataCenter or CloudProvider -> Chip); ACQUIRED, MANUFACTURES
 * (Entity -> Chip); DESIGNATED_UNDER (Entity -> Regulation); RESTRICTS (Regulation -> Chip);
 * SUPERSEDES (Regulation -> Regulation). Type-specific fields: share (OWNS, 0..1), role
 * (CONTROLS, PROCURES_FROM), service, serviceKind, amount, currency (RENTS_FROM; amount and
 * currency on FUNDS), quantity (HOSTS, ACQUIRED), date (ACQUIRED), citation (DESIGNATED_UNDER).
 */
export type WriteRelationship = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  citation?: InputMaybe<Scalars['String']['input']>;
  /** Required. CONFIRMED, REPORTED, ALLEGED or DISPUTED. */
  confidence?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217, e.g. USD. */
  currency?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** Required: the id of the node it starts at. */
  from?: InputMaybe<Scalars['ID']['input']>;
  /** Required. Lowercase slug. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /**
   * YYYY-MM-DD: the last date an analyst confirmed the fact. Its evidence is at least that recent:
   * an open-ended step ages from the newest of this and its sources' publishedAt.
   */
  lastConfirmed?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  quantity?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  service?: InputMaybe<Scalars['String']['input']>;
  /** RENTS_FROM: COMPUTE (the default: servers, an access step) or MODEL (a model service: no access step). */
  serviceKind?: InputMaybe<Scalars['String']['input']>;
  share?: InputMaybe<Scalars['Float']['input']>;
  /** Required: at least one Source id. */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** YYYY-MM-DD; not after endDate. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** Required: the id of the node it ends at. */
  to?: InputMaybe<Scalars['ID']['input']>;
  /** Required. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** A source document. Referenced by id from nodes' and relationships' `sources`. */
export type WriteSource = {
  excerpt?: InputMaybe<Scalars['String']['input']>;
  /** Required. Lowercase slug, e.g. src-reuters-2024-08-23-cloud. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 639-1 code, e.g. en, fr. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Why there is no URL; a source gives a url or this. */
  noUrlReason?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** Required. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Ids of the sources this one relays (secondary coverage). */
  secondaryCoverageOf?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Required. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Absolute http(s) URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessPath: ResolverTypeWrapper<EvaluatedPath>;
  AccessPathConnection: ResolverTypeWrapper<AccessPathPage>;
  AccessRelationshipType: AccessRelationshipType;
  AccessTimeline: ResolverTypeWrapper<AccessTimelineModel>;
  AccessTrends: ResolverTypeWrapper<AccessTrendsModel>;
  Acquisition: ResolverTypeWrapper<AcquisitionModel>;
  AcquisitionStep: AcquisitionStep;
  AcquisitionTiming: AcquisitionTiming;
  AffiliateCatch: ResolverTypeWrapper<AffiliateCatchModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Chip: ResolverTypeWrapper<NodeRecord>;
  ChipConnection: ResolverTypeWrapper<Omit<ChipConnection, 'nodes'> & { nodes: Array<ResolversTypes['Chip']> }>;
  ChipCoverageInput: ChipCoverageInput;
  ChipFilter: ChipFilter;
  ChipLocation: ResolverTypeWrapper<ChipLocationModel>;
  CloudDenialInput: CloudDenialInput;
  CloudProvider: ResolverTypeWrapper<NodeRecord>;
  Confidence: Confidence;
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  Cut: ResolverTypeWrapper<Cut>;
  CutPath: ResolverTypeWrapper<ShownAccess>;
  DataCenter: ResolverTypeWrapper<NodeRecord>;
  DataCenterConnection: ResolverTypeWrapper<Omit<DataCenterConnection, 'nodes'> & { nodes: Array<ResolversTypes['DataCenter']> }>;
  DataCenterFilter: DataCenterFilter;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DesignationInput: DesignationInput;
  Direction: Direction;
  EffectiveOwnership: ResolverTypeWrapper<EffectiveOwnershipModel>;
  Entity: ResolverTypeWrapper<NodeRecord>;
  EntityFilter: EntityFilter;
  EntityKind: EntityKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FtmImportReport: ResolverTypeWrapper<FtmImportReport>;
  FtmMatch: ResolverTypeWrapper<FtmMatch>;
  FtmProblem: ResolverTypeWrapper<FtmProblem>;
  FtmRecord: ResolverTypeWrapper<FtmRecord>;
  FtmReview: ResolverTypeWrapper<FtmReview>;
  FtmReviewCandidate: ResolverTypeWrapper<FtmReviewCandidate>;
  FtmSkipped: ResolverTypeWrapper<FtmSkipped>;
  Graph: ResolverTypeWrapper<GraphView>;
  GraphEdge: ResolverTypeWrapper<ViewEdge>;
  GraphFormat: GraphFormat;
  GraphNode: ResolverTypeWrapper<ViewNode>;
  Holding: ResolverTypeWrapper<HoldingModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImpactAccess: ResolverTypeWrapper<ImpactAccessModel>;
  ImpactGroup: ResolverTypeWrapper<ImpactGroupModel>;
  ImportCounts: ResolverTypeWrapper<ImportCounts>;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  LaterClosure: ResolverTypeWrapper<LaterClosureModel>;
  LocationKind: LocationKind;
  MatchCandidate: ResolverTypeWrapper<Omit<MatchCandidate, 'node'> & { node: ResolversTypes['Party'] }>;
  MatchQueryInput: MatchQueryInput;
  MatchResult: ResolverTypeWrapper<Omit<MatchResult, 'candidates'> & { candidates: Array<ResolversTypes['MatchCandidate']> }>;
  MergeResult: ResolverTypeWrapper<Omit<MergeResult, 'survivor'> & { survivor: ResolversTypes['Party'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<NodeRecord>;
  NodeLabel: NodeLabel;
  NotSameDecision: ResolverTypeWrapper<Omit<NotSameDecision, 'candidate'> & { candidate: ResolversTypes['Party'] }>;
  OwnerShare: ResolverTypeWrapper<OwnerShareModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Party: ResolverTypeWrapper<NodeRecord>;
  PartyConnection: ResolverTypeWrapper<Omit<PartyConnection, 'nodes'> & { nodes: Array<ResolversTypes['Party']> }>;
  PathEvidence: ResolverTypeWrapper<PathEvidence>;
  PathFilter: PathFilter;
  PathStep: ResolverTypeWrapper<Step>;
  Pathway: Pathway;
  PathwayCount: ResolverTypeWrapper<PathwayCount>;
  PathwayGroup: ResolverTypeWrapper<Omit<PathwayGroup, 'entities'> & { entities: Array<ResolversTypes['ReachingEntity']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReachRole: ReachRole;
  ReachableChip: ResolverTypeWrapper<ReachedChip>;
  ReachingEntity: ResolverTypeWrapper<Reach>;
  Regulation: ResolverTypeWrapper<NodeRecord>;
  RegulationConnection: ResolverTypeWrapper<Omit<RegulationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Regulation']> }>;
  RegulationFilter: RegulationFilter;
  RegulationKind: RegulationKind;
  Relationship: ResolverTypeWrapper<RelRecord>;
  RelationshipType: RelationshipType;
  RentalServiceKind: RentalServiceKind;
  Restriction: ResolverTypeWrapper<RestrictionModel>;
  RestrictionBasis: RestrictionBasis;
  RestrictionReason: ResolverTypeWrapper<RestrictionReasonModel>;
  RetractResult: ResolverTypeWrapper<Omit<RetractResult, 'node' | 'relationship'> & { node?: Maybe<ResolversTypes['Node']>, relationship?: Maybe<ResolversTypes['Relationship']> }>;
  Retraction: ResolverTypeWrapper<RelRecord>;
  Revision: ResolverTypeWrapper<Revision>;
  RevisionAction: RevisionAction;
  RouteTimeline: ResolverTypeWrapper<RouteTimelineModel>;
  RuleImpact: ResolverTypeWrapper<RuleImpactModel>;
  ScenarioCustomers: ScenarioCustomers;
  ScenarioInput: ScenarioInput;
  ScenarioResult: ResolverTypeWrapper<ScenarioAnswer>;
  ScenarioRule: ScenarioRule;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Node'] }>;
  SeriesFormat: SeriesFormat;
  SimilarNode: ResolverTypeWrapper<Omit<SimilarNode, 'node'> & { node: ResolversTypes['Node'] }>;
  Source: ResolverTypeWrapper<NodeRecord>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'nodes'> & { nodes: Array<ResolversTypes['Source']> }>;
  SourceFilter: SourceFilter;
  StepDirection: StepDirection;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimeSpan: ResolverTypeWrapper<Omit<TimeSpan, 'closesWith' | 'opensWith'> & { closesWith: Array<ResolversTypes['TimelineEvent']>, opensWith: Array<ResolversTypes['TimelineEvent']> }>;
  TimelineEvent: ResolverTypeWrapper<TimelineEventModel>;
  TimelineEventKind: TimelineEventKind;
  TimelinePeriod: ResolverTypeWrapper<RoutePeriod>;
  TrendInterval: TrendInterval;
  TrendPeriod: ResolverTypeWrapper<Omit<TrendPeriod, 'events'> & { events: Array<ResolversTypes['TimelineEvent']> }>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  WhoCanReach: ResolverTypeWrapper<WhoCanReachPage>;
  WriteInput: WriteInput;
  WriteNode: WriteNode;
  WriteRelationship: WriteRelationship;
  WriteSource: WriteSource;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessPath: EvaluatedPath;
  AccessPathConnection: AccessPathPage;
  AccessTimeline: AccessTimelineModel;
  AccessTrends: AccessTrendsModel;
  Acquisition: AcquisitionModel;
  AffiliateCatch: AffiliateCatchModel;
  Boolean: Scalars['Boolean']['output'];
  Chip: NodeRecord;
  ChipConnection: Omit<ChipConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Chip']> };
  ChipCoverageInput: ChipCoverageInput;
  ChipFilter: ChipFilter;
  ChipLocation: ChipLocationModel;
  CloudDenialInput: CloudDenialInput;
  CloudProvider: NodeRecord;
  CountryCode: Scalars['CountryCode']['output'];
  Cut: Cut;
  CutPath: ShownAccess;
  DataCenter: NodeRecord;
  DataCenterConnection: Omit<DataCenterConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['DataCenter']> };
  DataCenterFilter: DataCenterFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DesignationInput: DesignationInput;
  EffectiveOwnership: EffectiveOwnershipModel;
  Entity: NodeRecord;
  EntityFilter: EntityFilter;
  Float: Scalars['Float']['output'];
  FtmImportReport: FtmImportReport;
  FtmMatch: FtmMatch;
  FtmProblem: FtmProblem;
  FtmRecord: FtmRecord;
  FtmReview: FtmReview;
  FtmReviewCandidate: FtmReviewCandidate;
  FtmSkipped: FtmSkipped;
  Graph: GraphView;
  GraphEdge: ViewEdge;
  GraphNode: ViewNode;
  Holding: HoldingModel;
  ID: Scalars['ID']['output'];
  ImpactAccess: ImpactAccessModel;
  ImpactGroup: ImpactGroupModel;
  ImportCounts: ImportCounts;
  ImportProblem: ImportProblem;
  ImportReport: ImportReport;
  Int: Scalars['Int']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  LaterClosure: LaterClosureModel;
  MatchCandidate: Omit<MatchCandidate, 'node'> & { node: ResolversParentTypes['Party'] };
  MatchQueryInput: MatchQueryInput;
  MatchResult: Omit<MatchResult, 'candidates'> & { candidates: Array<ResolversParentTypes['MatchCandidate']> };
  MergeResult: Omit<MergeResult, 'survivor'> & { survivor: ResolversParentTypes['Party'] };
  Mutation: Record<PropertyKey, never>;
  Node: NodeRecord;
  NotSameDecision: Omit<NotSameDecision, 'candidate'> & { candidate: ResolversParentTypes['Party'] };
  OwnerShare: OwnerShareModel;
  PageInfo: PageInfo;
  Party: NodeRecord;
  PartyConnection: Omit<PartyConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Party']> };
  PathEvidence: PathEvidence;
  PathFilter: PathFilter;
  PathStep: Step;
  PathwayCount: PathwayCount;
  PathwayGroup: Omit<PathwayGroup, 'entities'> & { entities: Array<ResolversParentTypes['ReachingEntity']> };
  Query: Record<PropertyKey, never>;
  ReachableChip: ReachedChip;
  ReachingEntity: Reach;
  Regulation: NodeRecord;
  RegulationConnection: Omit<RegulationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Regulation']> };
  RegulationFilter: RegulationFilter;
  Relationship: RelRecord;
  Restriction: RestrictionModel;
  RestrictionReason: RestrictionReasonModel;
  RetractResult: Omit<RetractResult, 'node' | 'relationship'> & { node?: Maybe<ResolversParentTypes['Node']>, relationship?: Maybe<ResolversParentTypes['Relationship']> };
  Retraction: RelRecord;
  Revision: Revision;
  RouteTimeline: RouteTimelineModel;
  RuleImpact: RuleImpactModel;
  ScenarioInput: ScenarioInput;
  ScenarioResult: ScenarioAnswer;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Node'] };
  SimilarNode: Omit<SimilarNode, 'node'> & { node: ResolversParentTypes['Node'] };
  Source: NodeRecord;
  SourceConnection: Omit<SourceConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Source']> };
  SourceFilter: SourceFilter;
  String: Scalars['String']['output'];
  TimeSpan: Omit<TimeSpan, 'closesWith' | 'opensWith'> & { closesWith: Array<ResolversParentTypes['TimelineEvent']>, opensWith: Array<ResolversParentTypes['TimelineEvent']> };
  TimelineEvent: TimelineEventModel;
  TimelinePeriod: RoutePeriod;
  TrendPeriod: Omit<TrendPeriod, 'events'> & { events: Array<ResolversParentTypes['TimelineEvent']> };
  URL: Scalars['URL']['output'];
  WhoCanReach: WhoCanReachPage;
  WriteInput: WriteInput;
  WriteNode: WriteNode;
  WriteRelationship: WriteRelationship;
  WriteSource: WriteSource;
};

export type AccessPathResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['AccessPath'] = ResolversParentTypes['AccessPath']> = {
  acquisition?: Resolver<Maybe<ResolversTypes['Acquisition']>, ParentType, ContextType>;
  chip?: Resolver<ResolversTypes['Chip'], ParentType, ContextType>;
  chipLocation?: Resolver<Maybe<ResolversTypes['ChipLocation']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  confidenceScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['PathEvidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  pathways?: Resolver<Array<ResolversTypes['Pathway']>, ParentType, ContextType>;
  restriction?: Resolver<ResolversTypes['Restriction'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type AccessPathConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['AccessPathConnection'] = ResolversParentTypes['AccessPathConnection']> = {
  graph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<AccessPathConnectionGraphArgs, 'limit'>>;
  nodes?: Resolver<Array<ResolversTypes['AccessPath']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AccessTimelineResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['AccessTimeline'] = ResolversParentTypes['AccessTimeline']> = {
  dates?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  export?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<AccessTimelineExportArgs, 'format'>>;
  routes?: Resolver<Array<ResolversTypes['RouteTimeline']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AccessTrendsResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['AccessTrends'] = ResolversParentTypes['AccessTrends']> = {
  chips?: Resolver<Array<ResolversTypes['Chip']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  export?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<AccessTrendsExportArgs, 'format'>>;
  interval?: Resolver<ResolversTypes['TrendInterval'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['TrendPeriod']>, ParentType, ContextType>;
};

export type AcquisitionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Acquisition'] = ResolversParentTypes['Acquisition']> = {
  acquirer?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  acquirerTiming?: Resolver<Maybe<ResolversTypes['AcquisitionTiming']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  receiver?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  receiverTiming?: Resolver<ResolversTypes['AcquisitionTiming'], ParentType, ContextType>;
  timing?: Resolver<ResolversTypes['AcquisitionTiming'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['AcquisitionStep'], ParentType, ContextType>;
};

export type AffiliateCatchResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['AffiliateCatch'] = ResolversParentTypes['AffiliateCatch']> = {
  aggregateShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  listedOwners?: Resolver<Array<ResolversTypes['OwnerShare']>, ParentType, ContextType>;
  regulation?: Resolver<ResolversTypes['Regulation'], ParentType, ContextType>;
  unverified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ChipResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Chip'] = ResolversParentTypes['Chip']> = {
  acquiredBy?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<ChipAcquiredByArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hostedBy?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<ChipHostedByArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ioBandwidthGBps?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  manufacturers?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  memoryBandwidthGBps?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releaseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  restrictedBy?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<ChipRestrictedByArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  tpp?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  vendor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChipConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ChipConnection'] = ResolversParentTypes['ChipConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Chip']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChipLocationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ChipLocation'] = ResolversParentTypes['ChipLocation']> = {
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LocationKind'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type CloudProviderResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CloudProvider'] = ResolversParentTypes['CloudProvider']> = {
  acquired?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderAcquiredArgs>>;
  addresses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  allSubsidiaries?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType, Partial<CloudProviderAllSubsidiariesArgs>>;
  controllers?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderControllersArgs>>;
  controls?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderControlsArgs>>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  designations?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderDesignationsArgs>>;
  funders?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderFundersArgs>>;
  funds?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderFundsArgs>>;
  headquarters?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  hosts?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderHostsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  isCloudProvider?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<CloudProviderListedArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operates?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderOperatesArgs>>;
  owners?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderOwnersArgs>>;
  procuresFor?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderProcuresForArgs>>;
  procuresFrom?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderProcuresFromArgs>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<CloudProviderRelationshipsArgs, 'direction' | 'includeRetracted'>>;
  renters?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderRentersArgs>>;
  rentsFrom?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderRentsFromArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  subsidiaries?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<CloudProviderSubsidiariesArgs>>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export type CutResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Cut'] = ResolversParentTypes['Cut']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['ScenarioRule'], ParentType, ContextType>;
  stepIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CutPathResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CutPath'] = ResolversParentTypes['CutPath']> = {
  cuts?: Resolver<Array<ResolversTypes['Cut']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['AccessPath'], ParentType, ContextType>;
};

export type DataCenterResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['DataCenter'] = ResolversParentTypes['DataCenter']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  hosts?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<DataCenterHostsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<DataCenterOperatorsArgs>>;
  renters?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<DataCenterRentersArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataCenterConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['DataCenterConnection'] = ResolversParentTypes['DataCenterConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['DataCenter']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EffectiveOwnershipResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['EffectiveOwnership'] = ResolversParentTypes['EffectiveOwnership']> = {
  affiliatesRule?: Resolver<Maybe<ResolversTypes['Regulation']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  caughtByAffiliatesRule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  listedOwners?: Resolver<Array<ResolversTypes['OwnerShare']>, ParentType, ContextType>;
  listedShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  listedShareIsLowerBound?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['OwnerShare']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  acquired?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<EntityAcquiredArgs>>;
  addresses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  allSubsidiaries?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType, Partial<EntityAllSubsidiariesArgs>>;
  controllers?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<EntityControllersArgs>>;
  controls?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<EntityControlsArgs>>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  designations?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<EntityDesignationsArgs>>;
  funders?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<EntityFundersArgs>>;
  funds?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<EntityFundsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  isCloudProvider?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['EntityKind']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<EntityListedArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operates?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<EntityOperatesArgs>>;
  owners?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<EntityOwnersArgs>>;
  procuresFor?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<EntityProcuresForArgs>>;
  procuresFrom?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<EntityProcuresFromArgs>>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<EntityRelationshipsArgs, 'direction' | 'includeRetracted'>>;
  rentsFrom?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<EntityRentsFromArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  subsidiaries?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<EntitySubsidiariesArgs>>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FtmImportReportResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['FtmImportReport'] = ResolversParentTypes['FtmImportReport']> = {
  created?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matched?: Resolver<Array<ResolversTypes['FtmMatch']>, ParentType, ContextType>;
  notices?: Resolver<Array<ResolversTypes['FtmProblem']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['FtmRecord']>, ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['FtmProblem']>, ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['FtmSkipped']>, ParentType, ContextType>;
  toReview?: Resolver<Array<ResolversTypes['FtmReview']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['FtmProblem']>, ParentType, ContextType>;
};

export type FtmMatchResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['FtmMatch'] = ResolversParentTypes['FtmMatch']> = {
  ftmId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FtmProblemResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['FtmProblem'] = ResolversParentTypes['FtmProblem']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FtmRecordResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['FtmRecord'] = ResolversParentTypes['FtmRecord']> = {
  ftmId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FtmReviewResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['FtmReview'] = ResolversParentTypes['FtmReview']> = {
  candidates?: Resolver<Array<ResolversTypes['FtmReviewCandidate']>, ParentType, ContextType>;
  ftmId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FtmReviewCandidateResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['FtmReviewCandidate'] = ResolversParentTypes['FtmReviewCandidate']> = {
  features?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type FtmSkippedResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['FtmSkipped'] = ResolversParentTypes['FtmSkipped']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schema?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  export?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<GraphExportArgs, 'format'>>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type HoldingResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Holding'] = ResolversParentTypes['Holding']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  effectiveShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
};

export type ImpactAccessResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImpactAccess'] = ResolversParentTypes['ImpactAccess']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  bestPath?: Resolver<ResolversTypes['AccessPath'], ParentType, ContextType>;
  chip?: Resolver<ResolversTypes['Chip'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pathways?: Resolver<Array<ResolversTypes['Pathway']>, ParentType, ContextType>;
  restriction?: Resolver<ResolversTypes['Restriction'], ParentType, ContextType>;
};

export type ImpactGroupResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImpactGroup'] = ResolversParentTypes['ImpactGroup']> = {
  accesses?: Resolver<Array<ResolversTypes['ImpactAccess']>, ParentType, ContextType, RequireFields<ImpactGroupAccessesArgs, 'first' | 'offset'>>;
  byPathway?: Resolver<Array<ResolversTypes['PathwayCount']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportCountsResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImportCounts'] = ResolversParentTypes['ImportCounts']> = {
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  created?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notices?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type LaterClosureResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['LaterClosure'] = ResolversParentTypes['LaterClosure']> = {
  closed?: Resolver<ResolversTypes['ImpactGroup'], ParentType, ContextType>;
  effective?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  regulation?: Resolver<ResolversTypes['Regulation'], ParentType, ContextType>;
};

export type MatchCandidateResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['MatchCandidate'] = ResolversParentTypes['MatchCandidate']> = {
  certain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  features?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MatchResultResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['MatchResult'] = ResolversParentTypes['MatchResult']> = {
  candidates?: Resolver<Array<ResolversTypes['MatchCandidate']>, ParentType, ContextType>;
  excluded?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MergeResultResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['MergeResult'] = ResolversParentTypes['MergeResult']> = {
  dropped?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moved?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  survivor?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  correct?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationCorrectArgs, 'changes' | 'id' | 'reason'>>;
  importDocument?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportDocumentArgs, 'document' | 'dryRun'>>;
  importFtm?: Resolver<ResolversTypes['FtmImportReport'], ParentType, ContextType, RequireFields<MutationImportFtmArgs, 'dryRun' | 'lines'>>;
  mergeEntities?: Resolver<ResolversTypes['MergeResult'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'duplicate' | 'reason' | 'survivor'>>;
  recordNotSame?: Resolver<ResolversTypes['NotSameDecision'], ParentType, ContextType, RequireFields<MutationRecordNotSameArgs, 'candidate' | 'key' | 'reason'>>;
  restore?: Resolver<ResolversTypes['RetractResult'], ParentType, ContextType, RequireFields<MutationRestoreArgs, 'id' | 'reason'>>;
  retract?: Resolver<ResolversTypes['RetractResult'], ParentType, ContextType, RequireFields<MutationRetractArgs, 'id' | 'reason'>>;
  write?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationWriteArgs, 'dryRun' | 'input'>>;
};

export type NodeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Chip' | 'CloudProvider' | 'DataCenter' | 'Entity' | 'Regulation' | 'Source', ParentType, ContextType>;
};

export type NotSameDecisionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['NotSameDecision'] = ResolversParentTypes['NotSameDecision']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  candidate?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OwnerShareResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['OwnerShare'] = ResolversParentTypes['OwnerShare']> = {
  owner?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unknownChains?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartyResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = {
  __resolveType: TypeResolveFn<'CloudProvider' | 'Entity', ParentType, ContextType>;
};

export type PartyConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PartyConnection'] = ResolversParentTypes['PartyConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathEvidenceResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PathEvidence'] = ResolversParentTypes['PathEvidence']> = {
  ageDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastEvidence?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  oldestStepIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  direction?: Resolver<ResolversTypes['StepDirection'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type PathwayCountResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PathwayCount'] = ResolversParentTypes['PathwayCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pathway?: Resolver<ResolversTypes['Pathway'], ParentType, ContextType>;
  restricted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathwayGroupResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PathwayGroup'] = ResolversParentTypes['PathwayGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['ReachingEntity']>, ParentType, ContextType>;
  pathway?: Resolver<ResolversTypes['Pathway'], ParentType, ContextType>;
  restrictedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessPaths?: Resolver<ResolversTypes['AccessPathConnection'], ParentType, ContextType, RequireFields<QueryAccessPathsArgs, 'first' | 'from' | 'maxHops'>>;
  accessTimeline?: Resolver<ResolversTypes['AccessTimeline'], ParentType, ContextType, RequireFields<QueryAccessTimelineArgs, 'end' | 'maxHops' | 'start'>>;
  accessTrends?: Resolver<ResolversTypes['AccessTrends'], ParentType, ContextType, RequireFields<QueryAccessTrendsArgs, 'end' | 'interval' | 'maxHops' | 'start'>>;
  affiliatesCaught?: Resolver<Array<ResolversTypes['AffiliateCatch']>, ParentType, ContextType, Partial<QueryAffiliatesCaughtArgs>>;
  chips?: Resolver<ResolversTypes['ChipConnection'], ParentType, ContextType, RequireFields<QueryChipsArgs, 'first'>>;
  dataCenters?: Resolver<ResolversTypes['DataCenterConnection'], ParentType, ContextType, RequireFields<QueryDataCentersArgs, 'first'>>;
  effectiveOwnership?: Resolver<ResolversTypes['EffectiveOwnership'], ParentType, ContextType, RequireFields<QueryEffectiveOwnershipArgs, 'entity'>>;
  entities?: Resolver<ResolversTypes['PartyConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  findSimilar?: Resolver<Array<ResolversTypes['SimilarNode']>, ParentType, ContextType, RequireFields<QueryFindSimilarArgs, 'first' | 'name'>>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'first' | 'id'>>;
  match?: Resolver<Array<ResolversTypes['MatchResult']>, ParentType, ContextType, RequireFields<QueryMatchArgs, 'first' | 'queries' | 'threshold'>>;
  neighborhood?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'includeRetracted' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  pathGraph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryPathGraphArgs, 'limit' | 'maxHops'>>;
  reachableChips?: Resolver<Array<ResolversTypes['ReachableChip']>, ParentType, ContextType, RequireFields<QueryReachableChipsArgs, 'from' | 'maxHops'>>;
  regulations?: Resolver<ResolversTypes['RegulationConnection'], ParentType, ContextType, RequireFields<QueryRegulationsArgs, 'first'>>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<QueryRelationshipArgs, 'id'>>;
  restrictionStatus?: Resolver<ResolversTypes['Restriction'], ParentType, ContextType, RequireFields<QueryRestrictionStatusArgs, 'chip' | 'entity'>>;
  ruleImpact?: Resolver<ResolversTypes['RuleImpact'], ParentType, ContextType, RequireFields<QueryRuleImpactArgs, 'maxHops' | 'regulation'>>;
  scenario?: Resolver<ResolversTypes['ScenarioResult'], ParentType, ContextType, RequireFields<QueryScenarioArgs, 'maxHops' | 'rules'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  whoCanReach?: Resolver<ResolversTypes['WhoCanReach'], ParentType, ContextType, RequireFields<QueryWhoCanReachArgs, 'chip' | 'first' | 'maxHops' | 'onlyRestricted'>>;
  wholeGraph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryWholeGraphArgs, 'includeRetracted'>>;
};

export type ReachableChipResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ReachableChip'] = ResolversParentTypes['ReachableChip']> = {
  bestPath?: Resolver<ResolversTypes['AccessPath'], ParentType, ContextType>;
  chip?: Resolver<ResolversTypes['Chip'], ParentType, ContextType>;
  pathCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pathCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pathways?: Resolver<Array<ResolversTypes['Pathway']>, ParentType, ContextType>;
  restriction?: Resolver<ResolversTypes['Restriction'], ParentType, ContextType>;
  shortestPaths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReachingEntityResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ReachingEntity'] = ResolversParentTypes['ReachingEntity']> = {
  bestPath?: Resolver<ResolversTypes['AccessPath'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pathCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pathways?: Resolver<Array<ResolversTypes['Pathway']>, ParentType, ContextType>;
  restricted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  restriction?: Resolver<ResolversTypes['Restriction'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ReachRole'], ParentType, ContextType>;
  shortestPaths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RegulationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Regulation'] = ResolversParentTypes['Regulation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  announced?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  designees?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<RegulationDesigneesArgs>>;
  destinations?: Resolver<Array<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  effective?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  headquarteredIn?: Resolver<Array<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<RegulationInForceArgs>>;
  kind?: Resolver<ResolversTypes['RegulationKind'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rescinded?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  restricts?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<RegulationRestrictsArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusKnownUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  supersededBy?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  supersedes?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  suspendedFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  suspendedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegulationConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RegulationConnection'] = ResolversParentTypes['RegulationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Regulation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  heldAt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<RelationshipHeldAtArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastConfirmed?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceKind?: Resolver<Maybe<ResolversTypes['RentalServiceKind']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RestrictionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Restriction'] = ResolversParentTypes['Restriction']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  placeUnknown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RestrictionReason']>, ParentType, ContextType>;
  restricted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unverified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RestrictionReasonResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RestrictionReason'] = ResolversParentTypes['RestrictionReason']> = {
  aggregateShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RestrictionBasis'], ParentType, ContextType>;
  owners?: Resolver<Maybe<Array<ResolversTypes['OwnerShare']>>, ParentType, ContextType>;
  regulation?: Resolver<Maybe<ResolversTypes['Regulation']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  unverified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RetractResultResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RetractResult'] = ResolversParentTypes['RetractResult']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type RetractionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Retraction'] = ResolversParentTypes['Retraction']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RevisionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision']> = {
  action?: Resolver<ResolversTypes['RevisionAction'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RouteTimelineResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RouteTimeline'] = ResolversParentTypes['RouteTimeline']> = {
  chip?: Resolver<ResolversTypes['Chip'], ParentType, ContextType>;
  evidenceCurrent?: Resolver<Array<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  held?: Resolver<Array<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['AccessPath'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['TimelinePeriod']>, ParentType, ContextType>;
  restricted?: Resolver<Array<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  shownAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type RuleImpactResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RuleImpact'] = ResolversParentTypes['RuleImpact']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  chips?: Resolver<Array<ResolversTypes['Chip']>, ParentType, ContextType>;
  effective?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  laterClosed?: Resolver<Array<ResolversTypes['LaterClosure']>, ParentType, ContextType>;
  leftOpen?: Resolver<ResolversTypes['ImpactGroup'], ParentType, ContextType>;
  newlyRestricted?: Resolver<ResolversTypes['ImpactGroup'], ParentType, ContextType>;
  regulation?: Resolver<ResolversTypes['Regulation'], ParentType, ContextType>;
};

export type ScenarioResultResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ScenarioResult'] = ResolversParentTypes['ScenarioResult']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  chipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cut?: Resolver<Array<ResolversTypes['CutPath']>, ParentType, ContextType, RequireFields<ScenarioResultCutArgs, 'first' | 'offset'>>;
  cutCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesLosingAllAccess?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType, RequireFields<ScenarioResultEntitiesLosingAllAccessArgs, 'first' | 'offset'>>;
  entitiesLosingAllAccessCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<ScenarioResultGraphArgs, 'limit'>>;
  newlyRestricted?: Resolver<Array<ResolversTypes['AccessPath']>, ParentType, ContextType, RequireFields<ScenarioResultNewlyRestrictedArgs, 'first' | 'offset'>>;
  newlyRestrictedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remaining?: Resolver<Array<ResolversTypes['AccessPath']>, ParentType, ContextType, RequireFields<ScenarioResultRemainingArgs, 'first' | 'offset'>>;
  remainingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restrictedAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restrictedBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  undetermined?: Resolver<Array<ResolversTypes['AccessPath']>, ParentType, ContextType, RequireFields<ScenarioResultUndeterminedArgs, 'first' | 'offset'>>;
  undeterminedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SimilarNodeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['SimilarNode'] = ResolversParentTypes['SimilarNode']> = {
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  excerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noUrlReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secondaryCoverageOf?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimeSpanResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['TimeSpan'] = ResolversParentTypes['TimeSpan']> = {
  closesWith?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromWindowStart?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  opensWith?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  toWindowEnd?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  chip?: Resolver<Maybe<ResolversTypes['Chip']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  regulation?: Resolver<Maybe<ResolversTypes['Regulation']>, ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type TimelinePeriodResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['TimelinePeriod'] = ResolversParentTypes['TimelinePeriod']> = {
  closesWith?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  opensWith?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  pathways?: Resolver<Array<ResolversTypes['Pathway']>, ParentType, ContextType>;
  restricted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  restriction?: Resolver<ResolversTypes['Restriction'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type TrendPeriodResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['TrendPeriod'] = ResolversParentTypes['TrendPeriod']> = {
  accesses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byPathway?: Resolver<Array<ResolversTypes['PathwayCount']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  listedRestricted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restricted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleRestricted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type WhoCanReachResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['WhoCanReach'] = ResolversParentTypes['WhoCanReach']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  byPathway?: Resolver<Array<ResolversTypes['PathwayGroup']>, ParentType, ContextType>;
  chip?: Resolver<ResolversTypes['Chip'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['ReachingEntity']>, ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<WhoCanReachGraphArgs, 'limit'>>;
  listedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  restrictedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AppContext> = {
  AccessPath?: AccessPathResolvers<ContextType>;
  AccessPathConnection?: AccessPathConnectionResolvers<ContextType>;
  AccessTimeline?: AccessTimelineResolvers<ContextType>;
  AccessTrends?: AccessTrendsResolvers<ContextType>;
  Acquisition?: AcquisitionResolvers<ContextType>;
  AffiliateCatch?: AffiliateCatchResolvers<ContextType>;
  Chip?: ChipResolvers<ContextType>;
  ChipConnection?: ChipConnectionResolvers<ContextType>;
  ChipLocation?: ChipLocationResolvers<ContextType>;
  CloudProvider?: CloudProviderResolvers<ContextType>;
  CountryCode?: GraphQLScalarType;
  Cut?: CutResolvers<ContextType>;
  CutPath?: CutPathResolvers<ContextType>;
  DataCenter?: DataCenterResolvers<ContextType>;
  DataCenterConnection?: DataCenterConnectionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EffectiveOwnership?: EffectiveOwnershipResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  FtmImportReport?: FtmImportReportResolvers<ContextType>;
  FtmMatch?: FtmMatchResolvers<ContextType>;
  FtmProblem?: FtmProblemResolvers<ContextType>;
  FtmRecord?: FtmRecordResolvers<ContextType>;
  FtmReview?: FtmReviewResolvers<ContextType>;
  FtmReviewCandidate?: FtmReviewCandidateResolvers<ContextType>;
  FtmSkipped?: FtmSkippedResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Holding?: HoldingResolvers<ContextType>;
  ImpactAccess?: ImpactAccessResolvers<ContextType>;
  ImpactGroup?: ImpactGroupResolvers<ContextType>;
  ImportCounts?: ImportCountsResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  LaterClosure?: LaterClosureResolvers<ContextType>;
  MatchCandidate?: MatchCandidateResolvers<ContextType>;
  MatchResult?: MatchResultResolvers<ContextType>;
  MergeResult?: MergeResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NotSameDecision?: NotSameDecisionResolvers<ContextType>;
  OwnerShare?: OwnerShareResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  PartyConnection?: PartyConnectionResolvers<ContextType>;
  PathEvidence?: PathEvidenceResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  PathwayCount?: PathwayCountResolvers<ContextType>;
  PathwayGroup?: PathwayGroupResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReachableChip?: ReachableChipResolvers<ContextType>;
  ReachingEntity?: ReachingEntityResolvers<ContextType>;
  Regulation?: RegulationResolvers<ContextType>;
  RegulationConnection?: RegulationConnectionResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  Restriction?: RestrictionResolvers<ContextType>;
  RestrictionReason?: RestrictionReasonResolvers<ContextType>;
  RetractResult?: RetractResultResolvers<ContextType>;
  Retraction?: RetractionResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  RouteTimeline?: RouteTimelineResolvers<ContextType>;
  RuleImpact?: RuleImpactResolvers<ContextType>;
  ScenarioResult?: ScenarioResultResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SimilarNode?: SimilarNodeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  TimeSpan?: TimeSpanResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  TimelinePeriod?: TimelinePeriodResolvers<ContextType>;
  TrendPeriod?: TrendPeriodResolvers<ContextType>;
  URL?: GraphQLScalarType;
  WhoCanReach?: WhoCanReachResolvers<ContextType>;
};

