import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeHandler } from '../../src/http/node-handler';
import type { TestApp } from '../support/app';
import { seededApp } from './support/seeded';

/**
 * Every request limit answers a coded error and costs the server no Cypher: document limits
 * (tokens, depth, aliases, directives, cost) are checked while parsing and validating, before
 * any resolver runs, so `db.statementsRun` does not move. Argument caps (maxHops, first, ids)
 * are BAD_USER_INPUT naming the argument; the transaction timeout is covered by
 * test/integration/path-bounds.test.ts (QUERY_TIMEOUT).
 */
type Answer = {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
};

let app: TestApp;

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await app.server.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** Runs a request and tells how many statements it sent to Neo4j. */
async function measured(body: unknown): Promise<Answer & { statements: number }> {
  const before = app.db.statementsRun;
  const answer = await post(body);
  return { ...answer, statements: app.db.statementsRun - before };
}

function limitOf(answer: Answer): unknown[] {
  return (answer.body.errors ?? [])
    .filter((e) => e.extensions?.code === 'LIMIT_EXCEEDED')
    .map((e) => e.extensions?.limit);
}

/** `owners { from { ... on Entity { owners { ... } } } }` nested `levels` times (each level adds 3 to the depth). */
function ownersChain(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i += 1) inner = `id owners { from { ... on Entity { ${inner} } } }`;
  return `{ node(id: "sensetime") { ... on Entity { ${inner} } } }`;
}

beforeAll(async () => {
  app = await seededApp();
}, 120000);
afterAll(async () => {
  await app?.close();
});

describe('document limits (GraphQL Armor), refused before any Cypher', () => {
  it('answers a document within every limit', async () => {
    const ok = await measured({ query: ownersChain(3) });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.statements).toBeGreaterThan(0);
  });

  it('refuses more tokens than MAX_TOKENS while parsing', async () => {
    const query = `{ ${'__typename '.repeat(app.config.limits.maxTokens + 1)}}`;
    const answer = await measured({ query });
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'maxTokens',
      max: 5000,
    });
    expect(answer.statements).toBe(0);
  });

  it('refuses a selection deeper than MAX_DEPTH', async () => {
    const answer = await measured({ query: ownersChain(5) });
    expect(limitOf(answer)).toEqual(['maxDepth']);
    expect(answer.body.errors?.[0]?.message).toMatch(/depth limit of 12 exceeded/);
    expect(answer.body.data).toBeUndefined();
    expect(answer.statements).toBe(0);
  });

  it('counts depth through fragments, and survives fragment cycles', async () => {
    const spread = await measured({
      query: `query { ...A } fragment A on Query { node(id: "x") { ...B } } fragment B on Node { ... on Entity { owners { from { ...B } } } }`,
    });
    expect(spread.body.errors?.map((e) => e.extensions?.code)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(spread.statements).toBe(0);
  });

  it('refuses more aliases than MAX_ALIASES', async () => {
    const fields = Array.from(
      { length: app.config.limits.maxAliases + 1 },
      (_, i) => `a${i}: node(id: "huawei") { id }`,
    );
    const answer = await measured({ query: `{ ${fields.join(' ')} }` });
    expect(limitOf(answer)).toEqual(['maxAliases']);
    expect(answer.statements).toBe(0);
  });

  it('refuses more directives than MAX_DIRECTIVES', async () => {
    const fields = Array.from(
      { length: app.config.limits.maxDirectives + 1 },
      (_, i) => `f${i}: __typename @skip(if: false)`,
    );
    const answer = await measured({ query: `{ ${fields.join(' ')} }` });
    expect(limitOf(answer)).toEqual(['maxDirectives']);
    expect(answer.statements).toBe(0);
  });

  it('refuses a document costlier than MAX_COST (page sizes multiply)', async () => {
    // Five relationship lists two levels deep under a page of 100 entities.
    const block = (field: string, end: 'from' | 'to') =>
      `${field} { id type confidence startDate endDate note sources { id title publisher url publishedAt }
        ${end} { id name ... on Entity { ${field} { id type confidence sources { id title publisher url } ${end} { id name } } } } }`;
    const relations = [
      block('owners', 'from'),
      block('subsidiaries', 'to'),
      block('controllers', 'from'),
      block('rentsFrom', 'to'),
      block('procuresFrom', 'to'),
    ];
    const query = `{ entities(first: 100) { nodes { id name aliases country kind note ${relations.join(' ')} } } }`;
    const answer = await measured({ query });
    expect(limitOf(answer)).toEqual(['maxCost']);
    expect(answer.body.errors?.[0]?.message).toMatch(/Cost limit of 100000 exceeded, found \d+/);
    expect(answer.statements).toBe(0);
  });

  it('lists every broken limit of a document in one answer', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: node(id: "x") { id }`).join(' ');
    const answer = await measured({ query: `{ ${aliases} ${ownersChain(5).slice(1, -1)} }` });
    expect(limitOf(answer).sort()).toEqual(['maxAliases', 'maxDepth']);
    expect(answer.statements).toBe(0);
  });
});

describe('request limits', () => {
  it('refuses batched operations (batching is off)', async () => {
    const answer = await measured([{ query: '{ chips { totalCount } }' }, { query: '{ chips { totalCount } }' }]);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(answer.statements).toBe(0);
  });

  it('caps the body in yoga too (yoga.fetch callers, chunked bodies): 413 LIMIT_EXCEEDED', async () => {
    const answer = await measured({
      query: '{ __typename }',
      variables: { pad: 'x'.repeat(app.config.http.maxBodyBytes) },
    });
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(answer.statements).toBe(0);
  });

  it('caps the body in node:http before reading it: 413 on Content-Length, 411 on chunked', async () => {
    const server = http.createServer(createNodeHandler(app.server, 1000));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const send = (headers: Record<string, string | number>, body: string) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers }, (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', reject);
        req.end(body);
      });
    try {
      const before = app.db.statementsRun;
      const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2000) } });
      const declared = await send(
        { 'content-type': 'application/json', 'content-length': Buffer.byteLength(big) },
        big,
      );
      expect(declared.status).toBe(413);
      expect(JSON.parse(declared.text)).toMatchObject({ errors: [{ extensions: { code: 'LIMIT_EXCEEDED' } }] });
      const chunked = await send({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, big);
      expect(chunked.status).toBe(411);
      expect(JSON.parse(chunked.text)).toMatchObject({ errors: [{ extensions: { code: 'LIMIT_EXCEEDED' } }] });
      const small = await send({ 'content-type': 'application/json' }, JSON.stringify({ query: '{ __typename }' }));
      expect(JSON.parse(small.text)).toEqual({ data: { __typename: 'Query' } });
      expect(app.db.statementsRun).toBe(before);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('argument caps: BAD_USER_INPUT naming the argument', () => {
  it('refuses maxHops above MAX_HOPS', async () => {
    const answer = await post({ query: '{ accessPaths(from: "shenzhen-university", maxHops: 9) { totalCount } }' });
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: ['maxHops'] }],
    });
  });

  it('refuses a page larger than MAX_PAGE_SIZE', async () => {
    const answer = await post({ query: '{ entities(first: 101) { totalCount } }' });
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: ['first'] }],
    });
  });

  it('refuses more ids than MAX_PAGE_SIZE in nodes(ids)', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `id-${i}`);
    const answer = await measured({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } });
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: ['ids'] }],
    });
    expect(answer.statements).toBe(0);
  });
});
