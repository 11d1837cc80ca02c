import {
  ACCESS_TYPES,
  classifyPath,
  CONFIDENCE_LEVELS,
  designatedEntitiesAt,
  meetsMinimum,
  monthsBefore,
  pathConfidence,
  pathEvidence,
  PATHWAYS,
  restrictedForEveryChipAt,
  judgeByDate,
  restrictionStatus,
  type AccessPath,
  type Confidence,
  type IsoDate,
  type Pathway,
  type PathEvidence,
  type ReachRole,
  type RestrictedAt,
  type RestrictionContext,
} from '../domain';
import { badInput } from '../errors';
import { intInRange } from '../int-range';
import { AccessGraph, CHIP, dateKey, T } from '../reach/access-graph';
import { nodeMask, restrictedMask } from '../reach/restricted';
import { datedReachCounts, type DatedCounts, type DatedCountsAsk } from './counting/dated-counts';
import type { CountWorkers } from './counting/count-workers';
import type { MonthEndTable } from './counting/month-end-table';
import { bestPathTraits, type BestPathTraits } from '../reach/traits';
import type { AccessIndex, AccessSnapshot } from '../reach/access-index';
import {
  chipsReachedBy,
  enumeratePaths,
  reachersOf,
  usableSteps,
  type IndexPath,
  type StepRules,
} from '../reach/search';

/**
 * The hard cap on maxHops: a larger value would let one request walk a far bigger neighbourhood.
 */
export const HARD_MAX_HOPS = 8;

/** Steps a path listing may try before it says it is truncated (accessPaths, reachableChips' counts). */
export const ENUMERATION_BUDGET = 500_000;

export interface PathFilterInput {
  includePathways?: Pathway[] | null;
  excludePathways?: Pathway[] | null;
  minConfidence?: Confidence | null;
  relationshipTypes?: string[] | null;
  onlyRestricted?: boolean | null;
  includeRetracted?: boolean | null;
  excludeStale?: boolean | null;
  climbToControllers?: boolean | null;
}

export type Restriction = ReturnType<typeof restrictionStatus> & { asOf: string };
type Classification = ReturnType<typeof classifyPath>;

/** A path with everything the API says about it. */
export interface EvaluatedPath {
  id: string;
  path: AccessPath;
  originId: string;
  chipId: string;
  pathways: Pathway[];
  confidence: Confidence;
  confidenceScore: number;
  restriction: Restriction;
  chipLocation: Classification['chipLocation'];
  acquisition: Classification['acquisition'] | null;
  evidence: PathEvidence;
}

export interface PathLimits {
  maxHops: number;
  maxPaths: number;
  staleAfterMonths: number;
}

/** The paths fetched and what was learnt from them. */
export interface PathSet {
  paths: EvaluatedPath[];
  /** The listing stopped before every path was seen (the path cap or the work budget). */
  truncated: boolean;
  context: RestrictionContext;
}

export function pathId(path: AccessPath): string {
  return path.rels.map((r) => r.id).join('>');
}

/** Orders paths shortest first, then surest, then by id (stable pages). */
export function comparePaths(a: EvaluatedPath, b: EvaluatedPath): number {
  return a.path.rels.length - b.path.rels.length || b.confidenceScore - a.confidenceScore || a.id.localeCompare(b.id);
}

/** One entity that reaches a chip, judged without listing its paths. */
export interface Reach {
  originId: string;
  origin: number;
  distance: number;
  shortestPaths: number;
  restricted: boolean;
  listed: boolean;
  role: ReachRole;
  pathways: Pathway[];
  stale: boolean;
  /** The best path, evaluated. */
  best: EvaluatedPath;
}

/** What the entities of one answer share: the search, and the traits of every best path. */
interface ReachShared {
  evaluate(origin: number): EvaluatedPath;
  traits(): BestPathTraits;
  listed(originId: string): boolean;
}

/**
 * A Reach whose best path is worked out when first read (a page shows a few entities), its
 * pathways and evidence read from the traits of every best path, worked out at once the first
 * time any entity's are asked for (counts per pathway, pathway filters).
 */
