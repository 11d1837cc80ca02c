/**
 * Graph views: the deduplicated nodes and edges of a neighbourhood or of a set of paths, in the
 * shape network-drawing clients and export formats read. Pure: no I/O, no GraphQL.
 */
import { primaryLabel } from '../domain';

/** A node of a view. `properties` holds every stored property but the fixed fields. */
export interface ViewNode {
  id: string;
  /** The most specific domain label: CloudProvider before Entity. */
  kind: string;
  labels: string[];
  name: string;
  properties: Record<string, unknown>;
  /** Ids of the Source nodes that report it. */
  sources: string[];
}

/** A directed edge of a view; `source` and `target` are node ids. */
export interface ViewEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  sources: string[];
}

export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** True when the size cap (or the cap of the query underneath) left something out. */
  truncated: boolean;
  /** The node cap that applied. */
  limit: number;
}

/** The default node cap of a view. */
export const GRAPH_LIMIT_DEFAULT = 200;
/** The largest node cap a client may ask for. */
export const GRAPH_LIMIT_MAX = 1000;
/** A view holds at most this many edges per node of its cap. */
export const EDGES_PER_NODE = 4;
/** The deepest neighbourhood a client may ask for. */
export const NEIGHBORHOOD_MAX_DEPTH = 3;

/** The kind a client colours a node by: its most specific domain label. */
export function nodeKind(labels: readonly string[]): string {
  return primaryLabel(labels) ?? labels.find((l) => l !== 'Node') ?? 'Node';
}

const NODE_FIXED = new Set(['id', 'name', 'labels', 'sources']);
const EDGE_FIXED = new Set(['id', 'type', 'from', 'to', 'fromId', 'toId', 'sources']);

/** Stored properties minus the fixed fields; nulls are dropped so a node looks the same from every query. */
function properties(record: Record<string, unknown>, fixed: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const value = record[key];
    if (!fixed.has(key) && value !== null && value !== undefined) out[key] = value;
  }
  return out;
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** A node record (repository or path node) as a view node. */
export function toViewNode(record: { id: string; name?: unknown; labels?: readonly string[] }): ViewNode {
  const labels = (record.labels ?? []).filter((l) => l !== 'Node');
  const plain = record as Record<string, unknown>;
  return {
    id: record.id,
    kind: nodeKind(labels),
    labels,
    name: typeof record.name === 'string' ? record.name : record.id,
    properties: properties(plain, NODE_FIXED),
    sources: ids(plain.sources),
  };
}

/**
 * A relationship record as a view edge. Repository records name their ends fromId/toId, path
 * steps from/to. `retracted` is always present so an edge looks the same from every query.
 */
export function toViewEdge(rel: { id: string; type: string }): ViewEdge {
  const record = rel as { id: string; type: string; [key: string]: unknown };
  const source = String(record.fromId ?? record.from);
  const target = String(record.toId ?? record.to);
  return {
    id: record.id,
    type: record.type,
    source,
    target,
    properties: { ...properties(record, EDGE_FIXED), retracted: record.retracted === true },
    sources: ids(record.sources),
  };
}

/**
 * Collects nodes and edges once each, within a node cap (and EDGES_PER_NODE times as many
 * edges). An edge is only kept when both its ends are.
 */
export class GraphViewBuilder {
  private readonly nodes = new Map<string, ViewNode>();
  private readonly edges = new Map<string, ViewEdge>();
  private truncated = false;

  constructor(readonly limit: number) {}

  get nodeCount(): number {
    return this.nodes.size;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Adds a node; false (and the view marked truncated) when the cap is reached. */
  addNode(node: ViewNode): boolean {
    if (this.nodes.has(node.id)) return true;
    if (this.nodes.size >= this.limit) {
      this.truncated = true;
      return false;
    }
    this.nodes.set(node.id, node);
    return true;
  }

  /** Adds an edge between two kept nodes; false when an end is missing or the edge cap is reached. */
  addEdge(edge: ViewEdge): boolean {
    if (this.edges.has(edge.id)) return true;
    if (!this.nodes.has(edge.source) || !this.nodes.has(edge.target)) {
      this.truncated = true;
      return false;
    }
    if (this.edges.size >= this.limit * EDGES_PER_NODE) {
      this.truncated = true;
      return false;
    }
    this.edges.set(edge.id, edge);
    return true;
  }

  /**
   * Adds a whole path or nothing: a half-drawn path would show a route that does not exist.
   * False (and truncated) when its new nodes or edges do not fit.
   */
  addPath(nodes: ViewNode[], edges: ViewEdge[]): boolean {
    const newNodes = new Set(nodes.filter((n) => !this.nodes.has(n.id)).map((n) => n.id));
    const newEdges = new Set(edges.filter((e) => !this.edges.has(e.id)).map((e) => e.id));
    if (this.nodes.size + newNodes.size > this.limit || this.edges.size + newEdges.size > this.limit * EDGES_PER_NODE) {
      this.truncated = true;
      return false;
    }
    for (const node of nodes) this.nodes.set(node.id, this.nodes.get(node.id) ?? node);
    for (const edge of edges) this.edges.set(edge.id, this.edges.get(edge.id) ?? edge);
    return true;
  }

  /** Marks the view truncated for a reason found outside the builder (a query's own cap). */
  markTruncated(): void {
    this.truncated = true;
  }

  build(): GraphView {
    return {
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
      truncated: this.truncated,
      limit: this.limit,
    };
  }
}

/** The path shape the path service returns: nodes[i] -rels[i]-> nodes[i + 1]. */
export interface PathLike {
  nodes: readonly { id: string; name?: unknown; labels?: readonly string[] }[];
  rels: readonly { id: string; type: string }[];
}

/** The union of paths as one view, whole paths only, in the order given. */
export function pathsToView(paths: readonly PathLike[], limit: number, truncated = false): GraphView {
  const builder = new GraphViewBuilder(limit);
  if (truncated) builder.markTruncated();
  for (const path of paths) builder.addPath(path.nodes.map(toViewNode), path.rels.map(toViewEdge));
  return builder.build();
}
