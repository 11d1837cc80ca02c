import { appError, ErrorCode } from '../errors';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_SEARCH_LENGTH = 200;

/**
 * Turns user text into a safe Lucene query: words only (operators and syntax escaped), each word
 * matched exactly or as a prefix, all words required.
 */
export function toLuceneQuery(text: string): string {
  if (text.length > MAX_SEARCH_LENGTH) {
    throw appError(ErrorCode.BAD_USER_INPUT, `search text is limited to ${MAX_SEARCH_LENGTH} characters`, {
      problems: [{ path: ['text'], message: `longer than ${MAX_SEARCH_LENGTH} characters` }],
    });
  }
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.replace(/\\/g, '').length > 0)
    .slice(0, 10);
  if (words.length === 0) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'search text must contain at least one word', {
      problems: [{ path: ['text'], message: 'no word to search for' }],
    });
  }
  return words.map((w) => `(${w} OR ${w}*)`).join(' AND ');
}
