import {
  addDays,
  type AccessTrends,
  type TrendPeriod,
  periodsBetween,
  PATHWAYS,
  type Pathway,
  type ReachRole,
  type TrendInterval,
} from '../domain';
import { appError, ErrorCode } from '../errors';
import type { PathFilterInput, PathService } from './path-service';
import { eventsOf, type Window } from './timeline-events';

/** The most periods one trend answers (ten years of months). */
export const MAX_TREND_PERIODS = 120;

/**
 * Accesses over time: per period, whoCanReach's exact counts on the period's last day, summed
 * over the chips; the rule events on the same axis.
 */
export class TrendService {
  constructor(
    private readonly paths: PathService,
    private readonly staleAfterMonths: number,
  ) {}

  async accessTrends(
    chips: readonly string[] | null,
    window: Window,
    interval: TrendInterval,
    maxHops: number | null | undefined,
    filter: PathFilterInput | null | undefined,
    roles: readonly ReachRole[] | null | undefined,
  ): Promise<AccessTrends> {
    if (window.start > window.end) {
      throw appError(ErrorCode.BAD_USER_INPUT, `start (${window.start}) is after end (${window.end})`, {
        problems: [{ path: ['start'], message: 'after end' }],
      });
    }
    const spans = periodsBetween(window.start, window.end, interval);
    if (spans.length > MAX_TREND_PERIODS) {
      throw appError(
        ErrorCode.LIMIT_EXCEEDED,
        `${spans.length} periods of a ${interval.toLowerCase()}: at most ${MAX_TREND_PERIODS}; widen the interval or narrow the window`,
      );
    }
    const snapshot = await this.paths.snapshot();
    const hops = this.paths.checkMaxHops(maxHops);
    const chipIds = chips ? [...new Set(chips)] : await this.paths.allChipIds();
    // Rule events only: the window widened by a day so that one on its first day is shown too.
    const scope = { rels: [], entities: new Set<string>(), chips: new Set(chipIds) };
    const events = eventsOf(
      snapshot,
      scope,
      { start: addDays(window.start, -1), end: window.end },
      this.staleAfterMonths,
    );
    const periods = spans.map((span) => {
      const period: TrendPeriod = {
        ...span,
        accesses: 0,
        restricted: 0,
        listed: 0,
        listedRestricted: 0,
        stale: 0,
        staleRestricted: 0,
        byPathway: [],
        events: events.filter((e) => e.date >= span.start && e.date <= span.end),
      };
      const byPathway = new Map<Pathway, { count: number; restricted: number }>();
      for (const chip of chipIds) {
        const { total, counts } = this.paths.reachCountsIn(snapshot, chip, span.end, hops, filter, roles);
        period.accesses += total;
        period.restricted += counts.restricted;
        period.listed += counts.listed;
        period.listedRestricted += counts.listedRestricted;
        period.stale += counts.stale;
        period.staleRestricted += counts.staleRestricted;
        for (const [pathway, tally] of counts.byPathway) {
          const sum = byPathway.get(pathway) ?? { count: 0, restricted: 0 };
          sum.count += tally.count;
          sum.restricted += tally.restricted;
          byPathway.set(pathway, sum);
        }
      }
      period.byPathway = PATHWAYS.flatMap((pathway) => {
        const sum = byPathway.get(pathway);
        return sum ? [{ pathway, ...sum }] : [];
      });
      return period;
    });
    return { interval, chips: chipIds, periods, events };
  }
}
