import { LIMITS } from '../limits';

// Legal forms that say nothing about who an organisation is; dropped from the end of a name
// (repeatedly: "Co., Ltd." is two of them) so that "Huawei Technologies Co., Ltd." and
// "Huawei Technologies" compare equal. "Group", "Technology" and the like are kept: they tell
// a parent from a subsidiary.
const LEGAL_FORMS = new Set([
  'co',
  'company',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sarl',
  'bv',
  'nv',
  'pte',
  'pty',
  'kk',
  'oy',
  'ab',
  'spa',
  'srl',
  'jsc',
  'ooo',
]);

/**
 * The form of a name used to find duplicates: Unicode-normalised, lower case, accents and
 * punctuation dropped, "&" read as "and", trailing legal forms removed. Chinese and other
 * scripts keep their characters.
 */
export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

/** The words of a name worth searching for (normalised, legal forms and one-letter words dropped). */
export function nameWords(name: string): string[] {
  return normalizeName(name)
    .split(' ')
    .filter((w) => w.length > 1 && !LEGAL_FORMS.has(w));
}

/**
 * A stable id from a name: ASCII lower case, words joined by single hyphens, at most the id
 * length. Names with no ASCII letter or digit (Chinese names) fall back to `fallback`.
 */
export function slugify(name: string, fallback = 'entity'): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const slug = (ascii || fallback).slice(0, LIMITS.idLength - 4).replace(/-+$/, '');
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`... the first one `taken` does not hold. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 2; ; i += 1) {
    const candidate = `${base}-${i}`;
    if (!taken(candidate)) return candidate;
  }
}
