import { XMLParser } from 'fast-xml-parser';

/* Readers for the export formats, independent of the writers in src/export, to check them against. */

/** A strict RFC 4180 reader, to check the writer against. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

export function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
}

export interface GraphmlElement {
  id: string;
  source?: string;
  target?: string;
  data?: { key: string; '#text': string }[];
}

/** Parses GraphML back: the keys by id, the graph's nodes and edges, and an element's data by attribute name. */
export function readGraphml(xml: string) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
    parseTagValue: false,
    htmlEntities: true,
  });
  const doc = parser.parse(xml).graphml;
  const keys = new Map<string, { for: string; 'attr.name': string; 'attr.type': string }>(
    doc.key.map((k: { id: string }) => [k.id, k]),
  );
  const dataOf = (element: GraphmlElement) =>
    Object.fromEntries((element.data ?? []).map((d) => [keys.get(d.key)?.['attr.name'], d['#text']]));
  return {
    doc,
    keys,
    dataOf,
    nodes: (doc.graph.node ?? []) as GraphmlElement[],
    edges: (doc.graph.edge ?? []) as GraphmlElement[],
  };
}
