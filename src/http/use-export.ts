import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors';
import { EXPORT_FORMATS, FAIR_USE_NOTICE } from '../export';
import { parseExportRequest, type ParsedExport } from './export-request';
import { isSeriesExport, parseSeriesExport, type SeriesExportRequest } from './series-export-request';

/** A graph export as the fixed operation, variables, content type and file name the response needs. */
function graphExport(parsed: ParsedExport): ReturnType<typeof parseSeriesExport> {
  if (!parsed.ok) return parsed;
  const { request } = parsed;
  const series: SeriesExportRequest = {
    field: request.field,
    query: request.query,
    variables: { ...request.variables, format: request.format },
    contentType: EXPORT_FORMATS[request.format].contentType,
    filename: request.filename,
  };
  return { ok: true, request: series };
}

/** The core yoga instance (not the HTTP adapter): `handle` runs a request through GraphQL. */
type Yoga = { handle(request: Request, serverContext: Record<string, unknown>): Promise<Response> | Response };
type GraphqlBody = {
  data?: Record<string, { export?: string } | null> | null;
  errors?: { extensions?: { code?: string } }[];
};

const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.LIMIT_EXCEEDED]: 400,
  [ErrorCode.QUERY_TIMEOUT]: 504,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  GRAPHQL_VALIDATION_FAILED: 400,
};

/**
 * `GET /export/{cytoscape|graphml|nodes.csv|edges.csv}?neighborhood=<id>&depth=2` or
 * `?from=<entity>&to=<chip>&asOf=YYYY-MM-DD`: a graph view as a file; `GET
 * /export/{timeline,trends}.{csv,json}?...`: a timeline or trends as a file. The URL is validated
 * (400 with BAD_USER_INPUT and every problem), then run as a fixed GraphQL operation through
 * this same server, with the caller's headers: authentication, limits and error masking apply
 * exactly as they do to /graphql.
 */
export function useExport(): Plugin {
  let yoga: Yoga | undefined;
  return {
    onYogaInit({ yoga: instance }) {
      yoga = instance as unknown as Yoga;
    },
    onRequest({ url, request, endResponse, fetchAPI, serverContext }) {
      if (!url.pathname.startsWith('/export/')) return;
      const json = (body: unknown, status: number) =>
        endResponse(
          fetchAPI.Response.json(body, { status, headers: { 'x-content-type-options': 'nosniff', allow: 'GET' } }),
        );
      if (request.method !== 'GET') {
        json({ errors: [{ message: 'exports answer GET only', extensions: { code: ErrorCode.BAD_USER_INPUT } }] }, 405);
        return;
      }
      const parsed = isSeriesExport(url.pathname)
        ? parseSeriesExport(url.pathname, url.searchParams)
        : graphExport(parseExportRequest(url.pathname, url.searchParams));
      if (!parsed.ok) {
        const summary = parsed.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ');
        json(
          {
            errors: [
              {
                message: `invalid export request: ${summary}`,
                extensions: { code: ErrorCode.BAD_USER_INPUT, problems: parsed.problems },
              },
            ],
          },
          400,
        );
        return;
      }
      const { request: exportRequest } = parsed;
      const headers = new fetchAPI.Headers(request.headers);
      headers.set('content-type', 'application/json');
      headers.set('accept', 'application/json');
      headers.delete('content-length');
      const server = yoga;
      if (!server) throw new Error('useExport: the yoga instance was never initialised');
      return Promise.resolve(
        server.handle(
          new fetchAPI.Request(new URL('/graphql', url), {
            method: 'POST',
            headers,
            body: JSON.stringify({ query: exportRequest.query, variables: exportRequest.variables }),
          }),
          serverContext as Record<string, unknown>,
        ),
      ).then(async (response) => {
        const body = (await response.json()) as GraphqlBody;
        const text = body.data?.[exportRequest.field]?.export;
        if (body.errors?.length || typeof text !== 'string') {
          const code = body.errors?.[0]?.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
          json({ errors: body.errors ?? [] }, STATUS_BY_CODE[code] ?? (response.status >= 400 ? response.status : 500));
          return;
        }
        endResponse(
          new fetchAPI.Response(text, {
            status: 200,
            headers: {
              'content-type': exportRequest.contentType,
              'content-disposition': `attachment; filename="${exportRequest.filename}"`,
              'x-content-type-options': 'nosniff',
              // In every export's body too, except CSV, where a line of prose would break the table.
              'x-fair-use-notice': FAIR_USE_NOTICE,
            },
          }),
        );
      });
    },
  };
}
