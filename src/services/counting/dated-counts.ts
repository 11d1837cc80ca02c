import {
  chipCoverageAt,
  chipCoverageChanges,
  coverageCatches,
  everyChipJudge,
  type ChipCoverageAt,
  type RestrictionContext,
  designatedEntitiesAt,
  judgeByDate,
  monthsBefore,
  PATHWAYS,
  REACH_ROLES,
  restrictedForEveryChipAt,
  type IsoDate,
  type Pathway,
  type ReachRole,
  type RestrictedAt,
} from '../../domain';
import { CHIP, DATA_CENTER, dateKey, ENTITY, isoOf, OPEN_START, T, type AccessGraph } from '../../reach/access-graph';
import { AnswerCache, type AccessSnapshot } from '../../reach/access-index';
import { DatedReachers, MAX_DATES } from '../../reach/dated-search';
import { STEP_INTERMEDIARY, STEP_RENTAL, STEP_SUBSIDIARY } from '../../reach/moves';
import { usableSteps, type StepRules } from '../../reach/search';
import type { ReachCounts } from '../path-service';

// Module-local copies (read per entity and date; an imported binding can be a getter).
const PATHWAY_COUNT = PATHWAYS.length;
const HOSTS = T.HOSTS;
const ACQUIRED = T.ACQUIRED;
const DATA_CENTER_FLAG = DATA_CENTER;
const ENTITY_FLAG = ENTITY;
const bit = (p: Pathway) => 1 << PATHWAYS.indexOf(p);
const HOST_ROLE = REACH_ROLES.indexOf('HOST');
const HOLDER_ROLE = REACH_ROLES.indexOf('HOLDER');
const USER_ROLE = REACH_ROLES.indexOf('USER');
const RENTAL = bit('CLOUD_RENTAL');
const INTERMEDIARY = bit('INTERMEDIARY');
const SUBSIDIARY = bit('SUBSIDIARY');
const OFFSHORE = bit('OFFSHORE_DATA_CENTER');
const DIRECT = bit('DIRECT');
const STOCKPILE = bit('STOCKPILE');
const ORDINARY = bit('ORDINARY_PURCHASE');
const UNDATED = bit('UNDATED_PURCHASE');

/** The pathway bits of each combination of a suffix's step bits (STEP_*). */
const STEP_PATHWAYS = Array.from(
  { length: 8 },
  (_, s) =>
    (s & STEP_RENTAL ? RENTAL : 0) |
    (s & STEP_INTERMEDIARY ? INTERMEDIARY : 0) |
    (s & STEP_SUBSIDIARY ? SUBSIDIARY : 0),
);

/**
 * What a purchase at the end of a best path says, apart from the date it is judged at: no
 * pathway, one whatever the date (DIRECT, or UNDATED_PURCHASE for an ACQUIRED step), or a timing
 * left to the date (STOCKPILE when the chip is restricted for the receiver then, else
 * ORDINARY_PURCHASE for an ACQUIRED step). purchaseTiming's decision, split at the date.
 */
const BUY_NONE = 0;
const BUY_DIRECT = 1;
const BUY_UNDATED = 2;
const BUY_TIMED_ACQUIRED = 3;
const BUY_TIMED_HOSTED = 4;

/** A question for datedReachCounts, apart from the snapshot it is asked of: plain data (a worker can be sent it). */
export interface DatedCountsAsk {
  chipIds: readonly string[];
  dates: readonly IsoDate[];
  /** The step rules of the question at each date (PathService.stepRules). */
  rules: readonly StepRules[];
  onlyRestricted: boolean;
  includePathways: number;
  excludePathways: number;
  roles: readonly ReachRole[] | null | undefined;
  staleAfterMonths: number;
  /**
   * When several threads count the question together: a counter per chunk of MAX_DATES dates
   * (in shared memory), from which each thread claims the next chip of chipIds it counts, so
   * that all of them finish about together. One per question, its counters starting at 0 (a
   * claim used up counts nothing). Without it, every chip is counted here.
   */
  claim?: Int32Array;
}

