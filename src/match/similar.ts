import { appError, ErrorCode } from '../errors';
import { nameWords, normalizeName } from './names';
import type { NodeRecord } from '../repositories/records';

export interface SimilarHit {
  node: NodeRecord;
  score: number;
  exact: boolean;
  matched: string;
}

const MAX_NAME_LENGTH = 300;

/**
 * A Lucene query for names like `name`: any of its words (legal forms dropped), each exactly,
 * as a prefix, and, for words of five letters or more, within one typo. Words hold letters and
 * digits only, so no Lucene syntax gets through.
 */
export function similarityQuery(name: string): string {
  if (name.length > MAX_NAME_LENGTH) {
    throw appError(ErrorCode.BAD_USER_INPUT, `the name is limited to ${MAX_NAME_LENGTH} characters`, {
      problems: [{ path: ['name'], message: `longer than ${MAX_NAME_LENGTH} characters` }],
    });
  }
  const words = [...new Set(nameWords(name))].slice(0, 10);
  if (words.length === 0) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'the name must contain a word to compare', {
      problems: [{ path: ['name'], message: 'no word to compare' }],
    });
  }
  return words.map((w) => (w.length >= 5 ? `(${w} OR ${w}* OR ${w}~1)` : `(${w} OR ${w}*)`)).join(' OR ');
}

/** Shared words between two normalised names (a rough closeness for choosing what matched). */
function overlap(a: string, b: string): number {
  const words = new Set(b.split(' '));
  return a.split(' ').filter((w) => words.has(w)).length;
}

/**
 * Orders full-text hits for a duplicate check: exact matches of the normalised name (against
 * the node's name or any alias) first, then by score; each with the name or alias that matched.
 */
export function rankSimilar(name: string, hits: { node: NodeRecord; score: number }[]): SimilarHit[] {
  const wanted = normalizeName(name);
  return hits
    .map(({ node, score }) => {
      const names = [node.name, ...((node.aliases as string[] | undefined) ?? [])].filter(
        (n): n is string => typeof n === 'string',
      );
      const exactName = names.find((n) => normalizeName(n) === wanted);
      const best =
        exactName ??
        [...names].sort((a, b) => overlap(wanted, normalizeName(b)) - overlap(wanted, normalizeName(a)))[0] ??
        node.name;
      return { node, score, exact: exactName !== undefined, matched: best };
    })
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.node.id.localeCompare(b.node.id));
}
