import { periodsBetween, REACH_ROLES, type IsoDate, type ReachRole } from '../../domain';
import { chipIdsOf } from '../../reach/access-graph';
import type { AccessSnapshot } from '../../reach/access-index';
import { chipAndRole, NO_CELLS, type CountWorkers } from './count-workers';
import { addCells, CellSum, type DatedCounts, type DatedCountsAsk } from './dated-counts';

/** Where a table says it was built or failed (the server's logger). */
export interface TableLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface MonthEndTableOptions {
  /** How many month ends a table holds, the last one the end of the current year (0: no table). */
  months: number;
  /** How long a version must stay the one loaded before its table is built: a burst of writes builds one. */
  delayMs: number;
  /** Chips counted per request to the workers: a question asked meanwhile waits for one such slice at most. */
  sliceChips: number;
  /** Today (the table's last month end is the end of its year). */
  today?: () => IsoDate;
  log?: TableLog;
}

/** The question a table answers (no filter, the default maxHops, every role) for some chips at some dates. */
export type DefaultAsk = (chipIds: readonly string[], dates: readonly IsoDate[]) => DatedCountsAsk;

interface Table {
  version: string;
  months: readonly IsoDate[];
  /** Per month end, its index in `months`. */
  monthAt: Map<IsoDate, number>;
  /** Per month end, the step rules it was counted under (JSON): a question's must be the same. */
  rules: string[];
  /** The months after which evidence is stale, as counted: a question's must be the same. */
  staleAfterMonths: number;
  /** Per chip and role (chipAndRole), the cells at every month end (CountsTable.cellsAt). */
  rows: Map<string, Float64Array[]>;
  chips: ReadonlySet<string>;
  buildMs: number;
}

interface Build {
  version: string;
  cancelled: boolean;
  timer: NodeJS.Timeout | null;
  done: Promise<boolean>;
  finish: (built: boolean) => void;
}

/** What the table holds now (the bench, tests). */
export interface MonthEndTableStatus {
  version: string | null;
  months: number;
  first: IsoDate | null;
  last: IsoDate | null;
  chips: number;
  buildMs: number | null;
  building: string | null;
}

/**
 * The trends' counts of the default question (no filter, the default maxHops), per chip and
 * role, at every month end of the last `months` months to the end of the current year: counted
 * in the background for each version of the graph, after the version has stayed loaded for
 * `delayMs`, in slices of chips so that questions asked meanwhile wait for a slice at most.
 * Each row keeps the tally's cells (an access's pathways and flags), not only their sums.
 *
 * A trend whose period ends are month ends of the table, asked of the version the table was
 * counted on, whose search is the default one (the same step rules at each date: maxHops and
 * the filters that choose steps) is summed from its rows, over any chips of the graph and any
 * roles, with the filters the tally applies to each access (onlyRestricted, includePathways,
 * excludePathways) applied to the cells; its other dates are counted as before. The rows are
 * the counts counting would give: the same searches at the same dates
 * (test/unit/services/counting/month-end-table.test.ts).
 */
export class MonthEndTable {
  private table: Table | null = null;
  private build: Build | null = null;

  constructor(
    private readonly counters: CountWorkers,
    private readonly defaultAsk: DefaultAsk,
    private readonly options: MonthEndTableOptions,
  ) {}

  /** A snapshot was loaded: its table is built after the delay, unless another version comes first. */
  schedule(snapshot: AccessSnapshot): void {
    if (this.options.months <= 0) return;
    if (this.table?.version === snapshot.version || this.build?.version === snapshot.version) return;
    this.cancel();
    let finish: (built: boolean) => void = () => {};
    const done = new Promise<boolean>((resolve) => (finish = resolve));
    const build: Build = { version: snapshot.version, cancelled: false, timer: null, done, finish };
    build.timer = setTimeout(() => {
      build.timer = null;
      void this.count(snapshot, build);
    }, this.options.delayMs);
    // A table to come does not keep the process alive.
    build.timer.unref();
    this.build = build;
  }

  /**
   * Resolves when the table of `version` is built (true), or will not be: cancelled by a newer
   * version, failed, or never scheduled (false).
   */
  ready(version: string): Promise<boolean> {
    if (this.table?.version === version) return Promise.resolve(true);
    if (this.build?.version === version) return this.build.done;
    return Promise.resolve(false);
  }

