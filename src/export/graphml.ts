import type { GraphView } from '../graph/view';
import { FAIR_USE_NOTICE } from './notice';
import { cellText, edgeTable, nodeTable, type Table } from './table';

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';

// Characters XML 1.0 cannot carry at all, even escaped (controls, lone surrogates, U+FFFE/F).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text safe inside an XML element: markup escaped, characters XML cannot carry replaced, and
 * CR kept as a reference (parsers would turn a bare one into LF).
 */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Text safe inside a double-quoted attribute, where parsers would fold line breaks and tabs. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** The narrowest GraphML type every value of a column fits; lists are `;`-joined strings. */
function columnType(values: unknown[]): GraphmlType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return 'string';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) return 'long';
  if (present.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'double';
  return 'string';
}

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
}

function keys(table: Table, prefix: string, skip: readonly string[]): Key[] {
  return table.columns
    .filter((c) => !skip.includes(c))
    .map((name, i) => ({ id: `${prefix}${i}`, name, type: columnType(table.rows.map((r) => r[name])) }));
}

function dataLines(row: Record<string, unknown>, keyList: Key[], indent: string): string[] {
  const lines: string[] = [];
  for (const key of keyList) {
    const value = row[key.name];
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    lines.push(`${indent}<data key="${key.id}">${xmlText(cellText(value))}</data>`);
  }
  return lines;
}

/**
 * A view as GraphML 1.0 (Gephi, yEd, Cytoscape desktop, networkx): a `<key>` for every node and
 * edge attribute with its type, a directed graph, node and edge ids kept. Columns as in ./table:
 * `label` is a node's name and an edge's type; the graph carries `truncated`, `limit` and the
 * fair-use notice.
 */
export function toGraphml(view: GraphView): string {
  const nodes = nodeTable(view);
  const edges = edgeTable(view);
  // id, source and target are XML attributes of <node> and <edge>, not data.
  const nodeKeys = keys(nodes, 'n', ['id']);
  const edgeKeys = keys(edges, 'e', ['id', 'source', 'target']);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g0" for="graph" attr.name="truncated" attr.type="boolean"/>',
    '  <key id="g1" for="graph" attr.name="limit" attr.type="long"/>',
    '  <key id="g2" for="graph" attr.name="notice" attr.type="string"/>',
  ];
  for (const [kind, list] of [
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const) {
    for (const k of list) {
      out.push(`  <key id="${k.id}" for="${kind}" attr.name="${xmlAttribute(k.name)}" attr.type="${k.type}"/>`);
    }
  }
  out.push('  <graph id="G" edgedefault="directed">');
  out.push(`    <data key="g0">${String(view.truncated)}</data>`);
  out.push(`    <data key="g1">${String(view.limit)}</data>`);
  out.push(`    <data key="g2">${xmlText(FAIR_USE_NOTICE)}</data>`);
  for (const row of nodes.rows) {
    out.push(`    <node id="${xmlAttribute(String(row.id))}">`, ...dataLines(row, nodeKeys, '      '), '    </node>');
  }
  for (const row of edges.rows) {
    const attrs = ['id', 'source', 'target'].map((a) => `${a}="${xmlAttribute(String(row[a]))}"`).join(' ');
    out.push(`    <edge ${attrs}>`, ...dataLines(row, edgeKeys, '      '), '    </edge>');
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}
