import { createHash, timingSafeEqual } from 'node:crypto';

/** The roles an API key can carry, weakest first. Anonymous callers have none. */
export const ROLES = ['reader', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** One configured key: who it stands for, its role, and the SHA-256 of the key (never the key). */
export interface ApiKey {
  principal: string;
  role: Role;
  hash: Buffer;
}

export class ApiKeysError extends Error {
  override name = 'ApiKeysError';
}

const PRINCIPAL = /^[A-Za-z0-9][\w.@-]{0,63}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** Longer keys are refused before hashing (a key is 32-64 random characters; see key:hash). */
export const MAX_KEY_LENGTH = 512;

/** The SHA-256 of a key, in lower-case hex: what API_KEYS stores. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * Parses API_KEYS: comma-separated `principal:role:sha256hex` entries, e.g.
 * `alice:analyst:5e88...,root:admin:9f86...`. Throws ApiKeysError naming every bad entry, so a
 * wrong setting stops the boot instead of locking everyone out at run time.
 */
export function parseApiKeys(spec: string): ApiKey[] {
  const problems: string[] = [];
  const keys: ApiKey[] = [];
  const entries = spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  entries.forEach((entry, i) => {
    const parts = entry.split(':');
    const where = `API_KEYS entry ${i + 1}`;
    if (parts.length !== 3) {
      problems.push(`${where}: expected principal:role:sha256-hex`);
      return;
    }
    const [principal, role, hash] = parts as [string, string, string];
    if (!PRINCIPAL.test(principal)) problems.push(`${where}: the principal must be 1-64 letters, digits, . _ @ -`);
    if (!(ROLES as readonly string[]).includes(role))
      problems.push(`${where}: the role must be one of ${ROLES.join(', ')}`);
    if (!SHA256_HEX.test(hash.toLowerCase()))
      problems.push(`${where}: the hash must be 64 hex digits (npm run key:hash -- <key>)`);
    if (keys.some((k) => k.principal === principal))
      problems.push(`${where}: the principal ${principal} appears twice`);
    if (SHA256_HEX.test(hash.toLowerCase()) && keys.some((k) => k.hash.toString('hex') === hash.toLowerCase())) {
      problems.push(`${where}: the same key is configured twice`);
    }
    keys.push({ principal, role: role as Role, hash: Buffer.from(hash.toLowerCase(), 'hex') });
  });
  if (problems.length > 0) throw new ApiKeysError(`invalid API_KEYS:\n  ${problems.join('\n  ')}`);
  return keys;
}

/** The configured keys; finds the one a caller presented without leaking which bytes matched. */
export class Keyring {
  constructor(private readonly keys: readonly ApiKey[]) {}

  static fromConfig(spec: string): Keyring {
    return new Keyring(parseApiKeys(spec));
  }

  get size(): number {
    return this.keys.length;
  }

  /**
   * The key whose hash equals the presented key's hash, or null. Hashes have a fixed length, so
   * timingSafeEqual compares them in constant time; every configured key is compared (no early
   * exit) so the time taken does not tell how many keys come before the match.
   */
  identify(presented: string): ApiKey | null {
    if (presented.length === 0 || presented.length > MAX_KEY_LENGTH) return null;
    const digest = createHash('sha256').update(presented, 'utf8').digest();
    let found: ApiKey | null = null;
    for (const key of this.keys) {
      if (timingSafeEqual(digest, key.hash) && found === null) found = key;
    }
    return found;
  }
}