class LazyReach implements Reach {
  private evaluated: EvaluatedPath | null = null;
  private listedMemo: boolean | null = null;

  constructor(
    readonly originId: string,
    readonly origin: number,
    readonly distance: number,
    readonly shortestPaths: number,
    readonly restricted: boolean,
    readonly role: ReachRole,
    private readonly shared: ReachShared,
  ) {}

  get best(): EvaluatedPath {
    this.evaluated ??= this.shared.evaluate(this.origin);
    return this.evaluated;
  }

  get pathways(): Pathway[] {
    return this.shared.traits().pathways(this.origin);
  }

  get stale(): boolean {
    return this.shared.traits().stale(this.origin);
  }

  get listed(): boolean {
    this.listedMemo ??= this.shared.listed(this.originId);
    return this.listedMemo;
  }
}

/** Everyone who reaches a chip, after the filters, nearest first. */
export interface ReachSet {
  chipId: string;
  asOf: IsoDate;
  reaches: Reach[];
  /** Counts over the whole answer, worked out in one pass when first asked for, then kept with it. */
  counts(): ReachCounts;
}

export interface ReachCounts {
  restricted: number;
  listed: number;
  listedRestricted: number;
  stale: number;
  staleRestricted: number;
  /** Per pathway (of the best paths): entities, and of those the restricted ones. */
  byPathway: Map<Pathway, { count: number; restricted: number }>;
}

/** A ReachSet over `reaches`, its counts worked out once, when first asked for. */
export function reachSet(chipId: string, asOf: IsoDate, reaches: Reach[], tally: () => ReachCounts): ReachSet {
  let counts: ReachCounts | null = null;
  return {
    chipId,
    asOf,
    reaches,
    counts: () => (counts ??= tally()),
  };
}

/** A chip an entity reaches, with its best path and the paths counted to it. */
export interface ReachedChip {
  chipId: string;
  bestPath: EvaluatedPath;
  /** The number of shortest paths (exact). */
  shortestPaths: number;
  /** The paths of the three shortest lengths that pass the filter, as far as the listing went. */
  pathCount: number;
  /** The listing's work budget ran out: pathCount and pathways are lower bounds. */
  pathCountCapped: boolean;
  restriction: Restriction;
  pathways: Pathway[];
}

function noCounts(): ReachCounts {
  return { restricted: 0, listed: 0, listedRestricted: 0, stale: 0, staleRestricted: 0, byPathway: new Map() };
}

/**
 * Refuses a filter list that narrows to nothing: an empty includePathways or relationshipTypes
 * would keep no path, and an answer of zeros would read as "nobody reaches anything".
 */
function checkNarrowingFilters(filter: PathFilterInput | null | undefined): void {
  const empty = (['includePathways', 'relationshipTypes'] as const).filter((name) => filter?.[name]?.length === 0);
  if (empty.length > 0)
    throw badInput(
      empty.map((name) => ({
        path: ['filter', name],
        message: `is empty: it would keep no path; leave ${name} out to keep every one`,
      })),
    );
}

/** The pathways of a list as bits (bit i for PATHWAYS[i]); 0 for none. */
function pathwayMask(list: readonly Pathway[] | null | undefined): number {
  let mask = 0;
  for (const w of list ?? []) mask |= 1 << PATHWAYS.indexOf(w);
  return mask;
}

/**
 * The counts over reaching entities (`origins`, each restricted or not), read from the traits
 * of their best paths as bits: one pass, no object per entity.
 */
function tallyReaches(
  origins: readonly number[],
  restricted: readonly boolean[],
  traits: BestPathTraits,
  listed: Uint8Array,
): ReachCounts {
  const tally = noCounts();
  const perPathway = PATHWAYS.map(() => ({ count: 0, restricted: 0 }));
  origins.forEach((origin, i) => {
    const r = restricted[i] ? 1 : 0;
    tally.restricted += r;
    if (listed[origin] === 1) {
      tally.listed += 1;
      tally.listedRestricted += r;
    }
    if (traits.stale(origin)) {
      tally.stale += 1;
      tally.staleRestricted += r;
    }
    const bits = traits.pathwayBits(origin);
    for (let b = 0; b < perPathway.length; b += 1) {
      if (!((bits >> b) & 1)) continue;
      const entry = perPathway[b] as { count: number; restricted: number };
      entry.count += 1;
      entry.restricted += r;
    }
  });
  PATHWAYS.forEach((pathway, b) => {
    const entry = perPathway[b] as { count: number; restricted: number };
    if (entry.count > 0) tally.byPathway.set(pathway, entry);
  });
  return tally;
}

