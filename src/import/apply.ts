import { createHash, randomUUID } from 'node:crypto';
import type { ImportDocument } from './format';
import { planImport, recordsToWrite, referenceProblemsBeside, relationshipCreateProps, writesAnything } from './plan';
import { countedStep, stepsInTurn, type ProgressListener } from './progress';
import { rejectedReport, type ImportReport } from './report';
import { inImportTransaction, readReferences, type Database, type ImportStore } from './store';
import { validateDocument } from './validate';

export type { Counts, ImportReport } from './report';

export interface ImportOptions {
  dryRun?: boolean;
  /** Recorded in the audit fields and the history. */
  principal: string;
  batchSize?: number;
  /** Rows per statement for the relationships the import creates (a plain CREATE: larger batches). */
  createBatchSize?: number;
  /** Why the change was made (a correction, a merge...): recorded on every revision. */
  reason?: string | null;
  /** For people waiting: the step the import is at, and how many of its ids or records are done. */
  onProgress?: ProgressListener;
  /**
   * For benchmarks: the milliseconds each internal phase took (validate, lock, read-nodes,
   * read-relationships, plan, write, revisions, commit).
   */
  onTiming?: (phase: string, ms: number) => void;
}

/** Carries a rejected report out of the transaction so that the transaction rolls back. */
class Rejected extends Error {
  constructor(readonly report: ImportReport) {
    super('import rejected');
  }
}

/** Calls `onTiming` with the time since the previous mark. */
function phaseTimer(onTiming: ImportOptions['onTiming']): (phase: string) => void {
  let mark = performance.now();
  return (phase) => {
    const now = performance.now();
    onTiming?.(phase, now - mark);
    mark = now;
  };
}

/** A checksum of the document as received (recorded on the import's ImportBatch). */
function checksum(raw: unknown): string {
  return createHash('sha256').update(JSON.stringify(raw)).digest('hex');
}

interface Job {
  raw: unknown;
  doc: ImportDocument;
  externalIds: Set<string>;
  options: ImportOptions;
  dryRun: boolean;
  phase: (name: string) => void;
}

/** Locks (unless a dry run), reads what exists and plans, in the import's transaction. */
async function lockReadAndPlan(store: ImportStore, job: Job) {
  const { doc, options, phase, dryRun } = job;
  const claims = dryRun ? null : store.claim(doc);
  const reads = store.readExisting(doc, job.externalIds);
  // Prepared while the database works: the statements above are on their way.
  const createProps = relationshipCreateProps(doc);
  if (claims) {
    await claims.all(countedStep(options.onProgress, 'locking', claims.size));
    phase('lock');
  }
  const read = countedStep(options.onProgress, 'reading', reads.size);
  const nodes = await reads.nodes(read);
  phase('read-nodes');
  const relationships = await reads.relationships(read);
  const clashes = await reads.clashes();
  const chipSteps = await reads.chipSteps();
  const merged = await reads.merged();
  phase('read-relationships');
  const plan = planImport(
    doc,
    { ...nodes, relationships, clashes, chipSteps, merged },
    { dryRun, reason: options.reason ?? null, importId: randomUUID(), newId: randomUUID, createProps },
  );
  if (!plan.report.ok) throw new Rejected(plan.report);
  phase('plan');
  return plan;
}

/** The import's transaction: lock, read, plan, then write what the plan says. */
async function importInTransaction(store: ImportStore, job: Job): Promise<ImportReport> {
  const plan = await lockReadAndPlan(store, job);
  if (job.dryRun || !writesAnything(plan)) return plan.report;
  const { options } = job;
  const audit = {
    principal: options.principal,
    reason: options.reason ?? null,
    checksum: checksum(job.raw),
  };
  const writes = store.write(plan, audit, { batchSize: options.batchSize, createBatchSize: options.createBatchSize });
  const totals = recordsToWrite(plan);
  const written = stepsInTurn(options.onProgress, [
    ['nodes', totals.nodes],
    ['relationships', totals.relationships],
  ]);
  await writes.recordsWritten(written);
  job.phase('write');
  options.onProgress?.({ step: 'committing' });
  await writes.audited();
  job.phase('revisions');
  return plan.report;
}

/**
 * Validates and imports a format-v1 document in one transaction: all of it or none of it.
 * Under locks on every id it writes, it reads what exists; new records are created (no
 * comparison, no MERGE, large batches) and described by one ImportBatch node (who, when, why, the
 * document's checksum, the ids created); existing records that differ are upserted with one
 * UPDATE Revision each (values before and after); unchanged records are not touched, so an
 * import repeated changes nothing and writes nothing.
 */
export async function importDocument(db: Database, raw: unknown, options: ImportOptions): Promise<ImportReport> {
  const dryRun = options.dryRun === true;
  const phase = phaseTimer(options.onTiming);
  options.onProgress?.({ step: 'validating' });
  const { doc, problems, externalIds } = validateDocument(raw);
  phase('validate');
  if (problems.length > 0) {
    // References are checked too, so that one answer lists every problem; nothing is written.
    const existing = await readReferences(db, doc, externalIds);
    return rejectedReport(dryRun, [...problems, ...referenceProblemsBeside(doc, problems, existing)]);
  }
  const records = doc.nodes.length + doc.relationships.length;
  const job: Job = { raw, doc, externalIds, options, dryRun, phase };
  try {
    const report = await inImportTransaction(db, dryRun, records, (store) => importInTransaction(store, job));
    phase('commit');
    return report;
  } catch (error) {
    if (error instanceof Rejected) return error.report;
    throw error;
  }
}
