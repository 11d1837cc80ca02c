import { createHash, randomUUID } from 'node:crypto';
import type { Database, Row } from '../db/database';
import { dateParam, intParam } from '../db/values';
import type { InputProblem } from '../errors';
import {
  AUDIT_FIELDS,
  NODE_FIELDS,
  REL_FIELDS,
  SOURCE_FIELDS,
  type FieldType,
  type ImportDocument,
  type NodeInput,
  type RelationshipInput,
  type SourceInput,
} from './format';
import { checkReferences, validateDocument } from './validate';

export interface Counts {
  sources: number;
  nodes: number;
  relationships: number;
}

export interface ImportReport {
  dryRun: boolean;
  /** True when nothing was rejected (and, unless a dry run, everything was written). */
  ok: boolean;
  created: Counts;
  updated: Counts;
  unchanged: Counts;
  /** Every problem, with its place in the document; when not empty nothing was written. */
  rejected: InputProblem[];
  /** The ids of the records of each outcome (file imports report them line by line). */
  ids?: { created: string[]; updated: string[]; unchanged: string[] };
}

export interface ImportOptions {
  dryRun?: boolean;
  /** Recorded in the audit fields and the history. */
  principal: string;
  batchSize?: number;
  /** Rows per statement for the relationships the import creates (a plain CREATE: larger batches). */
  createBatchSize?: number;
  /** Called after each written batch: records written so far and the total to write. */
  onProgress?: (done: number, total: number) => void;
  /** Why the change was made (a correction, a merge...): recorded on every revision. */
  reason?: string | null;
  /** Called with the milliseconds each phase took (benchmarks): validate, lock, read-nodes... commit. */
  onPhase?: (phase: string, ms: number) => void;
}

/** Carries a rejected report out of the write transaction so that the transaction rolls back. */
class Rejected extends Error {
  constructor(readonly report: ImportReport) {
    super('import rejected');
  }
}

const zero = (): Counts => ({ sources: 0, nodes: 0, relationships: 0 });

/** Properties to store for a record: known fields only, dates as Neo4j dates. */
function storedProps(
  record: Record<string, unknown>,
  fields: Record<string, FieldType>,
  extra: Record<string, unknown>,
) {
  const props: Record<string, unknown> = { ...extra };
  for (const [field, type] of Object.entries(fields)) {
    if (record[field] === undefined) continue;
    props[field] = type === 'date' ? dateParam(record[field] as string | null) : record[field];
  }
  return props;
}

/** The same properties as plain values, to compare with what the graph holds. */
function plainProps(
  record: Record<string, unknown>,
  fields: Record<string, FieldType>,
  extra: Record<string, unknown>,
) {
  const props: Record<string, unknown> = { ...extra };
  for (const field of Object.keys(fields)) if (record[field] !== undefined) props[field] = record[field];
  return props;
}

/** Fields the incoming record sets to a different value than stored (merge semantics: omitted fields stay). */
function changedFields(incoming: Record<string, unknown>, stored: Record<string, unknown>): string[] {
  return Object.keys(incoming).filter((k) => JSON.stringify(incoming[k] ?? null) !== JSON.stringify(stored[k] ?? null));
}

function withoutAudit(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !AUDIT_FIELDS.includes(k)));
}

type NodeRow = { id: string; labels: string[]; props: Record<string, unknown> };
type RelRow = { id: string; type: string; from: string; to: string; props: Record<string, unknown> };

/**
 * What an import writes. Records whose ids are not in the graph (read under the import's locks)
 * are created without a comparison or a MERGE and described by one ImportBatch for the whole
 * import; records that exist and differ are upserted with a Revision each (values before and
 * after); the others are left alone.
 */
interface Plan {
  createNodes: NodeRow[];
  createRels: RelRow[];
  updateNodes: NodeRow[];
  updateRels: RelRow[];
  /** Ids of the records created, in document order (the ImportBatch lists them). */
  createdIds: string[];
  /** UPDATE revisions, one per updated record. */
  revisionRows: Record<string, unknown>[];
  report: ImportReport;
}

function sourceRecord(s: SourceInput) {
  return { fields: SOURCE_FIELDS, extra: { name: s.title, title: s.title, publisher: s.publisher } };
}
function nodeRecord(n: NodeInput) {
  return { fields: NODE_FIELDS[n.label], extra: { name: n.name, sources: n.sources } };
}
function relRecord(r: RelationshipInput) {
  return { fields: REL_FIELDS[r.type], extra: { confidence: r.confidence, sources: r.sources } };
}

