import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';

/** Whether a GraphQLError was made as one (by graphql-js or yoga), not wrapped around a thrown exception. */
function isOriginal(error: GraphQLError): boolean {
  const original = error.originalError;
  return original == null || (original instanceof GraphQLError && isOriginal(original));
}

/** yoga's own codes, folded into the project's. */
const YOGA_CODES: Record<string, ErrorCode> = {
  BAD_REQUEST: ErrorCode.BAD_REQUEST,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_REQUEST,
  REQUEST_ENTITY_TOO_LARGE: ErrorCode.LIMIT_EXCEEDED,
  GRAPHQL_PARSE_FAILED: ErrorCode.GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.GRAPHQL_VALIDATION_FAILED,
};

/**
 * Gives a request error its code, in place, and tells whether it is one. Request errors are the
 * client's: a body that is not JSON, a method or content type GraphQL does not take, a document
 * that does not parse, an operation that cannot be chosen, a variable of the wrong type. graphql-js
 * and yoga make them as GraphQLErrors, outside any field (no `path`), before anything runs; their
 * messages describe the request, never the server, so they reach the client instead of being
 * masked. Some carry yoga's codes (mapped to the project's), some none (given one here).
 * Anything else (an exception inside a resolver, a field error with a path) is not a request
 * error: the caller masks it.
 */
export function codeRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path !== undefined || !isOriginal(error)) return false;
  const extensions = error.extensions as Record<string, unknown>;
  // yoga attaches the JSON parser's exception to a bad body: the message is enough.
  delete extensions.originalError;
  const code = extensions.code;
  if (typeof code === 'string' && code in ErrorCode) return true;
  let mapped: ErrorCode | undefined;
  if (typeof code === 'string') mapped = YOGA_CODES[code];
  else if (error.message.startsWith('Syntax Error:')) mapped = ErrorCode.GRAPHQL_PARSE_FAILED;
  else if (error.message.startsWith('Variable "$')) mapped = ErrorCode.BAD_USER_INPUT;
  // The rest of graphql-js's checks before execution: no operation, an unknown operation name,
  // a subscription on a schema without subscriptions.
  else mapped = ErrorCode.BAD_REQUEST;
  if (mapped === undefined) return false;
  // yoga marks these objects itself the same way (extensions.code ||= ...): the instance is kept,
  // so its status and locations stay and yoga does not log it as a masked error.
  extensions.code = mapped;
  return true;
}
