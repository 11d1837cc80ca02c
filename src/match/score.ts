import { normalizeName } from './names';

/**
 * How alike a screened party (a name, its aliases, a country, identifiers) and an entity of the
 * graph are: a score in [0, 1] and the features that made it. Pure: the candidates come from the
 * duplicate search (src/match/similar.ts), the decisions from the graph.
 */

export interface MatchQuery {
  /** The caller's id for the party (an FtM id, a row number): names the "not the same" decisions. */
  id?: string | null;
  name: string;
  aliases?: readonly string[] | null;
  country?: string | null;
  /** `scheme:value` or a bare value; compared without punctuation or case. */
  identifiers?: readonly string[] | null;
}

export interface MatchTarget {
  id: string;
  name: string;
  aliases: readonly string[];
  country: string | null;
  identifiers: readonly string[];
}

export interface Scored {
  score: number;
  /** e.g. `identifier:leiCode`, `name:exact`, `name:word-order`, `name:similar`, `country:same`, `country:different`. */
  features: string[];
  /** The candidate's name or alias that matched best. */
  matched: string;
}

// Latin spellings of Cyrillic and Greek letters (ISO 9-like, enough to compare transliterated
// names: "Газпром" and "Gazprom"). Chinese names are compared as written: a Latin and a Chinese
// spelling match only through an alias in the same script.
const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'i',
  є: 'e',
  α: 'a',
  β: 'b',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/** The compared form of a name: normalised (legal forms dropped), Cyrillic and Greek in Latin letters. */
export function comparableName(name: string): string {
  return [...normalizeName(name)].map((c) => TRANSLIT[c] ?? c).join('');
}

/** An identifier without its scheme, punctuation or case: `leiCode:5493-00ab` gives `549300AB`. */
export function identifierValue(identifier: string): string {
  const value = identifier.includes(':') ? identifier.slice(identifier.indexOf(':') + 1) : identifier;
  return value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

function identifierScheme(identifier: string): string {
  return identifier.includes(':') ? identifier.slice(0, identifier.indexOf(':')) : 'id';
}

/** Levenshtein distance, stopping once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Typos a word of this length may carry and still count as the same word. */
function typoBudget(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/** Words of `a` found in `b` (each word of `b` used once), typos within budget. */
function sharedWords(a: string[], b: string[]): number {
  const left = [...b];
  let shared = 0;
  for (const w of a) {
    const i = left.findIndex((x) => x === w || editDistance(w, x, typoBudget(w)) <= typoBudget(w));
    if (i >= 0) {
      shared += 1;
      left.splice(i, 1);
    }
  }
  return shared;
}

/** How alike two compared names are, and how: exact, the same words in another order, or similar. */
export function nameSimilarity(a: string, b: string): { score: number; feature: string } {
  if (!a || !b) return { score: 0, feature: 'name:none' };
  if (a === b) return { score: 1, feature: 'name:exact' };
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length === wb.length && [...wa].sort().join(' ') === [...wb].sort().join(' '))
    return { score: 0.95, feature: 'name:word-order' };
  // Words shared (typos allowed), as a Dice coefficient; and the characters, for names whose
  // words are split differently ("Hikvision" and "Hik Vision").
  const words = (2 * sharedWords(wa, wb)) / (wa.length + wb.length);
  const joinedA = wa.join('');
  const joinedB = wb.join('');
  const longest = Math.max(joinedA.length, joinedB.length);
  const chars = longest === 0 ? 0 : 1 - editDistance(joinedA, joinedB, Math.ceil(longest / 2)) / longest;
  return { score: 0.9 * Math.max(words, chars), feature: 'name:similar' };
}

/**
 * Scores a candidate against a query: the best name or identifier evidence, then the country
 * (+0.05 when the same, -0.3 when both are known and differ: a namesake abroad is a different
 * party more often than not).
 */
export function scoreCandidate(query: MatchQuery, target: MatchTarget): Scored {
  const features: string[] = [];
  const queryNames = [query.name, ...(query.aliases ?? [])].map(comparableName).filter(Boolean);
  const targetNames = [target.name, ...target.aliases];
  let best = { score: 0, feature: 'name:none', matched: target.name };
  for (const tn of targetNames) {
    const t = comparableName(tn);
    for (const q of queryNames) {
      const s = nameSimilarity(q, t);
      if (s.score > best.score) best = { ...s, matched: tn };
    }
  }
  let score = best.score;
  if (best.score > 0) features.push(best.feature);
  const targetIds = new Map(target.identifiers.map((i) => [identifierValue(i), identifierScheme(i)]));
  for (const id of query.identifiers ?? []) {
    const scheme = targetIds.get(identifierValue(id));
    if (identifierValue(id).length >= 4 && scheme !== undefined) {
      features.push(`identifier:${scheme}`);
      score = Math.max(score, 1);
    }
  }
  const country = query.country?.toUpperCase() ?? null;
  if (country && target.country) {
    if (country === target.country) {
      features.push('country:same');
      score += 0.05;
    } else {
      features.push('country:different');
      score -= 0.3;
    }
  }
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000, features, matched: best.matched };
}

/**
 * Whether a match is certain enough to use without a human: a shared identifier, or an exact
 * name (or alias) with no country against it.
 */
export function isCertain(s: Scored): boolean {
  return (
    s.features.some((f) => f.startsWith('identifier:')) ||
    (s.features.includes('name:exact') && !s.features.includes('country:different'))
  );
}

/** The key a "not the same" decision is stored under: the query's id, else its name and country. */
export function matchKey(query: MatchQuery): string {
  if (query.id && query.id.trim()) return `id:${query.id.trim()}`;
  return `name:${comparableName(query.name)}|${(query.country ?? '').toUpperCase()}`;
}
