import { CsvError, parseCsvWithHeader, splitList } from './csv';
import type { Converted, PlacedProblem } from './converted';
import { isCountry, isIsoDate } from '../domain';
import { LIMITS } from '../limits';
import { normalizeName, slugify, uniqueId } from '../match/names';
import { FORMAT_V1 } from './format';

/**
 * The US Consolidated Screening List (CSL, trade.gov), in its CSV or JSON download, converted
 * to a format-v1 document. Only Entity List entries become designations; every other list in
 * the file (SDN, Unverified List...) is counted and skipped. docs/IMPORT.md describes the
 * mapping.
 */

/** The value of `source` that marks an Entity List entry. */
export const ENTITY_LIST_SOURCE = 'Entity List (EL) - Bureau of Industry and Security';
/** The one Source node that stands for the list itself. */
export const CSL_SOURCE_ID = 'src-us-csl-entity-list';
/** The listing designations go under when an entry gives no Federal Register citation. */
export const UNCITED_LISTING_ID = 'el-csl-uncited';

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
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ place, message: 'must be an object' });
      return;
    }
    const e = item as Record<string, unknown>;
    const strings = (value: unknown) =>
      Array.isArray(value) ? value.map(text).filter(Boolean) : typeof value === 'string' ? splitList(value) : [];
    const addresses = Array.isArray(e.addresses)
      ? e.addresses.map(jsonAddress).filter((a): a is CslAddress => a !== null)
      : typeof e.addresses === 'string'
        ? splitList(e.addresses).map(csvAddress)
        : [];
    entries.push({
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
    });
  });
  return { entries, problems };
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

/** What the graph already holds that the list is matched against. */
export interface GraphIndex {
  entities: {
    id: string;
    name: string;
    labels: string[];
    aliases: string[];
    addresses: string[];
    country: string | null;
    sources: string[];
  }[];
  /** Entity List regulations (kind ENTITY_LISTING). */
  listings: { id: string; citation: string | null }[];
  designations: { id: string; from: string; to: string; confidence: string; sources: string[] }[];
  /** Every node id in use (new ids must not collide with any). */
  nodeIds: Set<string>;
}

export interface CslSummary {
  entries: number;
  /** Entity List entries (the others are skipped). */
  entityListEntries: number;
  skipped: number;
  /** Entries matched to an entity already in the graph, by normalised name or alias. */
  matched: { place: string; name: string; id: string; on: string }[];
  /** New entities, with their new ids. */
  created: { place: string; name: string; id: string }[];
  /** New listing regulations, by citation. */
  listings: { id: string; citation: string | null }[];
  /** Things an analyst may want to look at (an entry matching several entities...). */
  warnings: PlacedProblem[];
}

interface EntityDraft {
  id: string;
  place: string;
  existing: boolean;
  label: string;
  name: string;
  aliases: string[];
  addresses: string[];
  country: string | null;
  kind: string | null;
  sources: string[];
  note: string | null;
}

interface NameHit {
  id: string;
  on: 'name' | 'alias';
}

function pushUnique(list: string[], values: Iterable<string>): void {
  for (const v of values) if (v && !list.includes(v)) list.push(v);
}

/**
 * Builds the format-v1 document for the Entity List entries: entities matched by normalised name
 * or alias (the graph's first, then those created earlier in the same file) or created with a
 * slug of their name as id; aliases and addresses added; one ENTITY_LISTING regulation per
 * Federal Register citation (an existing one with that citation is reused); a DESIGNATED_UNDER
 * per entity and listing, dated by the entry's start_date; all sourced to the list itself.
 */