/** Where a search starts and what it reads: one snapshot, one set of step rules. */
export interface SearchScope {
  snapshot: AccessSnapshot;
  rules: StepRules;
  ok: Uint8Array;
  asOf: IsoDate;
}

function typeMask(types: readonly string[] | null | undefined): number {
  if (!types || types.length === 0) return (1 << ACCESS_TYPES.length) - 1;
  let mask = 0;
  for (const t of types) {
    const code = (ACCESS_TYPES as readonly string[]).indexOf(t);
    if (code >= 0) mask |= 1 << code;
  }
  return mask;
}

/**
 * Path discovery over the reachability index (src/reach/): the searches apply the path rules as
 * they walk, the domain layer classifies the paths and judges restriction, confidence and the
 * age of the evidence. Questions from an entity list its paths; questions from a chip are
 * answered from reachability, complete by construction, with one best path per entity.
 */
export class PathService {
  constructor(
    private readonly index: AccessIndex,
    private readonly limits: PathLimits,
    /** Worker threads for counts over many dates (trends); counted on this thread without them. */
    private readonly counters?: CountWorkers,
    /** The trends' counts of the default question at month ends, when built (read before counting). */
    private readonly table?: MonthEndTable,
  ) {}

  /**
   * maxHops within 1 and the cap (MAX_HOPS, at most HARD_MAX_HOPS). Its default is the SDL's
   * (graphql-js applies it); an explicit null is refused like any value out of range.
   */
  checkMaxHops(maxHops: number | null | undefined): number {
    return intInRange('maxHops', maxHops, { min: 1, max: Math.min(this.limits.maxHops, HARD_MAX_HOPS) });
  }

  /** The step rules of a question. */
  stepRules(filter: PathFilterInput | null | undefined, asOf: IsoDate, maxHops: number | null | undefined): StepRules {
    checkNarrowingFilters(filter);
    return {
      asOf: dateKey(asOf),
      maxHops: this.checkMaxHops(maxHops),
      typeMask: typeMask(filter?.relationshipTypes),
      includeRetracted: filter?.includeRetracted === true,
      weakestConfidence: CONFIDENCE_LEVELS.indexOf(filter?.minConfidence ?? 'DISPUTED'),
      freshSince: filter?.excludeStale ? dateKey(monthsBefore(asOf, this.limits.staleAfterMonths)) : null,
      climb: filter?.climbToControllers !== false,
    };
  }

  /** The most paths a listing answers (MAX_PATHS). */
  get maxPaths(): number {
    return this.limits.maxPaths;
  }

  /** How far a listing of paths goes: the path cap (one more, to tell a capped answer) and the work budget. */
  private listingLimits() {
    return { budget: ENUMERATION_BUDGET, maxPaths: this.limits.maxPaths };
  }

  /** The current snapshot and the steps usable under `filter` (and `blocked`, a scenario's cuts). */
  async scope(
    filter: PathFilterInput | null | undefined,
    asOf: IsoDate,
    maxHops: number | null | undefined,
    blocked?: (g: AccessGraph, rel: number) => boolean,
  ): Promise<SearchScope> {
    return this.scopeIn(await this.index.current(), filter, asOf, maxHops, blocked);
  }

  /** The steps usable under `filter` (and `blocked`) in one snapshot. */
  scopeIn(
    snapshot: AccessSnapshot,
    filter: PathFilterInput | null | undefined,
    asOf: IsoDate,
    maxHops: number | null | undefined,
    blocked?: (g: AccessGraph, rel: number) => boolean,
  ): SearchScope {
    const rules = this.stepRules(filter, asOf, maxHops);
    const g = snapshot.graph;
    if (blocked) return { snapshot, rules, ok: usableSteps(g, rules, (r) => blocked(g, r)), asOf };
    return { snapshot, rules, ok: usableStepsOf(snapshot, rules), asOf };
  }

