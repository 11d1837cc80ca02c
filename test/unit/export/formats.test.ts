import { XMLValidator } from 'fast-xml-parser';
import { csvField, edgesCsv, nodesCsv, toCsv } from '../../../src/export/csv';
import { toCytoscape } from '../../../src/export/cytoscape';
import { toGraphml, xmlAttribute, xmlText } from '../../../src/export/graphml';
import { serialize } from '../../../src/export';
import type { GraphView } from '../../../src/graph/view';
import { parseCsv, readGraphml, records } from '../../support/read-exports';

/** A graph with the awkward values real data has: quotes, commas, line breaks, markup, CJK, nulls. */
const view: GraphView = {
  nodes: [
    {
      id: 'shenzhen-university',
      kind: 'Entity',
      labels: ['Entity'],
      name: 'Shenzhen University',
      properties: {
        kind: 'UNIVERSITY',
        country: 'CN',
        aliases: ['深圳大学'],
        note: 'Said "no comment", then\nrented <AWS> & more',
      },
      sources: ['src-reuters'],
    },
    {
      id: 'aws',
      kind: 'CloudProvider',
      labels: ['Entity', 'CloudProvider'],
      name: 'Amazon Web Services',
      properties: { kind: 'COMPANY', country: 'US', headquarters: 'US' },
      sources: [],
    },
    {
      id: 'nvidia-h100',
      kind: 'Chip',
      labels: ['Chip'],
      name: 'Nvidia H100',
      properties: { tpp: 15800, memoryBandwidthGBps: 3350.5, vendor: 'Nvidia' },
      sources: ['src-a', 'src-b'],
    },
  ],
  edges: [
    {
      id: 'su-rents-aws',
      type: 'RENTS_FROM',
      source: 'shenzhen-university',
      target: 'aws',
      properties: {
        amount: 200000,
        currency: 'CNY',
        confidence: 'REPORTED',
        retracted: false,
        note: '=HYPERLINK("x")',
      },
      sources: ['src-reuters'],
    },
    {
      id: 'aws-hosts-h100',
      type: 'HOSTS',
      source: 'aws',
      target: 'nvidia-h100',
      properties: { confidence: 'CONFIRMED', retracted: false, share: 0.25 },
      sources: [],
    },
  ],
  truncated: false,
  limit: 200,
};

describe('GraphML', () => {
  const xml = toGraphml(view);
  const { doc, keys, dataOf } = readGraphml(xml);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('declares a key, with a type, for every node and edge attribute it uses', () => {
    for (const element of [...doc.graph.node, ...doc.graph.edge]) {
      for (const d of element.data ?? []) expect(keys.has(d.key)).toBe(true);
    }
    const byName = (target: string, name: string) =>
      [...keys.values()].find((k) => k.for === target && k['attr.name'] === name);
    expect(byName('node', 'tpp')?.['attr.type']).toBe('long');
    expect(byName('node', 'memoryBandwidthGBps')?.['attr.type']).toBe('double');
    expect(byName('edge', 'retracted')?.['attr.type']).toBe('boolean');
    expect(byName('edge', 'share')?.['attr.type']).toBe('double');
    expect(byName('node', 'label')?.['attr.type']).toBe('string');
  });

  it('is a directed graph with the same node ids, edge ids and ends as the view', () => {
    expect(doc.graph.edgedefault).toBe('directed');
    expect(doc.graph.node.map((n: { id: string }) => n.id)).toEqual(view.nodes.map((n) => n.id));
    expect(
      doc.graph.edge.map((e: { id: string; source: string; target: string }) => [e.id, e.source, e.target]),
    ).toEqual(view.edges.map((e) => [e.id, e.source, e.target]));
  });

  it('carries every attribute back unchanged, markup and line breaks included', () => {
    const su = dataOf(doc.graph.node[0]);
    expect(su).toMatchObject({
      label: 'Shenzhen University',
      kind: 'Entity',
      labels: 'Entity',
      property_kind: 'UNIVERSITY',
      aliases: '深圳大学',
      sources: 'src-reuters',
      note: 'Said "no comment", then\nrented <AWS> & more',
    });
    expect(dataOf(doc.graph.node[2])).toMatchObject({ tpp: '15800', sources: 'src-a;src-b' });
    expect(dataOf(doc.graph.edge[0])).toMatchObject({
      label: 'RENTS_FROM',
      amount: '200000',
      currency: 'CNY',
      retracted: 'false',
    });
  });

  it('writes no data element for a missing value', () => {
    expect(dataOf(doc.graph.node[1])).not.toHaveProperty('tpp');
    expect(dataOf(doc.graph.node[1])).not.toHaveProperty('sources');
  });

  it('says whether the graph was truncated', () => {
    const truncated = readGraphml(toGraphml({ ...view, truncated: true })).doc;
    expect(truncated.graph.data[0]['#text']).toBe('true');
  });
});

