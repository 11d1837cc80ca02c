import type { Database } from '../db/database';
import type {
  Confidence,
  Designation,
  GraphNode,
  IsoDate,
  OwnershipEdge,
  Regulation,
  RestrictionContext,
} from '../domain';
import { driverDate as isoDate, driverNumber as num, toPlain } from '../db/values';
import type { Logger } from '../logger';
import { AccessGraph, type NodeInput, type RelInput } from './access-graph';

/**
 * The graph as the path searches read it: the access subgraph (access-graph.ts) and the whole
 * restriction context (every regulation, designation and ownership edge), at one version of the
 * database.
 */
export interface AccessSnapshot {
  version: string;
  graph: AccessGraph;
  context: RestrictionContext;
  loadedAt: Date;
  loadMs: number;
  /** Answers computed on this snapshot, kept for the questions asked again (paging). */
  answers: AnswerCache;
  /** The usable steps under the step rules of recent questions (a byte per relationship each). */
  steps: AnswerCache;
}

/** The most recent answers, at most `size` of them: enough for a client paging through one. */
export class AnswerCache {
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly size = 4) {}

  get(key: string): unknown {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Forgets `key` if it still holds `value`. */
  forget(key: string, value: unknown): void {
    if (this.entries.get(key) === value) this.entries.delete(key);
  }

  set(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
  }
}

type Plain = Record<string, unknown>;

/**
 * The load reads the whole access subgraph in one transaction: longer than any question may
 * take (NEO4J_TX_TIMEOUT_MS), bounded all the same.
 */
const LOAD_TIMEOUT_MS = 10 * 60_000;

