import { CountWorkers } from '../../../../src/services/counting/count-workers';
import { datedReachCounts, type DatedCountsAsk } from '../../../../src/services/counting/dated-counts';
import { addCounts } from '../../../support/counts';
import { stepRulesAt } from '../../../support/access-inputs';
import { DAYS, randomSnapshot } from '../../../support/random-snapshot';

/** The counts spread over worker threads are the counts of one thread, and a failure is an error. */

const ask = (dates: readonly string[], chipIds = ['k0', 'k1', 'k2']): DatedCountsAsk => ({
  chipIds,
  dates,
  rules: dates.map(stepRulesAt),
  onlyRestricted: false,
  includePathways: 0,
  excludePathways: 0,
  roles: null,
  staleAfterMonths: 24,
});

describe('CountWorkers', () => {
  // Two workers, and every question spread over them however small.
  const workers = new CountWorkers(2, 0);
  afterAll(() => workers.close());

  it('adds up the shares of the chips to the counts of one thread, snapshot after snapshot', async () => {
    for (const seed of [3, 8, 21]) {
      const snapshot = randomSnapshot(seed);
      const question = ask(DAYS);
      const spread = await workers.count(snapshot, question);
      const alone = datedReachCounts({ ...question, snapshot });
      expect(spread).toEqual(alone);
      expect(spread.some((c) => c.total > 0)).toBe(true);
    }
  });

  it('claims the chips once per chunk of 32 dates when a question has more', async () => {
    const months = Array.from({ length: 40 }, (_, i) => {
      const year = 2020 + Math.floor(i / 12);
      return `${year}-${String((i % 12) + 1).padStart(2, '0')}-28`;
    });
    const snapshot = randomSnapshot(55);
    const spread = await workers.count(snapshot, ask(months));
    expect(spread).toHaveLength(40);
    expect(spread).toEqual(datedReachCounts({ ...ask(months), snapshot }));
    expect(spread.slice(32).some((c) => c.total > 0)).toBe(true);
  });

  it('fails the question when a worker fails, with the worker error', async () => {
    const snapshot = randomSnapshot(5);
    const broken = { ...ask(DAYS), rules: [] };
    await expect(workers.count(snapshot, broken)).rejects.toThrow(/counting worker/);
    // The workers are still there for the next question.
    const again = await workers.count(snapshot, ask(DAYS));
    expect(again).toEqual(datedReachCounts({ ...ask(DAYS), snapshot }));
  });

  it('counts, with a shared claim, only the chips not claimed yet', () => {
    const snapshot = randomSnapshot(34);
    const claim = new Int32Array(new SharedArrayBuffer(4));
    claim[0] = 1; // k0 already claimed by another thread
    const rest = datedReachCounts({ ...ask(DAYS), claim, snapshot });
    expect(claim[0]).toBe(4); // k1 and k2 claimed here, then one claim past the end
    const first = datedReachCounts({ ...ask(DAYS, ['k0']), snapshot });
    const alone = datedReachCounts({ ...ask(DAYS), snapshot });
    expect(addCounts([first, rest])).toEqual(alone);
    expect(rest).not.toEqual(alone);
  });

  it('counts on the calling thread when it has no workers', async () => {
    const snapshot = randomSnapshot(13);
    expect(await new CountWorkers(0).count(snapshot, ask(DAYS))).toEqual(datedReachCounts({ ...ask(DAYS), snapshot }));
  });
});
