import type { Plugin } from 'graphql-yoga';
import pino from 'pino';
import { importDocument } from '../../src/import/apply';
import { createServer, type Server } from '../../src/server';
import { createTestApp, type TestApp } from '../support/app';

/**
 * A nested query over N entities (their owners, rentals and sources, and those relationships'
 * endpoints and sources) costs a number of round trips bounded by the query's depth, not by N.
 */
let app: TestApp;

function graph(n: number) {
  const nodes: Record<string, unknown>[] = [
    { id: 'cloud', label: 'CloudProvider', name: 'Cloud', headquarters: 'US', sources: ['src-a'] },
  ];
  const relationships: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i += 1) {
    nodes.push({ id: `parent-${i}`, label: 'Entity', name: `Parent ${i}`, sources: ['src-a'] });
    nodes.push({ id: `org-${i}`, label: 'Entity', name: `Org ${i}`, sources: ['src-b'] });
    relationships.push({
      id: `own-${i}`,
      type: 'OWNS',
      from: `parent-${i}`,
      to: `org-${i}`,
      share: 0.6,
      confidence: 'REPORTED',
      sources: ['src-a'],
    });
    relationships.push({
      id: `rent-${i}`,
      type: 'RENTS_FROM',
      from: `org-${i}`,
      to: 'cloud',
      confidence: 'ALLEGED',
      sources: ['src-b'],
    });
  }
  return {
    format: 'chip-access-graph/v1',
    sources: [
      { id: 'src-a', publisher: 'Test', title: 'Source A' },
      { id: 'src-b', publisher: 'Test', title: 'Source B' },
    ],
    nodes,
    relationships,
  };
}

const QUERY = `{
  entities(first: 100) {
    nodes {
      id
      sources { title }
      owners { share from { name } sources { title } }
      rentsFrom { to { name } sources { title } }
    }
  }
}`;

async function roundTrips(): Promise<number> {
  const before = app.db.statementsRun;
  const result = await app.gql(QUERY);
  expect(result.errors).toBeUndefined();
  return app.db.statementsRun - before;
}

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

it('costs the same number of round trips for 5 and for 40 entities, at most 1 + the nesting depth', async () => {
  await app.reset();
  expect((await importDocument(app.db, graph(5), { principal: 'test' })).ok).toBe(true);
  const small = await roundTrips();

  await app.reset();
  expect((await importDocument(app.db, graph(40), { principal: 'test' })).ok).toBe(true);
  const large = await roundTrips();

  expect(large).toBe(small);
  // entities -> (owners | rentals | sources) -> (endpoints | sources): depth 3 below the list.
  expect(large).toBeLessThanOrEqual(1 + 4);
});

it('returns the nested data for every entity', async () => {
  const result = await app.gql<{
    entities: { nodes: { id: string; owners: { share: number; from: { name: string } }[] }[] };
  }>(QUERY);
  const org = result.data?.entities.nodes.find((n) => n.id === 'org-7');
  expect(org?.owners).toEqual([expect.objectContaining({ share: 0.6, from: { name: 'Parent 7' } })]);
});

/**
 * Look-ahead: `node(id)` and `nodes(ids)` see the relationship fields in their selection and load
 * the nodes with those relationships in one statement. The answers must be those of the
 * field-by-field path (the same server with the look-ahead off).
 */