  snapshot(): Promise<AccessSnapshot> {
    return this.index.current();
  }

  /** An index path as the domain's AccessPath. */
  accessPath(g: AccessGraph, p: IndexPath): AccessPath {
    return { nodes: p.nodes.map((n) => g.node(n)), rels: p.rels.map((r) => g.rel(r)) };
  }

  /** Classifies, scores and judges each path at `asOf` against `context`. */
  evaluate(
    paths: AccessPath[],
    asOf: string,
    context: RestrictionContext,
    restrictedAt?: RestrictedAt,
  ): EvaluatedPath[] {
    const restrictions = new Map<string, Restriction>();
    return paths.map((path) => {
      const origin = path.nodes[0]?.id ?? '';
      const chip = path.nodes[path.nodes.length - 1]?.id ?? '';
      const key = `${origin}|${chip}`;
      let restriction = restrictions.get(key);
      if (!restriction) {
        restriction = { ...restrictionStatus(origin, chip, asOf, context), asOf };
        restrictions.set(key, restriction);
      }
      const classification = classifyPath(path, asOf, context, restrictedAt);
      const confidence = pathConfidence(path.rels);
      return {
        id: pathId(path),
        path,
        originId: origin,
        chipId: chip,
        pathways: classification.pathways,
        confidence: confidence.level,
        confidenceScore: confidence.score,
        restriction,
        chipLocation: classification.chipLocation,
        acquisition: classification.acquisition ?? null,
        evidence: pathEvidence(path, asOf, this.limits.staleAfterMonths),
      };
    });
  }

  /** The pathway and restriction filters (confidence, types and evidence are applied by the search). */
  filter(paths: EvaluatedPath[], filter: PathFilterInput | null | undefined): EvaluatedPath[] {
    if (!filter) return paths;
    return paths.filter((p) => {
      if (filter.includePathways?.length && !p.pathways.some((w) => filter.includePathways?.includes(w))) return false;
      if (filter.excludePathways?.length && p.pathways.some((w) => filter.excludePathways?.includes(w))) return false;
      if (filter.minConfidence && !meetsMinimum(p.confidence, filter.minConfidence)) return false;
      if (filter.onlyRestricted && !p.restriction.restricted) return false;
      return true;
    });
  }

  /**
   * The paths from an entity (to one chip, or to every chip), per chip those of the three
   * shortest lengths, evaluated, filtered and ordered; at most maxPaths of them.
   */
  async fromEntity(
    from: string,
    to: string | null,
    asOf: string,
    maxHops: number | null | undefined,
    filter: PathFilterInput | null | undefined,
  ): Promise<PathSet> {
    return this.listFrom(await this.index.current(), from, to, asOf, maxHops, filter);
  }

  /** fromEntity in one snapshot (a timeline asks it at many dates of the same graph). */
  listFrom(
    snapshot: AccessSnapshot,
    from: string,
    to: string | null,
    asOf: string,
    maxHops: number | null | undefined,
    filter: PathFilterInput | null | undefined,
  ): PathSet {
    const { rules, ok } = this.scopeIn(snapshot, filter, asOf, maxHops);
    const g = snapshot.graph;
    const origin = g.index.get(from);
    const chip = to === null ? undefined : g.index.get(to);
    if (origin === undefined || (to !== null && chip === undefined)) {
      return { paths: [], truncated: false, context: snapshot.context };
    }
    // Between an entity and a chip the search runs forward from the entity and keeps the chip's
    // paths: an entity's forward neighbourhood is small, a widely hosted chip's backward one vast.
    const found = enumeratePaths(g, origin, rules, ok, this.listingLimits(), chip ?? null);
    const evaluated = this.filter(
      this.evaluate(
        found.paths.map((p) => this.accessPath(g, p)),
        asOf,
        snapshot.context,
        judgeByDate(snapshot.context),
      ),
      filter,
    ).sort(comparePaths);
    const truncated = found.truncated || evaluated.length > this.limits.maxPaths;
    return { paths: evaluated.slice(0, this.limits.maxPaths), truncated, context: snapshot.context };
  }