/** Works out what to create, update or leave, from the document and what the graph holds. */
function plan(
  doc: ImportDocument,
  existingNodes: Map<string, Row>,
  existingRels: Map<string, Row>,
  relProps: Record<string, unknown>[],
  dryRun: boolean,
  reason: string | null,
  importId: string,
): Plan {
  const report: ImportReport = {
    dryRun,
    ok: true,
    created: zero(),
    updated: zero(),
    unchanged: zero(),
    rejected: [],
    ids: { created: [], updated: [], unchanged: [] },
  };
  const p: Plan = {
    createNodes: [],
    createRels: [],
    updateNodes: [],
    updateRels: [],
    createdIds: [],
    revisionRows: [],
    report,
  };

  /** Returns 'create', 'update' or null (unchanged); records the UPDATE revision. */
  const consider = (
    kind: keyof Counts,
    id: string,
    targetType: string,
    record: Record<string, unknown>,
    spec: { fields: Record<string, FieldType>; extra: Record<string, unknown> },
    stored: Record<string, unknown> | undefined,
  ): 'create' | 'update' | null => {
    if (!stored) {
      // The creation is described by the record itself plus the ImportBatch (who, when, which
      // import, why): no per-record comparison and no per-record revision.
      report.created[kind] += 1;
      report.ids?.created.push(id);
      p.createdIds.push(id);
      return 'create';
    }
    const incoming = plainProps(record, spec.fields, spec.extra);
    const changed = changedFields(incoming, withoutAudit(stored));
    if (changed.length === 0) {
      report.unchanged[kind] += 1;
      report.ids?.unchanged.push(id);
      return null;
    }
    report.updated[kind] += 1;
    report.ids?.updated.push(id);
    const before = Object.fromEntries(changed.map((k) => [k, stored[k] ?? null]));
    const after = Object.fromEntries(changed.map((k) => [k, incoming[k] ?? null]));
    p.revisionRows.push({
      id: randomUUID(),
      targetId: id,
      targetType,
      action: 'UPDATE',
      before: JSON.stringify(before),
      after: JSON.stringify(after),
      reason,
      importId,
      createdIn: null,
    });
    return 'update';
  };

  for (const s of doc.sources) {
    const spec = sourceRecord(s);
    const stored = existingNodes.get(s.id)?.props as Record<string, unknown> | undefined;
    const action = consider('sources', s.id, 'Source', s, spec, stored);
    if (action === 'create' && dryRun) continue;
    const row = () => ({ id: s.id, labels: ['Source'], props: storedProps(s, spec.fields, spec.extra) });
    if (action === 'create') p.createNodes.push(row());
    else if (action === 'update') p.updateNodes.push(row());
  }
  for (const n of doc.nodes) {
    const spec = nodeRecord(n);
    const labels = n.label === 'CloudProvider' ? ['Entity', 'CloudProvider'] : [n.label];
    const stored = existingNodes.get(n.id)?.props as Record<string, unknown> | undefined;
    const action = consider('nodes', n.id, n.label, n, spec, stored);
    if (action === 'create' && dryRun) continue;
    const row = () => ({ id: n.id, labels, props: storedProps(n, spec.fields, spec.extra) });
    if (action === 'create') p.createNodes.push(row());
    else if (action === 'update') p.updateNodes.push(row());
  }
  doc.relationships.forEach((r, i) => {
    const before = existingRels.get(r.id);
    const problem = identityProblem(r, i, before);
    if (problem) {
      report.rejected.push(problem);
      return;
    }
    const spec = relRecord(r);
    const stored = before ? (before.r as Record<string, unknown>) : undefined;
    const action = consider('relationships', r.id, r.type, r, spec, stored);
    const row = { id: r.id, type: r.type, from: r.from, to: r.to };
    if (action === 'create' && !dryRun) p.createRels.push({ ...row, props: relProps[i] ?? {} });
    else if (action === 'update') p.updateRels.push({ ...row, props: storedProps(r, spec.fields, spec.extra) });
  });
  return p;
}

/** A relationship id already in the graph with another type or other endpoints: refused. */
function identityProblem(r: RelationshipInput, i: number, before: Row | undefined): InputProblem | null {
  if (!before || (before.type === r.type && before.fromId === r.from && before.toId === r.to)) return null;
  return {
    path: ['relationships', i, 'id'],
    message: `${r.id} already joins ${String(before.fromId)} -${String(before.type)}-> ${String(before.toId)}; endpoints and type cannot change: retract it and add a new relationship`,
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const samePlace = (a: InputProblem['path'], b: InputProblem['path']) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).every((p, i) => p === b[i]);
};

/**
 * The reference problems of a document that also has structural problems, minus those at a
 * place already reported (an id that is not a slug is not reported again as unknown).
 */