const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** A regulation node (properties as plain values) as the domain reads it. */
function toRegulation(n: Plain): Regulation {
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

function versionOf(row: Plain | undefined): string {
  return `${str(row?.token) ?? 'none'}|${String(row?.nodes)}|${String(row?.relationships)}`;
}

/**
 * Loads the access snapshot in one read transaction (one consistent view of the database) and
 * keeps it current: before each use, the graph's version is read (one small statement: the
 * token every write transaction renews, and the node and relationship counts), and a snapshot
 * of another version is reloaded. Several server replicas each hold their own snapshot and each
 * checks the version, so each sees every write before answering again. Concurrent requests
 * share one reload.
 */
export class AccessIndex {
  private snapshot: AccessSnapshot | null = null;
  private loading: Promise<AccessSnapshot> | null = null;
  private readonly listeners: ((snapshot: AccessSnapshot) => void)[] = [];

  constructor(
    private readonly db: Database,
    private readonly log?: Logger,
  ) {}

  /** The snapshot of the database's current version (loading it when the version moved). */
  async current(): Promise<AccessSnapshot> {
    const rows = await this.db.read('reach/version');
    const version = versionOf(rows[0]);
    if (this.snapshot?.version === version) return this.snapshot;
    return this.reload();
  }

  /** Starts loading in the background (at boot): the first question then finds it ready. */
  warm(): void {
    this.reload().catch((error: unknown) => this.log?.warn({ err: error }, 'reachability index: first load failed'));
  }

  /** Tells `listener` of each snapshot loaded from now on, and of the one held now. */
  onLoad(listener: (snapshot: AccessSnapshot) => void): void {
    this.listeners.push(listener);
    if (this.snapshot) listener(this.snapshot);
  }

  /** The snapshot held now, whatever its version (for health and metrics). */
  held(): AccessSnapshot | null {
    return this.snapshot;
  }

  private reload(): Promise<AccessSnapshot> {
    if (!this.loading) {
      this.loading = this.load()
        .then((snapshot) => {
          this.snapshot = snapshot;
          // A listener's failure is its own: the snapshot is loaded all the same.
          for (const listener of this.listeners) {
            try {
              listener(snapshot);
            } catch (error) {
              this.log?.warn({ err: error }, 'reachability index: a load listener failed');
            }
          }
          return snapshot;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }

  private async load(): Promise<AccessSnapshot> {
    const started = Date.now();
    const nodes: NodeInput[] = [];
    const rels: (RelInput & { sources: string[]; lastConfirmed: IsoDate | null })[] = [];
    const published = new Map<string, IsoDate | null>();
    let version = '';
    let rules: Plain = {};
    await this.db.streamTransaction(
      'reach/load',
      async (stream) => {
        await stream('reach/version', {}, ([token, nodeCount, relCount]) => {
          version = versionOf({ token, nodes: num(nodeCount), relationships: num(relCount) });
        });
        await stream('reach/nodes', {}, ([id, labels, name, kind, country, headquarters, releaseDate]) => {
          nodes.push({
            id: String(id),
            labels: (labels as string[]) ?? [],
            name: String(name ?? id),
            kind: str(kind),
            country: str(country),
            headquarters: str(headquarters),
            releaseDate: isoDate(releaseDate),
          });
        });
        await stream('reach/sources', {}, ([id, publishedAt]) => published.set(String(id), isoDate(publishedAt)));
        await stream(
          'reach/relationships',
          {},
          ([
            fromId,
            toId,
            id,
            type,
            startDate,
            endDate,
            date,
            retracted,
            confidence,
            share,
            sources,
            lastConfirmed,
            serviceKind,
          ]) => {
            rels.push({
              id: String(id),
              type: String(type),
              fromId: String(fromId),
              toId: String(toId),
              startDate: isoDate(startDate),
              endDate: isoDate(endDate),
              date: isoDate(date),
              retracted: retracted === true,
              confidence: (str(confidence) ?? 'REPORTED') as Confidence,
              share: num(share),
              sources: ((sources as unknown[] | null) ?? []).map(String),
              lastConfirmed: isoDate(lastConfirmed),
              serviceKind: str(serviceKind),
              lastEvidence: null,
            });
          },
        );
        await stream('reach/rules', {}, ([regulations, designations]) => {
          rules = toPlain({ regulations, designations }) as Plain;
        });
      },
      LOAD_TIMEOUT_MS,
    );

    for (const rel of rels) rel.lastEvidence = lastEvidenceOf(rel.sources, rel.lastConfirmed, published);
    const graph = new AccessGraph(nodes, rels);
    const context = contextOf(graph, rules, rels);
    const loadMs = Date.now() - started;
    this.log?.info(
      {
        nodes: graph.nodeCount,
        relationships: graph.relCount,
        ms: loadMs,
        approxMB: Math.round(graph.approximateBytes() / 1e6),
      },
      'reachability index loaded',
    );
    return {
      version,
      graph,
      context,
      loadedAt: new Date(),
      loadMs,
      answers: new AnswerCache(),
      steps: new AnswerCache(8),
    };
  }
}

/** A fact's last evidence: its newest dated source, or an analyst's lastConfirmed when later. */
export function lastEvidenceOf(
  sources: readonly string[],
  lastConfirmed: IsoDate | null,
  published: ReadonlyMap<string, IsoDate | null>,
): IsoDate | null {
  let last = lastConfirmed;
  for (const id of sources) {
    const date = published.get(id) ?? null;
    if (date !== null && (last === null || date > last)) last = date;
  }
  return last;
}

/** The whole graph's restriction context: every entity, regulation, designation and OWNS edge. */
function contextOf(graph: AccessGraph, rules: Plain, rels: readonly RelInput[]): RestrictionContext {
  const entities = new Map<string, GraphNode>();
  for (let i = 0; i < graph.nodeCount; i += 1) {
    const node = graph.node(i);
    if (node.labels.includes('Entity')) entities.set(node.id, node);
  }
  const regulations = new Map<string, ReturnType<typeof toRegulation>>();
  const coverage: RestrictionContext['coverage'] = [];
  for (const row of (rules.regulations as Plain[] | undefined) ?? []) {
    const reg = toRegulation(row.regulation as Plain);
    regulations.set(reg.id, reg);
    for (const c of (row.coverage as Plain[] | undefined) ?? []) {
      coverage.push({
        relId: str(c.id),
        regulationId: reg.id,
        chipId: String(c.chipId),
        startDate: str(c.startDate),
        endDate: str(c.endDate),
      });
    }
  }
  const designations: Designation[] = ((rules.designations as Plain[] | undefined) ?? []).map((d) => ({
    relId: str(d.id),
    entityId: String(d.entityId),
    regulationId: String(d.regulationId),
    startDate: str(d.startDate),
    endDate: str(d.endDate),
    confidence: (str(d.confidence) ?? 'REPORTED') as Confidence,
  }));
  const ownership: OwnershipEdge[] = rels
    .filter((r) => r.type === 'OWNS' && !r.retracted)
    .map((r) => ({
      relId: r.id,
      ownerId: r.fromId,
      ownedId: r.toId,
      share: r.share,
      startDate: r.startDate,
      endDate: r.endDate,
    }));
  return { regulations, coverage, designations, ownership, entities };
}