export interface DatedCountsQuestion extends DatedCountsAsk {
  snapshot: AccessSnapshot;
}

/** Counts of one date, summed over the chips: whoCanReach's total and counts for one chip. */
export interface DatedCounts {
  total: number;
  counts: ReachCounts;
}

/**
 * whoCanReach's counts (its total and ReachCounts) at every date of a question, summed over its
 * chips: one DatedReachers search per chip and 32 dates, every reaching entity judged, as the
 * search finds it, at each date as reachersAnswer judges it (restricted for it, listed, stale evidence, the pathways
 * of its best path, its role). test/unit/services/counting/dated-counts.test.ts checks it against
 * whoCanReach's own counts on random graphs, filters and dates.
 */
export function datedReachCounts(q: DatedCountsQuestion): DatedCounts[] {
  return sumShares(countShares(q, false), q.dates.length);
}

/**
 * The cells (CountsTable.cellsAt) at a run of a question's dates, dates[from .. from +
 * cells.length): of the entities of one role reaching one chip (chipId, role), or of every chip
 * one thread counted and the roles asked (both null). Counts are summed from them (sumShares).
 */
export interface CountsShare {
  chipId: string | null;
  role: ReachRole | null;
  from: number;
  cells: Float64Array[];
}

/**
 * The counts of a question (of the chips this thread claims, when it has a claim), as shares:
 * one per chip counted and role when `byChipAndRole`, else one per chunk of dates summed.
 */
export function countShares(q: DatedCountsQuestion, byChipAndRole: boolean): CountsShare[] {
  const out: CountsShare[] = [];
  const judge = judgeByDate(q.snapshot.context);
  for (let from = 0; from < q.dates.length; from += MAX_DATES)
    out.push(...countChunk(q, from, Math.min(q.dates.length, from + MAX_DATES), judge, byChipAndRole));
  return out;
}

/** The counts at each of `dates` dates, summed over the shares' cells. */
export function sumShares(shares: readonly CountsShare[], dates: number): DatedCounts[] {
  const sums = Array.from({ length: dates }, () => new CellSum());
  for (const share of shares) share.cells.forEach((cells, i) => addCells(sums[share.from + i] as CellSum, cells));
  return sums.map((sum) => sum.result());
}

/** What a chunk of dates says of every node, one bit per date. */
interface DateFacts {
  dates: readonly IsoDate[];
  /** Listed, or caught by an affiliates rule: restricted for every chip. */
  everyChip: Uint32Array;
  listed: Uint32Array;
  freshSince: number[];
  /** Per node, its country's index in `countries` (-1: none). */
  countryOf: Int32Array;
  countries: string[];
}

/** The counts at dates[from .. to) (at most MAX_DATES): one search per chip. */
function countChunk(
  q: DatedCountsQuestion,
  from: number,
  to: number,
  judge: RestrictedAt,
  byChipAndRole: boolean,
): CountsShare[] {
  const g = q.snapshot.graph;
  const dates = q.dates.slice(from, to);
  const rules = q.rules.slice(from, to);
  const { facts, usable, purchases } = chunkSetup(q.snapshot, dates, rules, q.staleAfterMonths);
  const table = new CountsTable(dates.length, byChipAndRole ? REACH_ROLES.length : 1);
  const first = rules[0] as StepRules;
  // The chip's purchase codes by last step, then receiver (small integer keys: fast maps).
  let buys = new Map<number, Map<number, number>>();
  const search = new DatedReachers(g, dates.length, usable, first, (receiver, last) => {
    let byReceiver = buys.get(last);
    if (!byReceiver) buys.set(last, (byReceiver = new Map()));
    let code = byReceiver.get(receiver);
    if (code === undefined) byReceiver.set(receiver, (code = purchases.code(receiver, last)));
    return code;
  });
  const shares: CountsShare[] = [];
  const claim = q.claim;
  const chunk = from / MAX_DATES;
  for (let next = 0; ; next += 1) {
    const taken = claim ? Atomics.add(claim, chunk, 1) : next;
    if (taken >= q.chipIds.length) break;
    const id = q.chipIds[taken] as string;
    const chip = g.index.get(id);
    if (chip === undefined || !((g.flags[chip] as number) & CHIP)) continue;
    purchases.countChip(id);
    buys = new Map();
    const tally = new ChipTally(q, judge, g, search, id, facts, table, byChipAndRole);
    search.run(chip, (origin, k, dates, t) => tally.count(origin, k, dates, t));
    if (byChipAndRole) {
      REACH_ROLES.forEach((role, r) =>
        shares.push({ chipId: id, role, from, cells: dates.map((_, t) => table.cellsAt(t, r)) }),
      );
      table.clear();
    }
  }
  if (!byChipAndRole) shares.push({ chipId: null, role: null, from, cells: dates.map((_, t) => table.cellsAt(t, 0)) });
  return shares;
}

