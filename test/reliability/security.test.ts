import { getIntrospectionQuery } from 'graphql';
import pino from 'pino';
import { Writable } from 'node:stream';
import { hashKey } from '../../src/auth/keys';
import { loadConfig } from '../../src/config';
import { buildSchema } from '../../src/graphql/schema';
import { createServer } from '../../src/server';
import { createTestApp, type TestApp } from '../support/app';
import { API_KEYS, as, KEYS } from '../support/keys';
import { graphChecksum } from './support/checksum';
import { operation } from './support/fuzz-cases';
import { root, seededApp } from './support/seeded';
import { startServer } from './support/server-process';

/**
 * Production settings and browser-facing defences: introspection and GraphiQL off, CSRF
 * prevention, mutations never by GET, CORS closed unless configured, masked errors, secrets kept
 * out of the logs. (Every mutation refused without the right role, by POST, with nothing
 * written: test/integration/auth.test.ts, which enumerates the schema's Mutation fields.)
 */
type Body = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

const schema = buildSchema(root);
const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});

let production: TestApp;
let development: TestApp;

async function call(app: TestApp, init: RequestInit & { url?: string }) {
  const response = await app.server.fetch(init.url ?? 'http://test/graphql', init);
  const text = await response.text();
  let body: Body | undefined;
  try {
    body = JSON.parse(text) as Body;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

const json = (query: string, extra: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...extra },
  body: JSON.stringify({ query }),
});

beforeAll(async () => {
  production = await seededApp({ NODE_ENV: 'production', API_KEYS });
  development = await createTestApp({
    NODE_ENV: 'development',
    API_KEYS,
    CORS_ORIGINS: 'https://explorer.example.org',
  });
}, 120000);
afterAll(async () => {
  await production?.close();
  await development?.close();
});

describe('introspection and GraphiQL', () => {
  it('refuses __schema and __type in production, keeps __typename, and gives no field hints', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { name } }']) {
      const answer = await call(production, json(query));
      expect(answer.body?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.body?.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    }
    expect((await call(production, json('{ __typename }'))).body).toEqual({ data: { __typename: 'Query' } });
    const typo = await call(production, json('{ entitys { totalCount } }'));
    expect(typo.body?.errors?.[0]?.message).toBe('Cannot query field "entitys" on type "Query".');
  });

  it('serves no GraphiQL page in production', async () => {
    const page = await call(production, { method: 'GET', headers: { accept: 'text/html' } });
    expect(page.text).not.toMatch(/graphiql/i);
  });

  it("answers GraphiQL's introspection query and page in development, within the limits", async () => {
    const answer = await call(
      development,
      json(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })),
    );
    expect(answer.body?.errors).toBeUndefined();
    const page = await call(development, { method: 'GET', headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/graphiql/i);
  });

  it('follows INTROSPECTION and GRAPHIQL when they are set', () => {
    const on = loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', GRAPHIQL: 'true' });
    const off = loadConfig({ NODE_ENV: 'development', INTROSPECTION: 'false', GRAPHIQL: 'false' });
    expect([on.introspection, on.graphiql, off.introspection, off.graphiql]).toEqual([true, true, false, false]);
  });
});

