import { RELATIONSHIP_TYPES } from '../domain';
import { appError, ErrorCode, type InputProblem } from '../errors';
import {
  EDGES_PER_NODE,
  GRAPH_LIMIT_DEFAULT,
  GRAPH_LIMIT_MAX,
  NEIGHBORHOOD_MAX_DEPTH,
  GraphViewBuilder,
  pathsToView,
  toViewEdge,
  toViewNode,
  type GraphView,
} from '../graph/view';
import type { NeighborhoodRepository } from '../repositories/neighborhood-repository';
import type { EvaluatedPath } from './path-service';

export interface NeighborhoodArgs {
  id: string;
  depth?: number | null;
  asOf?: string | null;
  relationshipTypes?: readonly string[] | null;
  limit?: number | null;
  includeRetracted?: boolean | null;
}

function bad(path: string, message: string): InputProblem {
  return { path: [path], message };
}

/** The node cap a client asked for, checked against GRAPH_LIMIT_MAX. */
export function graphLimit(limit: number | null | undefined): number {
  const value = limit ?? GRAPH_LIMIT_DEFAULT;
  if (!Number.isInteger(value) || value < 1 || value > GRAPH_LIMIT_MAX) {
    throw appError(ErrorCode.BAD_USER_INPUT, `limit must be between 1 and ${GRAPH_LIMIT_MAX}`, {
      problems: [bad('limit', `must be between 1 and ${GRAPH_LIMIT_MAX}`)],
    });
  }
  return value;
}

function neighborhoodDepth(depth: number | null | undefined): number {
  const value = depth ?? 1;
  if (!Number.isInteger(value) || value < 1 || value > NEIGHBORHOOD_MAX_DEPTH) {
    throw appError(ErrorCode.BAD_USER_INPUT, `depth must be between 1 and ${NEIGHBORHOOD_MAX_DEPTH}`, {
      problems: [bad('depth', `must be between 1 and ${NEIGHBORHOOD_MAX_DEPTH}`)],
    });
  }
  return value;
}

/** Relationship types from the whitelist only; GraphQL's enum already checks, HTTP callers too. */
function relationshipTypes(types: readonly string[] | null | undefined): string[] {
  if (!types || types.length === 0) return [...RELATIONSHIP_TYPES];
  const allowed: readonly string[] = RELATIONSHIP_TYPES;
  const unknown = types.filter((t) => !allowed.includes(t));
  if (unknown.length > 0) {
    throw appError(ErrorCode.BAD_USER_INPUT, `unknown relationship types: ${unknown.join(', ')}`, {
      problems: [bad('relationshipTypes', `must be among ${RELATIONSHIP_TYPES.join(', ')}`)],
    });
  }
  return [...new Set(types)];
}

/** Graph views for drawing and export: neighbourhoods from the database, path sets as graphs. */
export class GraphService {
  constructor(private readonly repo: NeighborhoodRepository) {}

  async neighborhood(args: NeighborhoodArgs): Promise<GraphView> {
    const limit = graphLimit(args.limit);
    const rows = await this.repo.neighborhood({
      id: args.id,
      depth: neighborhoodDepth(args.depth),
      types: relationshipTypes(args.relationshipTypes),
      asOf: args.asOf ?? null,
      includeRetracted: args.includeRetracted === true,
      nodeLimit: limit,
      edgeLimit: limit * EDGES_PER_NODE,
    });
    if (!rows) {
      throw appError(ErrorCode.NOT_FOUND, `no node with id ${args.id}`, {
        problems: [bad('id', 'no node with this id')],
      });
    }
    const builder = new GraphViewBuilder(limit);
    if (rows.truncated) builder.markTruncated();
    for (const node of rows.nodes) builder.addNode(toViewNode(node));
    for (const edge of rows.edges) builder.addEdge(toViewEdge(edge));
    return builder.build();
  }

  /** Evaluated paths as one view, in their order, whole paths only. */
  paths(paths: readonly EvaluatedPath[], limit: number | null | undefined, truncated = false): GraphView {
    return pathsToView(
      paths.map((p) => p.path),
      graphLimit(limit),
      truncated,
    );
  }
}