describe('XML escaping', () => {
  it('escapes markup in text, and quotes too in attributes', () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe(`&lt;a href="x"&gt;'&amp;'&lt;/a&gt;`);
    expect(xmlAttribute(`<"&'>`)).toBe('&lt;&quot;&amp;&apos;&gt;');
  });

  it('replaces characters XML 1.0 cannot carry, and keeps the rest of Unicode', () => {
    expect(xmlText('a\u0000b\u0007c\uFFFEd😀')).toBe('a\uFFFDb\uFFFDc\uFFFDd😀');
    expect(xmlText('\ud800x')).toBe('\uFFFDx');
  });

  it('keeps CR as a reference in text, and every line break and tab in attributes', () => {
    expect(xmlText('a\r\nb\tc')).toBe('a&#13;\nb\tc');
    expect(xmlAttribute('a\r\nb\tc')).toBe('a&#13;&#10;b&#9;c');
  });

  it('survives a round trip through a parser, ids with quotes and line breaks included', () => {
    const odd = 'id "with" <odd>\r\nparts & more';
    const xml = toGraphml({ ...view, nodes: [{ ...view.nodes[1]!, id: odd, properties: { note: odd } }], edges: [] });
    expect(XMLValidator.validate(xml)).toBe(true);
    const back = readGraphml(xml);
    expect(back.nodes[0]?.id).toBe(odd);
    expect(back.dataOf(back.nodes[0]!).note).toBe(odd);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
  });

  it('defuses text that a spreadsheet would run as a formula, not numbers', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });

  it('ends every record with CRLF, the header included', () => {
    const text = toCsv({ columns: ['a', 'b'], rows: [{ a: 1, b: 'x' }] });
    expect(text).toBe('a,b\r\n1,x\r\n');
  });

  it('writes the nodes with fixed columns first, then every property, readable back', () => {
    const text = nodesCsv(view);
    const [header] = parseCsv(text);
    expect(header?.slice(0, 5)).toEqual(['id', 'label', 'kind', 'labels', 'sources']);
    const rows = records(text);
    expect(rows.map((r) => r.id)).toEqual(view.nodes.map((n) => n.id));
    expect(rows[0]).toMatchObject({
      label: 'Shenzhen University',
      property_kind: 'UNIVERSITY',
      note: 'Said "no comment", then\nrented <AWS> & more',
    });
    expect(rows[1]).toMatchObject({ labels: 'Entity;CloudProvider', headquarters: 'US', tpp: '' });
  });

  it('writes the edges with their ends and type', () => {
    const rows = records(edgesCsv(view));
    expect(rows.map((r) => [r.id, r.source, r.target, r.label])).toEqual(
      view.edges.map((e) => [e.id, e.source, e.target, e.type]),
    );
    expect(rows[0]?.note).toBe(`'=HYPERLINK("x")`);
  });
});

describe('Cytoscape.js elements JSON', () => {
  const doc = toCytoscape(view);

  it('has a data object per element, edges with source and target', () => {
    expect(doc.elements.nodes.map((n) => n.data.id)).toEqual(view.nodes.map((n) => n.id));
    expect(doc.elements.edges[0]?.data).toMatchObject({
      id: 'su-rents-aws',
      source: 'shenzhen-university',
      target: 'aws',
      type: 'RENTS_FROM',
      amount: 200000,
    });
  });

  it('keeps the node kind, and renames a property that would hide it', () => {
    expect(doc.elements.nodes[0]?.data).toMatchObject({
      kind: 'Entity',
      property_kind: 'UNIVERSITY',
      name: 'Shenzhen University',
      aliases: ['深圳大学'],
    });
    expect(doc.elements.nodes[1]?.classes).toEqual(['Entity', 'CloudProvider']);
  });

  it('loads into Cytoscape.js as it is', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cytoscape = require('cytoscape') as (options: Record<string, unknown>) => {
      nodes(selector?: string): { length: number };
      edges(): { length: number; first(): { source(): { id(): string } } };
    };
    const cy = cytoscape({ headless: true, elements: JSON.parse(serialize(view, 'CYTOSCAPE_JSON')).elements });
    expect(cy.nodes().length).toBe(3);
    expect(cy.nodes('.CloudProvider').length).toBe(1);
    expect(cy.edges().length).toBe(2);
    expect(cy.edges().first().source().id()).toBe('shenzhen-university');
  });
});
