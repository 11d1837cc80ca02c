import { importDocument } from '../../src/import/apply';
import { seed } from '../../src/import/seed';
import { createTestApp, type TestApp } from '../support/app';
import { API_KEYS, as } from '../support/keys';
import { readGraphml, records } from '../support/read-exports';

let app: TestApp;

interface GraphNodeOut {
  id: string;
  kind: string;
  labels: string[];
  name: string;
  properties: Record<string, unknown>;
  sources: { id: string; publisher: string }[];
}
interface GraphEdgeOut {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  sources: { id: string; publisher: string }[];
}
interface GraphOut {
  nodes: GraphNodeOut[];
  edges: GraphEdgeOut[];
  truncated: boolean;
  limit: number;
}

const GRAPH = `nodes { id kind labels name properties sources { id publisher } }
  edges { id type source target properties sources { id publisher } }
  truncated limit`;

const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $asOf: Date, $types: [RelationshipType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, asOf: $asOf, relationshipTypes: $types, limit: $limit) { ${GRAPH} }
}`;

async function neighborhood(variables: Record<string, unknown>) {
  const result = await app.gql<{ neighborhood: GraphOut }>(NEIGHBORHOOD, variables);
  return result;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

/**
 * A small hand-built graph: investor -FUNDS-> org -PROCURES_FROM-> broker -RENTS_FROM-> cloud
 * -HOSTS-> chip, and a former owner whose OWNS ended in 2020.
 */
const DOC = {
  format: 'chip-access-graph/v1',
  sources: [{ id: 'src-gv', publisher: 'Reuters', title: 'A test report', url: 'https://example.org/report' }],
  nodes: [
    { id: 'gv-org', label: 'Entity', name: 'Org University', kind: 'UNIVERSITY', country: 'CN', sources: ['src-gv'] },
    { id: 'gv-broker', label: 'Entity', name: 'Broker Co', kind: 'BROKER', country: 'CN', sources: ['src-gv'] },
    {
      id: 'gv-cloud',
      label: 'CloudProvider',
      name: 'Cloud Inc',
      kind: 'COMPANY',
      country: 'US',
      headquarters: 'US',
      sources: ['src-gv'],
    },
    {
      id: 'gv-chip',
      label: 'Chip',
      name: 'Chip X',
      vendor: 'Nvidia',
      tpp: 15800,
      releaseDate: '2023-03-01',
      sources: ['src-gv'],
    },
    { id: 'gv-investor', label: 'Entity', name: 'Investor Fund', kind: 'INVESTOR', country: 'AE', sources: ['src-gv'] },
    {
      id: 'gv-former-owner',
      label: 'Entity',
      name: 'Former Owner',
      kind: 'COMPANY',
      country: 'CN',
      sources: ['src-gv'],
    },
  ],
  relationships: [
    {
      id: 'gv-org-procures-from-broker',
      type: 'PROCURES_FROM',
      from: 'gv-org',
      to: 'gv-broker',
      startDate: '2024-03-01',
      confidence: 'REPORTED',
      role: 'account holder',
      sources: ['src-gv'],
    },
    {
      id: 'gv-broker-rents-from-cloud',
      type: 'RENTS_FROM',
      from: 'gv-broker',
      to: 'gv-cloud',
      startDate: '2024-03-01',
      confidence: 'REPORTED',
      amount: 200000,
      currency: 'CNY',
      sources: ['src-gv'],
    },
    {
      id: 'gv-cloud-hosts-chip',
      type: 'HOSTS',
      from: 'gv-cloud',
      to: 'gv-chip',
      confidence: 'CONFIRMED',
      sources: ['src-gv'],
    },
    {
      id: 'gv-investor-funds-org',
      type: 'FUNDS',
      from: 'gv-investor',
      to: 'gv-org',
      confidence: 'ALLEGED',
      sources: ['src-gv'],
    },
    {
      id: 'gv-former-owner-owns-org',
      type: 'OWNS',
      from: 'gv-former-owner',
      to: 'gv-org',
      startDate: '2010-01-01',
      endDate: '2020-01-01',
      share: 0.6,
      confidence: 'REPORTED',
      sources: ['src-gv'],
    },
  ],
};

beforeAll(async () => {
  app = await createTestApp();
  await app.reset();
  const report = await importDocument(app.db, DOC, { principal: 'test' });
  if (!report.ok) throw new Error(JSON.stringify(report.rejected));
});
afterAll(async () => {
  await app.close();
});

describe('neighborhood', () => {
  it('holds the nodes one step away in either direction, and the relationships among them', async () => {
    const { data, errors } = await neighborhood({ id: 'gv-broker' });
    expect(errors).toBeUndefined();
    expect(ids(data!.neighborhood.nodes)).toEqual(['gv-broker', 'gv-cloud', 'gv-org']);
    expect(ids(data!.neighborhood.edges)).toEqual(['gv-broker-rents-from-cloud', 'gv-org-procures-from-broker']);
    expect(data!.neighborhood).toMatchObject({ truncated: false, limit: 200 });
  });

  it('starts with the node asked for, then nearer nodes first', async () => {
    const { data } = await neighborhood({ id: 'gv-broker', depth: 2 });
    const order = data!.neighborhood.nodes.map((n) => n.id);
    expect(order[0]).toBe('gv-broker');
    expect(order.slice(1, 3).sort()).toEqual(['gv-cloud', 'gv-org']);
    expect(order.slice(3).sort()).toEqual(['gv-chip', 'gv-former-owner', 'gv-investor']);
    expect(data!.neighborhood.edges).toHaveLength(5);
  });

  it('gives each node its kind, labels, name, properties and sources, and each edge its ends and sources', async () => {
    const { data } = await neighborhood({ id: 'gv-cloud' });
    const cloud = data!.neighborhood.nodes.find((n) => n.id === 'gv-cloud')!;
    expect(cloud).toMatchObject({
      kind: 'CloudProvider',
      name: 'Cloud Inc',
      sources: [{ id: 'src-gv', publisher: 'Reuters' }],
    });
    expect(cloud.labels.sort()).toEqual(['CloudProvider', 'Entity']);
    expect(cloud.properties).toMatchObject({ kind: 'COMPANY', headquarters: 'US', country: 'US' });
    expect(cloud.properties).not.toHaveProperty('id');
    const rents = data!.neighborhood.edges.find((e) => e.id === 'gv-broker-rents-from-cloud')!;
    expect(rents).toMatchObject({
      type: 'RENTS_FROM',
      source: 'gv-broker',
      target: 'gv-cloud',
      properties: {
        amount: 200000,
        currency: 'CNY',
        confidence: 'REPORTED',
        startDate: '2024-03-01',
        retracted: false,
      },
      sources: [{ id: 'src-gv', publisher: 'Reuters' }],
    });
  });

  it('follows only the relationship types asked for', async () => {
    const { data } = await neighborhood({ id: 'gv-org', depth: 3, types: ['PROCURES_FROM', 'RENTS_FROM'] });
    expect(ids(data!.neighborhood.nodes)).toEqual(['gv-broker', 'gv-cloud', 'gv-org']);
    expect(data!.neighborhood.edges.map((e) => e.type).sort()).toEqual(['PROCURES_FROM', 'RENTS_FROM']);
  });

  it('keeps only relationships held at asOf when a date is given', async () => {
    const all = await neighborhood({ id: 'gv-org' });
    const dated = await neighborhood({ id: 'gv-org', asOf: '2024-06-01' });
    expect(ids(all.data!.neighborhood.nodes)).toContain('gv-former-owner');
    expect(ids(dated.data!.neighborhood.nodes)).not.toContain('gv-former-owner');
  });

  it("leaves out a step into a chip before the chip's release, as paths do, here and in the relationship fields", async () => {
    const before = await neighborhood({ id: 'gv-cloud', asOf: '2023-02-28' });
    const after = await neighborhood({ id: 'gv-cloud', asOf: '2023-03-01' });
    expect(ids(before.data!.neighborhood.nodes)).not.toContain('gv-chip');
    expect(ids(after.data!.neighborhood.nodes)).toContain('gv-chip');
    expect(ids(after.data!.neighborhood.edges)).toContain('gv-cloud-hosts-chip');
    const fields = await app.gql<{ node: { hosts: { id: string; heldAt: boolean }[]; all: { id: string }[] } }>(
      `query($asOf: Date) { node(id: "gv-cloud") { ... on CloudProvider {
         hosts(asOf: $asOf) { id heldAt(asOf: $asOf) } all: hosts { id } } } }`,
      { asOf: '2023-02-28' },
    );
    expect(fields.errors).toBeUndefined();
    expect(fields.data!.node.hosts).toEqual([]);
    expect(fields.data!.node.all.map((r) => r.id)).toEqual(['gv-cloud-hosts-chip']);
    const held = await app.gql<{ relationship: { early: boolean; onDay: boolean } }>(
      `{ relationship(id: "gv-cloud-hosts-chip") { early: heldAt(asOf: "2023-02-28") onDay: heldAt(asOf: "2023-03-01") } }`,
    );
    expect(held.errors).toBeUndefined();
    expect(held.data!.relationship).toEqual({ early: false, onDay: true });
  });

  it('stops at the node cap, keeps the start, and says it is truncated', async () => {
    const { data } = await neighborhood({ id: 'gv-org', limit: 2 });
    expect(data!.neighborhood.nodes).toHaveLength(2);
    expect(data!.neighborhood.nodes[0]?.id).toBe('gv-org');
    expect(data!.neighborhood).toMatchObject({ truncated: true, limit: 2 });
    for (const e of data!.neighborhood.edges)
      expect(ids(data!.neighborhood.nodes)).toEqual(expect.arrayContaining([e.source, e.target]));
  });

  it('refuses a depth beyond 3 and a cap beyond 1000 with BAD_USER_INPUT', async () => {
    const deep = await neighborhood({ id: 'gv-org', depth: 4 });
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: ['depth'] }] });
    const big = await neighborhood({ id: 'gv-org', limit: 5000 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: ['limit'] }] });
  });

  it('refuses a relationship type outside the enum before anything runs', async () => {
    const result = await neighborhood({ id: 'gv-org', types: ['OWNS]-() DETACH DELETE n //'] });
    expect(result.errors).toHaveLength(1);
    expect(result.data ?? null).toBeNull();
    const literal = await app.gql('{ neighborhood(id: "gv-org", relationshipTypes: [LIKES]) { truncated } }');
    expect(literal.errors?.[0]?.message).toMatch(/RelationshipType/);
    expect((await neighborhood({ id: 'gv-org' })).data?.neighborhood.nodes.length).toBeGreaterThan(1);
  });

  it('answers NOT_FOUND for an unknown node', async () => {
    const result = await neighborhood({ id: 'no-such-node' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('graphs of path results (curated dataset)', () => {
  beforeAll(async () => {
    await app.reset();
    await seed(app.db, app.config.rootDir);
  });

  const PATHS = `query ($from: ID!, $to: ID, $asOf: Date) {
    accessPaths(from: $from, to: $to, asOf: $asOf) {
      nodes { id steps { from { id } to { id } relationship { id } } }
      graph { ${GRAPH} }
    }
    pathGraph(from: $from, to: $to, asOf: $asOf) { ${GRAPH} }
  }`;
  const args = { from: 'shenzhen-university', to: 'nvidia-h100', asOf: '2024-06-01' };

  it('draws the Shenzhen University route to the H100 as four nodes and three edges', async () => {
    type Paths = {
      accessPaths: {
        nodes: { steps: { from: { id: string }; to: { id: string }; relationship: { id: string } }[] }[];
        graph: GraphOut;
      };
    };
    const { data, errors } = await app.gql<Paths>(PATHS, args);
    expect(errors).toBeUndefined();
    const graph = data!.accessPaths.graph;
    expect(graph.nodes.map((n) => n.id)).toEqual(['shenzhen-university', 'yunda-technology', 'aws', 'nvidia-h100']);
    expect(graph.nodes.map((n) => n.kind)).toEqual(['Entity', 'Entity', 'CloudProvider', 'Chip']);
    const stepIds = data!.accessPaths.nodes.flatMap((p) => p.steps.map((s) => s.relationship.id));
    expect(ids(graph.edges)).toEqual([...stepIds].sort());
    expect(graph.edges.find((e) => e.type === 'PROCURES_FROM')?.sources.map((s) => s.publisher)).toContain('Reuters');
  });

  it('gives pathGraph the same graph as the accessPaths page when every path fits on it', async () => {
    const { data } = await app.gql<{ accessPaths: { graph: GraphOut }; pathGraph: GraphOut }>(PATHS, args);
    expect(data!.pathGraph).toEqual(data!.accessPaths.graph);
  });

  it('shows a node with the same properties whichever query drew it', async () => {
    const { data } = await app.gql<{ pathGraph: GraphOut; neighborhood: GraphOut }>(
      `query { pathGraph(from: "shenzhen-university", to: "nvidia-h100", asOf: "2024-06-01") { ${GRAPH} }
               neighborhood(id: "yunda-technology") { ${GRAPH} } }`,
    );
    const fromPaths = data!.pathGraph.nodes.find((n) => n.id === 'yunda-technology');
    const fromNeighborhood = data!.neighborhood.nodes.find((n) => n.id === 'yunda-technology');
    expect(fromPaths).toEqual(fromNeighborhood);
    const edge = (g: GraphOut) => g.edges.find((e) => e.id === 'yunda-technology-rents-from-aws');
    expect(edge(data!.pathGraph)).toEqual(edge(data!.neighborhood));
  });

  it('draws whoCanReach as the best path of every entity, and pathGraph(to:) as every path', async () => {
    const { data, errors } = await app.gql<{
      whoCanReach: { entities: { entity: { id: string } }[]; graph: GraphOut };
      pathGraph: GraphOut;
    }>(
      `query { whoCanReach(chip: "nvidia-h100", asOf: "2024-06-01") { entities { entity { id } } graph { ${GRAPH} } }
               pathGraph(to: "nvidia-h100", asOf: "2024-06-01") { ${GRAPH} } }`,
    );
    expect(errors).toBeUndefined();
    const best = ids(data!.whoCanReach.graph.nodes);
    for (const e of data!.whoCanReach.entities) expect(best).toContain(e.entity.id);
    expect(ids(data!.pathGraph.nodes)).toEqual(expect.arrayContaining(best));
  });

  it('draws a scenario: the paths it closes are in its graph', async () => {
    const { data, errors } = await app.gql<{ scenario: { cut: { path: { id: string } }[]; graph: GraphOut } }>(
      `query { scenario(rules: {denyCloudProviders: {countries: ["US"]}}, asOf: "2024-06-01", chips: ["nvidia-h100"], origins: ["shenzhen-university"]) {
          cut { path { id } } graph { ${GRAPH} } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.scenario.cut).toHaveLength(1);
    expect(ids(data!.scenario.graph.edges)).toEqual(data!.scenario.cut[0]!.path.id.split('>').sort());
  });

  it('needs from or to, and refuses a cap beyond 1000', async () => {
    const none = await app.gql('{ pathGraph { truncated } }');
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await app.gql('{ pathGraph(from: "shenzhen-university", limit: 1001) { truncated } }');
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('marks a graph truncated when whole paths no longer fit under the cap', async () => {
    const { data } = await app.gql<{ pathGraph: GraphOut }>(
      `{ pathGraph(to: "nvidia-h100", asOf: "2024-06-01", limit: 3) { ${GRAPH} } }`,
    );
    expect(data!.pathGraph.truncated).toBe(true);
    expect(data!.pathGraph.nodes.length).toBeLessThanOrEqual(3);
  });
});

