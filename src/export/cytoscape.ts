import type { GraphView } from '../graph/view';
import { FAIR_USE_NOTICE } from './notice';
import { propertyColumn } from './table';

// data keys with a meaning of their own in Cytoscape.js (parent makes compound nodes).
const NODE_FIXED = ['id', 'name', 'kind', 'labels', 'sources', 'parent'];
const EDGE_FIXED = ['id', 'source', 'target', 'type', 'sources', 'parent'];

export interface CytoscapeElement {
  group: 'nodes' | 'edges';
  data: Record<string, unknown>;
  classes: string[];
}

export interface CytoscapeDocument {
  format_version: string;
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { truncated: boolean; limit: number; notice: string };
  elements: { nodes: CytoscapeElement[]; edges: CytoscapeElement[] };
}

function withProperties(data: Record<string, unknown>, props: Record<string, unknown>, fixed: string[]) {
  for (const [name, value] of Object.entries(props)) data[propertyColumn(name, fixed)] = value;
  return data;
}

/**
 * A view as Cytoscape.js elements JSON, in the `.cyjs` document Cytoscape desktop imports:
 * `cytoscape({ elements: doc.elements })` draws it. Node data: id, name, kind, labels, sources
 * and the properties; edge data: id, source, target, type, sources and the properties (a
 * property named like a fixed key is renamed `property_<name>`). Classes are the node's labels
 * and the edge's type, for stylesheets.
 */
export function toCytoscape(view: GraphView): CytoscapeDocument {
  return {
    format_version: '1.0',
    generated_by: 'chip-access-graph',
    target_cytoscapejs_version: '~3',
    data: { truncated: view.truncated, limit: view.limit, notice: FAIR_USE_NOTICE },
    elements: {
      nodes: view.nodes.map((n) => ({
        group: 'nodes',
        data: withProperties(
          { id: n.id, name: n.name, kind: n.kind, labels: n.labels, sources: n.sources },
          n.properties,
          NODE_FIXED,
        ),
        classes: n.labels,
      })),
      edges: view.edges.map((e) => ({
        group: 'edges',
        data: withProperties(
          { id: e.id, source: e.source, target: e.target, type: e.type, sources: e.sources },
          e.properties,
          EDGE_FIXED,
        ),
        classes: [e.type],
      })),
    },
  };
}
