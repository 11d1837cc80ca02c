import {
  addDays,
  type AccessTrends,
  type TrendPeriod,
  periodsBetween,
  PATHWAYS,
  type ReachRole,
  type TrendInterval,
} from '../domain';
import { appError, ErrorCode } from '../errors';
import type { DatedCounts } from './counting/dated-counts';
import type { PathFilterInput, PathService } from './path-service';
import { chipIdsOf } from '../reach/access-graph';
import { chipReleaseEvents, eventsOf, type Window } from './timeline-events';

/** accessTrends' maxHops when not given (the SDL's default, schema/timeline.graphql). */
export const TREND_DEFAULT_HOPS = 6;

/** The most periods one trend answers (ten years of months). */
export const MAX_TREND_PERIODS = 120;

/**
 * Accesses over time: per period, whoCanReach's exact counts on the period's last day, summed
 * over the chips (one search per chip for every period at once); the rule events and the chips'
 * releases on the same axis.
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
    const chipIds = chips ? [...new Set(chips)] : chipIdsOf(snapshot.graph);
    // Rule events and the chips' releases: the window widened by a day so that one on its first day is shown too.
    const scope = { rels: [], entities: new Set<string>(), chips: new Set(chipIds) };
    const axis = { start: addDays(window.start, -1), end: window.end };
    const events = [
      ...eventsOf(snapshot, scope, axis, this.staleAfterMonths),
      ...chipReleaseEvents(snapshot.graph, chipIds, axis),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const counted = await this.paths.reachCountsOver(
      snapshot,
      chipIds,
      spans.map((span) => span.end),
      hops,
      filter,
      roles,
    );
    const periods = spans.map((span, i): TrendPeriod => {
      const { total, counts } = counted[i] as DatedCounts;
      return {
        ...span,
        accesses: total,
        restricted: counts.restricted,
        listed: counts.listed,
        listedRestricted: counts.listedRestricted,
        stale: counts.stale,
        staleRestricted: counts.staleRestricted,
        byPathway: PATHWAYS.flatMap((pathway) => {
          const sum = counts.byPathway.get(pathway);
          return sum ? [{ pathway, ...sum }] : [];
        }),
        events: events.filter((e) => e.date >= span.start && e.date <= span.end),
      };
    });
    return { interval, chips: chipIds, periods, events };
  }
}
