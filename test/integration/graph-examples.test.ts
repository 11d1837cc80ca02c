import fs from 'node:fs';
import path from 'node:path';
import { seed } from '../../src/import/seed';
import { createTestApp, type TestApp } from '../support/app';
import { readGraphml, records } from '../support/read-exports';

/**
 * The README's "Visualisation and exports" examples, run on the curated graph: every query in
 * examples/graph/ (shown verbatim in the README), every export URL the section shows, and the
 * Cytoscape.js mapping snippet (examples/graph/cytoscape-elements.js), loaded into Cytoscape.js.
 */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = path.resolve(__dirname, '../..');
const dir = path.join(root, 'examples/graph');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Visualisation and exports'));
const sectionText = section.slice(0, section.indexOf('\n## ', 5) === -1 ? undefined : section.indexOf('\n## ', 5));
let app: TestApp;

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

const checks: Record<string, (data: Data) => void> = {
  'neighborhood.graphql': (data) => {
    const graph = data.neighborhood;
    expect(graph.nodes.slice(0, 3).map((n: Data) => n.id)).toEqual(['shenzhen-university', 'yunda-technology', 'aws']);
    expect(ids(graph.nodes)).toEqual(
      expect.arrayContaining(['nvidia-h100', 'nvidia-a100', 'national-eda-innovation-center', 'zhejiang-lab']),
    );
    expect(graph.nodes[0]).toMatchObject({
      id: 'shenzhen-university',
      kind: 'Entity',
      properties: { kind: 'UNIVERSITY' },
    });
    expect(graph.nodes.find((n: Data) => n.id === 'aws').kind).toBe('CloudProvider');
    const procures = graph.edges.find((e: Data) => e.type === 'PROCURES_FROM');
    expect(procures).toMatchObject({ source: 'shenzhen-university', target: 'yunda-technology' });
    expect(procures.properties).toMatchObject({ confidence: 'REPORTED', startDate: '2024-03-01' });
    expect(procures.sources.map((s: Data) => s.publisher)).toContain('Reuters');
    expect(graph).toMatchObject({ truncated: false, limit: 200 });
  },
  'route-graph.graphql': (data) => {
    expect(data.accessPaths.totalCount).toBe(1);
    const graph = data.accessPaths.graph;
    expect(graph.nodes.map((n: Data) => `${n.id}:${n.kind}`)).toEqual([
      'shenzhen-university:Entity',
      'yunda-technology:Entity',
      'aws:CloudProvider',
      'nvidia-h100:Chip',
    ]);
    expect(graph.edges.map((e: Data) => e.type)).toEqual(['PROCURES_FROM', 'RENTS_FROM', 'HOSTS']);
    expect(graph.edges.map((e: Data) => e.id).join('>')).toBe(data.accessPaths.nodes[0].id);
  },
  'restricted-reach-graph.graphql': (data) => {
    const graph = data.pathGraph;
    expect(ids(graph.nodes)).toEqual(
      [
        'aws',
        'brisbane-data-center-derek-aw',
        'nvidia-h100',
        'shenzhen-university',
        'unnamed-beijing-company',
        'yunda-technology',
        'zhejiang-lab',
      ].sort(),
    );
    expect(graph.edges).toHaveLength(6);
    expect(graph.truncated).toBe(false);
  },
  'export-graphml.graphql': (data) => {
    const xml = readGraphml(data.neighborhood.export);
    expect(xml.nodes.map((n) => n.id)).toEqual(['yunda-technology', 'aws', 'shenzhen-university']);
    expect(xml.edges.map((e) => xml.dataOf(e).label).sort()).toEqual(['PROCURES_FROM', 'RENTS_FROM']);
  },
};

beforeAll(async () => {
  app = await createTestApp();
  await app.reset();
  await seed(app.db, root);
});
afterAll(async () => {
  await app.close();
});

describe('examples/graph (README: Visualisation and exports)', () => {
  for (const [file, check] of Object.entries(checks)) {
    it(`answers ${file}, and the README shows it`, async () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const result = await app.gql<Data>(text);
      expect(result.errors).toBeUndefined();
      check(result.data as Data);
      expect(sectionText).toContain(text.trim());
    });
  }

  it('has a check for every example query', () => {
    expect(
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.graphql'))
        .sort(),
    ).toEqual(Object.keys(checks).sort());
  });

  it('draws a graph with the README mapping in Cytoscape.js', async () => {
    const snippet = fs.readFileSync(path.join(dir, 'cytoscape-elements.js'), 'utf8');
    expect(sectionText).toContain(snippet.trim());
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { toElements } = require(path.join(dir, 'cytoscape-elements.js')) as { toElements: (g: Data) => Data[] };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cytoscape = require('cytoscape') as (options: Data) => Data;
    const result = await app.gql<Data>(fs.readFileSync(path.join(dir, 'neighborhood.graphql'), 'utf8'));
    const graph = result.data!.neighborhood;
    const cy = cytoscape({ headless: true, elements: toElements(graph) });
    expect(cy.nodes().length).toBe(graph.nodes.length);
    expect(cy.edges().length).toBe(graph.edges.length);
    expect(cy.$id('shenzhen-university').data('kind')).toBe('Entity');
    expect(
      cy
        .$id('shenzhen-university')
        .outgoers('node')
        .map((n: Data) => n.id()),
    ).toEqual(['yunda-technology']);
  });
});

describe('the export URLs the README shows', () => {
  const urls = [...sectionText.matchAll(/GET (\/export\/[^\s`]+)/g)].map((m) => m[1] as string);

  it('shows some', () => {
    expect(urls.length).toBeGreaterThanOrEqual(4);
  });

  for (const url of [...new Set([...sectionText.matchAll(/GET (\/export\/[^\s`]+)/g)].map((m) => m[1] as string))]) {
    it(`answers GET ${url}`, async () => {
      const response = await app.server.fetch(`http://test${url}`);
      const body = await response.text();
      expect({ status: response.status, body: response.status === 200 ? 'ok' : body }).toEqual({
        status: 200,
        body: 'ok',
      });
      if (url.startsWith('/export/graphml')) expect(readGraphml(body).nodes.length).toBeGreaterThan(0);
      if (url.startsWith('/export/cytoscape')) expect(JSON.parse(body).elements.nodes.length).toBeGreaterThan(0);
      if (url.includes('.csv')) expect(records(body).length).toBeGreaterThan(0);
    });
  }
});
