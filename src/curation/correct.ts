import type { Database, Row } from '../db/database';
import { primaryLabel, type NodeLabel } from '../domain';
import { appError, badInput, ErrorCode, type InputProblem, throwIfProblems } from '../errors';
import { importDocument, type ImportReport } from '../import/apply';
import { FORMAT_V1, NODE_REQUIRED } from '../import/format';
import { toRelRecord } from '../repositories/records';
import { AUDIT_FIELDS, checkReason } from './common';

const FIXED_NODE_FIELDS = ['id', 'label', 'labels'];
const FIXED_REL_FIELDS = ['id', 'type', 'from', 'to'];

/**
 * The `correct` mutation: some fields of one node, source or relationship set to new values,
 * with a reason. The record is rebuilt from what is stored (identity, name, sources) plus the
 * changes, and imported: validation, a revision with the values before and after. Fields not
 * in `changes` are left as they are (format-v1 merge semantics).
 */
export async function correct(
  db: Database,
  id: string,
  changes: Record<string, unknown>,
  reason: string,
  principal: string,
): Promise<ImportReport> {
  const problems: InputProblem[] = [];
  checkReason(reason, ['reason'], problems);
  if (Object.keys(changes).length === 0)
    problems.push({ path: ['changes'], message: 'give at least one field to change' });
  throwIfProblems(problems);

  const [nodeRow] = await db.read('nodes/get-by-ids', { ids: [id] });
  let document: Record<string, unknown>;
  let fixed: string[];
  let list: 'sources' | 'nodes' | 'relationships';
  if (nodeRow) {
    const n = nodeRow.n as Row;
    const label = primaryLabel(n.labels as string[]);
    fixed = FIXED_NODE_FIELDS;
    if (label === 'Source') {
      list = 'sources';
      document = { format: FORMAT_V1, sources: [{ id, publisher: n.publisher, title: n.title, ...changes }] };
    } else {
      list = 'nodes';
      // Required fields (a regulation's kind) come from the stored record unless changed.
      const required = Object.fromEntries((NODE_REQUIRED[label as NodeLabel] ?? []).map((f) => [f, n[f]]));
      document = {
        format: FORMAT_V1,
        nodes: [{ id, label, name: n.name, sources: n.sources, ...required, ...changes }],
      };
    }
  } else {
    const [relRow] = await db.read('relationships/get-by-ids', { ids: [id] });
    if (!relRow) throw appError(ErrorCode.NOT_FOUND, `no node or relationship has the id ${id}`);
    const r = toRelRecord(relRow.r, relRow.fromId, relRow.toId);
    fixed = FIXED_REL_FIELDS;
    list = 'relationships';
    document = {
      format: FORMAT_V1,
      relationships: [
        { id, type: r.type, from: r.fromId, to: r.toId, confidence: r.confidence, sources: r.sources, ...changes },
      ],
    };
  }
  for (const key of Object.keys(changes)) {
    if (fixed.includes(key))
      problems.push({
        path: ['changes', key],
        message: 'cannot change: write a new record (and retract this one) instead',
      });
    else if (AUDIT_FIELDS.includes(key))
      problems.push({ path: ['changes', key], message: 'is an audit field: set by the server' });
  }
  throwIfProblems(problems);

  const report = await importDocument(db, document, { principal, reason });
  const placed = (problems: InputProblem[]) =>
    problems.map((p) => ({ path: correctionPath(p.path, list, changes), message: p.message }));
  if (report.rejected.length > 0) throw badInput(placed(report.rejected));
  return { ...report, notices: report.notices && placed(report.notices) };
}

/**
 * A path into the one-record document a correction imports, as a path into what the analyst
 * sent: the field under `changes` when it was sent (an ACQUIRED step's `date` fills its
 * `startDate`), else the record itself, `id`.
 */
function correctionPath(
  path: InputProblem['path'],
  list: 'sources' | 'nodes' | 'relationships',
  changes: Record<string, unknown>,
): InputProblem['path'] {
  const [where, index, field, ...rest] = path;
  if (where !== list || index !== 0 || typeof field !== 'string') return ['id'];
  if (field in changes) return ['changes', field, ...rest];
  if (field === 'startDate' && 'date' in changes) return ['changes', 'date'];
  return ['id'];
}
