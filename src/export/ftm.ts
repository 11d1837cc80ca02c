import type { EntityKind } from '../domain';
import type { GraphView, ViewEdge, ViewNode } from '../graph/view';
import { CLOUD_SECTOR, confidenceNote, FTM_NOTICE_ID, LANG2, LISTING_AUTHORITY, NO_URL } from './ftm-conventions';
import { FAIR_USE_NOTICE } from './notice';

/**
 * A view as FollowTheMoney entities, one JSON object per line (what OpenSanctions publishes and
 * Aleph loads). Entities become Company, Organization, PublicBody, Person or LegalEntity;
 * OWNS an Ownership, CONTROLS a Directorship, DESIGNATED_UNDER a Sanction; every Source a
 * Document that the facts cite in `proof` (with `sourceUrl` and `publisher` beside it, for
 * tools that read those). Ids are the graph's own, so they are stable across exports and an
 * export imported back (`npm run import -- --ftm`) gives the same records. The FtM model has no
 * chips, data centres or rentals: those are left out (the notice line says how many).
 */

type Props = Record<string, string[]>;
export interface FtmLine {
  id: string;
  schema: string;
  properties: Props;
}

// Every entity kind has its schema (satisfies: a new kind cannot be forgotten here).
const SCHEMA_BY_KIND: Readonly<Record<string, string>> = {
  PERSON: 'Person',
  GOVERNMENT: 'PublicBody',
  UNIVERSITY: 'Organization',
  LAB: 'Organization',
  COMPANY: 'Company',
  BROKER: 'Company',
  INVESTOR: 'Company',
} satisfies Record<EntityKind, string>;

// Identifier schemes the graph stores that are also properties of every LegalEntity.
const ID_PROPERTIES = new Set([
  'registrationNumber',
  'leiCode',
  'innCode',
  'ogrnCode',
  'taxNumber',
  'vatCode',
  'swiftBic',
  'dunsCode',
  'idNumber',
  'uscCode',
  'okpoCode',
  'bvdId',
  'permId',
  'uniqueEntityId',
  'cageCode',
  'npiCode',
  'opencorporatesUrl',
  'wikidataId',
]);

const text = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String).filter(Boolean) : []);

function put(props: Props, name: string, values: (string | null | undefined)[]): void {
  const clean = values.filter((v): v is string => typeof v === 'string' && v.length > 0);
  if (clean.length > 0) props[name] = [...new Set([...(props[name] ?? []), ...clean])];
}

/** sourceUrl, publisher and proof for a record citing these sources. */
function cite(props: Props, ids: string[], sources: ReadonlyMap<string, Record<string, unknown>>): void {
  put(props, 'proof', ids);
  put(
    props,
    'sourceUrl',
    ids.map((id) => text(sources.get(id)?.url)),
  );
  put(
    props,
    'publisher',
    ids.map((id) => text(sources.get(id)?.publisher)),
  );
}

function sourceLine(id: string, s: Record<string, unknown>): FtmLine {
  const p: Props = {};
  put(p, 'title', [text(s.title) ?? text(s.name) ?? id]);
  put(p, 'publisher', [text(s.publisher)]);
  put(p, 'sourceUrl', [text(s.url)]);
  put(p, 'publishedAt', [text(s.publishedAt)]);
  const language = text(s.language);
  if (language && LANG2[language]) put(p, 'language', [LANG2[language]]);
  put(p, 'summary', [text(s.note)]);
  put(p, 'description', [text(s.excerpt)]);
  const reason = text(s.noUrlReason);
  if (reason) put(p, 'notes', [`${NO_URL}${reason}`]);
  put(p, 'relatedEntities', list(s.secondaryCoverageOf));
  return { id, schema: 'Document', properties: p };
}

function entityLine(n: ViewNode, designated: boolean, sources: ReadonlyMap<string, Record<string, unknown>>): FtmLine {
  const kind = text(n.properties.kind);
  const schema = (kind && SCHEMA_BY_KIND[kind]) || 'LegalEntity';
  const p: Props = {};
  put(p, 'name', [n.name]);
  put(p, 'alias', list(n.properties.aliases));
  const country = text(n.properties.country);
  if (country) put(p, 'country', [country.toLowerCase()]);
  if (n.labels.includes('CloudProvider')) {
    put(p, 'sector', [CLOUD_SECTOR]);
    const headquarters = text(n.properties.headquarters);
    if (headquarters) put(p, 'mainCountry', [headquarters.toLowerCase()]);
  }
  if (kind) put(p, 'classification', [kind]);
  put(p, 'address', list(n.properties.addresses));
  put(p, 'notes', [text(n.properties.note)]);
  for (const identifier of list(n.properties.identifiers)) {
    const at = identifier.indexOf(':');
    const scheme = at > 0 ? identifier.slice(0, at) : 'idNumber';
    put(p, ID_PROPERTIES.has(scheme) ? scheme : 'idNumber', [at > 0 ? identifier.slice(at + 1) : identifier]);
  }
  put(p, 'topics', [...list(n.properties.topics), designated ? 'export.control' : null]);
  cite(p, n.sources, sources);
  return { id: n.id, schema, properties: p };
}