  /**
   * The counts of a question at each of its dates that the table holds (null at the others), or
   * null when it holds none of them: another version, another question, a chip it has no row for.
   */
  read(snapshot: AccessSnapshot, ask: DatedCountsAsk): (DatedCounts | null)[] | null {
    const table = this.table;
    if (table?.version !== snapshot.version || ask.staleAfterMonths !== table.staleAfterMonths) return null;
    if (ask.claim || !ask.chipIds.every((id) => table.chips.has(id))) return null;
    // No roles, or none listed, is every role (as the tally reads it).
    const roles: readonly ReachRole[] = ask.roles?.length ? [...new Set(ask.roles)] : REACH_ROLES;
    let held = 0;
    const out = ask.dates.map((date, i) => {
      const m = table.monthAt.get(date);
      if (m === undefined || JSON.stringify(ask.rules[i]) !== table.rules[m]) return null;
      held += 1;
      const sum = new CellSum();
      for (const chipId of ask.chipIds)
        for (const role of roles)
          addCells(sum, (table.rows.get(chipAndRole(chipId, role)) as Float64Array[])[m] as Float64Array, ask);
      return sum.result();
    });
    return held > 0 ? out : null;
  }

  status(): MonthEndTableStatus {
    const table = this.table;
    return {
      version: table?.version ?? null,
      months: table?.months.length ?? 0,
      first: table?.months[0] ?? null,
      last: table?.months[table.months.length - 1] ?? null,
      chips: table?.chips.size ?? 0,
      buildMs: table?.buildMs ?? null,
      building: this.build?.version ?? null,
    };
  }

  /** Stops a build waiting or in progress (at its next slice). */
  cancel(): void {
    const build = this.build;
    if (!build) return;
    this.build = null;
    build.cancelled = true;
    if (build.timer) clearTimeout(build.timer);
    build.finish(false);
  }

  /** Counts the table and keeps it; a failure is logged, leaves no table and is not thrown (nobody awaits it). */
  private async count(snapshot: AccessSnapshot, build: Build): Promise<void> {
    try {
      const table = await this.counted(snapshot, build);
      if (!table || build.cancelled) return;
      this.table = table;
      this.build = null;
      this.options.log?.info(
        {
          phase: 'trend-table',
          version: build.version,
          months: table.months.length,
          chips: table.chips.size,
          ms: table.buildMs,
        },
        'trend table built',
      );
      build.finish(true);
    } catch (error) {
      this.options.log?.warn({ err: error, version: build.version }, 'trend table: counting failed');
      if (this.build === build) this.build = null;
      build.finish(false);
    }
  }

  /** The table of a snapshot, slice by slice (null when cancelled on the way). */
  private async counted(snapshot: AccessSnapshot, build: Build): Promise<Table | null> {
    const started = performance.now();
    const months = monthEnds(this.options.today?.() ?? new Date().toISOString().slice(0, 10), this.options.months);
    const chipIds = chipIdsOf(snapshot.graph);
    const ask = { ...this.defaultAsk(chipIds, months), roles: null };
    const rows = new Map<string, Float64Array[]>();
    for (let i = 0; i < chipIds.length; i += this.options.sliceChips) {
      // Between slices the event loop runs (with no workers, a slice is counted on it).
      await new Promise((resolve) => setImmediate(resolve));
      if (build.cancelled) return null;
      const slice = chipIds.slice(i, i + this.options.sliceChips);
      const counted = await this.counters.cellsByChipAndRole(snapshot, { ...ask, chipIds: slice });
      for (const id of slice)
        for (const role of REACH_ROLES) {
          const key = chipAndRole(id, role);
          rows.set(key, counted.get(key) ?? months.map(() => NO_CELLS));
        }
    }
    return {
      version: build.version,
      months,
      monthAt: new Map(months.map((date, m) => [date, m])),
      rules: ask.rules.map((rules) => JSON.stringify(rules)),
      staleAfterMonths: ask.staleAfterMonths,
      rows,
      chips: new Set(chipIds),
      buildMs: Math.round(performance.now() - started),
    };
  }
}

/** The last `count` month ends up to the end of today's year. */
export function monthEnds(today: IsoDate, count: number): IsoDate[] {
  const year = Number(today.slice(0, 4));
  const firstYear = year - Math.ceil(count / 12) + 1;
  const ends = periodsBetween(`${String(firstYear).padStart(4, '0')}-01-01`, `${year}-12-31`, 'MONTH').map(
    (period) => period.end,
  );
  return ends.slice(ends.length - count);
}
