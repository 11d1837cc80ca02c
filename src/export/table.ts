import type { GraphView, ViewEdge, ViewNode } from '../graph/view';

/**
 * The flat form of a view that GraphML and CSV share: one row per node or edge, fixed columns
 * first, then one column per property. `label` is what tools show (Gephi reads `label`/`Label`):
 * a node's name, an edge's type.
 */
export interface Table {
  columns: string[];
  rows: Record<string, unknown>[];
}

/** Fixed node columns, in order. */
export const NODE_COLUMNS = ['id', 'label', 'kind', 'labels', 'sources'] as const;
/** Fixed edge columns, in order. */
export const EDGE_COLUMNS = ['id', 'source', 'target', 'label', 'sources'] as const;

/**
 * The column a property goes to: its own name, or `property_<name>` when that name is a fixed
 * column (an entity's or a regulation's own `kind` property becomes `property_kind`).
 */
export function propertyColumn(name: string, fixed: readonly string[]): string {
  return fixed.includes(name) ? `property_${name}` : name;
}

function table<T extends ViewNode | ViewEdge>(
  items: readonly T[],
  fixed: readonly string[],
  fixedValues: (item: T) => Record<string, unknown>,
): Table {
  const propertyColumns = new Set<string>();
  const rows = items.map((item) => {
    const row = fixedValues(item);
    for (const [name, value] of Object.entries(item.properties)) {
      const column = propertyColumn(name, fixed);
      propertyColumns.add(column);
      row[column] = value;
    }
    return row;
  });
  return { columns: [...fixed, ...[...propertyColumns].sort()], rows };
}

export function nodeTable(view: GraphView): Table {
  return table(view.nodes, NODE_COLUMNS, (n) => ({
    id: n.id,
    label: n.name,
    kind: n.kind,
    labels: n.labels,
    sources: n.sources,
  }));
}

export function edgeTable(view: GraphView): Table {
  return table(view.edges, EDGE_COLUMNS, (e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    label: e.type,
    sources: e.sources,
  }));
}

/** A list's items joined by `;` (the separator Gephi and Cytoscape split list columns on). */
export const LIST_SEPARATOR = ';';

/** A cell as text: lists joined, objects as JSON, missing values empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(LIST_SEPARATOR);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
