import { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors';

/** The header a non-JSON POST must carry: a browser cannot add it to a cross-site form without CORS allowing it. */
export const CSRF_HEADER = 'x-graphql-csrf';

/** Content types a page of any origin may POST without a CORS preflight (the CORS-safelisted ones). */
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain', '']);

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(/[;,]/)[0]?.trim().toLowerCase() ?? '';
}

function requestError(status: number, message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status } } });
}

/**
 * Checks on requests to the GraphQL endpoint before yoga reads them:
 * - CSRF prevention: a POST a browser may send cross-site without a preflight (a form:
 *   url-encoded, multipart, text/plain, or no type) needs the `x-graphql-csrf` header, else 403.
 *   GETs run queries only (yoga refuses a mutation by GET with 405), so they need no header.
 * - a body of a type no parser reads gets 415 with a GraphQL error, not an empty answer;
 * - query-string parameters that are not JSON (`variables`, `extensions`) get 400, not a
 *   masked internal error.
 * Every refusal has code BAD_REQUEST.
 */
export function useRequestGuard(graphqlEndpoint: string): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint || request.method !== 'POST') return;
      if (!SIMPLE_TYPES.has(mediaType(request)) || request.headers.has(CSRF_HEADER)) return;
      endResponse(
        fetchAPI.Response.json(
          {
            errors: [
              {
                message: `a POST with content type "${mediaType(request) || 'none'}" needs the ${CSRF_HEADER} header (CSRF prevention); send application/json`,
                extensions: { code: ErrorCode.BAD_REQUEST },
              },
            ],
          },
          { status: 403 },
        ),
      );
    },
    onRequestParse({ url, request, requestParser, setRequestParser }) {
      if (url.pathname !== graphqlEndpoint) return;
      if (!requestParser) {
        const type = mediaType(request) || 'none';
        setRequestParser(() => {
          throw requestError(415, `unsupported content type "${type}": send application/json`);
        });
        return;
      }
      const parse = requestParser;
      setRequestParser(async (req) => {
        try {
          return await parse(req);
        } catch (error) {
          if (error instanceof GraphQLError) throw error;
          throw requestError(400, 'the request could not be read: variables and extensions must be JSON objects');
        }
      });
    },
  };
}
