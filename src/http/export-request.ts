import { CONFIDENCE_LEVELS, isIsoDate, PATHWAYS, RELATIONSHIP_TYPES } from '../domain';
import { EXPORT_FORMATS, type ExportFormat } from '../export';
import { GRAPH_LIMIT_MAX, NEIGHBORHOOD_MAX_DEPTH } from '../graph/view';
import type { InputProblem } from '../errors';
import { rangeProblem } from '../int-range';

const MAX_ID_LENGTH = 200;

/** Parameters each mode accepts; anything else is refused rather than silently ignored. */
const NEIGHBORHOOD_PARAMS = ['neighborhood', 'depth', 'asOf', 'types', 'limit', 'includeRetracted'];
const PATH_PARAMS = ['from', 'to', 'asOf', 'maxHops', 'limit', 'minConfidence', 'pathways', 'includeRetracted'];
const WHOLE_PARAMS = ['includeRetracted'];

/** The GraphQL operations behind the export URLs: fixed documents, values only as variables. */
export const EXPORT_NEIGHBORHOOD = /* GraphQL */ `
  query ExportNeighborhood(
    $id: ID!
    $depth: Int
    $asOf: Date
    $types: [RelationshipType!]
    $limit: Int
    $includeRetracted: Boolean
    $format: GraphFormat!
  ) {
    neighborhood(
      id: $id
      depth: $depth
      asOf: $asOf
      relationshipTypes: $types
      limit: $limit
      includeRetracted: $includeRetracted
    ) {
      export(format: $format)
    }
  }
`;

export const EXPORT_PATHS = /* GraphQL */ `
  query ExportPaths(
    $from: ID
    $to: ID
    $asOf: Date
    $maxHops: Int
    $filter: PathFilter
    $limit: Int
    $format: GraphFormat!
  ) {
    pathGraph(from: $from, to: $to, asOf: $asOf, maxHops: $maxHops, filter: $filter, limit: $limit) {
      export(format: $format)
    }
  }
`;

export const EXPORT_WHOLE = /* GraphQL */ `
  query ExportWholeGraph($includeRetracted: Boolean, $format: GraphFormat!) {
    wholeGraph(includeRetracted: $includeRetracted) {
      export(format: $format)
    }
  }
`;

export interface ExportRequest {
  format: ExportFormat;
  /** `neighborhood`, `pathGraph` or `wholeGraph`: the field whose `export` the response carries. */
  field: 'neighborhood' | 'pathGraph' | 'wholeGraph';
  query: string;
  variables: Record<string, unknown>;
  /** A download name made of safe characters only. */
  filename: string;
}

export type ParsedExport = { ok: true; request: ExportRequest } | { ok: false; problems: InputProblem[] };

const FORMAT_BY_PATH = new Map<string, ExportFormat>(
  Object.entries(EXPORT_FORMATS).map(([format, f]) => [f.path, format as ExportFormat]),
);

/** The export URL paths, e.g. /export/graphml. */
export const EXPORT_PATHS_LIST = [...FORMAT_BY_PATH.keys()].map((p) => `/export/${p}`);

function safeName(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'graph'
  );
}

/**
 * Validates an export URL (`/export/{format}?...`) into the GraphQL operation it stands for.
 * Every problem is reported at once, each under the parameter's name.
 */
