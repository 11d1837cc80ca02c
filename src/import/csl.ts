import { isCountry } from '../domain';
import { LIMITS } from '../limits';
import { slugify, uniqueId } from '../match/names';
import type { Converted, PlacedProblem } from './converted';
import { CslEntities, pushUnique, type EntityDraft, type IndexedEntity } from './csl-entities';
import { citationKey, cslDate, firstCitation, type CslEntry, type ParsedList } from './csl-read';
import { FORMAT_V1 } from './format';

/**
 * The US Consolidated Screening List (CSL, trade.gov), read by src/import/csl-read.ts, converted
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

/** What the graph already holds that the list is matched against. */
export interface GraphIndex {
  entities: IndexedEntity[];
  /** Entity List regulations (kind ENTITY_LISTING). */
  listings: { id: string; citation: string | null }[];
  designations: StoredDesignation[];
  /** Every node id in use (new ids must not collide with any). */
  nodeIds: Set<string>;
}

interface StoredDesignation {
  id: string;
  from: string;
  to: string;
  confidence: string;
  sources: string[];
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

interface Listing {
  id: string;
  citation: string | null;
  isNew: boolean;
}

interface EntryDates {
  startDate: string | null;
  endDate: string | null;
}

type Rel = Record<string, unknown>;

const DATE_FORMAT = 'must be a date (YYYY-MM-DD or M/D/YYYY)';

/** An entry's problems (a name, readable dates in order, ISO countries); its dates when it has none. */
function checkEntry(entry: CslEntry, problems: PlacedProblem[]): EntryDates | null {
  const before = problems.length;
  const at = (field: string) => `${entry.place}, ${field}`;
  if (!entry.name) problems.push({ place: at('name'), message: 'is required' });
  const startDate = entry.startDate ? cslDate(entry.startDate) : null;
  if (entry.startDate && !startDate) problems.push({ place: at('start_date'), message: DATE_FORMAT });
  const endDate = entry.endDate ? cslDate(entry.endDate) : null;
  if (entry.endDate && !endDate) problems.push({ place: at('end_date'), message: DATE_FORMAT });
  if (startDate && endDate && startDate > endDate)
    problems.push({ place: at('end_date'), message: 'must not be before start_date' });
  entry.addresses.forEach((a, i) => {
    if (a.country !== null && !isCountry(a.country))
      problems.push({
        place: at(`addresses[${i}]`),
        message: `country ${a.country} is not an ISO 3166-1 alpha-2 code`,
      });
  });
  return problems.length > before ? null : { startDate, endDate };
}

/** A designation the graph holds: kept as it is, the list added to its sources. */
function knownDesignation(known: StoredDesignation, from: string, to: string): Rel {
  const rel = { id: known.id, type: 'DESIGNATED_UNDER', from, to };
  return { ...rel, confidence: known.confidence, sources: [...known.sources] };
}

/** A new designation, dated by the entry, with its citation and the licence terms as a note. */
function newDesignation(from: string, to: string, entry: CslEntry, dates: EntryDates, citation: string | null): Rel {
  const notice = entry.federalRegisterNotice;
  const licence = [
    entry.licenseRequirement && `Licence requirement: ${entry.licenseRequirement}`,
    entry.licensePolicy && `Licence policy: ${entry.licensePolicy}`,
    notice && notice !== citation && `Federal Register: ${notice}`,
  ].filter(Boolean);
  return {
    id: `${from}-designated-under-${to}`.slice(0, LIMITS.idLength).replace(/-+$/, ''),
    type: 'DESIGNATED_UNDER',
    from,
    to,
    confidence: 'CONFIRMED',
    sources: [],
    ...(dates.startDate ? { startDate: dates.startDate } : {}),
    ...(dates.endDate ? { endDate: dates.endDate } : {}),
    ...(citation ? { citation } : {}),
    ...(licence.length > 0 ? { note: licence.join(' ').slice(0, LIMITS.textLength) } : {}),
  };
}

/** The format-v1 node of an entity draft: a country only where it is new. */
function entityNode(d: EntityDraft, storedCountry: string | null | undefined): Rel {
  const node: Rel = { id: d.id, label: d.label, name: d.name, sources: d.sources };
  if (d.aliases.length > 0) node.aliases = d.aliases;
  if (d.addresses.length > 0) node.addresses = d.addresses;
  if (d.country && (!d.existing || storedCountry !== d.country)) node.country = d.country;
  if (d.kind) node.kind = d.kind;
  if (d.note) node.note = d.note;
  return node;
}

function listingNode(l: { id: string; citation: string | null }): Rel {
  return {
    id: l.id,
    label: 'Regulation',
    kind: 'ENTITY_LISTING',
    name: l.citation
      ? `Entity List additions, ${l.citation}`
      : 'Entity List listings without a Federal Register citation in the CSL',
    ...(l.citation ? { citation: l.citation } : {}),
    sources: [CSL_SOURCE_ID],
    note: 'Added by the Consolidated Screening List import; the listing dates are on each designation.',
  };
}

function listSource(url: string | null): Rel {
  return {
    id: CSL_SOURCE_ID,
    publisher: 'International Trade Administration, US Department of Commerce',
    title: `Consolidated Screening List: ${ENTITY_LIST_SOURCE}`,
    ...(url ? { url } : {}),
    language: 'en',
  };
}

/** Where a path of the document comes from in the file. */
function placeIn(nodePlaces: string[], relPlaces: string[]): Converted['place'] {
  return (path) => {
    const [list, i, ...rest] = path;
    const field = rest.length > 0 ? ` (${rest.join('.')})` : '';
    if (list === 'sources') return `the list's Source record${field}`;
    if (list === 'nodes' && typeof i === 'number') return `${nodePlaces[i] ?? '?'}${field}`;
    if (list === 'relationships' && typeof i === 'number') return `${relPlaces[i] ?? '?'}${field}`;
    return '(file)';
  };
}

/** One conversion: the entries taken in file order, then the document. */
class Conversion {
  readonly problems: PlacedProblem[];
  readonly summary: CslSummary;
  private readonly entities: CslEntities;
  private readonly newIds = new Set<string>();
  private readonly listingsByKey = new Map<string, Listing>();
  private readonly newListings = new Map<string, { id: string; citation: string | null; place: string }>();
  private readonly knownDesignations: Map<string, StoredDesignation>;
  private readonly designations = new Map<string, { rel: Rel; place: string }>();
  private sourceUrl: string | null = null;