async function referenceProblems(
  db: Database,
  doc: ImportDocument,
  externalIds: Set<string>,
  structural: InputProblem[],
): Promise<InputProblem[]> {
  const ids = [...doc.sources.map((s) => s.id), ...doc.nodes.map((n) => n.id), ...externalIds].filter(
    (id): id is string => typeof id === 'string',
  );
  const rows: Row[] = [];
  for (const batch of chunks([...new Set(ids)], 5000))
    rows.push(...(await db.read('import/node-labels', { ids: batch })));
  const existing = new Map(rows.map((row) => [String(row.id), row.labels as string[]]));
  const relIds = doc.relationships.map((r) => r.id).filter((id): id is string => typeof id === 'string');
  const rels = relIds.length > 0 ? await db.read('relationships/get-by-ids', { ids: relIds }) : [];
  const relsById = new Map(rels.map((row) => [String((row.r as Row).id), { ...row, type: (row.r as Row).type }]));
  const identity = doc.relationships
    .map((r, i) => identityProblem(r, i, relsById.get(r.id)))
    .filter((p): p is InputProblem => p !== null);
  return [...checkReferences(doc, existing), ...identity].filter(
    (p) => !structural.some((s) => samePlace(s.path, p.path)),
  );
}

type Run = (name: string, params?: Record<string, unknown>) => Promise<Row[]>;

/**
 * Marks promises of statements sent together as handled: each is awaited in turn, and when one
 * fails the others (rejected with the rolled-back transaction) must not be unhandled rejections.
 */
function handled(promises: Promise<unknown>[]): void {
  Promise.all(promises).catch(() => undefined);
}

/** A checksum of the document as received (recorded on the import's ImportBatch). */
function checksum(raw: unknown): string {
  return createHash('sha256').update(JSON.stringify(raw)).digest('hex');
}

/** Relationship rows grouped by type, at most `size` rows per statement (import/create-relationships). */
function byTypeBatches(rows: RelRow[], size: number): Record<string, Record<string, unknown>[]>[] {
  const out: Record<string, Record<string, unknown>[]>[] = [];
  for (const batch of chunks(rows, size)) {
    const groups: Record<string, Record<string, unknown>[]> = {};
    for (const r of batch) (groups[r.type] ??= []).push({ ...r.props, from: r.from, to: r.to });
    out.push(groups);
  }
  return out;
}

/**
 * Validates and imports a format-v1 document in one write transaction: all of it or none of it.
 * Under locks on every id it writes, it reads what exists; new records are created (no
 * comparison, no MERGE, large batches) and described by one ImportBatch node (who, when, why, the
 * document's checksum, the ids created); existing records that differ are upserted with one
 * UPDATE Revision each (values before and after); unchanged records are not touched, so an
 * import repeated changes nothing and writes nothing.
 */
