import type { Database, Row } from '../db/database';
import { dateParam, intParam } from '../db/values';
import type {
  AccessPath,
  ChipCoverage,
  Designation,
  GraphNode,
  GraphRel,
  OwnershipEdge,
  Regulation,
  RestrictionContext,
} from '../domain';
import { domainLabels } from './records';

export interface PathQuery {
  types: readonly string[];
  asOf: string | null;
  maxHops: number;
  includeRetracted: boolean;
  /** Upper bound on the paths fetched; the caller reports truncation when it is reached. */
  limit: number;
}

type Plain = Record<string, unknown>;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toGraphNode(n: Plain): GraphNode & Plain {
  return {
    ...n,
    id: String(n.id),
    labels: domainLabels((n.labels as string[] | undefined) ?? []),
    name: String(n.name ?? n.id),
    kind: str(n.kind),
    country: str(n.country),
    headquarters: str(n.headquarters),
    city: str(n.city),
  };
}

function toPath(row: Row): AccessPath {
  const nodes = (row.nodes as Plain[]).map(toGraphNode);
  const rels = (row.rels as Plain[]).map((r, i): GraphRel & Plain => ({
    ...r,
    id: String(r.id),
    type: String(r.type),
    from: nodes[i]?.id ?? '',
    to: nodes[i + 1]?.id ?? '',
    startDate: str(r.startDate),
    endDate: str(r.endDate),
    confidence: (str(r.confidence) ?? 'REPORTED') as GraphRel['confidence'],
    sources: (r.sources as string[] | undefined) ?? [],
    share: (r.share as number | null | undefined) ?? null,
    date: str(r.date),
    quantity: (r.quantity as number | null | undefined) ?? null,
    retracted: r.retracted === true,
  }));
  return { nodes, rels };
}

export function toRegulation(n: Plain): Regulation {
  return {
    id: String(n.id),
    name: String(n.name ?? n.id),
    kind: String(n.kind) as Regulation['kind'],
    citation: str(n.citation),
    effective: str(n.effective),
    suspendedFrom: str(n.suspendedFrom),
    suspendedUntil: str(n.suspendedUntil),
    rescinded: str(n.rescinded),
    statusKnownUntil: str(n.statusKnownUntil),
    destinations: (n.destinations as string[] | undefined) ?? [],
    headquarteredIn: (n.headquarteredIn as string[] | undefined) ?? [],
  };
}

/** Regulations, coverage, and the designations and ownership above some entities. */
function toContext(regRows: Plain[], upRows: Plain[]): RestrictionContext {
  const regulations = new Map<string, Regulation>();
  const coverage: ChipCoverage[] = [];
  for (const row of regRows) {
    const reg = toRegulation(row.regulation as Plain);
    regulations.set(reg.id, reg);
    for (const c of row.coverage as Plain[]) {
      coverage.push({
        regulationId: reg.id,
        chipId: String(c.chipId),
        startDate: str(c.startDate),
        endDate: str(c.endDate),
      });
    }
  }
  const entities = new Map<string, GraphNode>();
  const ownership: OwnershipEdge[] = [];
  const designations: Designation[] = [];
  for (const row of upRows) {
    const entity = toGraphNode(row.entity as Plain);
    entities.set(entity.id, entity);
    for (const o of row.owns as Plain[]) {
      ownership.push({
        ownerId: String(o.ownerId),
        ownedId: String(o.ownedId),
        share: (o.share as number | null | undefined) ?? null,
        startDate: str(o.startDate),
        endDate: str(o.endDate),
      });
    }
    for (const d of row.designations as Plain[]) {
      designations.push({
        entityId: String(d.entityId),
        regulationId: String(d.regulationId),
        startDate: str(d.startDate),
        endDate: str(d.endDate),
        confidence: (str(d.confidence) ?? 'REPORTED') as Designation['confidence'],
      });
    }
  }
  return { regulations, coverage, designations, ownership, entities };
}

/** The one row a path statement or restriction/context answers with. */
function contextOf(row: Row | undefined): RestrictionContext {
  return toContext((row?.regulations as Plain[] | undefined) ?? [], (row?.upstream as Plain[] | undefined) ?? []);
}

/** Paths and the restriction context of every entity on them, from one statement. */
export interface FoundPaths {
  paths: AccessPath[];
  context: RestrictionContext;
}

function toFound(rows: Row[]): FoundPaths {
  const row = rows[0];
  return { paths: ((row?.paths as Row[] | undefined) ?? []).map(toPath), context: contextOf(row) };
}

/** Reads access paths and the facts restriction is judged on. */
export class PathRepository {
  constructor(private readonly db: Database) {}

  private params(q: PathQuery) {
    return {
      types: q.types,
      asOf: dateParam(q.asOf),
      includeRetracted: q.includeRetracted,
      limit: intParam(q.limit),
    };
  }

  /** Paths from `from` (to `to`, or to every chip), with the context of `from` and of the paths. */
  async fromEntity(from: string, to: string | null, q: PathQuery): Promise<FoundPaths> {
    const name = to === null ? 'paths/from-entity' : 'paths/between';
    const rows = await this.db.read(
      { name, slots: { maxHops: q.maxHops } },
      {
        ...this.params(q),
        from,
        to,
        contextIds: [from],
      },
    );
    return toFound(rows);
  }

  /** Paths from every entity to `chip`, with the context of the paths. */
  async toChip(chip: string, q: PathQuery): Promise<FoundPaths> {
    const rows = await this.db.read(
      { name: 'paths/to-chip', slots: { maxHops: q.maxHops } },
      { ...this.params(q), chip, contextIds: [] },
    );
    return toFound(rows);
  }

  /** Regulations, coverage, and the designations and ownership above `entityIds`. */
  async restrictionContext(entityIds: readonly string[]): Promise<RestrictionContext> {
    const rows = await this.db.read('restriction/context', { ids: [...new Set(entityIds)] });
    return contextOf(rows[0]);
  }

  /** Entities owned at any depth by a designated entity (candidates for the 50% rule). */
  async ownedByDesignated(): Promise<string[]> {
    const rows = await this.db.read('restriction/owned-by-designated');
    return rows.map((row) => String(row.id));
  }

  async chipIds(): Promise<string[]> {
    const rows = await this.db.read('paths/chip-ids');
    return rows.map((row) => String(row.id));
  }
}