  constructor(
    parsed: ParsedList,
    private readonly index: GraphIndex,
  ) {
    this.problems = [...parsed.problems];
    this.summary = {
      entries: parsed.entries.length,
      entityListEntries: 0,
      skipped: 0,
      matched: [],
      created: [],
      listings: [],
      warnings: [],
    };
    this.entities = new CslEntities(index.entities, (base) => this.newId(base));
    for (const l of index.listings)
      if (l.citation) this.listingsByKey.set(citationKey(l.citation), { id: l.id, citation: l.citation, isNew: false });
    this.knownDesignations = new Map(index.designations.map((d) => [`${d.from}|${d.to}`, d]));
  }

  private readonly taken = (id: string) => this.index.nodeIds.has(id) || this.newIds.has(id);

  private newId(base: string): string {
    const id = uniqueId(base, this.taken);
    this.newIds.add(id);
    return id;
  }

  add(entry: CslEntry): void {
    if (entry.source !== ENTITY_LIST_SOURCE) {
      this.summary.skipped += 1;
      return;
    }
    this.summary.entityListEntries += 1;
    const dates = checkEntry(entry, this.problems);
    if (!dates) return;
    if (!this.sourceUrl && entry.sourceListUrl) this.sourceUrl = entry.sourceListUrl;
    const draft = this.entityOf(entry);
    const citation = firstCitation(entry.federalRegisterNotice);
    this.designate(draft, this.listingFor(citation, entry.place), entry, dates, citation);
  }

