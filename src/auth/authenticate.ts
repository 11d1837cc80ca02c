import type { Viewer } from '../context';
import { appError, ErrorCode } from '../errors';
import type { Keyring } from './keys';

/** Who calls without a key. */
export const ANONYMOUS: Viewer = Object.freeze({ principal: 'anonymous', role: 'anonymous' });

/**
 * The key a request presents, from `Authorization: Bearer <key>` or `x-api-key: <key>`; null
 * when it presents none. Two different keys, or an Authorization header of another scheme, are
 * refused rather than guessed between.
 */
export function presentedKey(headers: Headers): string | null {
  const authorization = headers.get('authorization')?.trim();
  const apiKey = headers.get('x-api-key')?.trim();
  let bearer: string | undefined;
  if (authorization) {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!m) throw appError(ErrorCode.UNAUTHENTICATED, 'the Authorization header must be "Bearer <API key>"');
    bearer = m[1];
  }
  if (bearer && apiKey && bearer !== apiKey) {
    throw appError(ErrorCode.UNAUTHENTICATED, 'two different API keys were sent (Authorization and x-api-key)');
  }
  return bearer ?? (apiKey || null);
}

/**
 * The viewer of a request: anonymous without a key, the key's principal and role with a known
 * key. An unknown key is an error even where no key is needed: a client that sends a wrong key
 * should learn it at once, not when it first writes.
 */
export function authenticate(headers: Headers, keyring: Keyring): Viewer {
  const key = presentedKey(headers);
  if (key === null) return ANONYMOUS;
  const found = keyring.identify(key);
  if (!found) throw appError(ErrorCode.UNAUTHENTICATED, 'the API key is not valid');
  return { principal: found.principal, role: found.role };
}
