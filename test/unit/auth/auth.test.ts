import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, getOperationAST, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import pino from 'pino';
import { authenticate, presentedKey } from '../../../src/auth/authenticate';
import { hashKey, Keyring, parseApiKeys } from '../../../src/auth/keys';
import { authorize, checkPolicy, MUTATION_ROLES, requiredRole } from '../../../src/auth/policy';
import { loadConfig } from '../../../src/config';
import type { Database } from '../../../src/db/database';
import { buildSchema } from '../../../src/graphql/schema';
import { createServer } from '../../../src/server';

const hash = (k: string) => hashKey(k);
const headers = (h: Record<string, string>) => new Headers(h);
const op = (text: string): [OperationDefinitionNode, DocumentNode] => {
  const document = parse(text);
  return [getOperationAST(document) as OperationDefinitionNode, document];
};

describe('hashKey', () => {
  it('is the SHA-256 of the key in lower-case hex', () => {
    expect(hashKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('parseApiKeys', () => {
  it('reads principal:role:hash entries separated by commas', () => {
    const keys = parseApiKeys(` alice:analyst:${hash('a')} , root:admin:${hash('r').toUpperCase()},`);
    expect(keys.map((k) => [k.principal, k.role, k.hash.toString('hex')])).toEqual([
      ['alice', 'analyst', hash('a')],
      ['root', 'admin', hash('r')],
    ]);
    expect(parseApiKeys('')).toEqual([]);
  });

  it('names every bad entry: shape, principal, role, hash, duplicates', () => {
    let message = '';
    try {
      parseApiKeys(
        `alice:analyst,bad name:reader:${hash('x')},bob:owner:${hash('y')},carol:admin:1234,alice2:reader:${hash('y')},alice2:admin:${hash('z')}`,
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/entry 1: expected principal:role:sha256-hex/);
    expect(message).toMatch(/entry 2: the principal must be/);
    expect(message).toMatch(/entry 3: the role must be one of reader, analyst, admin/);
    expect(message).toMatch(/entry 4: the hash must be 64 hex digits/);
    expect(message).toMatch(/entry 5: the same key is configured twice/);
    expect(message).toMatch(/entry 6: the principal alice2 appears twice/);
  });
});

describe('Keyring.identify', () => {
  const ring = Keyring.fromConfig(`alice:analyst:${hash('key-a')},root:admin:${hash('key-r')}`);

  it('finds the key whose hash matches', () => {
    expect(ring.identify('key-r')?.principal).toBe('root');
    expect(ring.identify('key-a')?.role).toBe('analyst');
  });

  it('finds nothing for an unknown, empty or oversized key', () => {
    expect(ring.identify('key-x')).toBeNull();
    expect(ring.identify('')).toBeNull();
    expect(ring.identify('k'.repeat(513))).toBeNull();
  });
});

describe('presentedKey and authenticate', () => {
  const ring = Keyring.fromConfig(`alice:analyst:${hash('key-a')}`);

  it('reads Authorization: Bearer (any case) or x-api-key', () => {
    expect(presentedKey(headers({ authorization: 'Bearer key-a' }))).toBe('key-a');
    expect(presentedKey(headers({ authorization: 'BEARER   key-a ' }))).toBe('key-a');
    expect(presentedKey(headers({ 'x-api-key': 'key-a' }))).toBe('key-a');
    expect(presentedKey(headers({ authorization: 'Bearer key-a', 'x-api-key': 'key-a' }))).toBe('key-a');
    expect(presentedKey(headers({}))).toBeNull();
  });

  it('refuses another scheme and two different keys', () => {
    expect(() => presentedKey(headers({ authorization: 'Basic YTpi' }))).toThrow(/Bearer/);
    expect(() => presentedKey(headers({ authorization: 'Bearer a', 'x-api-key': 'b' }))).toThrow(
      /two different API keys/,
    );
  });

  it('gives the key principal and role, anonymous without a key, UNAUTHENTICATED for a wrong key', () => {
    expect(authenticate(headers({ 'x-api-key': 'key-a' }), ring)).toEqual({ principal: 'alice', role: 'analyst' });
    expect(authenticate(headers({}), ring)).toEqual({ principal: 'anonymous', role: 'anonymous' });
    let code: unknown;
    try {
      authenticate(headers({ 'x-api-key': 'nope' }), ring);
    } catch (error) {
      code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    }
    expect(code).toBe('UNAUTHENTICATED');
  });
});

describe('the policy', () => {
  it('asks nothing of reads unless READS_REQUIRE_KEY, then the reader role', () => {
    expect(requiredRole(...op('{ node(id: "x") { id } }'), false)).toBe('anonymous');
    expect(requiredRole(...op('{ node(id: "x") { id } }'), true)).toBe('reader');
  });

  it('takes the strongest role of the top-level fields, through fragments', () => {
    expect(requiredRole(...op('mutation { write(input: {}) { ok } }'), false)).toBe('analyst');
    expect(
      requiredRole(
        ...op(
          'mutation { a: write(input: {}) { ok } ... on Mutation { mergeEntities(survivor: "a", duplicate: "b", reason: "r") { duplicate } } }',
        ),
        false,
      ),
    ).toBe('admin');
    expect(
      requiredRole(
        ...op(
          'mutation { ...F } fragment F on Mutation { ...G } fragment G on Mutation { mergeEntities(survivor: "a", duplicate: "b", reason: "r") { duplicate } }',
        ),
        false,
      ),
    ).toBe('admin');
    expect(requiredRole(...op('mutation { __typename }'), false)).toBe('anonymous');
  });

  it('refuses a mutation that has no rule', () => {
    expect(requiredRole(...op('mutation { dropEverything }'), false)).toBe('none-configured');
    const error = authorize({ principal: 'root', role: 'admin' }, ...op('mutation { dropEverything }'), false) as {
      extensions?: { code?: string };
    };
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers UNAUTHENTICATED without a key, FORBIDDEN with a weaker role, nothing when allowed', () => {
    const merge = op('mutation { mergeEntities(survivor: "a", duplicate: "b", reason: "r") { duplicate } }');
    const code = (e: Error | null) => (e as { extensions?: { code?: string } } | null)?.extensions?.code ?? null;
    expect(code(authorize({ principal: 'anonymous', role: 'anonymous' }, ...merge, false))).toBe('UNAUTHENTICATED');
    expect(code(authorize({ principal: 'r', role: 'reader' }, ...merge, false))).toBe('FORBIDDEN');
    expect(code(authorize({ principal: 'a', role: 'analyst' }, ...merge, false))).toBe('FORBIDDEN');
    expect(authorize({ principal: 'root', role: 'admin' }, ...merge, false)).toBeNull();
  });
});

describe('boot-time checks', () => {
  it('refuses a schema whose Mutation fields and the policy differ', () => {
    const schema = makeExecutableSchema({
      typeDefs: 'type Query { a: Int } type Mutation { write: Int sneaky: Int }',
    });
    expect(() => checkPolicy(schema)).toThrow(/Mutation.sneaky has no required role.*correct is not a Mutation field/);
  });

  it('accepts the project schema', () => {
    expect(() => checkPolicy(buildSchema(path.resolve(__dirname, '../../..')))).not.toThrow();
  });

  it('does not build a server with a bad API_KEYS setting', () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', API_KEYS: 'alice:analyst:not-a-hash' });
    expect(() =>
      createServer({ config, db: {} as Database, log: pino({ level: 'silent' }), databaseMode: 'test' }),
    ).toThrow(/invalid API_KEYS:\n {2}API_KEYS entry 1: the hash must be 64 hex digits/);
  });
});

describe("the README's table of who may write", () => {
  it('lists every mutation under the role the policy requires, and no other', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');
    const listed = (role: string) => {
      const row = readme.split('\n').find((line) => line.startsWith(`| an \`${role}\` key |`)) ?? '';
      const writes = row.split('|')[3] ?? '';
      return [...writes.matchAll(/`(\w+)`/g)].map((m) => m[1] as string).sort();
    };
    const byRole = (role: string) =>
      Object.entries(MUTATION_ROLES)
        .filter(([, r]) => r === role)
        .map(([field]) => field)
        .sort();
    expect(listed('analyst')).toEqual(byRole('analyst'));
    // "all of the above and ...": the admin row names what only an admin may run.
    expect(listed('admin')).toEqual(byRole('admin'));
  });
});
