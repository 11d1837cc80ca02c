import type { Database } from '../db/database';
import { intParam } from '../db/values';
import { isCountry } from '../domain';
import { throwIfProblems, type InputProblem } from '../errors';
import { LIMITS } from '../limits';
import { GraphRepository } from '../repositories/graph-repository';
import { toNodeRecord, type NodeRecord } from '../repositories/records';
import { matchKey, scoreCandidate, type MatchQuery, type MatchTarget, type Scored } from './score';
import { similarityQuery } from './similar';

/** Screening a list against the graph: candidates from the duplicate search, scored, decisions remembered. */

export const MAX_MATCH_QUERIES = 100;
export const DEFAULT_MATCH_THRESHOLD = 0.7;
/** Names of a query searched for (the name and its first aliases). */
const NAMES_SEARCHED = 4;

export interface MatchCandidate extends Scored {
  node: NodeRecord;
}

export interface MatchResult {
  index: number;
  key: string;
  query: MatchQuery;
  candidates: MatchCandidate[];
  /** Candidates left out because a human said they are not the same party. */
  excluded: string[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function targetOf(node: NodeRecord): MatchTarget {
  return {
    id: node.id,
    name: typeof node.name === 'string' ? node.name : node.id,
    aliases: strings(node.aliases),
    country: typeof node.country === 'string' ? node.country : null,
    identifiers: strings(node.identifiers),
  };
}

/** Every problem of a batch of queries, placed under ["queries", i, field]. */
export function checkQueries(queries: MatchQuery[], threshold: number): InputProblem[] {
  const problems: InputProblem[] = [];
  if (queries.length === 0) problems.push({ path: ['queries'], message: 'give at least one query' });
  if (queries.length > MAX_MATCH_QUERIES)
    problems.push({ path: ['queries'], message: `at most ${MAX_MATCH_QUERIES} queries per call` });
  if (!(threshold >= 0 && threshold <= 1)) problems.push({ path: ['threshold'], message: 'must be between 0 and 1' });
  queries.slice(0, MAX_MATCH_QUERIES).forEach((q, i) => {
    if (typeof q.name !== 'string' || q.name.trim() === '')
      problems.push({ path: ['queries', i, 'name'], message: 'is required' });
    else if (q.name.length > LIMITS.nameLength)
      problems.push({ path: ['queries', i, 'name'], message: `at most ${LIMITS.nameLength} characters` });
    if (q.country && !isCountry(q.country.toUpperCase()))
      problems.push({ path: ['queries', i, 'country'], message: 'must be an ISO 3166-1 alpha-2 code' });
    for (const [field, list] of [
      ['aliases', q.aliases],
      ['identifiers', q.identifiers],
    ] as const) {
      if ((list?.length ?? 0) > LIMITS.listLength)
        problems.push({ path: ['queries', i, field], message: `at most ${LIMITS.listLength} items` });
      (list ?? []).forEach((v, j) => {
        if (v.length > LIMITS.nameLength)
          problems.push({ path: ['queries', i, field, j], message: `at most ${LIMITS.nameLength} characters` });
      });
    }
    if ((q.id?.length ?? 0) > LIMITS.stringLength)
      problems.push({ path: ['queries', i, 'id'], message: `at most ${LIMITS.stringLength} characters` });
  });
  return problems;
}

/** The "not the same" decisions for these keys: key -> entity ids. */
export async function notSameDecisions(db: Database, keys: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (keys.length === 0) return out;
  for (const row of await db.read('match/decisions', { keys: [...new Set(keys)] })) {
    const key = String(row.key);
    const set = out.get(key) ?? new Set<string>();
    set.add(String(row.candidateId));
    out.set(key, set);
  }
  return out;
}

/**
 * The entities that could be the queried party: the duplicate search on its names (legal forms
 * dropped, prefixes and typos within the index's tolerance) and every entity sharing one of its
 * identifiers. Unscored.
 */
export async function candidatesFor(db: Database, query: MatchQuery, perName = 15): Promise<NodeRecord[]> {
  const repo = new GraphRepository(db);
  const found = new Map<string, NodeRecord>();
  const names = [query.name, ...(query.aliases ?? [])].slice(0, NAMES_SEARCHED);
  for (const name of names) {
    let lucene: string;
    try {
      lucene = similarityQuery(name);
    } catch {
      continue; // a name with no word to search (punctuation only): the other names still count
    }
    for (const hit of await repo.search(lucene, ['Entity'], perName)) found.set(hit.node.id, hit.node);
  }
  const identifiers = query.identifiers ?? [];
  if (identifiers.length > 0) {
    const rows = await db.read('match/by-identifiers', { identifiers: [...identifiers], limit: intParam(50) });
    for (const row of rows) {
      const node = toNodeRecord(row.n);
      found.set(node.id, node);
    }
  }
  return [...found.values()];
}

/** Scores candidates against a query, best first, without those a decision excludes. */
export function rankCandidates(
  query: MatchQuery,
  nodes: NodeRecord[],
  threshold: number,
  excluded: Set<string> = new Set(),
): MatchCandidate[] {
  return nodes
    .filter((n) => !excluded.has(n.id))
    .map((node) => ({ node, ...scoreCandidate(query, targetOf(node)) }))
    .filter((c) => c.score >= threshold)
    .sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id));
}

/** The batch `match` query: up to 100 parties screened against the graph's entities. */
export async function matchBatch(
  db: Database,
  queries: MatchQuery[],
  threshold = DEFAULT_MATCH_THRESHOLD,
  first = 5,
): Promise<MatchResult[]> {
  throwIfProblems(checkQueries(queries, threshold));
  const keys = queries.map(matchKey);
  const decisions = await notSameDecisions(db, keys);
  const results: MatchResult[] = [];
  for (const [index, query] of queries.entries()) {
    const key = keys[index] as string;
    const excluded = decisions.get(key) ?? new Set<string>();
    const nodes = await candidatesFor(db, query);
    results.push({
      index,
      key,
      query,
      candidates: rankCandidates(query, nodes, threshold, excluded).slice(0, first),
      excluded: [...excluded].sort(),
    });
  }
  return results;
}
