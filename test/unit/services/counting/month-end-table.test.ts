import { Prng } from '../../../../bench/prng';
import { periodsBetween, type ReachRole } from '../../../../src/domain';
import type { AccessSnapshot } from '../../../../src/reach/access-index';
import { CountWorkers } from '../../../../src/services/counting/count-workers';
import type { DatedCounts } from '../../../../src/services/counting/dated-counts';
import { MonthEndTable, monthEnds } from '../../../../src/services/counting/month-end-table';
import { PathService, type PathFilterInput, type PathLimits } from '../../../../src/services/path-service';
import { TREND_DEFAULT_HOPS } from '../../../../src/services/trend-service';
import { buildSchema } from '../../../../src/graphql/schema';
import { projectRoot } from '../../../../src/config';
import { randomSnapshot } from '../../../support/random-snapshot';

/**
 * The trends' month-end table against counting: every question it answers, from its rows alone
 * or with some dates counted, is answered as counting answers it; it answers nothing of another
 * version or another question, and a newer version cancels an older one's table.
 */

const FILTERS: (PathFilterInput | null)[] = [
  null,
  { onlyRestricted: true },
  { includePathways: ['STOCKPILE', 'DIRECT', 'OFFSHORE_DATA_CENTER'] },
  { excludePathways: ['CLOUD_RENTAL'] },
  { onlyRestricted: true, includePathways: ['CLOUD_RENTAL', 'SUBSIDIARY'], excludePathways: ['INTERMEDIARY'] },
];
const LIMITS: PathLimits = { maxHops: 8, maxPaths: 1000, staleAfterMonths: 24 };
const TODAY = '2026-06-15';
const HOPS = TREND_DEFAULT_HOPS;

function pathsOf(snapshot: AccessSnapshot, counters?: CountWorkers, table?: MonthEndTable): PathService {
  return new PathService({ current: async () => snapshot } as never, LIMITS, counters, table);
}

function tableFor(snapshot: AccessSnapshot, counters: CountWorkers, months = 96): MonthEndTable {
  const paths = pathsOf(snapshot, counters);
  return new MonthEndTable(counters, (chipIds, dates) => paths.countsAsk(chipIds, dates, HOPS, null, null), {
    months,
    delayMs: 0,
    sliceChips: 2,
    today: () => TODAY,
  });
}

async function built(table: MonthEndTable, snapshot: AccessSnapshot): Promise<void> {
  table.schedule(snapshot);
  expect(await table.ready(snapshot.version)).toBe(true);
}

function pick<T>(prng: Prng, from: readonly T[], count: number): T[] {
  const left = [...from];
  const out: T[] = [];
  while (out.length < count && left.length > 0) out.push(left.splice(Math.floor(prng.next() * left.length), 1)[0] as T);
  return out;
}

