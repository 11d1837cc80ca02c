import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Params } from '../src/db/database';
import { dateParam, intParam } from '../src/db/values';
import { ACCESS_TYPES } from '../src/domain';

/**
 * The raw-driver side of the GraphQL overhead comparison. The API answers path questions from
 * the reachability index held in memory (src/reach/), with no path statement to mirror; the
 * raw baseline is the best single Cypher statement answering the same question: the path
 * statements the API sent before the index (bench/cypher/, from git 0345ca7:cypher/paths/),
 * sent with the driver alone: a read session, one auto-commit statement, the records, nothing
 * else. They follow the former path rules (no climb to controllers, a path cap), so they answer
 * the same question under slightly different rules: a floor for the time, not a second answer.
 */

export interface Statement {
  name: string;
  text: string;
  params: Params;
}

const CYPHER_DIR = path.join(__dirname, 'cypher');
const PARTS: Record<string, string> = { 'paths/found': 'found.part', 'restriction/context': 'context.part' };

/** A bench statement with its parts included and its {{maxHops}} slot filled. */
export function renderStatement(file: string, maxHops: number): string {
  const read = (name: string) => fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
  let text = read(file);
  for (let depth = 0; depth < 3; depth += 1) {
    text = text.replace(/\{\{> ([\w/]+)\}\}/g, (_, part: string) => {
      const name = PARTS[part];
      if (!name) throw new Error(`bench/cypher/${file}.cypher includes an unknown part ${part}`);
      return read(name);
    });
  }
  if (!Number.isInteger(maxHops) || maxHops < 1) throw new Error('maxHops must be a positive integer');
  return text.replace(/\{\{maxHops\}\}/g, String(maxHops));
}

const common = (asOf: string, maxPaths: number) => ({
  types: [...ACCESS_TYPES],
  asOf: dateParam(asOf),
  includeRetracted: false,
  limit: intParam(maxPaths + 1),
});

/** accessPaths(from, to, asOf, maxHops) as one statement: the former paths/between.cypher. */
export function accessPathsStatement(
  maxPaths: number,
  from: string,
  to: string,
  asOf: string,
  maxHops: number,
): Statement {
  return {
    name: 'bench/cypher/between',
    text: renderStatement('between', maxHops),
    params: { ...common(asOf, maxPaths), from, to, contextIds: [from] },
  };
}

/** whoCanReach(chip, asOf, maxHops) as one statement: the former paths/to-chip.cypher (capped at maxPaths paths). */
export function whoCanReachStatement(maxPaths: number, chip: string, asOf: string, maxHops: number): Statement {
  return {
    name: 'bench/cypher/to-chip',
    text: renderStatement('to-chip', maxHops),
    params: { ...common(asOf, maxPaths), chip, contextIds: [] },
  };
}

/** Runs a statement with the driver only: a read session, one auto-commit statement, its records. */
async function runAlone(driver: Driver, database: string, statement: Statement, timeoutMs: number) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(statement.text, statement.params, { timeout: timeoutMs })).records;
  } finally {
    await session.close();
  }
}

/** Runs a statement with the driver only; returns the number of records. */
export async function runRaw(
  driver: Driver,
  database: string,
  statement: Statement,
  timeoutMs: number,
): Promise<number> {
  return (await runAlone(driver, database, statement, timeoutMs)).length;
}

/** Runs a statement with the driver only; returns the paths of its one row. */
export async function rawPathCount(
  driver: Driver,
  database: string,
  statement: Statement,
  timeoutMs: number,
): Promise<number> {
  const [row] = await runAlone(driver, database, statement, timeoutMs);
  return ((row?.get('paths') as unknown[] | undefined) ?? []).length;
}

interface PlanNode {
  dbHits?: number;
  children: PlanNode[];
}

const hitsOf = (plan: PlanNode): number => (plan.dbHits ?? 0) + plan.children.reduce((sum, c) => sum + hitsOf(c), 0);

/** Database hits of a statement, from PROFILE (the work Neo4j did, independent of machine load). */
export async function dbHits(
  driver: Driver,
  database: string,
  statement: Statement,
  timeoutMs: number,
): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${statement.text}`, statement.params), {
      timeout: timeoutMs,
    });
    return result.summary.profile ? hitsOf(result.summary.profile as unknown as PlanNode) : 0;
  } finally {
    await session.close();
  }
}
