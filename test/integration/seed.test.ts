import { seed } from '../../src/import/seed';
import { createTestApp, type TestApp } from '../support/app';

let app: TestApp;

const count = async (statement: string): Promise<number> => {
  const session = app.driver.session();
  try {
    const result = await session.run(statement);
    return Number(result.records[0]?.get(0));
  } finally {
    await session.close();
  }
};

beforeAll(async () => {
  app = await createTestApp();
  await app.reset();
  await seed(app.db, app.config.rootDir);
});
afterAll(async () => {
  await app.close();
});

describe('the curated dataset', () => {
  it('loads the model: entities, cloud providers, data centres, chips, regulations, sources', async () => {
    for (const label of ['Entity', 'CloudProvider', 'DataCenter', 'Chip', 'Regulation', 'Source']) {
      expect(await count(`MATCH (n:${label}) RETURN count(n)`)).toBeGreaterThan(0);
    }
    for (const type of ['OWNS', 'PROCURES_FROM', 'RENTS_FROM', 'HOSTS', 'ACQUIRED', 'DESIGNATED_UNDER', 'RESTRICTS']) {
      expect(await count(`MATCH ()-[r:${type}]->() RETURN count(r)`)).toBeGreaterThan(0);
    }
  });

  it('gives every relationship and node at least one source, and every source id resolves to a Source node', async () => {
    expect(await count('MATCH ()-[r]->() WHERE r.sources IS NULL OR size(r.sources) = 0 RETURN count(r)')).toBe(0);
    expect(
      await count('MATCH (n:Node) WHERE NOT n:Source AND (n.sources IS NULL OR size(n.sources) = 0) RETURN count(n)'),
    ).toBe(0);
    expect(
      await count(
        'MATCH ()-[r]->() UNWIND r.sources AS s WITH DISTINCT s WHERE NOT EXISTS { MATCH (:Source {id: s}) } RETURN count(s)',
      ),
    ).toBe(0);
    expect(
      await count(
        'MATCH (n:Node) WHERE n.sources IS NOT NULL UNWIND n.sources AS s WITH DISTINCT s WHERE NOT EXISTS { MATCH (:Source {id: s}) } RETURN count(s)',
      ),
    ).toBe(0);
  });

  it('is idempotent: seeding again changes no count and reports everything unchanged', async () => {
    const nodes = await count('MATCH (n) RETURN count(n)');
    const rels = await count('MATCH ()-[r]->() RETURN count(r)');
    const report = await seed(app.db, app.config.rootDir);
    expect(report.created).toEqual({ sources: 0, nodes: 0, relationships: 0 });
    expect(report.updated).toEqual({ sources: 0, nodes: 0, relationships: 0 });
    expect(report.unchanged.relationships).toBeGreaterThan(50);
    expect(await count('MATCH (n) RETURN count(n)')).toBe(nodes);
    expect(await count('MATCH ()-[r]->() RETURN count(r)')).toBe(rels);
  });

  it('shows Shenzhen University procuring through Yunda Technology and Yunda renting from AWS, sourced by Reuters', async () => {
    const result = await app.gql<{
      node: {
        name: string;
        procuresFrom: { to: { id: string }; sources: { publisher: string; publishedAt: string }[] }[];
      };
      yunda: { rentsFrom: { to: { id: string; __typename: string }; sources: { publisher: string }[] }[] };
    }>(`{
      node(id: "shenzhen-university") {
        name
        ... on Party { procuresFrom { to { id } sources { publisher publishedAt } } }
      }
      yunda: node(id: "yunda-technology") {
        ... on Party { rentsFrom { to { id __typename } sources { publisher } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const procurement = result.data?.node.procuresFrom.find((r) => r.to.id === 'yunda-technology');
    expect(procurement).toBeDefined();
    expect(procurement?.sources.some((s) => s.publisher === 'Reuters' && s.publishedAt === '2024-08-23')).toBe(true);
    const rental = result.data?.yunda.rentsFrom.find((r) => r.to.id === 'aws');
    expect(rental?.to.__typename).toBe('CloudProvider');
    expect(rental?.sources.some((s) => s.publisher === 'Reuters')).toBe(true);
  });

  it('finds entities by name and alias with full-text search', async () => {
    const result = await app.gql<{ search: { node: { id: string } }[] }>(
      '{ search(text: "shenzhen univ") { node { id } score } }',
    );
    expect(result.data?.search[0]?.node.id).toBe('shenzhen-university');
  });

  it('lists entities with filters and cursor pagination', async () => {
    const listed = await app.gql<{ entities: { totalCount: number; nodes: { id: string; listed: boolean }[] } }>(
      '{ entities(filter: { listed: true, listedAsOf: "2024-06-01", country: "CN" }, first: 100) { totalCount nodes { id listed(asOf: "2024-06-01") } } }',
    );
    expect(listed.errors).toBeUndefined();
    const ids = listed.data?.entities.nodes.map((n) => n.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['huawei', 'sensetime', 'iflytek']));
    expect(ids).not.toContain('shenzhen-university');
    expect(listed.data?.entities.nodes.every((n) => n.listed)).toBe(true);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const result: {
        data?: { entities: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      } = await app.gql(
        'query($after: String) { entities(first: 7, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const conn = result.data?.entities;
      seen.push(...(conn?.nodes.map((n) => n.id) ?? []));
      if (!conn?.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    const total = await count('MATCH (n:Entity) RETURN count(n)');
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});
