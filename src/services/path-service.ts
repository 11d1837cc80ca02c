import {
  classifyPath,
  meetsMinimum,
  pathConfidence,
  restrictionStatus,
  type AccessPath,
  type Confidence,
  type Pathway,
  type RestrictionContext,
} from '../domain';
import { appError, ErrorCode } from '../errors';
import { ACCESS_TYPES } from '../import/format';
import type { FoundPaths, PathRepository } from '../repositories/path-repository';

/**
 * The hard cap on maxHops. It becomes the quantifier bound of cypher/paths/*.cypher (a slot
 * filled per query), so a larger value would let one request walk a far bigger neighbourhood.
 */
export const HARD_MAX_HOPS = 8;

export interface PathFilterInput {
  includePathways?: Pathway[] | null;
  excludePathways?: Pathway[] | null;
  minConfidence?: Confidence | null;
  relationshipTypes?: string[] | null;
  onlyRestricted?: boolean | null;
  includeRetracted?: boolean | null;
}

export type Restriction = ReturnType<typeof restrictionStatus> & { asOf: string };
type Classification = ReturnType<typeof classifyPath>;

/** A path with everything the API says about it. */
export interface EvaluatedPath {
  id: string;
  path: AccessPath;
  originId: string;
  chipId: string;
  pathways: Pathway[];
  confidence: Confidence;
  confidenceScore: number;
  restriction: Restriction;
  chipLocation: Classification['chipLocation'];
  acquisition: Classification['acquisition'] | null;
}

export interface PathLimits {
  maxHops: number;
  maxPaths: number;
}

/** The paths fetched and what was learnt from them. */
export interface PathSet {
  paths: EvaluatedPath[];
  truncated: boolean;
  context: RestrictionContext;
}

export function pathId(path: AccessPath): string {
  return path.rels.map((r) => r.id).join('>');
}

/** Orders paths shortest first, then surest, then by id (stable pages). */
export function comparePaths(a: EvaluatedPath, b: EvaluatedPath): number {
  return a.path.rels.length - b.path.rels.length || b.confidenceScore - a.confidenceScore || a.id.localeCompare(b.id);
}

/**
 * Path discovery: Cypher finds the candidate paths valid at a date, the domain layer classifies
 * them, judges restriction and confidence; filters apply to the result.
 */
export class PathService {
  constructor(
    private readonly repo: PathRepository,
    private readonly limits: PathLimits,
  ) {}

  checkMaxHops(maxHops: number | null | undefined): number {
    const hops = maxHops ?? 6;
    const cap = Math.min(this.limits.maxHops, HARD_MAX_HOPS);
    if (!Number.isInteger(hops) || hops < 1 || hops > cap) {
      throw appError(ErrorCode.BAD_USER_INPUT, `maxHops must be between 1 and ${cap}`, {
        problems: [{ path: ['maxHops'], message: `must be between 1 and ${cap}` }],
      });
    }
    return hops;
  }

  private query(filter: PathFilterInput | null | undefined, asOf: string, maxHops: number | null | undefined) {
    const types = filter?.relationshipTypes?.length ? filter.relationshipTypes : [...ACCESS_TYPES];
    return {
      types,
      asOf,
      maxHops: this.checkMaxHops(maxHops),
      includeRetracted: filter?.includeRetracted === true,
      limit: this.limits.maxPaths + 1,
    };
  }

  /** Regulations and the ownership and designations above every entity on the paths. */
  async contextFor(paths: AccessPath[], extraEntityIds: string[] = []): Promise<RestrictionContext> {
    const ids = new Set(extraEntityIds);
    for (const path of paths) for (const node of path.nodes) if (node.labels.includes('Entity')) ids.add(node.id);
    return this.repo.restrictionContext([...ids]);
  }

  /** Classifies, scores and judges each path at `asOf` against `context`. */
  evaluate(paths: AccessPath[], asOf: string, context: RestrictionContext): EvaluatedPath[] {
    const restrictions = new Map<string, Restriction>();
    return paths.map((path) => {
      const origin = path.nodes[0]?.id ?? '';
      const chip = path.nodes[path.nodes.length - 1]?.id ?? '';
      const key = `${origin}|${chip}`;
      let restriction = restrictions.get(key);
      if (!restriction) {
        restriction = { ...restrictionStatus(origin, chip, asOf, context), asOf };
        restrictions.set(key, restriction);
      }
      const classification = classifyPath(path, asOf, context);
      const confidence = pathConfidence(path.rels);
      return {
        id: pathId(path),
        path,
        originId: origin,
        chipId: chip,
        pathways: classification.pathways,
        confidence: confidence.level,
        confidenceScore: confidence.score,
        restriction,
        chipLocation: classification.chipLocation,
        acquisition: classification.acquisition ?? null,
      };
    });
  }

  /** Applies the pathway, confidence and restriction filters. */
  filter(paths: EvaluatedPath[], filter: PathFilterInput | null | undefined): EvaluatedPath[] {
    if (!filter) return paths;
    return paths.filter((p) => {
      if (filter.includePathways?.length && !p.pathways.some((w) => filter.includePathways?.includes(w))) return false;
      if (filter.excludePathways?.length && p.pathways.some((w) => filter.excludePathways?.includes(w))) return false;
      if (filter.minConfidence && !meetsMinimum(p.confidence, filter.minConfidence)) return false;
      if (filter.onlyRestricted && !p.restriction.restricted) return false;
      return true;
    });
  }

  async fromEntity(
    from: string,
    to: string | null,
    asOf: string,
    maxHops: number | null | undefined,
    filter: PathFilterInput | null | undefined,
  ): Promise<PathSet> {
    const q = this.query(filter, asOf, maxHops);
    return this.judge(await this.repo.fromEntity(from, to, q), asOf, filter);
  }

  async toChip(
    chip: string,
    asOf: string,
    maxHops: number | null | undefined,
    filter: PathFilterInput | null | undefined,
  ): Promise<PathSet> {
    const q = this.query(filter, asOf, maxHops);
    return this.judge(await this.repo.toChip(chip, q), asOf, filter);
  }

  /**
   * Evaluates and filters what a path statement found. The statement fetches one path more than
   * the cap, to tell a capped answer from a complete one; the context it came with also covers
   * that extra path's entities, which does no harm.
   */
  private judge(found: FoundPaths, asOf: string, filter: PathFilterInput | null | undefined): PathSet {
    const truncated = found.paths.length > this.limits.maxPaths;
    const raw = found.paths.slice(0, this.limits.maxPaths);
    const paths = this.filter(this.evaluate(raw, asOf, found.context), filter).sort(comparePaths);
    return { paths, truncated, context: found.context };
  }

  async restriction(entity: string, chip: string, asOf: string): Promise<Restriction> {
    const context = await this.repo.restrictionContext([entity]);
    return { ...restrictionStatus(entity, chip, asOf, context), asOf };
  }

  async context(entityIds: string[]): Promise<RestrictionContext> {
    return this.repo.restrictionContext(entityIds);
  }

  ownedByDesignated(): Promise<string[]> {
    return this.repo.ownedByDesignated();
  }

  allChipIds(): Promise<string[]> {
    return this.repo.chipIds();
  }
}