  /**
   * Every chip an entity reaches (complete: a breadth-first search over the path rules), each
   * with its best path, the number of its shortest paths, and its paths of the three shortest
   * lengths as far as the listing budget goes (`pathCountCapped` when it did not).
   */
  async reachableChips(
    from: string,
    asOf: string,
    maxHops: number | null | undefined,
    filter: PathFilterInput | null | undefined,
  ): Promise<ReachedChip[]> {
    const { snapshot, rules, ok } = await this.scope(filter, asOf, maxHops);
    const g = snapshot.graph;
    const origin = g.index.get(from);
    if (origin === undefined) return [];
    const listed = enumeratePaths(g, origin, rules, ok, this.listingLimits(), null);
    const byChip = new Map<number, EvaluatedPath[]>();
    const judge = judgeByDate(snapshot.context);
    const evaluated = this.evaluate(
      listed.paths.map((p) => this.accessPath(g, p)),
      asOf,
      snapshot.context,
      judge,
    );
    listed.paths.forEach((p, i) => {
      const chip = p.nodes[p.nodes.length - 1] ?? -1;
      const list = byChip.get(chip) ?? [];
      list.push(evaluated[i] as EvaluatedPath);
      byChip.set(chip, list);
    });
    const out: ReachedChip[] = [];
    for (const reached of chipsReachedBy(g, origin, rules, ok)) {
      const [best] = this.evaluate([this.accessPath(g, reached.best)], asOf, snapshot.context, judge);
      if (!best) continue;
      const all = (byChip.get(reached.chip) ?? [best]).sort(comparePaths);
      const kept = this.filter(all, filter);
      if (filter && kept.length === 0) continue;
      const shown = kept.length > 0 ? kept : all;
      const bestShown = this.filter([best], filter).length > 0 ? best : (shown[0] ?? best);
      out.push({
        chipId: reached.chip === undefined ? '' : (g.ids[reached.chip] ?? ''),
        bestPath: bestShown,
        shortestPaths: reached.shortestPaths,
        pathCount: kept.length,
        pathCountCapped: listed.truncated,
        restriction: best.restriction,
        pathways: unionPathways(kept),
      });
    }
    return out;
  }

  /**
   * Everyone who reaches a chip at `asOf` (complete: a breadth-first search backwards from the
   * chip over the path rules), each judged on its own (restricted for it, listed) and on its
   * best path (role, pathways, evidence), then filtered: `onlyRestricted` per entity, the
   * pathway filters on the best path.
   */
  async whoCanReach(
    chipId: string,
    asOf: IsoDate,
    maxHops: number | null | undefined,
    filter: PathFilterInput | null | undefined,
    roles: readonly ReachRole[] | null | undefined,
  ): Promise<ReachSet> {
    return this.reachersIn(await this.index.current(), chipId, asOf, maxHops, filter, roles);
  }

  /** whoCanReach in one snapshot (trends ask it at many dates of the same graph). */
  reachersIn(
    snapshot: AccessSnapshot,
    chipId: string,
    asOf: IsoDate,
    maxHops: number | null | undefined,
    filter: PathFilterInput | null | undefined,
    roles: readonly ReachRole[] | null | undefined,
  ): ReachSet {
    const rules = this.stepRules(filter, asOf, maxHops);
    // Paging through tens of thousands of entities asks the same question again: the answer is
    // kept with the snapshot it was computed on (a write makes a new snapshot).
    const key = JSON.stringify(['whoCanReach', chipId, asOf, rules, filter ?? null, roles ?? null]);
    const cached = snapshot.answers.get(key) as ReachSet | undefined;
    if (cached) return cached;
    const answer = this.reachersAnswer(snapshot, chipId, asOf, rules, filter, roles);
    snapshot.answers.set(key, answer);
    return answer;
  }

