import { createTestApp, type TestApp } from '../support/app';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('the database layer', () => {
  it('compiles every .cypher file with EXPLAIN', async () => {
    const names = app.db.cypher.names().filter((n) => !n.startsWith('schema/'));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      await expect(app.db.explain(name)).resolves.toBeUndefined();
    }
  });

  it('applies the schema idempotently: a second run creates nothing new', async () => {
    const count = async () => {
      const session = app.driver.session();
      try {
        const result = await session.run('SHOW CONSTRAINTS YIELD name RETURN count(*) AS c');
        return Number(result.records[0]?.get('c'));
      } finally {
        await session.close();
      }
    };
    const before = await count();
    await app.db.applySchema('schema/constraints');
    expect(await count()).toBe(before);
    expect(before).toBeGreaterThanOrEqual(19);
  });

  it('writes to and reads back from Neo4j through a named statement', async () => {
    await app.reset();
    const report = await import('../../src/import/apply').then((m) =>
      m.importDocument(
        app.db,
        {
          format: 'chip-access-graph/v1',
          sources: [{ id: 'src-t', publisher: 'Test', title: 'A test source' }],
          nodes: [{ id: 'probe-entity', label: 'Entity', name: 'Probe', country: 'FR', sources: ['src-t'] }],
          relationships: [],
        },
        { principal: 'test' },
      ),
    );
    expect(report.ok).toBe(true);
    const rows = await app.db.read('nodes/get-by-ids', { ids: ['probe-entity'] });
    expect(rows).toHaveLength(1);
    expect((rows[0]?.n as { country: string }).country).toBe('FR');
  });

  it('names its transactions in their metadata, as SHOW TRANSACTIONS shows them', async () => {
    // Asked from inside the transaction: while it is open, the server lists it with its metadata.
    const seen = await app.db.readTransaction('test/metadata', async (run) => {
      await run('reach/version');
      const session = app.driver.session();
      try {
        const result = await session.run('SHOW TRANSACTIONS YIELD metaData RETURN metaData');
        return result.records.map((record) => record.get('metaData') as Record<string, unknown>);
      } finally {
        await session.close();
      }
    });
    expect(seen).toContainEqual({ app: 'chip-access-graph', transaction: 'test/metadata' });
  });
});

describe('GET /healthz', () => {
  it('answers 200 with the database state when Neo4j answers', async () => {
    const response = await app.server.fetch('http://test/healthz');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; database: { state: string } };
    expect(body.status).toBe('ok');
    expect(body.database.state).toBe('up');
  });
});

describe('GraphQL errors', () => {
  it('answers a query for a missing node with null, not an error', async () => {
    const result = await app.gql('{ node(id: "no-such-node") { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ node: null });
  });

  it('gives bad input a BAD_USER_INPUT code', async () => {
    const result = await app.gql('{ entities(first: 0) { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
