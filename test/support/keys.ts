import { hashKey } from '../../src/auth/keys';

/** API keys for tests, one per role (test values, never used outside the test suite). */
export const KEYS = {
  reader: 'test-reader-key-0123456789abcdef',
  analyst: 'test-analyst-key-0123456789abcdef',
  admin: 'test-admin-key-0123456789abcdef',
} as const;

/** The API_KEYS setting for KEYS: principals test-reader, test-analyst, test-admin. */
export const API_KEYS = Object.entries(KEYS)
  .map(([role, key]) => `test-${role}:${role}:${hashKey(key)}`)
  .join(',');

/** The header that presents a test key. */
export const as = (role: keyof typeof KEYS): Record<string, string> => ({ authorization: `Bearer ${KEYS[role]}` });
