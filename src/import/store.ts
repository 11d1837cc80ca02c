import { candidatesFor, notSameDecisions, rankCandidates } from '../match/match';
import type { Database, Params, Row } from '../db/database';
import { dateParam, intParam } from '../db/values';
import { toNodeRecord, type NodeRecord } from '../repositories/records';
import type { GraphIndex } from './csl';
import type { FieldType, ImportDocument } from './format';
import type { FtmGraph } from './ftm';
import {
  batchCounts,
  type Existing,
  type IdClashes,
  type MergedId,
  type ImportPlan,
  type NodeWrite,
  type RelationshipWrite,
} from './plan';

/**
 * The import's data access: the only module of src/import that runs statements (cypher/import/),
 * through the project's Database. The import transaction sends the statements of a step at once:
 * Bolt runs them in order in the transaction without a round trip between them, and the importer
 * prepares what comes next meanwhile.
 */

export type { Database } from '../db/database';

type Run = (name: string, params?: Params) => Promise<Row[]>;
type Props = Record<string, unknown>;

/** Ids per statement that locks nodes or reads them with their properties. */
const NODE_BATCH = 5000;
/** Ids per statement that reads labels only, or relationships. */
const ID_BATCH = 10000;
/** Rows per write statement; relationships created (a plain CREATE) take larger batches. */
const DEFAULT_BATCH = 1000;
const DEFAULT_CREATE_BATCH = 10000;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Statements sent together, awaited in the order sent; `size` is what each covers (ids, records). */
class Pending<T> {
  constructor(private readonly batches: { size: number; result: Promise<T> }[]) {
    // Each is awaited in turn: when one fails, the others (rejected with the rolled-back
    // transaction) must not be unhandled rejections.
    Promise.all(batches.map((b) => b.result)).catch(() => undefined);
  }

  get size(): number {
    return this.batches.reduce((sum, b) => sum + b.size, 0);
  }

  async all(onBatch?: (size: number) => void): Promise<T[]> {
    const out: T[] = [];
    for (const b of this.batches) {
      out.push(await b.result);
      onBatch?.(b.size);
    }
    return out;
  }
}

/** What the graph holds under the document's ids, read in two steps (nodes, then relationships). */
export interface ExistingReads {
  /** Ids read in all (the progress total). */
  size: number;
  nodes(onBatch?: (ids: number) => void): Promise<Pick<Existing, 'nodes' | 'labels' | 'releases' | 'retracted'>>;
  /** The document's ids, and those it refers to, that an admin merged into another node. */
  merged(): Promise<NonNullable<Existing['merged']>>;
  relationships(onBatch?: (ids: number) => void): Promise<Existing['relationships']>;
  clashes(): Promise<IdClashes>;
  /** Stored steps into the document's chips dated before the release the document gives them. */
  chipSteps(): Promise<NonNullable<Existing['chipSteps']>>;
}

/** Who writes, why, and the document's checksum (the import's ImportBatch). */
export interface WriteAudit {
  principal: string;
  reason: string | null;
  checksum: string;
}

export interface WriteSizes {
  /** Rows per statement for nodes, updates and revisions (default 1,000). */
  batchSize?: number;
  /** Rows per statement for the relationships created (default 10,000). */
  createBatchSize?: number;
}

/** A record write and the records it must report written. */
interface RecordWrite {
  name: string;
  rows: number;
  result: Promise<Row[]>;
}

/** The writes of a plan, sent: the records first (checked one by one), then the audit. */
export class SentWrites {
  constructor(
    private readonly records: RecordWrite[],
    private readonly audit: Pending<Row[]>,
  ) {}

  /**
   * Awaits the record writes in order (nodes, then relationships). One that wrote fewer records than it was sent (an
   * endpoint or a claimed node removed meanwhile) fails the import: never a partial import.
   */
  async recordsWritten(onBatch: (records: number) => void): Promise<void> {
    for (const w of this.records) {
      const [result] = await w.result;
      if (Number(result?.written) !== w.rows)
        throw new Error(`${w.name} wrote ${String(result?.written)} of ${w.rows} records: the import is rolled back`);
      onBatch(w.rows);
    }
  }

  /** Awaits the ImportBatch and the revisions. */
  async audited(): Promise<void> {
    await this.audit.all();
  }
}

/** Properties as stored: ISO dates of date fields made Neo4j dates. */
function stored(props: Props, fields: Record<string, FieldType>): Props {
  const out: Props = { ...props };
  for (const [field, type] of Object.entries(fields))
    if (type === 'date' && out[field] !== undefined) out[field] = dateParam(out[field] as string | null);
  return out;
}