export function cslToDocument(parsed: ParsedList, index: GraphIndex): Converted & { summary: CslSummary } {
  const problems: PlacedProblem[] = [...parsed.problems];
  const summary: CslSummary = {
    entries: parsed.entries.length,
    entityListEntries: 0,
    skipped: 0,
    matched: [],
    created: [],
    listings: [],
    warnings: [],
  };

  // Names and aliases, normalised, to the ids that carry them; new entities are added as they come.
  const byName = new Map<string, NameHit[]>();
  const remember = (name: string, hit: NameHit) => {
    const key = normalizeName(name);
    if (!key) return;
    const hits = byName.get(key) ?? [];
    if (!hits.some((h) => h.id === hit.id && h.on === hit.on)) hits.push(hit);
    byName.set(key, hits);
  };
  const drafts = new Map<string, EntityDraft>();
  for (const e of index.entities) {
    remember(e.name, { id: e.id, on: 'name' });
    e.aliases.forEach((a) => remember(a, { id: e.id, on: 'alias' }));
  }
  const existingById = new Map(index.entities.map((e) => [e.id, e]));
  const newIds = new Set<string>();
  const taken = (id: string) => index.nodeIds.has(id) || newIds.has(id);

  const listingsByKey = new Map<string, { id: string; citation: string | null; isNew: boolean }>();
  for (const l of index.listings)
    if (l.citation) listingsByKey.set(citationKey(l.citation), { id: l.id, citation: l.citation, isNew: false });
  const newListings = new Map<string, { id: string; citation: string | null; place: string }>();

  const designationsByEnds = new Map(index.designations.map((d) => [`${d.from}|${d.to}`, d]));
  const designations = new Map<string, { rel: Record<string, unknown>; place: string }>();
  let sourceUrl: string | null = null;

  for (const entry of parsed.entries) {
    if (entry.source !== ENTITY_LIST_SOURCE) {
      summary.skipped += 1;
      continue;
    }
    summary.entityListEntries += 1;
    const before = problems.length;
    if (!entry.name) problems.push({ place: `${entry.place}, name`, message: 'is required' });
    const startDate = entry.startDate ? cslDate(entry.startDate) : null;
    if (entry.startDate && !startDate)
      problems.push({ place: `${entry.place}, start_date`, message: 'must be a date (YYYY-MM-DD or M/D/YYYY)' });
    const endDate = entry.endDate ? cslDate(entry.endDate) : null;
    if (entry.endDate && !endDate)
      problems.push({ place: `${entry.place}, end_date`, message: 'must be a date (YYYY-MM-DD or M/D/YYYY)' });
    if (startDate && endDate && startDate > endDate)
      problems.push({ place: `${entry.place}, end_date`, message: 'must not be before start_date' });
    entry.addresses.forEach((a, i) => {
      if (a.country !== null && !isCountry(a.country)) {
        problems.push({
          place: `${entry.place}, addresses[${i}]`,
          message: `country ${a.country} is not an ISO 3166-1 alpha-2 code`,
        });
      }
    });
    if (problems.length > before) continue;
    if (!sourceUrl && entry.sourceListUrl) sourceUrl = entry.sourceListUrl;

    // The entity: matched by name first, then by alias, the entry's name before its alt names.
    const altNames = entry.altNames.filter((a) => a !== entry.name);
    let hit: NameHit | undefined;
    for (const [names, on] of [
      [[entry.name], 'name'],
      [[entry.name], 'alias'],
      [altNames, 'name'],
      [altNames, 'alias'],
    ] as const) {
      const ids = [
        ...new Set(
          names.flatMap((n) => (byName.get(normalizeName(n)) ?? []).filter((h) => h.on === on).map((h) => h.id)),
        ),
      ].sort();
      if (ids.length === 0) continue;
      if (ids.length > 1)
        summary.warnings.push({
          place: entry.place,
          message: `${entry.name} matches several entities (${ids.join(', ')}); merged into ${ids[0]}`,
        });
      hit = { id: ids[0] as string, on };
      break;
    }

    let draft = hit ? drafts.get(hit.id) : undefined;
    if (!draft && hit) {
      const e = existingById.get(hit.id);
      if (e) {
        draft = {
          id: e.id,
          place: entry.place,
          existing: true,
          label: e.labels.includes('CloudProvider') ? 'CloudProvider' : 'Entity',
          name: e.name,
          aliases: [...e.aliases],
          addresses: [...e.addresses],
          country: e.country,
          kind: null,
          sources: [...e.sources],
          note: null,
        };
        drafts.set(e.id, draft);
      }
    }
    if (draft && hit) {
      summary.matched.push({ place: entry.place, name: entry.name, id: draft.id, on: hit.on });
    } else {
      const base =
        [entry.name, ...altNames].map((n) => slugify(n, '')).find(Boolean) || `csl-${slugify(entry.id, 'entry')}`;
      const id = uniqueId(base, taken);
      newIds.add(id);
      draft = {
        id,
        place: entry.place,
        existing: false,
        label: 'Entity',
        name: entry.name,
        aliases: [],
        addresses: [],
        country: null,
        kind: entry.type.toLowerCase() === 'individual' ? 'PERSON' : null,
        sources: [],
        note: 'Added by the Consolidated Screening List import (Entity List).',
      };
      drafts.set(id, draft);
      summary.created.push({ place: entry.place, name: entry.name, id });
    }
    // Spellings of the entity's own name ("Co Ltd" for "Co., Ltd.") are not aliases.
    const own = normalizeName(draft.name);
    pushUnique(
      draft.aliases,
      [entry.name, ...altNames].filter((n) => normalizeName(n) !== own),
    );
    pushUnique(
      draft.addresses,
      entry.addresses.map((a) => a.text),
    );
    draft.country ??= entry.addresses.find((a) => a.country !== null)?.country ?? null;
    pushUnique(draft.sources, [CSL_SOURCE_ID]);
    remember(draft.name, { id: draft.id, on: 'name' });
    draft.aliases.forEach((a) => remember(a, { id: draft.id, on: 'alias' }));

    // The listing it is under: by citation, an existing ENTITY_LISTING first.
    const citation = firstCitation(entry.federalRegisterNotice);
    const key = citation ? citationKey(citation) : UNCITED_LISTING_ID;
    let listing = listingsByKey.get(key);
    if (!listing) {
      const id = citation ? uniqueId(`el-${slugify(citation)}`, taken) : UNCITED_LISTING_ID;
      listing = { id, citation, isNew: !index.nodeIds.has(id) };
      newIds.add(id);
      listingsByKey.set(key, listing);
      if (listing.isNew) newListings.set(id, { id, citation, place: entry.place });
    }

    // One designation per entity and listing: an existing one gains the list as a source.
    const ends = `${draft.id}|${listing.id}`;
    const known = designationsByEnds.get(ends);
    const current = designations.get(ends);
    if (current) {
      const rel = current.rel;
      if (startDate && !known && (!rel.startDate || startDate < (rel.startDate as string))) rel.startDate = startDate;
      continue;
    }
    const licence = [
      entry.licenseRequirement && `Licence requirement: ${entry.licenseRequirement}`,
      entry.licensePolicy && `Licence policy: ${entry.licensePolicy}`,
      entry.federalRegisterNotice &&
        entry.federalRegisterNotice !== citation &&
        `Federal Register: ${entry.federalRegisterNotice}`,
    ].filter(Boolean);
    const rel: Record<string, unknown> = known
      ? {
          id: known.id,
          type: 'DESIGNATED_UNDER',
          from: draft.id,
          to: listing.id,
          confidence: known.confidence,
          sources: [...known.sources],
        }
      : {
          id: `${draft.id}-designated-under-${listing.id}`.slice(0, LIMITS.idLength).replace(/-+$/, ''),
          type: 'DESIGNATED_UNDER',
          from: draft.id,
          to: listing.id,
          confidence: 'CONFIRMED',
          sources: [],
          ...(startDate ? { startDate } : {}),
          ...(endDate ? { endDate } : {}),
          ...(citation ? { citation } : {}),
          ...(licence.length > 0 ? { note: licence.join(' ').slice(0, LIMITS.textLength) } : {}),
        };
    pushUnique(rel.sources as string[], [CSL_SOURCE_ID]);
    designations.set(ends, { rel, place: entry.place });
  }

  summary.listings = [...newListings.values()].map(({ id, citation }) => ({ id, citation }));
  const nodePlaces: string[] = [];
  const relPlaces: string[] = [];
  const nodes: Record<string, unknown>[] = [];
  for (const d of drafts.values()) {
    nodePlaces.push(d.place);
    const node: Record<string, unknown> = { id: d.id, label: d.label, name: d.name, sources: d.sources };
    if (d.aliases.length > 0) node.aliases = d.aliases;
    if (d.addresses.length > 0) node.addresses = d.addresses;
    if (d.country && (!d.existing || existingById.get(d.id)?.country !== d.country)) node.country = d.country;
    if (d.kind) node.kind = d.kind;
    if (d.note) node.note = d.note;
    nodes.push(node);
  }
  for (const l of newListings.values()) {
    nodePlaces.push(l.place);
    nodes.push({
      id: l.id,
      label: 'Regulation',
      kind: 'ENTITY_LISTING',
      name: l.citation
        ? `Entity List additions, ${l.citation}`
        : 'Entity List listings without a Federal Register citation in the CSL',
      ...(l.citation ? { citation: l.citation } : {}),
      sources: [CSL_SOURCE_ID],
      note: 'Added by the Consolidated Screening List import; the listing dates are on each designation.',
    });
  }
  const relationships = [...designations.values()].map(({ rel, place }) => {
    relPlaces.push(place);
    return rel;
  });
  const sources =
    summary.entityListEntries > 0
      ? [
          {
            id: CSL_SOURCE_ID,
            publisher: 'International Trade Administration, US Department of Commerce',
            title: `Consolidated Screening List: ${ENTITY_LIST_SOURCE}`,
            ...(sourceUrl ? { url: sourceUrl } : {}),
            language: 'en',
          },
        ]
      : [];

  return {
    document: { format: FORMAT_V1, sources, nodes, relationships },
    problems,
    summary,
    place(path) {
      const [list, i, ...rest] = path;
      const field = rest.length > 0 ? ` (${rest.join('.')})` : '';
      if (list === 'sources') return `the list's Source record${field}`;
      if (list === 'nodes' && typeof i === 'number') return `${nodePlaces[i] ?? '?'}${field}`;
      if (list === 'relationships' && typeof i === 'number') return `${relPlaces[i] ?? '?'}${field}`;
      return '(file)';
    },
  };
}
