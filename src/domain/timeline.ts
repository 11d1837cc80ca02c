import { monthsBefore } from './evidence';
import type { IsoDate } from './types';
import type { Pathway, TimelineEventKind, TrendInterval } from './vocabulary';

/**
 * Timelines (DOMAIN.md, "What a path means"): an answer asked at every date of a window. Between
 * two consecutive dates on which something the answer depends on changes (a step starts or
 * ends, a rule takes effect, a listing, evidence ageing), the answer is the same; so it is asked
 * once at each such date and the days between inherit it.
 */

const DAY_MS = 86_400_000;

/** `date` moved by whole days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first date at which evidence last dated `lastEvidence` is stale: the first d with
 * monthsBefore(d, months) > lastEvidence (pathEvidence's own test, searched day by day near the
 * calendar answer so that month-end clamping is honoured).
 */
export function staleFrom(lastEvidence: IsoDate, months: number): IsoDate {
  let low = lastEvidence; // not stale here
  let high = addDays(lastEvidence, months * 31 + 31); // stale here
  while (addDays(low, 1) < high) {
    const days = Math.round((Date.parse(`${high}T00:00:00Z`) - Date.parse(`${low}T00:00:00Z`)) / DAY_MS);
    const mid = addDays(low, Math.floor(days / 2));
    if (monthsBefore(mid, months) > lastEvidence) high = mid;
    else low = mid;
  }
  return high;
}

/** One dated change with what it concerns (for the causes of a boundary) and where it is recorded. */
export interface TimelineEvent {
  date: IsoDate;
  kind: TimelineEventKind;
  description: string;
  /** The relationship that starts, ends or ages (a step, a RESTRICTS, a DESIGNATED_UNDER, an OWNS). */
  relationshipId: string | null;
  /** The regulation concerned, for rule events, coverage and listings. */
  regulationId: string | null;
  /** The entity listed or owned, for listings and ownership. */
  entityId: string | null;
  /** The chip covered, for coverage. */
  chipId: string | null;
}

/** What an answer says of one route (or one access) at a date. */
export interface RouteState {
  restricted: boolean;
  stale: boolean;
  pathways: readonly Pathway[];
}

/** A stretch of days (both ends inclusive) in which a route's state did not change. */
export interface Period extends RouteState {
  start: IsoDate;
  end: IsoDate;
  opensWith: TimelineEvent[];
  closesWith: TimelineEvent[];
}

/** Days (both ends inclusive) in which a condition held, with what opened and closed them. */
export interface TimeSpan {
  start: IsoDate;
  end: IsoDate;
  /** The span starts on the window's first day: it may have held before. */
  fromWindowStart: boolean;
  /** The span ends on the window's last day: it may hold after. */
  toWindowEnd: boolean;
  opensWith: TimelineEvent[];
  closesWith: TimelineEvent[];
}

function sameState(a: RouteState, b: RouteState): boolean {
  return (
    a.restricted === b.restricted &&
    a.stale === b.stale &&
    a.pathways.length === b.pathways.length &&
    a.pathways.every((w, i) => b.pathways[i] === w)
  );
}

/**
 * The periods of one route: `dates` are the window's dates of change in order (the first is the
 * window's start), `states[i]` the route's state from dates[i] until the day before dates[i + 1]
 * (null: not an access path then), `causes(date)` the events that explain a change on a date.
 */
export function periodsOf(
  dates: readonly IsoDate[],
  states: readonly (RouteState | null)[],
  windowEnd: IsoDate,
  causes: (date: IsoDate) => TimelineEvent[],
): Period[] {
  const periods: Period[] = [];
  let open: Period | null = null;
  dates.forEach((date, i) => {
    const state = states[i] ?? null;
    if (open && state && sameState(open, state)) return;
    const changed = i > 0 ? causes(date) : [];
    if (open) {
      open.end = addDays(date, -1);
      open.closesWith = changed;
      periods.push(open);
      open = null;
    }
    if (state)
      open = {
        ...state,
        pathways: [...state.pathways],
        start: date,
        end: windowEnd,
        opensWith: changed,
        closesWith: [],
      };
  });
  if (open) periods.push(open);
  return periods;
}

/**
 * The spans of consecutive periods in which `holds` is true, merged, each opened and closed by
 * the causes of its first and last periods' boundaries.
 */
export function spansOf(
  periods: readonly Period[],
  holds: (p: Period) => boolean,
  window: { start: IsoDate; end: IsoDate },
): TimeSpan[] {
  const spans: TimeSpan[] = [];
  let open: TimeSpan | null = null;
  for (const p of periods) {
    const adjoining = open !== null && addDays(open.end, 1) === p.start;
    if (holds(p)) {
      if (open && adjoining) {
        open.end = p.end;
        open.closesWith = p.closesWith;
        continue;
      }
      if (open) spans.push(open);
      open = { start: p.start, end: p.end, opensWith: p.opensWith, closesWith: p.closesWith } as TimeSpan;
    } else if (open) {
      open.closesWith = adjoining ? p.opensWith : open.closesWith;
      spans.push(open);
      open = null;
    }
  }
  if (open) spans.push(open);
  return spans.map((s) => ({
    ...s,
    fromWindowStart: s.start === window.start,
    toWindowEnd: s.end === window.end,
    opensWith: s.start === window.start ? [] : s.opensWith,
    closesWith: s.end === window.end ? [] : s.closesWith,
  }));
}

const MONTHS_OF: Record<TrendInterval, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/**
 * The calendar periods (months, quarters from January, years) that meet [start, end], each cut to
 * the window: the first may start after its calendar start, the last end before its calendar end.
 */
export function periodsBetween(
  start: IsoDate,
  end: IsoDate,
  interval: TrendInterval,
): { start: IsoDate; end: IsoDate }[] {
  const step = MONTHS_OF[interval];
  const out: { start: IsoDate; end: IsoDate }[] = [];
  let year = Number(start.slice(0, 4));
  let month = Math.floor((Number(start.slice(5, 7)) - 1) / step) * step; // 0-based first month of the period
  for (;;) {
    const first = isoDay(year, month, 1);
    if (first > end) break;
    const nextYear = year + Math.floor((month + step) / 12);
    const nextMonth = (month + step) % 12;
    const last = addDays(isoDay(nextYear, nextMonth, 1), -1);
    out.push({ start: first < start ? start : first, end: last > end ? end : last });
    year = nextYear;
    month = nextMonth;
  }
  return out;
}

function isoDay(year: number, month0: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month0 + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** One period of a trend: whoCanReach's counts on its last day, summed over the chips, and its events. */
export interface TrendPeriod {
  start: IsoDate;
  end: IsoDate;
  accesses: number;
  restricted: number;
  listed: number;
  listedRestricted: number;
  stale: number;
  staleRestricted: number;
  byPathway: { pathway: Pathway; count: number; restricted: number }[];
  events: TimelineEvent[];
}

/** Accesses over time, period by period (src/services/trend-service.ts answers them). */
export interface AccessTrends {
  interval: TrendInterval;
  chips: string[];
  periods: TrendPeriod[];
  events: TimelineEvent[];
}