export function parseExportRequest(pathname: string, params: URLSearchParams): ParsedExport {
  const problems: InputProblem[] = [];
  const problem = (name: string, message: string) => problems.push({ path: [name], message });

  const format = FORMAT_BY_PATH.get(pathname.slice('/export/'.length));
  if (!format) problem('format', `the path must be one of ${EXPORT_PATHS_LIST.join(', ')}`);

  const values = new Map<string, string>();
  for (const [name, value] of params) {
    if (values.has(name)) problem(name, 'given more than once');
    values.set(name, value);
  }
  const neighborhood = values.has('neighborhood');
  const paths = values.has('from') || values.has('to');
  if (neighborhood && paths) {
    problem(
      'neighborhood',
      'give either neighborhood=<node id>, or from=<entity id> and/or to=<chip id>, or neither (the whole graph)',
    );
    return { ok: false, problems };
  }
  const whole = !neighborhood && !paths;
  const allowed = neighborhood ? NEIGHBORHOOD_PARAMS : whole ? WHOLE_PARAMS : PATH_PARAMS;
  for (const name of values.keys()) {
    if (!allowed.includes(name)) problem(name, `unknown parameter here; accepted: ${allowed.join(', ')}`);
  }

  const id = (name: string): string | undefined => {
    const value = values.get(name);
    if (value === undefined) return undefined;
    if (value.length === 0 || value.length > MAX_ID_LENGTH)
      problem(name, `must be an id of 1 to ${MAX_ID_LENGTH} characters`);
    return value;
  };
  const int = (name: string, min: number, max: number): number | undefined => {
    const value = values.get(name);
    if (value === undefined) return undefined;
    // Digits only, so that "1e2" or " 5" are refused rather than read as numbers.
    const wrong = rangeProblem(/^\d{1,6}$/.test(value) ? Number(value) : NaN, { min, max });
    if (wrong !== null) {
      problem(name, wrong);
      return undefined;
    }
    return Number(value);
  };
  const list = (name: string, allowedValues: readonly string[]): string[] | undefined => {
    const value = values.get(name);
    if (value === undefined) return undefined;
    const items = value.split(',').map((s) => s.trim());
    const unknown = items.filter((s) => !allowedValues.includes(s));
    if (unknown.length > 0 || items.length === 0)
      problem(name, `a comma-separated list of ${allowedValues.join(', ')}`);
    return items;
  };
  const date = values.get('asOf');
  if (date !== undefined && !isIsoDate(date)) problem('asOf', 'must be a date, YYYY-MM-DD');
  const retracted = values.get('includeRetracted');
  if (retracted !== undefined && retracted !== 'true' && retracted !== 'false')
    problem('includeRetracted', 'must be true or false');
  const limit = int('limit', 1, GRAPH_LIMIT_MAX);

  let request: Omit<ExportRequest, 'format' | 'filename'>;
  let stem: string;
  if (whole) {
    request = {
      field: 'wholeGraph',
      query: EXPORT_WHOLE,
      variables: { includeRetracted: retracted === undefined ? undefined : retracted === 'true' },
    };
    stem = 'chip-access-graph';
  } else if (neighborhood) {
    const nodeId = id('neighborhood');
    const depth = int('depth', 1, NEIGHBORHOOD_MAX_DEPTH);
    request = {
      field: 'neighborhood',
      query: EXPORT_NEIGHBORHOOD,
      variables: {
        id: nodeId,
        depth,
        asOf: date,
        types: list('types', RELATIONSHIP_TYPES),
        limit,
        includeRetracted: retracted === undefined ? undefined : retracted === 'true',
      },
    };
    stem = `neighborhood-${nodeId ?? ''}-depth-${depth ?? 1}`;
  } else {
    const from = id('from');
    const to = id('to');
    const minConfidence = values.get('minConfidence');
    if (minConfidence !== undefined && !(CONFIDENCE_LEVELS as readonly string[]).includes(minConfidence)) {
      problem('minConfidence', `must be one of ${CONFIDENCE_LEVELS.join(', ')}`);
    }
    const pathways = list('pathways', PATHWAYS);
    const filter = {
      minConfidence,
      includePathways: pathways,
      includeRetracted: retracted === undefined ? undefined : retracted === 'true',
    };
    request = {
      field: 'pathGraph',
      query: EXPORT_PATHS,
      // maxHops's range is the server's (MAX_HOPS), checked where every question's is.
      variables: { from, to, asOf: date, maxHops: int('maxHops', 0, 999_999), limit, filter },
    };
    stem = ['paths', from && `from-${from}`, to && `to-${to}`, date].filter(Boolean).join('-');
  }
  if (problems.length > 0 || !format) return { ok: false, problems };
  return {
    ok: true,
    request: { ...request, format, filename: `${safeName(stem)}.${EXPORT_FORMATS[format].extension}` },
  };
}
