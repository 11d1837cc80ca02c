import { importDocument } from '../../src/import/apply';
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