/** What a chunk of dates says of the graph, whatever the chips: worked out once per snapshot and chunk. */
interface ChunkSetup {
  facts: DateFacts;
  /** Per relationship, the dates at which a search may step on it. */
  usable: Uint32Array;
  purchases: PurchaseJudge;
}

/**
 * The setups of the chunks of dates counted last, per snapshot: a question counted in slices of
 * chips (the month-end table) or asked again with other chips works them out once. Eight: the
 * month-end table's chunks (at most six, TREND_TABLE_MONTHS) and a few questions asked while it
 * is counted.
 */
const setups = new WeakMap<AccessSnapshot, AnswerCache>();

function chunkSetup(
  snapshot: AccessSnapshot,
  dates: readonly IsoDate[],
  rules: readonly StepRules[],
  staleAfterMonths: number,
): ChunkSetup {
  let kept = setups.get(snapshot);
  if (!kept) setups.set(snapshot, (kept = new AnswerCache(8)));
  const key = JSON.stringify([dates, rules, staleAfterMonths]);
  let setup = kept.get(key) as ChunkSetup | undefined;
  if (!setup) kept.set(key, (setup = newChunkSetup(snapshot, dates, rules, staleAfterMonths)));
  return setup;
}

function newChunkSetup(
  snapshot: AccessSnapshot,
  dates: readonly IsoDate[],
  rules: readonly StepRules[],
  staleAfterMonths: number,
): ChunkSetup {
  const g = snapshot.graph;
  const ctx = snapshot.context;
  const usable = new Uint32Array(g.relCount);
  const everyChip = new Uint32Array(g.nodeCount);
  const listed = new Uint32Array(g.nodeCount);
  dates.forEach((date, t) => {
    const ok = usableSteps(g, rules[t] as StepRules);
    const bit = 1 << t;
    for (let r = 0; r < g.relCount; r += 1) if (ok[r]) usable[r] = (usable[r] as number) | bit;
    markNodes(g, restrictedForEveryChipAt(date, ctx), everyChip, t);
    markNodes(g, designatedEntitiesAt(date, ctx), listed, t);
  });
  const countries: string[] = [];
  const countryIndex = new Map<string, number>();
  const countryOf = Int32Array.from(g.countries, (country) => {
    if (country === null) return -1;
    let i = countryIndex.get(country);
    if (i === undefined) countryIndex.set(country, (i = countries.push(country) - 1));
    return i;
  });
  const facts: DateFacts = {
    dates,
    everyChip,
    listed,
    freshSince: dates.map((date) => dateKey(monthsBefore(date, staleAfterMonths))),
    countryOf,
    countries,
  };
  return { facts, usable, purchases: new PurchaseJudge(g, ctx) };
}

function markNodes(g: AccessGraph, ids: Iterable<string>, bits: Uint32Array, t: number): void {
  for (const id of ids) {
    const n = g.index.get(id);
    if (n !== undefined) bits[n] = (bits[n] as number) | (1 << t);
  }
}

