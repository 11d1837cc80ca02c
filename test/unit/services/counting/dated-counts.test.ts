import { Prng } from '../../../../bench/prng';
import type { ReachRole } from '../../../../src/domain';
import { addCounts } from '../../../support/counts';
import { PathService, type PathFilterInput, type ReachCounts } from '../../../../src/services/path-service';
import { DAYS, randomSnapshot } from '../../../support/random-snapshot';

/**
 * reachCountsOver (one search per chip for many dates at once) against reachCountsIn (one
 * search per chip and date, whoCanReach's own counts) on random graphs whose steps start and
 * end at many dates, under random filters, roles and hop limits.
 */

const FILTERS: (PathFilterInput | null)[] = [
  null,
  { onlyRestricted: true },
  { excludeStale: true },
  { minConfidence: 'REPORTED', includeRetracted: true },
  { includePathways: ['STOCKPILE', 'DIRECT', 'OFFSHORE_DATA_CENTER'] },
  { excludePathways: ['CLOUD_RENTAL'], climbToControllers: false },
  { relationshipTypes: ['ACQUIRED', 'PROCURES_FROM', 'HOSTS', 'OWNS'] },
];
const ROLES: (ReachRole[] | null)[] = [null, ['USER'], ['HOST', 'HOLDER']];

function comparable(total: number, counts: ReachCounts | null) {
  if (!counts) return { total };
  const { byPathway, ...rest } = counts;
  return { total, ...rest, byPathway: [...byPathway].sort(([a], [b]) => a.localeCompare(b)) };
}

function randomDates(prng: Prng, count: number): string[] {
  const dates = new Set<string>();
  while (dates.size < count) {
    const year = 2020 + Math.floor(prng.next() * 6);
    const month = 1 + Math.floor(prng.next() * 12);
    const day = 1 + Math.floor(prng.next() * 28);
    dates.add(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  // The days on which steps start or end, and the days before them, are where answers change.
  return [...dates, ...DAYS, '2022-10-06', '2023-11-16', '2025-09-28'].sort();
}

describe('reachCountsOver: whoCanReach counts at many dates in one search per chip', () => {
  it.each(Array.from({ length: 30 }, (_, i) => i + 1))('random graph %i', async (seed) => {
    const snapshot = randomSnapshot(seed);
    const paths = new PathService({ current: async () => snapshot } as never, {
      maxHops: 8,
      maxPaths: 1000,
      staleAfterMonths: 24,
    });
    const prng = new Prng(seed * 7919);
    const chips = ['k0', 'k1', 'k2'];
    // More dates than one search serves (32), so that the chunks are exercised too.
    const dates = randomDates(prng, seed % 3 === 0 ? 30 : 6);
    const filter = FILTERS[seed % FILTERS.length] ?? null;
    const roles = ROLES[Math.floor(seed / FILTERS.length) % ROLES.length] ?? null;
    const hops = [6, 3, 2, 8][seed % 4] as number;
    const over = await paths.reachCountsOver(snapshot, chips, dates, hops, filter, roles);
    expect(over).toHaveLength(dates.length);
    dates.forEach((date, t) => {
      // whoCanReach's own answer per chip (one search per chip and date), summed.
      const [expected] = addCounts(
        chips.map((chip) => {
          const set = paths.reachersIn(snapshot, chip, date, hops, filter, roles);
          return [{ total: set.reaches.length, counts: set.counts() }];
        }),
      );
      const got = over[t];
      expect({ date, ...comparable(got?.total ?? -1, got?.counts ?? null) }).toEqual({
        date,
        ...comparable(expected?.total ?? -2, expected?.counts ?? null),
      });
    });
  });

  it('meets what the comparison is for: accesses that come and go, restricted ones, every pathway', async () => {
    const seen = new Set<string>();
    let changing = 0;
    for (let seed = 1; seed <= 30; seed += 1) {
      const snapshot = randomSnapshot(seed);
      const paths = new PathService({ current: async () => snapshot } as never, {
        maxHops: 8,
        maxPaths: 1000,
        staleAfterMonths: 24,
      });
      const over = await paths.reachCountsOver(snapshot, ['k0', 'k1', 'k2'], DAYS, 6, null, null);
      if (new Set(over.map((c) => c.total)).size > 1) changing += 1;
      for (const { counts } of over) {
        if (counts.restricted > 0) seen.add('restricted');
        if (counts.listed > 0) seen.add('listed');
        if (counts.stale > 0) seen.add('stale');
        for (const pathway of counts.byPathway.keys()) seen.add(pathway);
      }
    }
    expect(changing).toBeGreaterThan(20);
    expect([...seen].sort()).toEqual(
      [
        'CLOUD_RENTAL',
        'DIRECT',
        'INTERMEDIARY',
        'OFFSHORE_DATA_CENTER',
        'ORDINARY_PURCHASE',
        'STOCKPILE',
        'SUBSIDIARY',
        'UNDATED_PURCHASE',
        'listed',
        'restricted',
        'stale',
      ].sort(),
    );
  });
});

describe('reachCountsOver keeps its counts with the snapshot', () => {
  const limits = { maxHops: 8, maxPaths: 1000, staleAfterMonths: 24 };

  it('answers the same question again, and one asked while it is counted, from one count', async () => {
    const snapshot = randomSnapshot(4);
    const paths = new PathService({ current: async () => snapshot } as never, limits);
    const first = paths.reachCountsOver(snapshot, ['k0', 'k1'], DAYS, 6, null, null);
    const meanwhile = paths.reachCountsOver(snapshot, ['k0', 'k1'], DAYS, 6, null, null);
    // The very same counts, not a second count that came to the same numbers.
    expect(await meanwhile).toBe(await first);
    expect(await paths.reachCountsOver(snapshot, ['k0', 'k1'], DAYS, 6, null, null)).toBe(await first);
    // Another filter is another question.
    const restricted = await paths.reachCountsOver(snapshot, ['k0', 'k1'], DAYS, 6, { onlyRestricted: true }, null);
    expect(restricted).not.toBe(await first);
  });

  it('does not keep a count that failed: the next question counts again', async () => {
    const snapshot = randomSnapshot(4);
    const counted = [
      {
        total: 1,
        counts: { restricted: 0, listed: 0, listedRestricted: 0, stale: 0, staleRestricted: 0, byPathway: new Map() },
      },
    ];
    const count = jest.fn().mockRejectedValueOnce(new Error('worker lost')).mockResolvedValueOnce(counted);
    const paths = new PathService({ current: async () => snapshot } as never, limits, { count } as never);
    await expect(paths.reachCountsOver(snapshot, ['k0'], ['2024-01-01'], 6, null, null)).rejects.toThrow('worker lost');
    await expect(paths.reachCountsOver(snapshot, ['k0'], ['2024-01-01'], 6, null, null)).resolves.toBe(counted);
    expect(count).toHaveBeenCalledTimes(2);
  });
});
