import type { GraphView } from '../graph/view';
import { edgesCsv, nodesCsv } from './csv';
import { toCytoscape } from './cytoscape';
import { toGraphml } from './graphml';

/** The export formats, as the GraphQL enum GraphFormat names them. */
export const EXPORT_FORMATS = {
  CYTOSCAPE_JSON: { path: 'cytoscape', extension: 'cyjs', contentType: 'application/json; charset=utf-8' },
  GRAPHML: { path: 'graphml', extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8' },
  NODES_CSV: { path: 'nodes.csv', extension: 'nodes.csv', contentType: 'text/csv; charset=utf-8; header=present' },
  EDGES_CSV: { path: 'edges.csv', extension: 'edges.csv', contentType: 'text/csv; charset=utf-8; header=present' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** A view serialized in one of the export formats. */
export function serialize(view: GraphView, format: ExportFormat): string {
  switch (format) {
    case 'CYTOSCAPE_JSON':
      return JSON.stringify(toCytoscape(view));
    case 'GRAPHML':
      return toGraphml(view);
    case 'NODES_CSV':
      return nodesCsv(view);
    case 'EDGES_CSV':
      return edgesCsv(view);
  }
}

export { toCytoscape, toGraphml, nodesCsv, edgesCsv };