describe('look-ahead from node(id) and nodes(ids)', () => {
  let fieldByField: Server;

  const neighbourhood = {
    format: 'chip-access-graph/v1',
    sources: [{ id: 'src-n', publisher: 'Test', title: 'Source N' }],
    nodes: [
      { id: 'hub', label: 'Entity', name: 'Hub', kind: 'COMPANY', country: 'CN', sources: ['src-n'] },
      { id: 'owner-1', label: 'Entity', name: 'Owner 1', sources: ['src-n'] },
      { id: 'owner-2', label: 'Entity', name: 'Owner 2', sources: ['src-n'] },
      { id: 'sub-1', label: 'Entity', name: 'Sub 1', sources: ['src-n'] },
      { id: 'broker', label: 'Entity', name: 'Broker', kind: 'BROKER', sources: ['src-n'] },
      { id: 'cloud-n', label: 'CloudProvider', name: 'Cloud N', sources: ['src-n'] },
      { id: 'dc-n', label: 'DataCenter', name: 'DC N', country: 'MY', sources: ['src-n'] },
      { id: 'chip-n', label: 'Chip', name: 'Chip N', vendor: 'V', sources: ['src-n'] },
      { id: 'fund-n', label: 'Entity', name: 'Fund N', kind: 'INVESTOR', sources: ['src-n'] },
    ],
    relationships: [
      ['o1', 'OWNS', 'owner-1', 'hub', { share: 0.5 }],
      ['o2', 'OWNS', 'owner-2', 'hub', { share: 0.2, startDate: '2020-01-01', endDate: '2021-01-01' }],
      ['s1', 'OWNS', 'hub', 'sub-1', { share: 1 }],
      ['p1', 'PROCURES_FROM', 'hub', 'broker', {}],
      ['r1', 'RENTS_FROM', 'hub', 'cloud-n', { service: 'GPU' }],
      ['r2', 'RENTS_FROM', 'hub', 'dc-n', {}],
      ['r3', 'RENTS_FROM', 'broker', 'cloud-n', {}],
      ['a1', 'ACQUIRED', 'hub', 'chip-n', { quantity: 8 }],
      ['f1', 'FUNDS', 'fund-n', 'hub', {}],
      ['h1', 'HOSTS', 'cloud-n', 'chip-n', { quantity: 100 }],
    ].map(([id, type, from, to, extra]) => ({
      id,
      type,
      from,
      to,
      confidence: 'REPORTED',
      sources: ['src-n'],
      ...(extra as object),
    })),
  };

  const NEIGHBOURHOOD = `query N($id: ID!) {
    node(id: $id) {
      ... on Entity {
        id name kind country
        owners { id share from { id name } }
        subsidiaries { id share to { id name } }
        procuresFrom { id to { id name } }
        rentsFrom { id to { id name } }
        acquired { id quantity to { id name } }
      }
    }
  }`;

  async function gqlOn(server: Server, query: string, variables: Record<string, unknown> = {}) {
    const response = await server.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  }

  /** Statements sent and the answer, through the look-ahead and field by field. */
  async function both(query: string, variables: Record<string, unknown> = {}) {
    let before = app.db.statementsRun;
    const ahead = await gqlOn(app.server, query, variables);
    const aheadStatements = app.db.statementsRun - before;
    before = app.db.statementsRun;
    const byField = await gqlOn(fieldByField, query, variables);
    const byFieldStatements = app.db.statementsRun - before;
    expect(ahead.errors).toBeUndefined();
    expect(byField.errors).toBeUndefined();
    return { ahead: sorted(ahead.data), byField: sorted(byField.data), aheadStatements, byFieldStatements };
  }

  /** Lists of relationships in id order: neither path promises an order within a field. */
  function sorted(value: unknown): unknown {
    if (Array.isArray(value)) {
      const items = value.map(sorted);
      return items.every((i) => typeof (i as { id?: unknown } | null)?.id === 'string')
        ? [...items].sort((a, b) => String((a as { id: string }).id).localeCompare((b as { id: string }).id))
        : items;
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sorted(v)]));
    }
    return value;
  }

  /** The type lists of every with-relations statement sent during `work` (the real Database, spied on). */
  async function typesRead(work: () => Promise<unknown>) {
    const spy = jest.spyOn(app.db, 'read');
    try {
      await work();
      return spy.mock.calls
        .filter(([name]) => name === 'nodes/with-relations')
        .map(([, params]) => {
          const p = params as Record<string, unknown>;
          return { out: p.out, outAll: p.outAll, in: p.in, inAll: p.inAll };
        });
    } finally {
      spy.mockRestore();
    }
  }

  beforeAll(async () => {
    const noLookahead: Plugin = {
      onContextBuilding({ extendContext }) {
        extendContext({ lookahead: false } as never);
      },
    };
    fieldByField = createServer({
      config: app.config,
      db: app.db,
      log: pino({ level: 'silent' }),
      databaseMode: 'external',
      plugins: [noLookahead],
    });
    await app.reset();
    expect((await importDocument(app.db, neighbourhood, { principal: 'test' })).ok).toBe(true);
    // A retracted ownership: out of every field unless includeRetracted asks for it.
    const session = app.driver.session();
    try {
      await session.run("MATCH ()-[r:OWNS {id: 'o2'}]->() SET r.retracted = true, r.retractedReason = 'test'");
    } finally {
      await session.close();
    }
  });

  it('answers the neighbourhood query in one statement, with the field-by-field answer', async () => {
    const { ahead, byField, aheadStatements, byFieldStatements } = await both(NEIGHBOURHOOD, { id: 'hub' });
    expect(aheadStatements).toBe(1);
    expect(byFieldStatements).toBe(3);
    expect(ahead).toEqual(byField);
    const hub = (ahead as { node: Record<string, { id: string }[]> }).node;
    expect(hub.owners?.map((r) => r.id)).toEqual(['o1']);
    expect(hub.rentsFrom?.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('gives includeRetracted, type and direction arguments, variables and fragments the same answers', async () => {
    const query = `query Q($types: [RelationshipType!], $retracted: Boolean, $asOf: Date) {
      node(id: "hub") { ...Rels }
    }
    fragment Rels on Entity {
      all: relationships(includeRetracted: true) { id retracted retraction { reason } from { id } to { id } }
      owns: relationships(types: $types, direction: IN, includeRetracted: $retracted) { id share }
      out: relationships(direction: OUT, asOf: $asOf) { id type }
      owners { id }
      heldOwners: owners(asOf: $asOf) { id }
      listed
      funders { id from { name } }
      designations { id }
      controls @skip(if: true) { id }
    }`;
    const variables = { types: ['OWNS', 'FUNDS'], retracted: true, asOf: '2020-06-01' };
    const { ahead, byField, aheadStatements } = await both(query, variables);
    expect(aheadStatements).toBe(1);
    expect(ahead).toEqual(byField);
    const hub = (ahead as { node: Record<string, { id: string }[]> }).node;
    expect(hub.owns?.map((r) => r.id)).toEqual(['f1', 'o1', 'o2']);
    expect(hub.owners?.map((r) => r.id)).toEqual(['o1']);
    expect(hub.all?.length).toBe(10 - 2);
  });

  it('answers nodes(ids) of several types in one statement, null for a missing id', async () => {
    const query = `{ nodes(ids: ["hub", "cloud-n", "chip-n", "nobody", "broker"]) {
      id
      ... on Party { procuresFor { id from { id } } rentsFrom { id to { id } } }
      ... on CloudProvider { renters { id from { id } } hosts { id quantity } }
      ... on Chip { hostedBy { id from { id } } acquiredBy { id } }
    } }`;
    const { ahead, byField, aheadStatements } = await both(query);
    expect(aheadStatements).toBe(1);
    expect(ahead).toEqual(byField);
    expect((ahead as { nodes: unknown[] }).nodes[3]).toBeNull();
  });

  it('reads only the relationship types the selection asks for', async () => {
    expect(await typesRead(() => app.gql(`{ node(id: "hub") { ... on Entity { owners { id } } } }`))).toEqual([
      { out: [], outAll: [], in: ['OWNS'], inAll: [] },
    ]);
    expect(
      await typesRead(() =>
        app.gql(
          `{ node(id: "hub") { ... on Entity { rentsFrom { id } relationships(types: [OWNS], includeRetracted: true) { id } } } }`,
        ),
      ),
    ).toEqual([{ out: ['RENTS_FROM'], outAll: ['OWNS'], in: [], inAll: ['OWNS'] }]);
    // Without relationship fields, the node loader as before.
    expect(await typesRead(() => app.gql(`{ node(id: "hub") { id name ... on Entity { sources { id } } } }`))).toEqual(
      [],
    );
  });

  it('leaves relationship fields below the loaded nodes to the loaders', async () => {
    const query = `{ node(id: "hub") { ... on Entity { owners { from { ... on Entity { subsidiaries { id } } } } } } }`;
    const { ahead, byField, aheadStatements, byFieldStatements } = await both(query);
    expect(ahead).toEqual(byField);
    expect(aheadStatements).toBe(2);
    expect(byFieldStatements).toBe(3);
  });
});
