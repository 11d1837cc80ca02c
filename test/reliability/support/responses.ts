/** What came back for one request, read without assuming it is JSON. */
export interface Exchange {
  status: number;
  contentType: string;
  text: string;
}

export interface GraphqlBody {
  data?: unknown;
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

/** The codes a client may see (src/errors.ts). */
export const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'LIMIT_EXCEEDED',
  'QUERY_TIMEOUT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
]);

/** Text that would betray internals: stack frames, source paths, driver and database vocabulary. */
const INTERNALS = [
  /\bat [\w$.<>]+ \(?[^)\s]*:\d+:\d+\)?/, // a stack frame
  /node_modules|\/src\/|\.ts:\d+/,
  /neo4j|cypher|Neo\.\w+Error|bolt:\/\//i,
  /\b(TypeError|ReferenceError|RangeError)\b/,
];

export async function exchange(response: Response): Promise<Exchange> {
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

/**
 * Why an answer is not a well-formed GraphQL response, or [] when it is: JSON with `data`, or
 * with `errors` that each have a message and a known `extensions.code`; below 500 (503 only
 * with SERVICE_UNAVAILABLE); no internals in any message.
 */
export function problemsWith(ex: Exchange, options: { allowUnavailable?: boolean } = {}): string[] {
  const problems: string[] = [];
  if (!/application\/(graphql-response\+)?json/.test(ex.contentType))
    problems.push(`content type ${ex.contentType || 'none'}`);
  let body: GraphqlBody;
  try {
    body = JSON.parse(ex.text) as GraphqlBody;
  } catch {
    return [...problems, `status ${ex.status}, not JSON: ${ex.text.slice(0, 120)}`];
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [...problems, 'not a JSON object'];
  const errors = body.errors;
  if (errors === undefined && !('data' in body)) problems.push('neither data nor errors');
  if (errors !== undefined && (!Array.isArray(errors) || errors.length === 0))
    problems.push('errors is not a non-empty list');
  for (const error of Array.isArray(errors) ? errors : []) {
    if (typeof error?.message !== 'string') problems.push('an error without a message');
    const code = error?.extensions?.code;
    if (typeof code !== 'string' || !KNOWN_CODES.has(code)) problems.push(`unknown code ${String(code)}`);
    if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${String(error?.message)}`);
    for (const pattern of INTERNALS) {
      if (typeof error?.message === 'string' && pattern.test(error.message))
        problems.push(`internals in "${error.message.slice(0, 160)}"`);
    }
  }
  const unavailable = errors?.some((e) => e?.extensions?.code === 'SERVICE_UNAVAILABLE') === true;
  if (ex.status >= 500 && !(options.allowUnavailable && ex.status === 503 && unavailable))
    problems.push(`status ${ex.status}`);
  return problems;
}

/** The first error code of a GraphQL answer, or undefined. */
export function firstCode(ex: Exchange): string | undefined {
  try {
    const code = (JSON.parse(ex.text) as GraphqlBody).errors?.[0]?.extensions?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}
