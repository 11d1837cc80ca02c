import { CONFIDENCE_LEVELS, isIsoDate, PATHWAYS, REACH_ROLES, TREND_INTERVALS } from '../domain';
import type { InputProblem } from '../errors';
import { SERIES_FORMATS, type SeriesFormat } from '../export/series';

const MAX_ID_LENGTH = 200;
const MAX_CHIPS = 100;
const TIMELINE_PARAMS = ['from', 'to', 'start', 'end', 'maxHops', 'minConfidence', 'pathways', 'excludeStale', 'roles'];
const TRENDS_PARAMS = [
  'chips',
  'start',
  'end',
  'interval',
  'maxHops',
  'minConfidence',
  'pathways',
  'excludeStale',
  'roles',
];

export const EXPORT_TIMELINE = /* GraphQL */ `
  query ExportTimeline(
    $from: ID
    $to: ID
    $start: Date!
    $end: Date!
    $maxHops: Int
    $filter: PathFilter
    $roles: [ReachRole!]
    $format: SeriesFormat!
  ) {
    accessTimeline(from: $from, to: $to, start: $start, end: $end, maxHops: $maxHops, filter: $filter, roles: $roles) {
      export(format: $format)
    }
  }
`;

export const EXPORT_TRENDS = /* GraphQL */ `
  query ExportTrends(
    $chips: [ID!]
    $start: Date!
    $end: Date!
    $interval: TrendInterval
    $maxHops: Int
    $filter: PathFilter
    $roles: [ReachRole!]
    $format: SeriesFormat!
  ) {
    accessTrends(
      chips: $chips
      start: $start
      end: $end
      interval: $interval
      maxHops: $maxHops
      filter: $filter
      roles: $roles
    ) {
      export(format: $format)
    }
  }
`;

/** A timeline or trend export URL, as the fixed GraphQL operation it stands for. */
export interface SeriesExportRequest {
  /** The field whose `export` the response carries. */
  field: string;
  query: string;
  variables: Record<string, unknown>;
  contentType: string;
  filename: string;
}

const PATHS = new Map<string, { kind: 'timeline' | 'trends'; format: SeriesFormat }>([
  ['/export/timeline.csv', { kind: 'timeline', format: 'CSV' }],
  ['/export/timeline.json', { kind: 'timeline', format: 'JSON' }],
  ['/export/trends.csv', { kind: 'trends', format: 'CSV' }],
  ['/export/trends.json', { kind: 'trends', format: 'JSON' }],
]);

export const SERIES_EXPORT_PATHS = [...PATHS.keys()];

export function isSeriesExport(pathname: string): boolean {
  return PATHS.has(pathname);
}

/**
 * Validates `/export/timeline.{csv,json}?from=&to=&start=&end=` or
 * `/export/trends.{csv,json}?chips=a,b&start=&end=&interval=QUARTER`; every problem at once.
 */
export function parseSeriesExport(
  pathname: string,
  params: URLSearchParams,
): { ok: true; request: SeriesExportRequest } | { ok: false; problems: InputProblem[] } {
  const target = PATHS.get(pathname);
  const problems: InputProblem[] = [];
  const problem = (name: string, message: string) => problems.push({ path: [name], message });
  if (!target)
    return { ok: false, problems: [{ path: ['format'], message: `one of ${SERIES_EXPORT_PATHS.join(', ')}` }] };
  const values = new Map<string, string>();
  for (const [name, value] of params) {
    if (values.has(name)) problem(name, 'given more than once');
    values.set(name, value);
  }
  const allowed = target.kind === 'timeline' ? TIMELINE_PARAMS : TRENDS_PARAMS;
  for (const name of values.keys())
    if (!allowed.includes(name)) problem(name, `unknown parameter; accepted: ${allowed.join(', ')}`);
  const id = (value: string | undefined, name: string) => {
    if (value !== undefined && (value.length === 0 || value.length > MAX_ID_LENGTH))
      problem(name, `must be an id of 1 to ${MAX_ID_LENGTH} characters`);
    return value;
  };
  const date = (name: string) => {
    const value = values.get(name);
    if (value === undefined || !isIsoDate(value)) problem(name, 'required, a date YYYY-MM-DD');
    return value;
  };
  const start = date('start');
  const end = date('end');
  const maxHopsText = values.get('maxHops');
  let maxHops: number | undefined;
  if (maxHopsText !== undefined) {
    // Its range is the server's (MAX_HOPS), checked where every question's is.
    if (!/^\d{1,2}$/.test(maxHopsText)) problem('maxHops', 'a whole number of steps');
    else maxHops = Number(maxHopsText);
  }
  const minConfidence = values.get('minConfidence');
  if (minConfidence !== undefined && !(CONFIDENCE_LEVELS as readonly string[]).includes(minConfidence))
    problem('minConfidence', `one of ${CONFIDENCE_LEVELS.join(', ')}`);
  const pathwaysText = values.get('pathways');
  const pathways = pathwaysText?.split(',').map((s) => s.trim());
  if (pathways?.some((w) => !(PATHWAYS as readonly string[]).includes(w)))
    problem('pathways', `a comma-separated list of ${PATHWAYS.join(', ')}`);
  const stale = values.get('excludeStale');
  if (stale !== undefined && stale !== 'true' && stale !== 'false') problem('excludeStale', 'true or false');
  const rolesText = values.get('roles');
  const roles = rolesText?.split(',').map((s) => s.trim());
  if (roles?.some((r) => !(REACH_ROLES as readonly string[]).includes(r)))
    problem('roles', `a comma-separated list of ${REACH_ROLES.join(', ')}`);
  const filter = {
    minConfidence,
    includePathways: pathways,
    excludeStale: stale === undefined ? undefined : stale === 'true',
  };

  let request: Omit<SeriesExportRequest, 'contentType' | 'filename'>;
  let stem: string;
  if (target.kind === 'timeline') {
    const from = id(values.get('from'), 'from');
    const to = id(values.get('to'), 'to');
    if (from === undefined && to === undefined) problem('from', 'give from=<entity id>, to=<chip id>, or both');
    request = {
      field: 'accessTimeline',
      query: EXPORT_TIMELINE,
      variables: { from, to, start, end, maxHops, filter, roles },
    };
    stem = ['timeline', from && `from-${from}`, to && `to-${to}`, start, end].filter(Boolean).join('-');
  } else {
    const chips = values
      .get('chips')
      ?.split(',')
      .map((s) => s.trim());
    if (chips && (chips.length > MAX_CHIPS || chips.some((c) => id(c, 'chips') === undefined)))
      problem('chips', `at most ${MAX_CHIPS} chip ids, comma-separated`);
    const interval = values.get('interval');
    if (interval !== undefined && !(TREND_INTERVALS as readonly string[]).includes(interval))
      problem('interval', `one of ${TREND_INTERVALS.join(', ')}`);
    request = {
      field: 'accessTrends',
      query: EXPORT_TRENDS,
      variables: { chips, start, end, interval, maxHops, filter, roles },
    };
    stem = ['trends', (interval ?? 'QUARTER').toLowerCase(), start, end].join('-');
  }
  if (problems.length > 0) return { ok: false, problems };
  const format = SERIES_FORMATS[target.format];
  const filename = `${stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)}.${format.extension}`;
  return {
    ok: true,
    request: {
      ...request,
      variables: { ...request.variables, format: target.format },
      contentType: format.contentType,
      filename,
    },
  };
}
