import { isIsoDate } from '../domain';
import { CsvError, parseCsvWithHeader, splitList } from './csv';
import type { PlacedProblem } from './converted';

/**
 * Reading the US Consolidated Screening List (CSL, trade.gov) from its CSV or JSON download into
 * entries of one shape, each with its place in the file; the dates and Federal Register
 * citations it writes. What becomes of the entries is src/import/csl.ts.
 */

export const CSL_FIELDS = [
  '_id',
  'source',
  'entity_number',
  'type',
  'programs',
  'name',
  'title',
  'addresses',
  'federal_register_notice',
  'start_date',
  'end_date',
  'standard_order',
  'license_requirement',
  'license_policy',
  'call_sign',
  'vessel_type',
  'gross_tonnage',
  'gross_registered_tonnage',
  'vessel_flag',
  'vessel_owner',
  'remarks',
  'source_list_url',
  'alt_names',
  'citizenships',
  'dates_of_birth',
  'nationalities',
  'places_of_birth',
  'source_information_url',
  'ids',
] as const;

export interface CslAddress {
  /** The address as one line: street, city, state, postal code, country. */
  text: string;
  country: string | null;
}

/** One entry of the list, whatever file it came from. */
export interface CslEntry {
  /** Where the entry is in its file ("line 4", "results[2]"). */
  place: string;
  id: string;
  source: string;
  type: string;
  name: string;
  altNames: string[];
  addresses: CslAddress[];
  federalRegisterNotice: string;
  startDate: string;
  endDate: string;
  licenseRequirement: string;
  licensePolicy: string;
  sourceListUrl: string;
}

export interface ParsedList {
  entries: CslEntry[];
  problems: PlacedProblem[];
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

/** Splits a CSV address ("street, city, state, postal code, CN") and takes its last part as the country. */
function csvAddress(cell: string): CslAddress {
  const parts = cell
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  return { text: parts.join(', '), country: /^[A-Za-z]{2}$/.test(last) ? last.toUpperCase() : null };
}

function jsonAddress(value: unknown): CslAddress | null {
  if (typeof value === 'string') return value.trim() ? csvAddress(value) : null;
  if (typeof value !== 'object' || value === null) return null;
  const a = value as Record<string, unknown>;
  const country = text(a.country);
  const parts = [a.address, a.city, a.state, a.postal_code, a.country].map(text).filter(Boolean);
  return parts.length === 0 ? null : { text: parts.join(', '), country: country ? country.toUpperCase() : null };
}

/** The CSL's CSV download: a header with the CSL field names, `;`-separated lists. */
export function parseCslCsv(content: string): ParsedList {
  const problems: PlacedProblem[] = [];
  let table;
  try {
    table = parseCsvWithHeader(content);
  } catch (error) {
    if (error instanceof CsvError)
      return {
        entries: [],
        problems: [{ place: `line ${error.line}`, message: error.message.replace(/^line \d+: /, '') }],
      };
    throw error;
  }
  for (const required of ['source', 'name'] as const) {
    if (!table.columns.includes(required))
      problems.push({ place: 'line 1', message: `the CSL column ${required} is missing` });
  }
  for (const p of table.problems) problems.push({ place: `line ${p.line}`, message: p.message });
  const entries = table.rows.map(({ line, values: v }) => ({
    place: `line ${line}`,
    id: text(v._id),
    source: text(v.source),
    type: text(v.type),
    name: text(v.name),
    altNames: splitList(v.alt_names),
    addresses: splitList(v.addresses).map(csvAddress),
    federalRegisterNotice: text(v.federal_register_notice),
    startDate: text(v.start_date),
    endDate: text(v.end_date),
    licenseRequirement: text(v.license_requirement),
    licensePolicy: text(v.license_policy),
    sourceListUrl: text(v.source_list_url),
  }));
  return { entries, problems };
}

/** The CSL's JSON download: a list of entries, or an object whose `results` is that list. */
export function parseCslJson(content: string): ParsedList {
  let raw: unknown;
  try {
    raw = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (error) {
    return { entries: [], problems: [{ place: '(file)', message: `not JSON: ${(error as Error).message}` }] };
  }
  const wrapped = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const list = wrapped ? (raw as { results?: unknown }).results : raw;
  if (!Array.isArray(list)) {
    return {
      entries: [],
      problems: [{ place: '(file)', message: 'expected a list of entries, or an object with a results list' }],
    };
  }
  const prefix = wrapped ? 'results' : '';
  const problems: PlacedProblem[] = [];
  const entries: CslEntry[] = [];
  list.forEach((item, i) => {
    const place = `${prefix}[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      problems.push({ place, message: 'must be an object' });
    else entries.push(jsonEntry(item as Record<string, unknown>, place));
  });
  return { entries, problems };
}

/** One entry of the JSON download: lists as lists or as `;`-separated text, addresses as objects or text. */
function jsonEntry(e: Record<string, unknown>, place: string): CslEntry {
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.map(text).filter(Boolean) : typeof value === 'string' ? splitList(value) : [];
  const addresses = Array.isArray(e.addresses)
    ? e.addresses.map(jsonAddress).filter((a): a is CslAddress => a !== null)
    : typeof e.addresses === 'string'
      ? splitList(e.addresses).map(csvAddress)
      : [];
  return {
    place,
    id: text(e._id ?? e.id),
    source: text(e.source),
    type: text(e.type),
    name: text(e.name),
    altNames: strings(e.alt_names),
    addresses,
    federalRegisterNotice: text(e.federal_register_notice),
    startDate: text(e.start_date),
    endDate: text(e.end_date),
    licenseRequirement: text(e.license_requirement),
    licensePolicy: text(e.license_policy),
    sourceListUrl: text(e.source_list_url),
  };
}

/** ISO dates as they are, US dates (5/16/2019, 5/16/19) turned into ISO; null when neither. */
export function cslDate(value: string): string | null {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value);
  if (iso) return isIsoDate(iso[1]) ? (iso[1] as string) : null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value);
  if (!us) return null;
  const year = (us[3] as string).length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
  const date = `${year}-${(us[1] as string).padStart(2, '0')}-${(us[2] as string).padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}

/** The first Federal Register citation of a notice ("84 FR 22963, 5/21/19. 85 FR 29852" gives "84 FR 22963"). */
export function firstCitation(notice: string): string | null {
  const m = /(\d+)\s*F\.?\s*R\.?\s*(\d+)/i.exec(notice);
  return m ? `${m[1]} FR ${m[2]}` : null;
}

/** A citation reduced for comparison: "84 FR 22961", "84 fr 22961" and "84FR22961" are one. */
export function citationKey(citation: string): string {
  return citation.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}