/**
 * The date-free part of purchaseTiming for a receiver and the step that bought or hosts the
 * chips, for one chip after another: the restriction judge's decision at the purchase date
 * (coverage of the chip catches the receiver, or it is restricted for every chip), with what a
 * date says kept under the date's integer key (a count asks of thousands of purchase dates).
 */
class PurchaseJudge {
  private chipId = '';
  /** The dates (yyyymmdd) on which the chip's coverage may change (chipCoverageChanges). */
  private changes = new Int32Array(0);
  /** The chip's coverage in each span between them: index i from changes[i - 1] (0: before the first). */
  private coverage: (ChipCoverageAt | undefined)[] = [];
  /** Restricted for every chip, by purchase date. */
  private readonly everyChip = new Map<number, (entityId: string) => boolean>();

  constructor(
    private readonly g: AccessGraph,
    private readonly ctx: RestrictionContext,
  ) {}

  countChip(chipId: string): void {
    this.chipId = chipId;
    this.changes = Int32Array.from(chipCoverageChanges(chipId, this.ctx), dateKey);
    this.coverage = [];
  }

  code(receiver: number, last: number): number {
    const g = this.g;
    const acquired = g.type[last] === ACQUIRED;
    const start = g.start[last] as number;
    if (start === OPEN_START) return acquired ? BUY_UNDATED : BUY_NONE;
    if (this.restricted(g.ids[receiver] ?? '', start)) return BUY_DIRECT;
    return acquired ? BUY_TIMED_ACQUIRED : BUY_TIMED_HOSTED;
  }

  /** restrictionJudge's decision for the chip and an entity at a date (yyyymmdd). */
  private restricted(entityId: string, date: number): boolean {
    const entity = this.ctx.entities.get(entityId);
    if (entity) {
      const span = spanOf(this.changes, date);
      let coverage = this.coverage[span];
      if (!coverage) this.coverage[span] = coverage = chipCoverageAt(this.chipId, isoOf(date), this.ctx);
      if (coverageCatches(entity, coverage)) return true;
    }
    let everyChip = this.everyChip.get(date);
    if (!everyChip) this.everyChip.set(date, (everyChip = everyChipJudge(isoOf(date), this.ctx)));
    return everyChip(entityId);
  }
}