const nodeRow = (n: NodeWrite) => ({ id: n.id, labels: n.labels, props: stored(n.props, n.fields) });
const relationshipRow = (r: RelationshipWrite) => ({
  id: r.id,
  type: r.type,
  from: r.from,
  to: r.to,
  props: stored(r.props, r.fields),
});

/** Relationship rows grouped by type for import/create-relationships, at most `size` rows a statement. */
function byTypeBatches(rows: RelationshipWrite[], size: number) {
  return chunks(rows, size).map((batch) => {
    const groups: Record<string, Props[]> = {};
    // Dates stay ISO text here: the statement makes them dates (cheaper to send).
    for (const r of batch) (groups[r.type] ??= []).push({ ...r.props, from: r.from, to: r.to });
    return { groups, rows: batch.length };
  });
}

function existingNodes(
  nodeRows: Row[][],
  kindRows: Row[][],
): Pick<Existing, 'nodes' | 'labels' | 'releases' | 'retracted'> {
  const nodes = new Map<string, Props>();
  const labels = new Map<string, string[]>();
  const releases = new Map<string, unknown>();
  const retracted = new Set<string>();
  for (const row of nodeRows.flat()) {
    // Placeholders claimed by this transaction (import/claim-ids) are not nodes yet.
    if ((row.props as Row | null)?.__pending === true) continue;
    nodes.set(String(row.id), row.props as Props);
    labels.set(String(row.id), row.labels as string[]);
  }
  for (const row of kindRows.flat()) {
    if (row.pending === true) continue;
    labels.set(String(row.id), row.labels as string[]);
    if (row.releaseDate !== null && row.releaseDate !== undefined) releases.set(String(row.id), row.releaseDate);
    if (row.retracted === true) retracted.add(String(row.id));
  }
  return { nodes, labels, releases, retracted };
}

/** Rows of relationships/get-by-ids by relationship id. */
function storedRelationships(rows: Row[]): Existing['relationships'] {
  return new Map(
    rows.map((row) => {
      const r = row.r as Row;
      const rel = { type: String(r.type), fromId: String(row.fromId), toId: String(row.toId), props: r };
      return [String(r.id), rel];
    }),
  );
}

/** The chips of a document that give a release date, with it (their stored steps are judged against it). */
const releasesGiven = (doc: ImportDocument) =>
  doc.nodes
    .filter((n) => n.label === 'Chip' && typeof n.releaseDate === 'string')
    .map((n) => ({ id: n.id, release: n.releaseDate as string }));

const documentNodeIds = (doc: ImportDocument) => [...doc.sources.map((s) => s.id), ...doc.nodes.map((n) => n.id)];

/** The import's statements in one transaction (see inImportTransaction). */
export class ImportStore {
  constructor(private readonly run: Run) {}

  private send(name: string, batches: Params[], size: (params: Params) => number): Pending<Row[]> {
    return new Pending(batches.map((params) => ({ size: size(params), result: this.run(name, params) })));
  }

  /**
   * Locks every id the import writes or hangs relationships on, before anything is read:
   * concurrent imports of the same ids then run one after the other, and each plans against what
   * the previous one committed (one CREATE, then unchanged), never a duplicate. Ids not in the
   * graph get a placeholder node that the write fills in, or the rollback removes. One pass in id
   * order (document ids claimed, relationship origins locked) so that two imports never take the
   * same locks in opposite orders. A new relationship is created only by the holder of its
   * origin's lock, so two imports never both create it.
   */
  claim(doc: ImportDocument): Pending<Row[]> {
    const docIds = new Set(documentNodeIds(doc));
    const ids = [...new Set([...docIds, ...doc.relationships.map((r) => r.from)])].sort();
    const batches = chunks(ids, NODE_BATCH).map((batch) => ({
      rows: batch.map((id) => ({ id, claim: docIds.has(id) })),
    }));
    return this.send('import/claim-ids', batches, (p) => (p.rows as unknown[]).length);
  }

