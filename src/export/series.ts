import { PATHWAYS, type AccessTrends, type IsoDate, type Period, type TimelineEvent, type TimeSpan } from '../domain';
import { toCsv } from './csv';
import { FAIR_USE_NOTICE } from './notice';

/** What the series formats read of a timeline (src/services/timeline-service.ts answers one). */
export interface TimelineSeries {
  window: { start: IsoDate; end: IsoDate };
  truncated: boolean;
  dates: readonly IsoDate[];
  events: readonly TimelineEvent[];
  routes: readonly {
    id: string;
    originId: string;
    originName: string;
    chipId: string;
    chipName: string;
    /** The route's path as answered (an EvaluatedPath): its steps are written out. */
    path: { path: { rels: readonly { id: string; type: string; fromId: string; toId: string }[] } };
    periods: readonly Period[];
    held: readonly TimeSpan[];
    restricted: readonly TimeSpan[];
    evidenceCurrent: readonly TimeSpan[];
  }[];
}

/** Timelines and trends as files for researchers' own plots: CSV (one row a period) or JSON. */
export const SERIES_FORMATS = {
  CSV: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  JSON: { contentType: 'application/json; charset=utf-8', extension: 'json' },
} as const;
export type SeriesFormat = keyof typeof SERIES_FORMATS;

const kinds = (events: readonly TimelineEvent[]) => events.map((e) => e.kind).join(';');
const descriptions = (events: readonly TimelineEvent[]) => events.map((e) => e.description).join(' | ');
const facts = (events: readonly TimelineEvent[]) =>
  [...new Set(events.flatMap((e) => [e.relationshipId ?? e.regulationId ?? e.chipId ?? []].flat()))].join(';');

/** One row per period of each route: when, its state, and what opened and closed it. */
export function timelineCsv(timeline: TimelineSeries): string {
  const columns = [
    'route',
    'origin',
    'origin_name',
    'chip',
    'chip_name',
    'start',
    'end',
    'restricted',
    'stale',
    'pathways',
    'opens_with',
    'opens_with_description',
    'opens_with_facts',
    'closes_with',
    'closes_with_description',
    'closes_with_facts',
  ];
  const rows = timeline.routes.flatMap((route) =>
    route.periods.map((p) => ({
      route: route.id,
      origin: route.originId,
      origin_name: route.originName,
      chip: route.chipId,
      chip_name: route.chipName,
      start: p.start,
      end: p.end,
      restricted: p.restricted,
      stale: p.stale,
      pathways: p.pathways.join(';'),
      opens_with: kinds(p.opensWith),
      opens_with_description: descriptions(p.opensWith),
      opens_with_facts: facts(p.opensWith),
      closes_with: kinds(p.closesWith),
      closes_with_description: descriptions(p.closesWith),
      closes_with_facts: facts(p.closesWith),
    })),
  );
  return toCsv({ columns, rows });
}

/** The timeline as JSON: the window, every route with its periods and spans, the events, the notice. */
export function timelineJson(timeline: TimelineSeries): string {
  return JSON.stringify(
    {
      notice: FAIR_USE_NOTICE,
      start: timeline.window.start,
      end: timeline.window.end,
      truncated: timeline.truncated,
      dates: timeline.dates,
      routes: timeline.routes.map((r) => ({
        id: r.id,
        origin: { id: r.originId, name: r.originName },
        chip: { id: r.chipId, name: r.chipName },
        steps: r.path.path.rels.map((rel) => ({ id: rel.id, type: rel.type, from: rel.fromId, to: rel.toId })),
        periods: r.periods,
        held: r.held,
        restricted: r.restricted,
        evidenceCurrent: r.evidenceCurrent,
      })),
      events: timeline.events,
    },
    null,
    2,
  );
}

/** One row per period: the counts, then each pathway's count and restricted count, then the rule events and releases. */
export function trendsCsv(trends: AccessTrends): string {
  const pathwayColumns = PATHWAYS.flatMap((w) => [w.toLowerCase(), `${w.toLowerCase()}_restricted`]);
  const columns = [
    'start',
    'end',
    'accesses',
    'restricted',
    'listed',
    'listed_restricted',
    'stale',
    'stale_restricted',
    ...pathwayColumns,
    'events',
  ];
  const rows = trends.periods.map((p) => {
    const row: Record<string, unknown> = {
      start: p.start,
      end: p.end,
      accesses: p.accesses,
      restricted: p.restricted,
      listed: p.listed,
      listed_restricted: p.listedRestricted,
      stale: p.stale,
      stale_restricted: p.staleRestricted,
      events: descriptions(p.events),
    };
    for (const w of PATHWAYS) {
      const tally = p.byPathway.find((b) => b.pathway === w);
      row[w.toLowerCase()] = tally?.count ?? 0;
      row[`${w.toLowerCase()}_restricted`] = tally?.restricted ?? 0;
    }
    return row;
  });
  return toCsv({ columns, rows });
}

/** The trends as JSON: the interval, the chips, every period with its counts, the rule events and releases, the notice. */
export function trendsJson(trends: AccessTrends): string {
  return JSON.stringify({ notice: FAIR_USE_NOTICE, ...trends }, null, 2);
}
