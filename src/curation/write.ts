import type { Database } from '../db/database';
import { badInput, type InputProblem, throwIfProblems } from '../errors';
import { importDocument, type ImportReport } from '../import/apply';
import { FORMAT_V1 } from '../import/format';
import { checkReason } from './common';

/** At most this many records per write call; bigger batches go through importDocument or the CLI. */
export const MAX_WRITE_RECORDS = 500;

export interface WriteInput {
  sources?: Record<string, unknown>[] | null;
  nodes?: Record<string, unknown>[] | null;
  relationships?: Record<string, unknown>[] | null;
  reason?: string | null;
}

/** A GraphQL input object as a plain record: fields the client left out are absent, not undefined. */
function plain(records: Record<string, unknown>[] | null | undefined): Record<string, unknown>[] {
  return (records ?? []).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
}

/**
 * The `write` mutation: the input becomes a format-v1 document and goes through the import
 * pipeline (validation, references, one transaction, revisions). Problems come back as one
 * BAD_USER_INPUT error with paths under ["input", ...]; nothing is written then.
 */
export async function write(
  db: Database,
  input: WriteInput,
  options: { dryRun: boolean; principal: string },
): Promise<ImportReport> {
  const problems: InputProblem[] = [];
  const count = (input.sources?.length ?? 0) + (input.nodes?.length ?? 0) + (input.relationships?.length ?? 0);
  if (count === 0)
    problems.push({ path: ['input'], message: 'nothing to write: give sources, nodes or relationships' });
  if (count > MAX_WRITE_RECORDS) {
    problems.push({
      path: ['input'],
      message: `at most ${MAX_WRITE_RECORDS} records per write (${count} given): use importDocument or npm run import`,
    });
  }
  if (input.reason !== undefined && input.reason !== null) checkReason(input.reason, ['input', 'reason'], problems);
  throwIfProblems(problems);
  const document = {
    format: FORMAT_V1,
    sources: plain(input.sources),
    nodes: plain(input.nodes),
    relationships: plain(input.relationships),
  };
  const report = await importDocument(db, document, {
    dryRun: options.dryRun,
    principal: options.principal,
    reason: input.reason ?? null,
  });
  if (report.rejected.length > 0)
    throw badInput(report.rejected.map((p) => ({ path: ['input', ...p.path], message: p.message })));
  return { ...report, notices: report.notices?.map((p) => ({ path: ['input', ...p.path], message: p.message })) };
}