export async function importDocument(db: Database, raw: unknown, options: ImportOptions): Promise<ImportReport> {
  const dryRun = options.dryRun === true;
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    options.onPhase?.(name, now - mark);
    mark = now;
  };
  const { doc, problems, externalIds } = validateDocument(raw);
  phase('validate');
  if (problems.length > 0) {
    // References are checked too, so that one answer lists every problem; nothing is written.
    const rejected = [...problems, ...(await referenceProblems(db, doc, externalIds, problems))];
    return { dryRun, ok: false, created: zero(), updated: zero(), unchanged: zero(), rejected };
  }
  const docNodeIds = [...doc.sources.map((s) => s.id), ...doc.nodes.map((n) => n.id)];
  const relIds = doc.relationships.map((r) => r.id);
  const batchSize = options.batchSize ?? 1000;
  const createBatchSize = options.createBatchSize ?? 10000;

  const work = async (run: Run) => {
    // Every statement of a phase is sent at once: Bolt runs them in order in this transaction
    // without a round trip between them, and this process prepares the next rows meanwhile.
    const claims: Promise<Row[]>[] = [];
    if (!dryRun) {
      // Lock every id this import writes or hangs relationships on before reading what exists:
      // concurrent imports of the same ids then run one after the other, and each plans against
      // what the previous one committed (one CREATE, then unchanged), never a duplicate. Ids not
      // in the graph get a placeholder node that the upsert fills in, or the rollback removes.
      // One pass in id order (doc ids claimed, relationship origins locked) so that two imports
      // never take the same locks in opposite orders. A new relationship is created only by the
      // holder of its origin's lock, so two imports never both create it.
      const docIds = new Set(docNodeIds);
      const ids = [...new Set([...docIds, ...doc.relationships.map((r) => r.from)])].sort();
      for (const batch of chunks(ids, 5000))
        claims.push(run('import/claim-ids', { rows: batch.map((id) => ({ id, claim: docIds.has(id) })) }));
    }
    // The reads follow the locks in the same transaction (statements run in the order sent).
    const nodeReads = chunks(docNodeIds, 5000).map((ids) => run('import/node-labels', { ids }));
    const kindReads = chunks([...externalIds], 10000).map((ids) => run('import/node-kinds', { ids }));
    const relReads = chunks(relIds, 10000).map((ids) => run('relationships/get-by-ids', { ids }));
    handled([...claims, ...nodeReads, ...kindReads, ...relReads]);
    // While the database works: the fields every new relationship would be created with (as
    // validated: import/create-relationships makes the ISO dates dates).
    const relProps = doc.relationships.map((r) => {
      const spec = relRecord(r);
      return plainProps(r, spec.fields, { id: r.id, ...spec.extra });
    });
    await Promise.all(claims);
    if (!dryRun) phase('lock');
    // Placeholders claimed above are not nodes yet.
    const existingNodes = new Map<string, Row>();
    for (const rows of await Promise.all(nodeReads)) {
      for (const row of rows) if ((row.props as Row | null)?.__pending !== true) existingNodes.set(String(row.id), row);
    }
    const labels = new Map([...existingNodes].map(([id, row]) => [id, row.labels as string[]]));
    for (const rows of await Promise.all(kindReads)) {
      for (const row of rows) if (row.pending !== true) labels.set(String(row.id), row.labels as string[]);
    }
    phase('read-nodes');
    const existingRels = new Map<string, Row>();
    for (const rows of await Promise.all(relReads)) {
      for (const row of rows) {
        const r = row.r as Row;
        existingRels.set(String(r.id), { ...row, type: r.type });
      }
    }
    phase('read-relationships');

    const importId = randomUUID();
    const referenceProblems = checkReferences(doc, labels);
    const p = plan(doc, existingNodes, existingRels, relProps, dryRun, options.reason ?? null, importId);
    p.report.rejected.unshift(...referenceProblems);
    if (p.report.rejected.length > 0) {
      p.report.ok = false;
      p.report.created = zero();
      p.report.updated = zero();
      p.report.unchanged = zero();
      delete p.report.ids;
      throw new Rejected(p.report);
    }
    phase('plan');
    if (dryRun || (p.createdIds.length === 0 && p.revisionRows.length === 0)) return p.report;

    const { report } = p;
    const principal = options.principal;
    // Nodes first: the relationships' statements find their endpoints.
    const writes: { name: string; done: Promise<Row[]>; rows: number }[] = [];
    const send = (name: string, params: Record<string, unknown>, rows: number) =>
      writes.push({ name, done: run(name, params), rows });
    for (const rows of chunks(p.createNodes, batchSize))
      send('import/create-nodes', { rows, principal, importId }, rows.length);
    for (const rows of chunks(p.updateNodes, batchSize)) send('import/upsert-nodes', { rows, principal }, rows.length);
    for (const rows of byTypeBatches(p.createRels, createBatchSize))
      send('import/create-relationships', { rows, principal, importId }, Object.values(rows).flat().length);
    for (const rows of chunks(p.updateRels, batchSize))
      send('import/upsert-relationships', { rows, principal }, rows.length);
    const records = writes.length;
    send(
      'import/create-batch',
      {
        id: importId,
        principal,
        reason: options.reason ?? null,
        checksum: checksum(raw),
        created: p.createdIds,
        updatedCount: intParam(report.updated.sources + report.updated.nodes + report.updated.relationships),
        unchangedCount: intParam(report.unchanged.sources + report.unchanged.nodes + report.unchanged.relationships),
      },
      0,
    );
    for (const rows of chunks(p.revisionRows, batchSize)) send('import/create-revisions', { rows, principal }, 0);
    handled(writes.map((w) => w.done));

    const total = p.createNodes.length + p.updateNodes.length + p.createRels.length + p.updateRels.length;
    let done = 0;
    for (const [i, w] of writes.entries()) {
      const [result] = await w.done;
      if (i < records && Number(result?.written) !== w.rows) {
        // An endpoint or a claimed node was not found (removed meanwhile): never a partial import.
        throw new Error(`${w.name} wrote ${String(result?.written)} of ${w.rows} records: the import is rolled back`);
      }
      if (i < records) {
        done += w.rows;
        options.onProgress?.(done, total);
      }
      if (i === records - 1) phase('write');
    }
    phase('revisions');
    return report;
  };

  // Large imports get a longer transaction timeout than interactive queries.
  const timeoutMs = Math.max(60000, (doc.nodes.length + doc.relationships.length) * 5);
  try {
    const report = dryRun
      ? await db.readTransaction('import/document', work, timeoutMs)
      : await db.writeTransaction('import/document', work, timeoutMs);
    phase('commit');
    return report;
  } catch (error) {
    if (error instanceof Rejected) return error.report;
    throw error;
  }
}
