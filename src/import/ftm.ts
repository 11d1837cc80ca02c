import { createHash } from 'node:crypto';
import { ENTITY_KINDS, isCountry, type Confidence } from '../domain';
import { confidenceIn } from '../export/ftm-conventions';
import { LIMITS } from '../limits';
import { slugify } from '../match/names';
import type { MatchQuery } from '../match/score';
import type { NodeRecord } from '../repositories/records';
import type { PlacedProblem } from './converted';
import type { FtmEntity } from './ftm-model';

/**
 * FollowTheMoney entities (JSON lines) converted to a format-v1 document, which then goes
 * through the same validated, all-or-nothing import as every other file. Parties are matched to
 * the graph before anything is created: by id, then by identifier, name and aliases through the
 * duplicate search; an uncertain match is created under its own id and reported to review,
 * never merged. docs/IMPORT.md describes the mapping. This module holds the converter's
 * contract and the FtM values it reads; src/import/ftm-convert.ts runs the conversion.
 */

/** Scores from which a candidate is reported for review. */
export const REVIEW_THRESHOLD = 0.6;
/** Topics that say a party is listed: a Sanction entity in the file expresses them as a designation. */
export const LISTING_TOPICS = ['export.control', 'sanction'];

/** What the converter needs from the graph (a Database in the import, a fake in unit tests). */
export interface FtmGraph {
  /** Labels of the nodes that exist among these ids. */
  labels(ids: string[]): Promise<Map<string, string[]>>;
  /** Entity records by id. */
  entities(ids: string[]): Promise<Map<string, NodeRecord>>;
  /** Entities that could be the party (duplicate search and identifiers), unscored. */
  candidates(query: MatchQuery): Promise<NodeRecord[]>;
  /** Relationships the graph holds between these ends, by type (properties as stored). */
  between(
    pairs: { from: string; to: string; type: string }[],
  ): Promise<{ fromId: string; toId: string; type: string; props: Record<string, unknown> }[]>;
  /** "Not the same" decisions: match key -> entity ids. */
  decisions(keys: string[]): Promise<Map<string, Set<string>>>;
  /** Scores candidates as `match` does (src/match/match.ts). */
  rank(
    query: MatchQuery,
    nodes: NodeRecord[],
    threshold: number,
    excluded: Set<string>,
  ): { node: NodeRecord; score: number; features: string[]; matched: string }[];
}

export interface FtmCandidate {
  id: string;
  name: string;
  score: number;
  features: string[];
}

export interface FtmSummary {
  entities: number;
  /** Entities of schemata the graph does not hold (Address, Vessel...), counted and left out. */
  skipped: { line: number; id: string; schema: string }[];
  /** Parties found in the graph, and on what. */
  matched: { line: number; ftmId: string; id: string; on: string }[];
  /** Parties created under their own id although the graph holds look-alikes: for a human to decide. */
  toReview: { line: number; ftmId: string; id: string; candidates: FtmCandidate[] }[];
  warnings: PlacedProblem[];
  /** Every record of the document with the line it comes from (the report's outcome per line). */
  records: { line: number; ftmId: string; id: string; kind: 'source' | 'node' | 'relationship' }[];
}

export const first = (e: FtmEntity, ...props: string[]): string | null => {
  for (const p of props) {
    const v = e.properties[p]?.[0];
    if (v) return v;
  }
  return null;
};
export const all = (e: FtmEntity, ...props: string[]): string[] => props.flatMap((p) => e.properties[p] ?? []);
export const isSlug = (id: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && id.length <= LIMITS.idLength;
export const unique = (values: Iterable<string>) => [...new Set([...values].filter(Boolean))];
export const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** A graph id for an FtM id: kept when it is already a slug (the graph's own exports), slugified otherwise. */
export function graphId(ftmId: string, prefix = ''): string {
  if (isSlug(ftmId) && ftmId.startsWith(prefix)) return ftmId;
  // A hash of the original keeps ids apart that slugify would fold together ("NK-aB", "NK-ab").
  const hash = createHash('sha1').update(ftmId).digest('hex').slice(0, 8);
  const slug = slugify(ftmId, 'ftm')
    .slice(0, LIMITS.idLength - prefix.length - 9)
    .replace(/-+$/, '');
  return `${prefix}${slug}-${hash}`;
}

/**
 * An FtM date (`2019`, `2019-05`, `2019-05-16`, a timestamp) as an ISO date, with its precision.
 * A date given to the year or month is the period's first day, or its last day for the end of
 * a span (`bound: 'end'`): a fact that ended "in May 2024" held through May (dates are inclusive).
 */
export function ftmDate(
  value: string | null,
  bound: 'start' | 'end' = 'start',
): { date: string | null; partial: string | null } {
  if (!value) return { date: null, partial: null };
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return { date: null, partial: null };
  const year = m[1] as string;
  const month = m[2];
  const day = m[3];
  const partial = day ? null : month ? 'month' : 'year';
  if (bound === 'start' || !partial) return { date: `${year}-${month ?? '01'}-${day ?? '01'}`, partial };
  const lastMonth = month ?? '12';
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(Number(year), Number(lastMonth), 0)).getUTCDate();
  return { date: `${year}-${lastMonth}-${String(last).padStart(2, '0')}`, partial };
}

/** The confidence an exported fact carries in its description; `fallback` otherwise. */
export function confidenceOf(e: FtmEntity, fallback: Confidence): Confidence {
  for (const d of all(e, 'description')) {
    const level = confidenceIn(d);
    if (level) return level;
  }
  return fallback;
}

/** The note of a fact: its summary, plus whatever FtM says that the graph has no field for. */
export function noteOf(parts: (string | null | false | undefined)[]): string | null {
  const text = parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' ');
  return text ? clip(text, LIMITS.textLength) : null;
}

/** An FtM percentage ("51", "51.0", "51%") as a share in [0, 1]; null when absent, NaN when unreadable. */
export function ftmShare(value: string | null): number | null {
  if (!value) return null;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(value);
  if (!m) return Number.NaN;
  const percent = Number((m[1] as string).replace(',', '.'));
  return percent > 100 ? Number.NaN : Math.round(percent * 10000) / 1000000;
}

export function entityKind(e: FtmEntity): string | null {
  const classification = first(e, 'classification');
  if (classification && (ENTITY_KINDS as readonly string[]).includes(classification)) return classification;
  if (e.schema === 'Person') return 'PERSON';
  if (e.schema === 'PublicBody') return 'GOVERNMENT';
  if (e.schema === 'Company') return 'COMPANY';
  return null;
}

export function countryOf(e: FtmEntity): string | null {
  for (const c of all(e, 'country', 'jurisdiction')) {
    const code = c.slice(0, 2).toUpperCase();
    if (/^[a-z]{2}$/i.test(c) && isCountry(code)) return code;
  }
  return null;
}

/**
 * The country and jurisdiction values countryOf does not keep: a code the graph has no country
 * for (FtM's `zz`, "global"; a subdivision such as `gb-sct`), or a second country (a party holds one).
 */
export function countriesNotKept(e: FtmEntity): string[] {
  const kept = countryOf(e);
  return unique(all(e, 'country', 'jurisdiction')).filter((c) => c.toUpperCase() !== kept);
}