describe('GET /export/...', () => {
  const get = (path: string) => app.server.fetch(`http://test${path}`);

  it('exports a neighbourhood as GraphML with the same node and edge ids as the GraphQL graph', async () => {
    const response = await get('/export/graphml?neighborhood=shenzhen-university&depth=2');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="neighborhood-shenzhen-university-depth-2.graphml"',
    );
    const xml = readGraphml(await response.text());
    const { data } = await neighborhood({ id: 'shenzhen-university', depth: 2 });
    const graph = data!.neighborhood;
    expect(xml.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(xml.edges.map((e) => [e.id, e.source, e.target])).toEqual(
      graph.edges.map((e) => [e.id, e.source, e.target]),
    );
    for (const [i, node] of graph.nodes.entries()) {
      expect(xml.dataOf(xml.nodes[i]!)).toMatchObject({ label: node.name, kind: node.kind });
    }
    for (const [i, edge] of graph.edges.entries()) {
      expect(xml.dataOf(xml.edges[i]!)).toMatchObject({
        label: edge.type,
        confidence: edge.properties.confidence,
        sources: edge.sources.map((s) => s.id).join(';'),
      });
    }
  });

  it('exports the paths from an entity to a chip as Cytoscape.js elements', async () => {
    const response = await get('/export/cytoscape?from=shenzhen-university&to=nvidia-h100&asOf=2024-06-01');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      elements: { nodes: { data: { id: string } }[]; edges: { data: { source: string; target: string } }[] };
    };
    expect(doc.elements.nodes.map((n) => n.data.id)).toEqual([
      'shenzhen-university',
      'yunda-technology',
      'aws',
      'nvidia-h100',
    ]);
    expect(doc.elements.edges[0]?.data).toMatchObject({ source: 'shenzhen-university', target: 'yunda-technology' });
  });

  it('exports the nodes and the edges as CSV', async () => {
    const nodes = await get('/export/nodes.csv?to=nvidia-h100&asOf=2024-06-01');
    const edges = await get('/export/edges.csv?to=nvidia-h100&asOf=2024-06-01');
    expect(nodes.headers.get('content-type')).toMatch(/^text\/csv/);
    const nodeRows = records(await nodes.text());
    const edgeRows = records(await edges.text());
    const { data } = await app.gql<{ pathGraph: GraphOut }>(
      `{ pathGraph(to: "nvidia-h100", asOf: "2024-06-01") { ${GRAPH} } }`,
    );
    expect(nodeRows.map((r) => r.id)).toEqual(data!.pathGraph.nodes.map((n) => n.id));
    expect(edgeRows.map((r) => [r.id, r.source, r.target, r.label])).toEqual(
      data!.pathGraph.edges.map((e) => [e.id, e.source, e.target, e.type]),
    );
  });

  it('answers the same text as the GraphQL export field', async () => {
    const { data } = await app.gql<{ neighborhood: { export: string } }>(
      '{ neighborhood(id: "aws", depth: 1) { export(format: EDGES_CSV) } }',
    );
    const response = await get('/export/edges.csv?neighborhood=aws&depth=1');
    expect(await response.text()).toBe(data!.neighborhood.export);
  });

  it('answers 400 with BAD_USER_INPUT and every problem for bad parameters', async () => {
    const response = await get('/export/graphml?neighborhood=aws&depth=9&asOf=yesterday&types=OWNS,FRIENDS&extra=1');
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { extensions: { code: string; problems: { path: string[] }[] } }[];
    };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.extensions.problems.map((p) => p.path[0]).sort()).toEqual([
      'asOf',
      'depth',
      'extra',
      'types',
    ]);
  });

  it('answers 400 for an unknown format and for two subjects at once', async () => {
    expect((await get('/export/pdf?neighborhood=aws')).status).toBe(400);
    const both = await get('/export/graphml?neighborhood=aws&from=aws');
    expect(both.status).toBe(400);
    expect(((await both.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('exports the whole graph when no subject is given, with the fair-use notice', async () => {
    const whole = await get('/export/graphml');
    expect(whole.status).toBe(200);
    const body = await whole.text();
    expect(readGraphml(body).nodes.length).toBeGreaterThan(2);
    expect(body).toContain('implies no wrongdoing');
    expect((await get('/export/graphml?depth=2')).status).toBe(400);
  });

  it('answers 404 with NOT_FOUND for an unknown node, and 400 when pathGraph refuses the values', async () => {
    const missing = await get('/export/graphml?neighborhood=no-such-node');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
    const notAnEntity = await get('/export/graphml?from=nvidia-h100');
    expect(notAnEntity.status).toBe(404);
  });

  it('answers GET only', async () => {
    const response = await app.server.fetch('http://test/export/graphml?neighborhood=aws', { method: 'POST' });
    expect(response.status).toBe(405);
  });
});

describe('the explorer files', () => {
  it('serves the page at / with a strict content security policy', async () => {
    const response = await app.server.fetch('http://test/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<script src="/vendor/cytoscape.min.js"');
  });

  it('serves cytoscape from node_modules, and the page script and style', async () => {
    for (const path of ['/vendor/cytoscape.min.js', '/explorer.js', '/explorer.css']) {
      const response = await app.server.fetch(`http://test${path}`);
      expect(response.status).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(1000);
    }
  });

  it('serves nothing else from the disk', async () => {
    for (const path of ['/package.json', '/public/index.html', '/vendor/../package.json', '/vendor/cytoscape.js']) {
      expect((await app.server.fetch(`http://test${path}`)).status).toBe(404);
    }
  });
});

describe('exports behind API keys', () => {
  let locked: TestApp;
  beforeAll(async () => {
    locked = await createTestApp({ API_KEYS, READS_REQUIRE_KEY: 'true' });
  });
  afterAll(async () => {
    await locked.close();
  });

  it('answers 401 UNAUTHENTICATED without a key when reads need one', async () => {
    const response = await locked.server.fetch('http://test/export/graphml?neighborhood=aws');
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it("passes the caller's key on, like /graphql does", async () => {
    const response = await locked.server.fetch('http://test/export/graphml?neighborhood=aws', {
      headers: as('reader'),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<node id="aws">');
  });
});
