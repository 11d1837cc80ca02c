import type { GraphView } from '../graph/view';
import { edgesCsv, nodesCsv } from './csv';
import { toCytoscape } from './cytoscape';
import { toFtm } from './ftm';
import { toGraphml } from './graphml';

/** The export formats, as the GraphQL enum GraphFormat names them. */
export const EXPORT_FORMATS = {
  CYTOSCAPE_JSON: { path: 'cytoscape', extension: 'cyjs', contentType: 'application/json; charset=utf-8' },
  GRAPHML: { path: 'graphml', extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8' },
  NODES_CSV: { path: 'nodes.csv', extension: 'nodes.csv', contentType: 'text/csv; charset=utf-8; header=present' },
  EDGES_CSV: { path: 'edges.csv', extension: 'edges.csv', contentType: 'text/csv; charset=utf-8; header=present' },
  FTM_JSONL: { path: 'ftm', extension: 'ftm.jsonl', contentType: 'application/x-ndjson; charset=utf-8' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The formats that cite their sources in full (the others carry source ids). */
export const NEEDS_SOURCES: readonly ExportFormat[] = ['FTM_JSONL'];

/**
 * A view serialized in one of the export formats. `sources` (Source records by id) is read by
 * the formats of NEEDS_SOURCES.
 */
export function serialize(
  view: GraphView,
  format: ExportFormat,
  sources: ReadonlyMap<string, Record<string, unknown>> = new Map(),
): string {
  switch (format) {
    case 'FTM_JSONL':
      return toFtm(view, sources);
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

export { FAIR_USE_NOTICE } from './notice';