  /**
   * whoCanReach's counts at many dates, summed over chips (the trends' counts): one search per chip
   * serves 32 dates at once (src/services/counting/). The counts are kept with the snapshot, as
   * whoCanReach's answers are: the same question again (a chart drawn again, its download) and a
   * question asked while the same one is being counted share one count.
   */
  async reachCountsOver(
    snapshot: AccessSnapshot,
    chipIds: readonly string[],
    dates: readonly IsoDate[],
    maxHops: number | null | undefined,
    filter: PathFilterInput | null | undefined,
    roles: readonly ReachRole[] | null | undefined,
  ): Promise<DatedCounts[]> {
    if (dates.length === 0) return [];
    const ask = this.countsAsk(chipIds, dates, maxHops, filter, roles);
    // Keyed as whoCanReach's answers are, by the filter as asked too.
    const key = JSON.stringify(['counts-over', ask, filter ?? null]);
    const kept = snapshot.answers.get(key) as Promise<DatedCounts[]> | undefined;
    if (kept) return kept;
    const counting = this.countOrRead(snapshot, ask);
    snapshot.answers.set(key, counting);
    // A count that failed is not kept: the next question counts again.
    counting.catch(() => snapshot.answers.forget(key, counting));
    return counting;
  }

  /** The plain-data question the counting threads answer. */
  countsAsk(
    chipIds: readonly string[],
    dates: readonly IsoDate[],
    maxHops: number | null | undefined,
    filter: PathFilterInput | null | undefined,
    roles: readonly ReachRole[] | null | undefined,
  ): DatedCountsAsk {
    return {
      chipIds,
      dates,
      rules: dates.map((date) => this.stepRules(filter, date, maxHops)),
      onlyRestricted: filter?.onlyRestricted === true,
      includePathways: pathwayMask(filter?.includePathways),
      excludePathways: pathwayMask(filter?.excludePathways),
      roles,
      staleAfterMonths: this.limits.staleAfterMonths,
    };
  }

  /** The counts at the dates the month-end table holds read from it, the others counted. */
  private async countOrRead(snapshot: AccessSnapshot, ask: DatedCountsAsk): Promise<DatedCounts[]> {
    const held = this.table?.read(snapshot, ask);
    if (!held) return this.count(snapshot, ask);
    const missing = ask.dates.flatMap((_, i) => (held[i] ? [] : [i]));
    if (missing.length === 0) return held as DatedCounts[];
    const counted = await this.count(snapshot, {
      ...ask,
      dates: missing.map((i) => ask.dates[i] as IsoDate),
      rules: missing.map((i) => ask.rules[i] as StepRules),
    });
    missing.forEach((i, j) => (held[i] = counted[j] as DatedCounts));
    return held as DatedCounts[];
  }

  private async count(snapshot: AccessSnapshot, ask: DatedCountsAsk): Promise<DatedCounts[]> {
    return this.counters ? this.counters.count(snapshot, ask) : datedReachCounts({ ...ask, snapshot });
  }