describe('MonthEndTable', () => {
  const workers = new CountWorkers(2, 0);
  afterAll(() => workers.close());

  it('holds the last months to the end of the current year', () => {
    const months = monthEnds(TODAY, 96);
    expect(months).toHaveLength(96);
    expect(months[0]).toBe('2019-01-31');
    expect(months[1]).toBe('2019-02-28');
    expect(months.at(-1)).toBe('2026-12-31');
    expect(monthEnds(TODAY, 5)).toEqual(['2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30', '2026-12-31']);
  });

  it.each([
    [3, 2],
    [8, 0],
    [21, 2],
    [34, 0],
  ])('answers trends on random graph %i (%i workers) as counting does', async (seed, workerCount) => {
    const snapshot = randomSnapshot(seed);
    const counters = workerCount === 0 ? new CountWorkers(0) : workers;
    const table = tableFor(snapshot, counters);
    await built(table, snapshot);
    const withTable = pathsOf(snapshot, counters, table);
    const counting = pathsOf(snapshot);
    const prng = new Prng(seed * 131);
    const chips = ['k0', 'k1', 'k2'];
    const roleChoices: (ReachRole[] | null)[] = [null, ['USER'], ['HOST', 'HOLDER'], ['HOLDER', 'USER', 'HOLDER']];
    let read = 0;
    for (const interval of ['MONTH', 'QUARTER', 'YEAR'] as const) {
      for (let round = 0; round < 6; round += 1) {
        const startYear = 2019 + Math.floor(prng.next() * 6);
        // Some windows end mid-month or past the table: those dates are counted.
        const end = [`${startYear + 1}-12-31`, `${startYear + 1}-06-15`, '2027-03-31'][round % 3] as string;
        const dates = periodsBetween(`${startYear}-01-01`, end, interval).map((p) => p.end);
        const asked = pick(prng, chips, 1 + Math.floor(prng.next() * 3));
        const roles = roleChoices[Math.floor(prng.next() * roleChoices.length)] ?? null;
        // The filters the tally applies to each access are read from the table's cells.
        const filter = FILTERS[Math.floor(prng.next() * FILTERS.length)] ?? null;
        const ask = withTable.countsAsk(asked, dates, HOPS, filter, roles);
        const held = table.read(snapshot, ask);
        expect(held).not.toBeNull();
        read += (held as (DatedCounts | null)[]).filter(Boolean).length;
        const fromTable = await withTable.reachCountsOver(snapshot, asked, dates, HOPS, filter ?? {}, roles);
        const counted = await counting.reachCountsOver(snapshot, asked, dates, HOPS, filter, roles);
        expect({ filter, counts: fromTable }).toEqual({ filter, counts: counted });
      }
    }
    expect(read).toBeGreaterThan(50);
    // The graph's accesses are in the rows: some month has some.
    const all = table.read(snapshot, withTable.countsAsk(chips, monthEnds(TODAY, 96), HOPS, null, null));
    expect(all?.some((counts) => (counts?.total ?? 0) > 0)).toBe(true);
  });

  it('answers nothing of another search, another version or a chip it has no row for', async () => {
    const snapshot = randomSnapshot(13);
    const table = tableFor(snapshot, workers);
    await built(table, snapshot);
    const paths = pathsOf(snapshot, workers, table);
    const dates = ['2023-03-31', '2023-06-30'];
    expect(table.read(snapshot, paths.countsAsk(['k0'], dates, HOPS, null, null))).not.toBeNull();
    expect(table.read(snapshot, paths.countsAsk(['k0'], dates, 3, null, null))).toBeNull();
    expect(table.read(snapshot, paths.countsAsk(['k0'], dates, HOPS, { excludeStale: true }, null))).toBeNull();
    expect(table.read(snapshot, paths.countsAsk(['k0'], dates, HOPS, { minConfidence: 'REPORTED' }, null))).toBeNull();
    expect(table.read(snapshot, paths.countsAsk(['k0'], dates, HOPS, { climbToControllers: false }, null))).toBeNull();
    expect(
      table.read(snapshot, paths.countsAsk(['k0'], dates, HOPS, { relationshipTypes: ['HOSTS', 'RENTS_FROM'] }, null)),
    ).toBeNull();
    expect(table.read(snapshot, paths.countsAsk(['k0', 'nowhere'], dates, HOPS, null, null))).toBeNull();
    expect(table.read(snapshot, paths.countsAsk(['k0'], ['2023-03-30'], HOPS, null, null))).toBeNull();
    const other = { ...randomSnapshot(13), version: 'random-13-written' };
    expect(table.read(other, paths.countsAsk(['k0'], dates, HOPS, null, null))).toBeNull();
  });

  it('counts the table of the newest version only', async () => {
    const first = randomSnapshot(5);
    const second = { ...randomSnapshot(6), version: 'random-6' };
    const table = tableFor(first, workers);
    table.schedule(first);
    table.schedule(second);
    expect(await table.ready(first.version)).toBe(false);
    expect(await table.ready(second.version)).toBe(true);
    expect(table.status()).toMatchObject({ version: 'random-6', months: 96, building: null });
    expect(table.status().chips).toBe(3); // k0, k1 and k2
  });

  it("is counted for the trends' default maxHops, the SDL's", () => {
    const schema = buildSchema(projectRoot());
    const maxHops = schema
      .getQueryType()
      ?.getFields()
      .accessTrends?.args.find((a) => a.name === 'maxHops');
    expect(maxHops?.defaultValue).toBe(TREND_DEFAULT_HOPS);
  });

  it('holds no table when asked for none', async () => {
    const snapshot = randomSnapshot(7);
    const table = tableFor(snapshot, workers, 0);
    table.schedule(snapshot);
    expect(await table.ready(snapshot.version)).toBe(false);
    expect(table.read(snapshot, pathsOf(snapshot).countsAsk(['k0'], ['2023-03-31'], HOPS, null, null))).toBeNull();
  });
});
