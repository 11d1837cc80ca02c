import neo4j from 'neo4j-driver';
import { statementName, type StatementRef } from '../src/db/cypher-store';
import type { Database, Params, Row } from '../src/db/database';
import { PathRepository } from '../src/repositories/path-repository';
import { PathService, type PathLimits } from '../src/services/path-service';

/**
 * The raw-driver side of the GraphQL overhead comparison. To run "the same Cypher" as the API
 * whatever the path service chooses (which statement, which parameters), the service is run
 * once against a recorder that only notes the statements it is asked for; the path statement
 * is then sent with the driver alone: a read session, one auto-commit statement (what the
 * API's Database.read sends for one statement), the records, nothing else.
 */

export interface Statement {
  name: string;
  text: string;
  params: Params;
}

/** A stand-in for Database that records reads and answers with no rows. */
class Recorder {
  readonly seen: { ref: StatementRef; params: Params }[] = [];
  async read(ref: StatementRef, params: Params = {}): Promise<Row[]> {
    this.seen.push({ ref, params });
    return [];
  }
}

async function capture(
  db: Database,
  limits: PathLimits,
  call: (service: PathService) => Promise<unknown>,
): Promise<Statement> {
  const recorder = new Recorder();
  await call(new PathService(new PathRepository(recorder as unknown as Database), limits));
  const found = recorder.seen.find((s) => statementName(s.ref).startsWith('paths/'));
  if (!found) throw new Error('the path service sent no paths/* statement: the raw baseline cannot mirror it');
  return { name: statementName(found.ref), text: db.cypher.text(found.ref), params: found.params };
}

/** The statement accessPaths(from, to, asOf, maxHops) sends for its candidate paths. */
export function accessPathsStatement(
  db: Database,
  limits: PathLimits,
  from: string,
  to: string,
  asOf: string,
  maxHops: number,
) {
  return capture(db, limits, (s) => s.fromEntity(from, to, asOf, maxHops, null));
}

/** The statement whoCanReach(chip, asOf, maxHops) sends. */
export function whoCanReachStatement(db: Database, limits: PathLimits, chip: string, asOf: string, maxHops: number) {
  return capture(db, limits, (s) => s.toChip(chip, asOf, maxHops, null));
}

/** Runs a statement with the driver only; returns the number of records. */
export async function runRaw(db: Database, database: string, statement: Statement, timeoutMs: number): Promise<number> {
  const session = db.driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(statement.text, statement.params, { timeout: timeoutMs });
    return result.records.length;
  } finally {
    await session.close();
  }
}

interface PlanNode {
  dbHits?: number;
  children: PlanNode[];
}

const hitsOf = (plan: PlanNode): number => (plan.dbHits ?? 0) + plan.children.reduce((sum, c) => sum + hitsOf(c), 0);

/** Database hits of a statement, from PROFILE (the work Neo4j did, independent of machine load). */
export async function dbHits(db: Database, database: string, statement: Statement, timeoutMs: number): Promise<number> {
  const session = db.driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${statement.text}`, statement.params), {
      timeout: timeoutMs,
    });
    return result.summary.profile ? hitsOf(result.summary.profile as unknown as PlanNode) : 0;
  } finally {
    await session.close();
  }
}