describe('CSRF prevention', () => {
  it('refuses a form POST and a text/plain POST without the x-graphql-csrf header (403), before reading them', async () => {
    const before = production.db.statementsRun;
    const form = await call(production, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...as('analyst') },
      body: `query=${encodeURIComponent('mutation { retract(id: "huawei", reason: "csrf") { id } }')}`,
    });
    expect(form.status).toBe(403);
    expect(form.body?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const plain = await call(production, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...as('analyst') },
      body: JSON.stringify({ query: 'mutation { retract(id: "huawei", reason: "csrf") { id } }' }),
    });
    expect(plain.status).toBe(403);
    expect(production.db.statementsRun).toBe(before);
  });

  it('reads a form POST that carries the header (a browser cannot add it cross-site without CORS)', async () => {
    const form = await call(production, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-graphql-csrf': '1' },
      body: `query=${encodeURIComponent('{ __typename }')}`,
    });
    expect(form.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses every mutation of the schema sent by GET (405), even with an analyst key, and writes nothing', async () => {
    expect(mutationFields.length).toBeGreaterThanOrEqual(6);
    const before = await graphChecksum(production.driver);
    for (const field of mutationFields) {
      const op = operation('mutation', field, {});
      const params = new URLSearchParams({ query: op.query, variables: JSON.stringify(op.variables) });
      const answer = await call(production, {
        method: 'GET',
        url: `http://test/graphql?${params}`,
        headers: as('admin'),
      });
      expect([field.name, answer.status, answer.body?.errors?.[0]?.extensions?.code]).toEqual([
        field.name,
        405,
        'BAD_REQUEST',
      ]);
    }
    expect(await graphChecksum(production.driver)).toEqual(before);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) => ({
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });

  it('is closed by default: no Access-Control-Allow-Origin for any origin', async () => {
    const options = await call(production, preflight('https://evil.example'));
    expect(options.headers.get('access-control-allow-origin')).toBeNull();
    const post = await call(production, json('{ __typename }', { origin: 'https://evil.example' }));
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the origins in CORS_ORIGINS only, without credentials', async () => {
    const allowed = await call(development, preflight('https://explorer.example.org'));
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await call(development, preflight('https://evil.example'));
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const post = await call(development, json('{ __typename }', { origin: 'https://explorer.example.org' }));
    expect(post.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
  });
});

describe('masked errors', () => {
  it('answers an unexpected failure with INTERNAL_SERVER_ERROR and a generic message, logging the details', async () => {
    const lines: string[] = [];
    const log = pino(
      { level: 'info' },
      new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }),
    );
    const broken = new Error('Neo4jError: boom at /srv/app/src/db/database.ts:124 (password=hunter2)');
    const failing = () => Promise.reject(broken);
    const db = {
      statementsRun: 0,
      read: failing,
      readTransaction: failing,
      write: failing,
      writeTransaction: failing,
      serverInfo: failing,
    };
    const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
    const server = createServer({ config, db: db as never, log, databaseMode: 'external' });
    const response = await server.fetch('http://test/graphql', json('{ chips { totalCount } }'));
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(text).not.toMatch(/Neo4j|boom|database\.ts|hunter2|stack/);
    expect(lines.join('')).toMatch(/boom/);
  });
});

describe('secrets in logs', () => {
  it('never writes API keys, their hashes or NEO4J_PASSWORD to the logs, even at debug level', async () => {
    const password = `pw-${Date.now().toString(36)}-not-for-logs`;
    // The test database runs without authentication and accepts any password.
    const server = await startServer({
      NEO4J_URI: process.env.NEO4J_TEST_URI ?? '',
      NEO4J_PASSWORD: password,
      API_KEYS,
      LOG_LEVEL: 'debug',
    });
    try {
      const send = (body: unknown, headers: Record<string, string>) =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
      const write = {
        query: 'mutation($i: WriteInput!) { write(input: $i, dryRun: true) { ok } }',
        variables: { i: { nodes: [] } },
      };
      await send(write, as('analyst'));
      await send(write, { 'x-api-key': KEYS.admin });
      await send(write, as('reader'));
      await send({ query: '{ chips { totalCount } }' }, { authorization: `Bearer ${KEYS.analyst}-wrong` });
      await send(
        { query: '{ chips { totalCount } }' },
        { authorization: `Basic ${Buffer.from(`neo4j:${password}`).toString('base64')}` },
      );
      await send({ query: '{ nope }' }, as('admin'));
      await fetch(
        `${server.url}/graphql?query=${encodeURIComponent('mutation { retract(id: "x", reason: "r") { id } }')}`,
        { headers: as('admin') },
      );
    } finally {
      await server.stop();
    }
    const logs = server.logs();
    expect(logs.length).toBeGreaterThan(0);
    const secrets = [
      password,
      ...Object.values(KEYS),
      ...Object.values(KEYS).map(hashKey),
      Buffer.from(`neo4j:${password}`).toString('base64'),
    ];
    for (const secret of secrets) expect(logs.includes(secret)).toBe(false);
  }, 120000);
});