  /** Reads what exists under the document's ids and its references (after the locks: sent later). */
  readExisting(doc: ImportDocument, externalIds: Set<string>): ExistingReads {
    const count = (p: Params) => (p.ids as unknown[]).length;
    const ids = (list: string[], size: number) => chunks(list, size).map((batch) => ({ ids: batch }));
    const nodeReads = this.send('import/node-labels', ids(documentNodeIds(doc), NODE_BATCH), count);
    const kindReads = this.send('import/node-kinds', ids([...externalIds], ID_BATCH), count);
    const relIds = doc.relationships.map((r) => r.id);
    const relReads = this.send('relationships/get-by-ids', ids(relIds, ID_BATCH), count);
    // Ids taken by another kind of record: relationship ids among nodes, node ids among relationships.
    const relIdsAsNodes = this.send('import/ids-as-nodes', ids(relIds, NODE_BATCH), count);
    const nodeIdsAsRels = this.send('relationships/get-by-ids', ids(documentNodeIds(doc), ID_BATCH), count);
    const mergedReads = this.send('import/merged-ids', ids([...documentNodeIds(doc), ...externalIds], ID_BATCH), count);
    const releases = releasesGiven(doc);
    const early = releases.length > 0 ? this.run('import/chip-steps', { chips: releases }) : Promise.resolve([]);
    early.catch(() => undefined);
    return {
      // The progress counts the document's ids once: the clash reads ask of the same ids again.
      size: nodeReads.size + kindReads.size + relReads.size,
      nodes: async (onBatch) => existingNodes(await nodeReads.all(onBatch), await kindReads.all(onBatch)),
      relationships: async (onBatch) => storedRelationships((await relReads.all(onBatch)).flat()),
      clashes: async () => idClashes((await relIdsAsNodes.all()).flat(), (await nodeIdsAsRels.all()).flat()),
      merged: async () => mergedIds((await mergedReads.all()).flat()),
      chipSteps: async () => {
        const byChip = new Map<string, { id: string; date: string }[]>();
        for (const row of await early) {
          const steps = byChip.get(String(row.chipId)) ?? [];
          steps.push({ id: String(row.id), date: String(row.date) });
          byChip.set(String(row.chipId), steps);
        }
        return byChip;
      },
    };
  }

  /**
   * Sends every write of a plan: nodes first (the relationships' statements find their
   * endpoints), then relationships, then the ImportBatch and the UPDATE revisions.
   */
  write(plan: ImportPlan, audit: WriteAudit, sizes: WriteSizes = {}): SentWrites {
    const batchSize = sizes.batchSize ?? DEFAULT_BATCH;
    const { principal } = audit;
    const { importId } = plan;
    const records: RecordWrite[] = [];
    const send = (name: string, params: Params, rows: number) =>
      records.push({ name, rows, result: this.run(name, params) });
    for (const rows of chunks(plan.createNodes, batchSize))
      send('import/create-nodes', { rows: rows.map(nodeRow), principal, importId }, rows.length);
    for (const rows of chunks(plan.updateNodes, batchSize))
      send('import/upsert-nodes', { rows: rows.map(nodeRow), principal }, rows.length);
    const createBatchSize = sizes.createBatchSize ?? DEFAULT_CREATE_BATCH;
    for (const { groups, rows } of byTypeBatches(plan.createRelationships, createBatchSize))
      send('import/create-relationships', { rows: groups, principal, importId }, rows);
    for (const rows of chunks(plan.updateRelationships, batchSize))
      send('import/upsert-relationships', { rows: rows.map(relationshipRow), principal }, rows.length);
    Promise.all(records.map((r) => r.result)).catch(() => undefined);
    return new SentWrites(records, this.sendAudit(plan, audit, batchSize));
  }

  private sendAudit(plan: ImportPlan, audit: WriteAudit, batchSize: number): Pending<Row[]> {
    const counts = batchCounts(plan.report);
    const batch = {
      id: plan.importId,
      principal: audit.principal,
      reason: audit.reason,
      checksum: audit.checksum,
      created: plan.createdIds,
      updatedCount: intParam(counts.updated),
      unchangedCount: intParam(counts.unchanged),
    };
    const revisions = chunks(plan.revisions, batchSize).map((rows) => ({ rows, principal: audit.principal }));
    return new Pending([
      { size: 0, result: this.run('import/create-batch', batch) },
      ...revisions.map((params) => ({ size: 0, result: this.run('import/create-revisions', params) })),
    ]);
  }
}

/**
 * Runs `work` in one transaction, all of it or none of it: a write transaction, or a read
 * transaction for a dry run. Large imports get a longer timeout than interactive queries: 5 ms
 * a record, at least a minute.
 */
export function inImportTransaction<T>(
  db: Database,
  dryRun: boolean,
  records: number,
  work: (store: ImportStore) => Promise<T>,
): Promise<T> {
  const timeoutMs = Math.max(60000, records * 5);
  const withStore = (run: Run) => work(new ImportStore(run));
  return dryRun
    ? db.readTransaction('import/document', withStore, timeoutMs)
    : db.writeTransaction('import/document', withStore, timeoutMs);
}

/**
 * What the graph holds under the ids of a document that will not be imported (it has structural
 * problems): read outside a transaction, so that the answer lists its reference problems too.
 */
