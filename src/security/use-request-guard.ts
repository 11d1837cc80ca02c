import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors';

/** The header a non-JSON POST must carry: a browser cannot add it to a cross-site form without CORS allowing it. */
export const CSRF_HEADER = 'x-graphql-csrf';

/** Content types a browser sends cross-site only after a CORS preflight. */
const PREFLIGHTED = new Set([
  'application/json',
  'application/graphql+json',
  'application/graphql-response+json',
  'application/graphql',
]);
/** The one "simple" type GraphQL is accepted in, with the CSRF header. */
const FORM = 'application/x-www-form-urlencoded';

/**
 * CSRF prevention and content-type checks on POSTs to the GraphQL endpoint, before yoga parses
 * anything. A POST a browser may send cross-site without a preflight (a form: url-encoded,
 * multipart, text/plain, or no type) needs the `x-graphql-csrf` header, else 403; a type GraphQL
 * cannot read gets 415. Both answer a GraphQL error body with code BAD_REQUEST. GETs are left to
 * yoga, which runs queries only: a mutation sent by GET is refused with 405.
 */
export function useRequestGuard(graphqlEndpoint: string): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint || request.method !== 'POST') return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (PREFLIGHTED.has(type)) return;
      const refuse = (status: number, message: string) =>
        endResponse(
          fetchAPI.Response.json({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] }, { status }),
        );
      if (!request.headers.has(CSRF_HEADER)) {
        refuse(
          403,
          `a POST with content type "${type || 'none'}" needs the ${CSRF_HEADER} header (CSRF prevention); send application/json instead`,
        );
      } else if (type !== FORM) {
        refuse(415, `unsupported content type "${type || 'none'}": send application/json`);
      }
    },
  };
}