  /** Who reaches the chip, filtered, and the counts over them (worked out from arrays when first asked for). */
  private reachersAnswer(
    snapshot: AccessSnapshot,
    chipId: string,
    asOf: IsoDate,
    rules: StepRules,
    filter: PathFilterInput | null | undefined,
    roles: readonly ReachRole[] | null | undefined,
  ): ReachSet {
    const g = snapshot.graph;
    const chip = g.index.get(chipId);
    if (chip === undefined || !((g.flags[chip] ?? 0) & CHIP)) return reachSet(chipId, asOf, [], noCounts);
    const found = reachersOf(g, chip, rules, usableStepsOf(snapshot, rules));
    const judge = judgeByDate(snapshot.context);
    const restrictedFor = restrictedMask(
      g,
      snapshot.context,
      chipId,
      asOf,
      nodeMask(g, restrictedForEveryChipAt(asOf, snapshot.context)),
    );
    const include = pathwayMask(filter?.includePathways);
    const exclude = pathwayMask(filter?.excludePathways);
    let traits: BestPathTraits | null = null;
    let designated: Set<string> | null = null;
    const freshSince = dateKey(monthsBefore(asOf, this.limits.staleAfterMonths));
    const shared: ReachShared = {
      evaluate: (origin) => this.evaluateLight(g, found.bestPath(origin), asOf, snapshot.context, judge),
      traits: () => (traits ??= bestPathTraits(g, found.tree, chipId, asOf, snapshot.context, judge, freshSince)),
      listed: (originId) => (designated ??= designatedEntitiesAt(asOf, snapshot.context)).has(originId),
    };
    const origins: number[] = [];
    const restricted: boolean[] = [];
    const reaches: Reach[] = [];
    found.origins.forEach((origin, i) => {
      const isRestricted = restrictedFor[origin] === 1;
      if (filter?.onlyRestricted && !isRestricted) return;
      const distance = found.distance[i] ?? 0;
      const first = found.firstStep(origin);
      const role: ReachRole = distance > 1 ? 'USER' : g.type[first] === T.HOSTS ? 'HOST' : 'HOLDER';
      if (roles?.length && !roles.includes(role)) return;
      if (include || exclude) {
        const bits = shared.traits().pathwayBits(origin);
        if (include && !(bits & include)) return;
        if (exclude && bits & exclude) return;
      }
      origins.push(origin);
      restricted.push(isRestricted);
      reaches.push(
        new LazyReach(g.ids[origin] ?? '', origin, distance, found.shortestPaths[i] ?? 0, isRestricted, role, shared),
      );
    });
    const tally = () =>
      tallyReaches(
        origins,
        restricted,
        shared.traits(),
        nodeMask(g, (designated ??= designatedEntitiesAt(asOf, snapshot.context))),
      );
    return reachSet(chipId, asOf, reaches, tally);
  }

  /**
   * A best path judged for a bulk answer: classified with a fast restriction test (the same
   * decision as restrictionStatus), its full restriction left for `fullRestriction` when shown.
   */
  private evaluateLight(
    g: AccessGraph,
    p: IndexPath,
    asOf: IsoDate,
    context: RestrictionContext,
    judge: RestrictedAt,
  ): EvaluatedPath {
    const path = this.accessPath(g, p);
    const classification = classifyPath(path, asOf, context, judge);
    const confidence = pathConfidence(path.rels);
    const originId = path.nodes[0]?.id ?? '';
    const chipId = path.nodes[path.nodes.length - 1]?.id ?? '';
    let restriction: Restriction | null = null;
    let id: string | null = null;
    const evaluated: EvaluatedPath = {
      // Worked out for the paths a client is shown, like the reasons below.
      get id(): string {
        id ??= pathId(path);
        return id;
      },
      path,
      originId,
      chipId,
      pathways: classification.pathways,
      confidence: confidence.level,
      confidenceScore: confidence.score,
      // Reasons are worked out only for the paths a client is shown.
      get restriction(): Restriction {
        restriction ??= { ...restrictionStatus(originId, chipId, asOf, context), asOf };
        return restriction;
      },
      chipLocation: classification.chipLocation,
      acquisition: classification.acquisition ?? null,
      evidence: pathEvidence(path, asOf, this.limits.staleAfterMonths),
    };
    return evaluated;
  }

  async restriction(entity: string, chip: string, asOf: string): Promise<Restriction> {
    const { context } = await this.index.current();
    return { ...restrictionStatus(entity, chip, asOf, context), asOf };
  }

  /** The whole graph's restriction context (regulations, designations, ownership, entities). */
  async context(): Promise<RestrictionContext> {
    return (await this.index.current()).context;
  }
}

export function unionPathways(paths: readonly EvaluatedPath[]): Pathway[] {
  const used = new Set(paths.flatMap((p) => p.pathways));
  return PATHWAYS.filter((w) => used.has(w));
}

/**
 * The steps usable under some rules (a byte per relationship, one pass over them all), kept with
 * the snapshot: questions at the same date with the same filter share it.
 */
function usableStepsOf(snapshot: AccessSnapshot, rules: StepRules): Uint8Array {
  const key = JSON.stringify([
    'usable',
    rules.asOf,
    rules.typeMask,
    rules.includeRetracted,
    rules.weakestConfidence,
    rules.freshSince,
  ]);
  let ok = snapshot.steps.get(key) as Uint8Array | undefined;
  if (!ok) snapshot.steps.set(key, (ok = usableSteps(snapshot.graph, rules)));
  return ok;
}
