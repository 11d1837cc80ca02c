import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

/**
 * The closed set of error codes clients see in `extensions.code`. Anything else is masked as
 * INTERNAL_SERVER_ERROR so internals never leak.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // Request errors, found before anything runs (src/security/request-errors.ts): a malformed
  // HTTP request (method, content type, JSON body, batching, CSRF header), a document that does
  // not parse, a document that does not validate against the schema.
  BAD_REQUEST: 'BAD_REQUEST',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SERVICE_UNAVAILABLE: 503,
};

/** One problem with an input, located by its field path (e.g. ["input", "relationships", 3, "share"]). */
export interface InputProblem {
  path: (string | number)[];
  message: string;
}

/** A client-facing error: its message and extensions reach the client even with masking on. */
export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return createGraphQLError(message, {
    extensions: { code, ...extra, ...(status ? { http: { status } } : {}) },
  });
}

/** One error listing every problem of an input; nothing was written. */
export function badInput(problems: InputProblem[], message?: string): GraphQLError {
  const summary =
    message ??
    `invalid input: ${problems.length} problem${problems.length === 1 ? '' : 's'}: ` +
      problems
        .slice(0, 5)
        .map((p) => `${p.path.join('.')}: ${p.message}`)
        .join('; ') +
      (problems.length > 5 ? '; ...' : '');
  return appError(ErrorCode.BAD_USER_INPUT, summary, { problems });
}

/** Throws one BAD_USER_INPUT listing every problem, when there are any. */
export function throwIfProblems(problems: InputProblem[]): void {
  if (problems.length > 0) throw badInput(problems);
}

export function isAppError(error: unknown): error is GraphQLError {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' && code in ErrorCode;
}
