import { randomUUID } from 'node:crypto';
import type { Database, Row } from '../db/database';
import { dateParam } from '../db/values';
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
}

export interface ImportOptions {
  dryRun?: boolean;
  /** Recorded in the audit fields and the history. */
  principal: string;
  batchSize?: number;
  /** Called after each written batch: records written so far and the total to write. */
  onProgress?: (done: number, total: number) => void;
  /** Why the change was made (a correction, a merge...): recorded on every revision. */
  reason?: string | null;
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

interface Plan {
  nodeRows: { id: string; labels: string[]; props: Record<string, unknown> }[];
  relRows: { id: string; type: string; from: string; to: string; props: Record<string, unknown> }[];
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
  dryRun: boolean,
  reason: string | null,
): Plan {
  const report: ImportReport = { dryRun, ok: true, created: zero(), updated: zero(), unchanged: zero(), rejected: [] };
  const nodeRows: Plan['nodeRows'] = [];
  const relRows: Plan['relRows'] = [];
  const revisionRows: Plan['revisionRows'] = [];

  const consider = (
    kind: keyof Counts,
    id: string,
    targetType: string,
    record: Record<string, unknown>,
    spec: { fields: Record<string, FieldType>; extra: Record<string, unknown> },
    stored: Record<string, unknown> | undefined,
    write: () => void,
  ) => {
    const incoming = plainProps(record, spec.fields, spec.extra);
    if (!stored) {
      report.created[kind] += 1;
      revisionRows.push({
        id: randomUUID(),
        targetId: id,
        targetType,
        action: 'CREATE',
        before: null,
        after: JSON.stringify(incoming),
        reason,
      });
      write();
      return;
    }
    const changed = changedFields(incoming, withoutAudit(stored));
    if (changed.length === 0) {
      report.unchanged[kind] += 1;
      return;
    }
    report.updated[kind] += 1;
    const before = Object.fromEntries(changed.map((k) => [k, stored[k] ?? null]));
    const after = Object.fromEntries(changed.map((k) => [k, incoming[k] ?? null]));
    revisionRows.push({
      id: randomUUID(),
      targetId: id,
      targetType,
      action: 'UPDATE',
      before: JSON.stringify(before),
      after: JSON.stringify(after),
      reason,
    });
    write();
  };

  for (const s of doc.sources) {
    const spec = sourceRecord(s);
    consider(
      'sources',
      s.id,
      'Source',
      s,
      spec,
      existingNodes.get(s.id)?.props as Record<string, unknown> | undefined,
      () => nodeRows.push({ id: s.id, labels: ['Source'], props: storedProps(s, spec.fields, spec.extra) }),
    );
  }
  for (const n of doc.nodes) {
    const spec = nodeRecord(n);
    const labels = n.label === 'CloudProvider' ? ['Entity', 'CloudProvider'] : [n.label];
    consider(
      'nodes',
      n.id,
      n.label,
      n,
      spec,
      existingNodes.get(n.id)?.props as Record<string, unknown> | undefined,
      () => nodeRows.push({ id: n.id, labels, props: storedProps(n, spec.fields, spec.extra) }),
    );
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
    consider('relationships', r.id, r.type, r, spec, stored, () =>
      relRows.push({ id: r.id, type: r.type, from: r.from, to: r.to, props: storedProps(r, spec.fields, spec.extra) }),
    );
  });
  return { nodeRows, relRows, revisionRows, report };
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

/**
 * Validates and imports a format-v1 document in one write transaction: all of it or none of it.
 * Writes are batched with UNWIND; unchanged records are not touched, so an import repeated
 * changes nothing; every create and update leaves a Revision with the previous values.
 */
export async function importDocument(db: Database, raw: unknown, options: ImportOptions): Promise<ImportReport> {
  const dryRun = options.dryRun === true;
  const { doc, problems, externalIds } = validateDocument(raw);
  if (problems.length > 0) {
    // References are checked too, so that one answer lists every problem; nothing is written.
    const rejected = [...problems, ...(await referenceProblems(db, doc, externalIds, problems))];
    return { dryRun, ok: false, created: zero(), updated: zero(), unchanged: zero(), rejected };
  }
  const docNodeIds = [...doc.sources.map((s) => s.id), ...doc.nodes.map((n) => n.id)];
  const relIds = doc.relationships.map((r) => r.id);
  const batchSize = options.batchSize ?? 1000;

  const work = async (run: (name: string, params?: Record<string, unknown>) => Promise<Row[]>) => {
    if (!dryRun) {
      // Lock every id this import writes or hangs relationships on before reading what exists:
      // concurrent imports of the same ids then run one after the other, and each plans against
      // what the previous one committed (one CREATE, then unchanged), never a duplicate. Ids not
      // in the graph get a placeholder node that the upsert fills in, or the rollback removes.
      // One pass in id order (doc ids claimed, relationship origins locked) so that two imports
      // never take the same locks in opposite orders.
      const docIds = new Set(docNodeIds);
      const ids = [...new Set([...docIds, ...doc.relationships.map((r) => r.from)])].sort();
      for (const batch of chunks(ids, 5000)) {
        await run('import/claim-ids', { rows: batch.map((id) => ({ id, claim: docIds.has(id) })) });
      }
    }
    const lookup = async (ids: string[]) => {
      const rows: Row[] = [];
      for (const batch of chunks(ids, 5000)) rows.push(...(await run('import/node-labels', { ids: batch })));
      // Placeholders claimed above are not nodes yet.
      const real = rows.filter((row) => (row.props as Row | null)?.__pending !== true);
      return new Map(real.map((row) => [String(row.id), row]));
    };
    const existingNodes = await lookup([...new Set([...docNodeIds, ...externalIds])]);
    const relRowsFound: Row[] = [];
    for (const batch of chunks(relIds, 5000))
      relRowsFound.push(...(await run('relationships/get-by-ids', { ids: batch })));
    const existingRels = new Map(
      relRowsFound.map((row) => [String((row.r as Row).id), { ...row, type: (row.r as Row).type }]),
    );

    const labels = new Map([...existingNodes].map(([id, row]) => [id, row.labels as string[]]));
    const referenceProblems = checkReferences(doc, labels);
    const p = plan(doc, existingNodes, existingRels, dryRun, options.reason ?? null);
    p.report.rejected.unshift(...referenceProblems);
    if (p.report.rejected.length > 0) {
      p.report.ok = false;
      p.report.created = zero();
      p.report.updated = zero();
      p.report.unchanged = zero();
      throw new Rejected(p.report);
    }
    if (dryRun) return p.report;

    const total = p.nodeRows.length + p.relRows.length;
    let done = 0;
    for (const rows of chunks(p.nodeRows, batchSize)) {
      await run('import/upsert-nodes', { rows, principal: options.principal });
      done += rows.length;
      options.onProgress?.(done, total);
    }
    for (const rows of chunks(p.relRows, batchSize)) {
      await run('import/upsert-relationships', { rows, principal: options.principal });
      done += rows.length;
      options.onProgress?.(done, total);
    }
    for (const rows of chunks(p.revisionRows, batchSize)) {
      await run('import/create-revisions', { rows, principal: options.principal });
    }
    return p.report;
  };

  // Large imports get a longer transaction timeout than interactive queries.
  const timeoutMs = Math.max(60000, (doc.nodes.length + doc.relationships.length) * 5);
  try {
    return dryRun ? await db.readTransaction(work, timeoutMs) : await db.writeTransaction(work, timeoutMs);
  } catch (error) {
    if (error instanceof Rejected) return error.report;
    throw error;
  }
}