  /** The entity the entry names: matched, or created. */
  private entityOf(entry: CslEntry): EntityDraft {
    const altNames = entry.altNames.filter((a) => a !== entry.name);
    const hit = this.entities.match(entry, altNames, this.summary.warnings);
    const matched = hit ? this.entities.matched(hit, entry.place) : undefined;
    const { place, name } = entry;
    if (matched && hit) this.summary.matched.push({ place, name, id: matched.id, on: hit.on });
    const draft = matched ?? this.entities.created(entry, altNames);
    if (!matched) this.summary.created.push({ place, name, id: draft.id });
    this.entities.extend(draft, entry, altNames, CSL_SOURCE_ID);
    return draft;
  }

  /** The listing an entry is under, by citation: an existing ENTITY_LISTING first. */
  private listingFor(citation: string | null, place: string): Listing {
    const key = citation ? citationKey(citation) : UNCITED_LISTING_ID;
    const known = this.listingsByKey.get(key);
    if (known) return known;
    const id = citation ? uniqueId(`el-${slugify(citation)}`, this.taken) : UNCITED_LISTING_ID;
    const listing = { id, citation, isNew: !this.index.nodeIds.has(id) };
    this.newIds.add(id);
    this.listingsByKey.set(key, listing);
    if (listing.isNew) this.newListings.set(id, { id, citation, place });
    return listing;
  }

  /** One designation per entity and listing: an existing one gains the list as a source. */
  private designate(draft: EntityDraft, listing: Listing, entry: CslEntry, dates: EntryDates, citation: string | null) {
    const ends = `${draft.id}|${listing.id}`;
    const known = this.knownDesignations.get(ends);
    const current = this.designations.get(ends)?.rel;
    if (current) {
      // The same entity and listing again: a new designation starts at the earliest date.
      const start = dates.startDate;
      if (start && !known && (!current.startDate || start < (current.startDate as string))) current.startDate = start;
      return;
    }
    const rel = known
      ? knownDesignation(known, draft.id, listing.id)
      : newDesignation(draft.id, listing.id, entry, dates, citation);
    pushUnique(rel.sources as string[], [CSL_SOURCE_ID]);
    this.designations.set(ends, { rel, place: entry.place });
  }

  /** The document: the list's Source, the entities and new listings, the designations. */
  result(): Converted & { summary: CslSummary } {
    const drafts = [...this.entities.drafts.values()];
    const listings = [...this.newListings.values()];
    this.summary.listings = listings.map(({ id, citation }) => ({ id, citation }));
    const nodes = [
      ...drafts.map((d) => entityNode(d, this.entities.storedCountry(d.id))),
      ...listings.map(listingNode),
    ];
    const designations = [...this.designations.values()];
    const sources = this.summary.entityListEntries > 0 ? [listSource(this.sourceUrl)] : [];
    return {
      document: { format: FORMAT_V1, sources, nodes, relationships: designations.map((d) => d.rel) },
      problems: this.problems,
      summary: this.summary,
      place: placeIn(
        [...drafts, ...listings].map((n) => n.place),
        designations.map((d) => d.place),
      ),
    };
  }
}

/**
 * Builds the format-v1 document for the Entity List entries: entities matched by normalised name
 * or alias (the graph's first, then those created earlier in the same file) or created with a
 * slug of their name as id; aliases and addresses added; one ENTITY_LISTING regulation per
 * Federal Register citation (an existing one with that citation is reused); a DESIGNATED_UNDER
 * per entity and listing, dated by the entry's start_date; all sourced to the list itself.
 */
export function cslToDocument(parsed: ParsedList, index: GraphIndex): Converted & { summary: CslSummary } {
  const conversion = new Conversion(parsed, index);
  for (const entry of parsed.entries) conversion.add(entry);
  return conversion.result();
}
