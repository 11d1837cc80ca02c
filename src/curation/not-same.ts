import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { appError, ErrorCode, throwIfProblems, type InputProblem } from '../errors';
import { LIMITS } from '../limits';
import { checkReason } from './common';

export interface NotSameDecision {
  key: string;
  candidateId: string;
  decision: string;
  reason: string;
  by: string;
  at: unknown;
  /** False when the same decision had been recorded before (it is kept as it was). */
  created: boolean;
}

/**
 * Records a human's "not the same" decision for a match key and an entity, audited by a
 * Revision on the entity (action NOT_SAME, who, when, why). The pair is not offered again by
 * `match` or by the FtM import.
 */
export async function recordNotSame(
  db: Database,
  key: string,
  candidateId: string,
  reason: string,
  principal: string,
): Promise<NotSameDecision> {
  const problems: InputProblem[] = [];
  if (typeof key !== 'string' || !/^(id|name):.+/s.test(key) || key.length > LIMITS.stringLength + 10)
    problems.push({ path: ['key'], message: 'must be a key returned by match (id:... or name:...)' });
  checkReason(reason, ['reason'], problems);
  throwIfProblems(problems);
  const rows = await db.writeTransaction('curation/record-not-same', (run) =>
    run('match/record-not-same', {
      key,
      candidateId,
      reason,
      principal,
      id: randomUUID(),
      revisionId: randomUUID(),
      after: JSON.stringify({ decision: 'NOT_SAME', key, candidate: candidateId }),
    }),
  );
  const row = rows[0];
  if (!row) {
    throw appError(ErrorCode.NOT_FOUND, `no entity with id ${candidateId}`, {
      problems: [{ path: ['candidate'], message: 'no entity with this id' }],
    });
  }
  return {
    key: String(row.key),
    candidateId: String(row.candidateId),
    decision: String(row.decision),
    reason: String(row.reason),
    by: String(row.by),
    at: row.at,
    created: row.created === true,
  };
}
