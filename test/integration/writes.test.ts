import { createTestApp, type TestApp } from '../support/app';
import { API_KEYS, as } from '../support/keys';

let app: TestApp;

const WRITE = `mutation($input: WriteInput!, $dryRun: Boolean) {
  write(input: $input, dryRun: $dryRun) {
    ok dryRun
    created { sources nodes relationships }
    updated { sources nodes relationships }
    unchanged { sources nodes relationships }
  }
}`;

const source = { id: 'src-test-report', publisher: 'Reuters', title: 'A test report', url: 'https://example.org/report', publishedAt: '2024-08-23', language: 'en' };
const entity = (id: string, extra: Record<string, unknown> = {}) => ({ id, label: 'Entity', name: id, sources: ['src-test-report'], ...extra });
const basics = {
  sources: [source],
  nodes: [
    entity('buyer-u', { kind: 'UNIVERSITY', country: 'CN' }),
    entity('broker-co', { kind: 'BROKER', country: 'CN' }),
    { id: 'cloud-x', label: 'CloudProvider', name: 'Cloud X', headquarters: 'US', sources: ['src-test-report'] },
    { id: 'chip-x', label: 'Chip', name: 'Chip X', vendor: 'Nvidia', tpp: 4992, sources: ['src-test-report'] },
  ],
  relationships: [
    { id: 'buyer-procures-broker', type: 'PROCURES_FROM', from: 'buyer-u', to: 'broker-co', confidence: 'REPORTED', sources: ['src-test-report'], startDate: '2024-03-01' },
    { id: 'broker-rents-cloud', type: 'RENTS_FROM', from: 'broker-co', to: 'cloud-x', confidence: 'REPORTED', sources: ['src-test-report'], amount: 28000, currency: 'USD' },
    { id: 'cloud-hosts-chip', type: 'HOSTS', from: 'cloud-x', to: 'chip-x', confidence: 'CONFIRMED', sources: ['src-test-report'] },
  ],
};

async function counts(): Promise<{ nodes: number; rels: number }> {
  const session = app.db.driver.session();
  try {
    const r = await session.run('MATCH (n:Node) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels');
    return { nodes: Number(r.records[0]?.get('nodes')), rels: Number(r.records[0]?.get('rels')) };
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  app = await createTestApp({ API_KEYS });
});
afterAll(async () => {
  await app.close();
});

describe('write', () => {
  beforeEach(async () => {
    await app.reset();
  });

  it('creates sources, nodes and relationships in one call', async () => {
    const result = await app.gql(WRITE, { input: basics }, as('analyst'));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      write: {
        ok: true,
        dryRun: false,
        created: { sources: 1, nodes: 4, relationships: 3 },
        updated: { sources: 0, nodes: 0, relationships: 0 },
        unchanged: { sources: 0, nodes: 0, relationships: 0 },
      },
    });
    const read = await app.gql<{ node: { rentsFrom: { to: { id: string }; amount: number; createdBy: string }[] } }>(
      '{ node(id: "broker-co") { ... on Entity { rentsFrom { to { id } amount createdBy } } } }',
    );
    expect(read.data?.node.rentsFrom).toEqual([{ to: { id: 'cloud-x' }, amount: 28000, createdBy: 'test-analyst' }]);
  });
});
