import type { Database, Row } from '../db/database';
import { primaryLabel } from '../domain';
import { appError, ErrorCode, type InputProblem, throwIfProblems } from '../errors';
import { toRelRecord, type RelRecord } from '../repositories/records';
import { checkedType, checkReason, revision, type Run } from './common';

/** What a retraction or restoration changed. */
export interface RetractOutcome {
  id: string;
  kind: 'relationship' | 'node';
  /** The relationships whose state changed. */
  relationships: string[];
}

interface RelRow {
  id: string;
  type: string;
  from: string;
  to: string;
}

const rowOf = (r: RelRecord): RelRow => ({ id: r.id, type: checkedType(r.type), from: r.fromId, to: r.toId });

async function relationship(run: Run, id: string): Promise<RelRecord | null> {
  const [row] = await run('relationships/get-by-ids', { ids: [id] });
  return row ? toRelRecord(row.r, row.fromId, row.toId) : null;
}

async function node(run: Run, id: string): Promise<Row | null> {
  const [row] = await run('nodes/get-by-ids', { ids: [id] });
  return (row?.n as Row | undefined) ?? null;
}

async function relationshipsOf(run: Run, id: string): Promise<RelRecord[]> {
  const rows = await run('relationships/of-node', { id });
  return rows.map((row) => toRelRecord(row.r, row.fromId, row.toId));
}

function retractedAlready(what: string, record: Row): Error {
  return appError(
    ErrorCode.CONFLICT,
    `${what} was already retracted by ${String(record.retractedBy)} at ${String(record.retractedAt)}: ${String(record.retractedReason)}`,
  );
}

/**
 * Retracts a relationship, or a node with every relationship that touches it and is not yet
 * retracted, in one write transaction. Nothing is deleted; every change leaves a revision.
 */
export async function retract(db: Database, id: string, reason: string, principal: string): Promise<RetractOutcome> {
  const problems: InputProblem[] = [];
  checkReason(reason, ['reason'], problems);
  throwIfProblems(problems);
  return db.writeTransaction('curation/retract', async (run) => {
    const found = await node(run, id);
    if (found) {
      const labels = found.labels as string[];
      if (labels.includes('Source')) {
        throw appError(ErrorCode.BAD_USER_INPUT, 'a source is not retracted: retract the facts it reports', {
          problems: [{ path: ['id'], message: `${id} is a Source` }],
        });
      }
      await run('import/lock-nodes', { ids: [id] });
      const current = (await node(run, id)) as Row;
      if (current.retracted === true) throw retractedAlready(`node ${id}`, current);
      const rels = (await relationshipsOf(run, id)).filter((r) => r.retracted !== true);
      const rows = rels.map(rowOf);
      await run('retract/retract-node', { id, reason, principal });
      if (rows.length > 0) {
        await run('retract/lock-relationships', { rows });
        await run('retract/set-retraction', { rows, reason, principal, retractedWith: id });
      }
      await run('import/create-revisions', {
        principal,
        rows: [
          revision(
            id,
            primaryLabel(labels) ?? 'Node',
            'RETRACT',
            { retracted: false },
            { retracted: true, relationships: rows.map((r) => r.id) },
            reason,
          ),
          ...rows.map((r) =>
            revision(r.id, r.type, 'RETRACT', { retracted: false }, { retracted: true, retractedWith: id }, reason),
          ),
        ],
      });
      return { id, kind: 'node', relationships: rows.map((r) => r.id) };
    }

    const rel = await relationship(run, id);
    if (!rel) throw appError(ErrorCode.NOT_FOUND, `no node or relationship has the id ${id}`);
    const row = rowOf(rel);
    await run('retract/lock-relationships', { rows: [row] });
    const current = (await relationship(run, id)) as RelRecord;
    if (current.retracted === true) throw retractedAlready(`relationship ${id}`, current);
    await run('retract/set-retraction', { rows: [row], reason, principal, retractedWith: null });
    await run('import/create-revisions', {
      principal,
      rows: [revision(id, row.type, 'RETRACT', { retracted: false }, { retracted: true }, reason)],
    });
    return { id, kind: 'relationship', relationships: [id] };
  });
}

/**
 * Undoes a retraction: of a relationship (unless it went with a node that is still retracted),
 * or of a node and the relationships retracted with it.
 */
export async function restore(db: Database, id: string, reason: string, principal: string): Promise<RetractOutcome> {
  const problems: InputProblem[] = [];
  checkReason(reason, ['reason'], problems);
  throwIfProblems(problems);
  return db.writeTransaction('curation/restore', async (run) => {
    const found = await node(run, id);
    if (found) {
      await run('import/lock-nodes', { ids: [id] });
      const current = (await node(run, id)) as Row;
      if (current.retracted !== true) throw appError(ErrorCode.CONFLICT, `node ${id} is not retracted`);
      const rows = (await relationshipsOf(run, id))
        .filter((r) => r.retracted === true && r.retractedWith === id)
        .map(rowOf);
      await run('retract/restore-node', { id, principal });
      if (rows.length > 0) await run('retract/clear-retraction', { rows, principal });
      const before = {
        retracted: true,
        retractedReason: current.retractedReason,
        retractedBy: current.retractedBy,
        retractedAt: current.retractedAt,
      };
      await run('import/create-revisions', {
        principal,
        rows: [
          revision(
            id,
            primaryLabel(current.labels as string[]) ?? 'Node',
            'RESTORE',
            before,
            { retracted: false, relationships: rows.map((r) => r.id) },
            reason,
          ),
          ...rows.map((r) =>
            revision(r.id, r.type, 'RESTORE', { retracted: true, retractedWith: id }, { retracted: false }, reason),
          ),
        ],
      });
      return { id, kind: 'node', relationships: rows.map((r) => r.id) };
    }

    const rel = await relationship(run, id);
    if (!rel) throw appError(ErrorCode.NOT_FOUND, `no node or relationship has the id ${id}`);
    const row = rowOf(rel);
    await run('retract/lock-relationships', { rows: [row] });
    const current = (await relationship(run, id)) as RelRecord;
    if (current.retracted !== true) throw appError(ErrorCode.CONFLICT, `relationship ${id} is not retracted`);
    if (typeof current.retractedWith === 'string') {
      const owner = await node(run, current.retractedWith);
      if (owner?.retracted === true) {
        throw appError(
          ErrorCode.CONFLICT,
          `relationship ${id} was retracted with node ${current.retractedWith}: restore that node`,
        );
      }
    }
    await run('retract/clear-retraction', { rows: [row], principal });
    const before = {
      retracted: true,
      retractedReason: current.retractedReason,
      retractedBy: current.retractedBy,
      retractedAt: current.retractedAt,
    };
    await run('import/create-revisions', {
      principal,
      rows: [revision(id, row.type, 'RESTORE', before, { retracted: false }, reason)],
    });
    return { id, kind: 'relationship', relationships: [id] };
  });
}