export async function readReferences(
  db: Database,
  doc: ImportDocument,
  externalIds: Set<string>,
): Promise<Pick<Existing, 'labels' | 'relationships' | 'clashes' | 'merged'>> {
  const ids = [...documentNodeIds(doc), ...externalIds].filter((id): id is string => typeof id === 'string');
  const labels = new Map<string, string[]>();
  for (const batch of chunks([...new Set(ids)], NODE_BATCH))
    for (const row of await db.read('import/node-labels', { ids: batch }))
      labels.set(String(row.id), row.labels as string[]);
  const relIds = doc.relationships.map((r) => r.id).filter((id): id is string => typeof id === 'string');
  const rows = relIds.length > 0 ? await db.read('relationships/get-by-ids', { ids: relIds }) : [];
  const nodeIds = documentNodeIds(doc).filter((id): id is string => typeof id === 'string');
  const clashes = idClashes(
    relIds.length > 0 ? await db.read('import/ids-as-nodes', { ids: relIds }) : [],
    nodeIds.length > 0 ? await db.read('relationships/get-by-ids', { ids: nodeIds }) : [],
  );
  const merged = mergedIds(ids.length > 0 ? await db.read('import/merged-ids', { ids: [...new Set(ids)] }) : []);
  return { labels, relationships: storedRelationships(rows), clashes, merged };
}

/** Rows of import/merged-ids by merged id. */
function mergedIds(rows: Row[]): Map<string, MergedId> {
  const out = new Map<string, MergedId>();
  for (const row of rows) {
    let into: unknown = null;
    try {
      into = (JSON.parse(String(row.after)) as { mergedInto?: unknown }).mergedInto;
    } catch {
      // A revision whose record is not JSON names no survivor: not one this check can name.
    }
    if (typeof into !== 'string') continue;
    out.set(String(row.id), { into, by: (row.by as string | null) ?? null, on: (row.at as string | null) ?? null });
  }
  return out;
}

/** Rows of import/ids-as-nodes and relationships/get-by-ids as the ids taken by another kind of record. */
function idClashes(nodeRows: Row[], relationshipRows: Row[]): IdClashes {
  return {
    nodes: new Map(nodeRows.map((row) => [String(row.id), row.labels as string[]])),
    relationships: new Map([...storedRelationships(relationshipRows)].map(([id, r]) => [id, r.type])),
  };
}

/** How many domain nodes the graph holds (the seed fills only an empty database). */
export async function countNodes(db: Database): Promise<number> {
  const [row] = await db.read('import/count-nodes');
  return Number(row?.nodes ?? 0);
}

/** What the graph holds that the screening list is matched against (one read transaction). */
export async function readCslIndex(db: Database): Promise<GraphIndex> {
  return db.readTransaction('import/graph-index', async (run) => {
    const entities = await run('import/csl-entities');
    const listings = await run('import/csl-listings');
    const designations = await run('import/csl-designations');
    const ids = await run('import/node-ids');
    return {
      entities: entities.map((r) => ({
        id: String(r.id),
        name: String(r.name ?? ''),
        labels: r.labels as string[],
        aliases: r.aliases as string[],
        addresses: r.addresses as string[],
        country: (r.country as string | null) ?? null,
        sources: r.sources as string[],
      })),
      listings: listings.map((r) => ({ id: String(r.id), citation: (r.citation as string | null) ?? null })),
      designations: designations.map((r) => ({
        id: String(r.id),
        from: String(r.fromId),
        to: String(r.toId),
        confidence: String(r.confidence ?? 'CONFIRMED'),
        sources: r.sources as string[],
      })),
      nodeIds: new Set(ids.map((r) => String(r.id))),
    };
  });
}

/** The graph as the FtM converter reads it: existing ids, entities, match candidates, decisions. */
export function ftmGraph(db: Database): FtmGraph {
  return {
    async labels(ids) {
      const out = new Map<string, string[]>();
      for (const batch of chunks(ids, NODE_BATCH)) {
        for (const row of await db.read('import/node-labels', { ids: batch })) {
          // Placeholders of an import in flight are not nodes yet.
          if ((row.props as Props | null)?.__pending !== true) out.set(String(row.id), row.labels as string[]);
        }
      }
      return out;
    },
    async entities(ids) {
      const out = new Map<string, NodeRecord>();
      if (ids.length === 0) return out;
      for (const row of await db.read('nodes/get-by-ids', { ids })) {
        const node = toNodeRecord(row.n);
        if (node.labels.includes('Entity')) out.set(node.id, node);
      }
      return out;
    },
    candidates: (query) => candidatesFor(db, query),
    async between(pairs) {
      const rows = pairs.length > 0 ? await db.read('match/relationships-between', { pairs }) : [];
      return rows.map((row) => ({
        fromId: String(row.fromId),
        toId: String(row.toId),
        type: String(row.type),
        props: row.props as Props,
      }));
    },
    decisions: (keys) => notSameDecisions(db, keys),
    rank: rankCandidates,
  };
}