function factLine(
  e: ViewEdge,
  regulation: ViewNode | undefined,
  sources: ReadonlyMap<string, Record<string, unknown>>,
): FtmLine | null {
  const p: Props = {};
  const start = text(e.properties.startDate);
  const end = text(e.properties.endDate);
  put(p, 'startDate', [start]);
  put(p, 'endDate', [end]);
  put(p, 'summary', [text(e.properties.note)]);
  put(p, 'description', [confidenceNote(text(e.properties.confidence) ?? 'REPORTED')]);
  cite(p, e.sources, sources);
  if (e.type === 'OWNS') {
    put(p, 'owner', [e.source]);
    put(p, 'asset', [e.target]);
    const share = e.properties.share;
    if (typeof share === 'number') put(p, 'percentage', [String(Math.round(share * 1e6) / 1e4)]);
    return { id: e.id, schema: 'Ownership', properties: p };
  }
  if (e.type === 'CONTROLS') {
    put(p, 'director', [e.source]);
    put(p, 'organization', [e.target]);
    put(p, 'role', [text(e.properties.role)]);
    return { id: e.id, schema: 'Directorship', properties: p };
  }
  if (e.type === 'DESIGNATED_UNDER' && regulation) {
    put(p, 'entity', [e.source]);
    put(p, 'authority', [LISTING_AUTHORITY]);
    put(p, 'program', [regulation.name]);
    put(p, 'programId', [regulation.id]);
    put(p, 'authorityId', [text(e.properties.citation)]);
    put(p, 'listingDate', [start]);
    return { id: e.id, schema: 'Sanction', properties: p };
  }
  return null;
}

/** The FtM entities of a view, notice first, then sources, parties and facts, each sorted by id. */
export function toFtmEntities(view: GraphView, sources: ReadonlyMap<string, Record<string, unknown>>): FtmLine[] {
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const isParty = (n: ViewNode | undefined) => n !== undefined && n.labels.includes('Entity');
  const parties = view.nodes.filter(isParty).sort((a, b) => a.id.localeCompare(b.id));
  const facts: FtmLine[] = [];
  const designated = new Set<string>();
  let left = 0;
  for (const e of [...view.edges].sort((a, b) => a.id.localeCompare(b.id))) {
    if (e.properties.retracted === true) continue;
    const target = byId.get(e.target);
    const line =
      isParty(byId.get(e.source)) && (isParty(target) || e.type === 'DESIGNATED_UNDER')
        ? factLine(e, target?.labels.includes('Regulation') ? target : undefined, sources)
        : null;
    if (line) facts.push(line);
    else left += 1;
    if (line?.schema === 'Sanction') designated.add(e.source);
  }
  const entities = parties.map((n) => entityLine(n, designated.has(n.id), sources));
  const cited = new Set([...entities, ...facts].flatMap((l) => l.properties.proof ?? []));
  for (const id of [...cited]) for (const c of list(sources.get(id)?.secondaryCoverageOf)) cited.add(c);
  const documents = [...cited]
    .filter((id) => sources.has(id))
    .sort()
    .map((id) => sourceLine(id, sources.get(id) as Record<string, unknown>));
  const nonParties = view.nodes.length - parties.length;
  const notice: FtmLine = {
    id: FTM_NOTICE_ID,
    schema: 'Document',
    properties: {
      title: ['chip-access-graph export (FollowTheMoney)'],
      publisher: ['chip-access-graph'],
      summary: [FAIR_USE_NOTICE],
      description: [
        `${parties.length} parties, ${facts.length} ownerships, directorships and sanctions, ${documents.length} sources. ` +
          `Left out (not in the FollowTheMoney model): ${nonParties} chips, data centres, regulations and other nodes ` +
          `(listings appear as the program of their Sanctions) and ${left} relationships (rentals, procurement, hosting, ` +
          'acquisitions, funding, rules and retracted facts).' +
          (view.truncated ? ' The view was truncated by its size cap.' : ''),
      ],
    },
  };
  return [notice, ...documents, ...entities, ...facts];
}

/** The view as FtM JSON lines. */
export function toFtm(view: GraphView, sources: ReadonlyMap<string, Record<string, unknown>>): string {
  return toFtmEntities(view, sources)
    .map((l) => JSON.stringify(l))
    .join('\n')
    .concat('\n');
}