/** How many of the sorted `changes` are on or before `date`: the span between changes it falls in. */
function spanOf(changes: Int32Array, date: number): number {
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((changes[mid] as number) <= date) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * One chip's reaching entities judged at every date, as reachersAnswer judges them, as the search
 * finds them (their records still at hand): an origin whose best path is one for several dates is
 * read once for all of them, its date-dependent facts as masks.
 */
class ChipTally {
  /** Per place, the dates at which the chip's rules catch it. */
  private readonly caught: Uint32Array;
  /** The chip's coverage at each date. */
  private readonly coverages: ChipCoverageAt[];
  /** Per country, the dates at which the chip is not restricted for it (-1: not worked out yet). */
  private readonly open: Int32Array;
  /** Per receiver asked about, the dates at which the chip is restricted for it. */
  private readonly receivers = new Map<number, number>();
  private readonly wanted: readonly ReachRole[] | null;

  constructor(
    private readonly q: DatedCountsQuestion,
    private readonly judge: RestrictedAt,
    private readonly g: AccessGraph,
    private readonly search: DatedReachers,
    private readonly chipId: string,
    private readonly facts: DateFacts,
    private readonly table: CountsTable,
    /** Counts each role apart (CountsTable's role r: REACH_ROLES[r]). */
    private readonly byRole: boolean,
  ) {
    const ctx = q.snapshot.context;
    this.caught = new Uint32Array(g.places.length);
    this.coverages = facts.dates.map((date) => chipCoverageAt(chipId, date, ctx));
    this.coverages.forEach((coverage, t) => {
      g.places.forEach((place, i) => {
        if (coverageCatches(place, coverage)) this.caught[i] = (this.caught[i] as number) | (1 << t);
      });
    });
    this.open = new Int32Array(facts.countries.length).fill(-1);
    this.wanted = q.roles?.length ? q.roles : null;
  }

  /** Counts `origin` at `dates`, at each of which its best key is k (its values read at date t). */
  count(origin: number, k: number, dates: number, t: number): void {
    const { g, q, search, facts } = this;
    const restricted =
      ((facts.everyChip[origin] as number) | (this.caught[g.placeOf[origin] as number] as number)) & dates;
    const live = q.onlyRestricted ? restricted : dates;
    if (live === 0) return;
    let role = 0;
    if (this.wanted || this.byRole) {
      role = search.levelAt(k, t) > 1 ? USER_ROLE : g.type[search.firstRelAt(k, t)] === HOSTS ? HOST_ROLE : HOLDER_ROLE;
      if (this.wanted && !this.wanted.includes(REACH_ROLES[role] as ReachRole)) return;
      if (!this.byRole) role = 0;
    }
    let always = STEP_PATHWAYS[search.stepsAt(k, t)] as number;
    const last = search.lastRelAt(k, t);
    let offshore = 0;
    if (g.type[last] === HOSTS) {
      const holder = g.from[last] as number;
      const place = facts.countryOf[holder] as number;
      const home = facts.countryOf[origin] as number;
      if ((g.flags[holder] as number) & DATA_CENTER_FLAG && place !== -1 && home !== -1 && home !== place)
        offshore = this.openDates(place);
    }
    const buy = search.buyAt(k, t);
    let stockpile = 0;
    let ordinary = false;
    if (buy === BUY_DIRECT) always |= DIRECT;
    else if (buy === BUY_UNDATED) always |= UNDATED;
    else if (buy === BUY_TIMED_ACQUIRED || buy === BUY_TIMED_HOSTED) {
      stockpile = this.restrictedDates(search.receiverAt(k, t));
      ordinary = buy === BUY_TIMED_ACQUIRED;
    }
    const evidence = search.openEvidenceAt(k, t);
    const listed = facts.listed[origin] as number;
    let bits = live;
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      const d = 31 - Math.clz32(low);
      let pathways = always;
      if (offshore & low) pathways |= OFFSHORE;
      if (stockpile & low) pathways |= STOCKPILE;
      else if (ordinary) pathways |= ORDINARY;
      if (q.includePathways && !(pathways & q.includePathways)) continue;
      if (q.excludePathways && pathways & q.excludePathways) continue;
      this.table.add(
        role,
        d,
        (restricted & low) !== 0,
        (listed & low) !== 0,
        evidence < (facts.freshSince[d] as number),
        pathways,
      );
    }
  }

  /** The dates at which the chip is not restricted for a country (OFFSHORE_DATA_CENTER). */
  private openDates(country: number): number {
    let open = this.open[country] as number;
    if (open === -1) {
      open = 0;
      const name = this.facts.countries[country] as string;
      // chipRestrictedForCountry's decision, from the coverage at hand.
      this.coverages.forEach((coverage, t) => {
        if (!coverage.destinations.has(name)) open |= 1 << t;
      });
      this.open[country] = open;
    }
    return open;
  }

  /**
   * The dates at which the chip is restricted for a receiver (purchaseTiming's judge): for an
   * entity what its masks say (restrictedMask's decision), for a host that is not one the judge's.
   */
  private restrictedDates(receiver: number): number {
    if ((this.g.flags[receiver] as number) & ENTITY_FLAG)
      return (this.facts.everyChip[receiver] as number) | (this.caught[this.g.placeOf[receiver] as number] as number);
    let dates = this.receivers.get(receiver);
    if (dates === undefined) {
      dates = 0;
      const id = this.g.ids[receiver] ?? '';
      this.facts.dates.forEach((date, t) => {
        if (this.judge(id, this.chipId, date)) dates = (dates as number) | (1 << t);
      });
      this.receivers.set(receiver, dates);
    }
    return dates;
  }
}

/**
 * The counts of every date of a chunk, as tallyReaches keeps them. An access is one increment
 * of a cell named by its role (when roles are counted apart), its date, its pathways and its
 * three flags; the sums are worked out from the cells when asked for.
 */
