import type { DatedCounts } from '../../src/services/counting/dated-counts';

/** Several lists of counts (one per chip, or per thread's share) added date by date. */
export function addCounts(lists: readonly DatedCounts[][]): DatedCounts[] {
  return (lists[0] ?? []).map((_, t) => {
    const sum: DatedCounts = {
      total: 0,
      counts: { restricted: 0, listed: 0, listedRestricted: 0, stale: 0, staleRestricted: 0, byPathway: new Map() },
    };
    for (const list of lists) {
      const { total, counts } = list[t] as DatedCounts;
      sum.total += total;
      const c = sum.counts;
      c.restricted += counts.restricted;
      c.listed += counts.listed;
      c.listedRestricted += counts.listedRestricted;
      c.stale += counts.stale;
      c.staleRestricted += counts.staleRestricted;
      for (const [pathway, tally] of counts.byPathway) {
        const kept = c.byPathway.get(pathway) ?? { count: 0, restricted: 0 };
        c.byPathway.set(pathway, { count: kept.count + tally.count, restricted: kept.restricted + tally.restricted });
      }
    }
    return sum;
  });
}