class CountsTable {
  private readonly cells: Float64Array;

  constructor(
    private readonly dates: number,
    roles: number,
  ) {
    this.cells = new Float64Array(roles * dates * CELLS_PER_DATE);
  }

  clear(): void {
    this.cells.fill(0);
  }

  add(role: number, t: number, restricted: boolean, listed: boolean, stale: boolean, pathways: number): void {
    const cell =
      (role * this.dates + t) * CELLS_PER_DATE +
      pathways * 8 +
      (restricted ? RESTRICTED_CELL : 0) +
      (listed ? LISTED_CELL : 0) +
      (stale ? STALE_CELL : 0);
    this.cells[cell] = (this.cells[cell] as number) + 1;
  }

  /** The cells of a role at a date that hold accesses: cell, count, cell, count... */
  cellsAt(t: number, role: number): Float64Array {
    const base = (role * this.dates + t) * CELLS_PER_DATE;
    const pairs: number[] = [];
    for (let cell = 0; cell < CELLS_PER_DATE; cell += 1) {
      const n = this.cells[base + cell] as number;
      if (n !== 0) pairs.push(cell, n);
    }
    return Float64Array.from(pairs);
  }
}

/** The filters a tally applies per access (DatedCountsAsk's), read from a cell instead. */
export type CellFilter = Pick<DatedCountsAsk, 'onlyRestricted' | 'includePathways' | 'excludePathways'>;

/** Whether the tally would count the accesses of a cell under a question's filters. */
function cellKept(cell: number, filter: CellFilter): boolean {
  if (filter.onlyRestricted && !(cell & RESTRICTED_CELL)) return false;
  const pathways = cell >> 3;
  if (filter.includePathways && !(pathways & filter.includePathways)) return false;
  return !(filter.excludePathways && pathways & filter.excludePathways);
}

/** Adds cells (cell, count, cell, count...) to a sum, those the tally would keep under `filter` when given. */
export function addCells(sum: CellSum, cells: Float64Array, filter?: CellFilter): void {
  for (let i = 0; i < cells.length; i += 2) {
    const cell = cells[i] as number;
    if (!filter || cellKept(cell, filter)) sum.add(cell, cells[i + 1] as number);
  }
}

/** whoCanReach's counts summed from cells (a cell: pathway bits * 8 + the three flags). */
export class CellSum {
  private total = 0;
  private readonly counts: ReachCounts = {
    restricted: 0,
    listed: 0,
    listedRestricted: 0,
    stale: 0,
    staleRestricted: 0,
    byPathway: new Map(),
  };
  private readonly perPathway = PATHWAYS.map(() => ({ count: 0, restricted: 0 }));

  add(cell: number, n: number): void {
    const counts = this.counts;
    const restricted = cell & RESTRICTED_CELL ? n : 0;
    this.total += n;
    counts.restricted += restricted;
    if (cell & LISTED_CELL) {
      counts.listed += n;
      counts.listedRestricted += restricted;
    }
    if (cell & STALE_CELL) {
      counts.stale += n;
      counts.staleRestricted += restricted;
    }
    for (let bits = cell >> 3; bits !== 0; bits &= bits - 1) {
      const tally = this.perPathway[31 - Math.clz32(bits & -bits)] as { count: number; restricted: number };
      tally.count += n;
      tally.restricted += restricted;
    }
  }

  result(): DatedCounts {
    const byPathway = new Map<Pathway, { count: number; restricted: number }>();
    PATHWAYS.forEach((pathway, b) => {
      const tally = this.perPathway[b] as { count: number; restricted: number };
      if (tally.count > 0) byPathway.set(pathway, { ...tally });
    });
    return { total: this.total, counts: { ...this.counts, byPathway } };
  }
}

// A cell of the CountsTable: pathway bits * 8 + the flags below.
const RESTRICTED_CELL = 1;
const LISTED_CELL = 2;
const STALE_CELL = 4;
const CELLS_PER_DATE = (1 << PATHWAY_COUNT) * 8;
