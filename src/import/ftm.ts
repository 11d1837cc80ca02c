import { createHash } from 'node:crypto';
import { ENTITY_KINDS, isCountry, type Confidence } from '../domain';
import { CLOUD_SECTOR, confidenceIn, FTM_NOTICE_ID, LANG3, NO_URL } from '../export/ftm-conventions';
import { LIMITS } from '../limits';
import { normalizeName, slugify, uniqueId } from '../match/names';
import { isCertain, matchKey, type MatchQuery } from '../match/score';
import type { NodeRecord } from '../repositories/records';
import type { Converted, PlacedProblem } from './converted';
import { FORMAT_V1 } from './format';
import { identifierProperties, isA, parseFtmLines, type FtmEntity } from './ftm-model';

/**
 * FollowTheMoney entities (JSON lines) converted to a format-v1 document, which then goes
 * through the same validated, all-or-nothing import as every other file. Parties are matched to
 * the graph before anything is created: by id, then by identifier, name and aliases through the
 * duplicate search; an uncertain match is created under its own id and reported to review,
 * never merged. docs/IMPORT.md describes the mapping.
 */

/** Scores from which a candidate is reported for review. */
export const REVIEW_THRESHOLD = 0.6;
/** Topics that say a party is listed: a Sanction entity in the file expresses them as a designation. */
const LISTING_TOPICS = ['export.control', 'sanction'];

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

type Draft = Record<string, unknown> & { id: string };

const first = (e: FtmEntity, ...props: string[]): string | null => {
  for (const p of props) {
    const v = e.properties[p]?.[0];
    if (v) return v;
  }
  return null;
};
const all = (e: FtmEntity, ...props: string[]): string[] => props.flatMap((p) => e.properties[p] ?? []);
const isSlug = (id: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && id.length <= LIMITS.idLength;
const unique = (values: Iterable<string>) => [...new Set([...values].filter(Boolean))];
const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

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

/** An FtM date (`2019`, `2019-05`, `2019-05-16`, a timestamp) as an ISO date, with its precision. */
export function ftmDate(value: string | null): { date: string | null; partial: string | null } {
  if (!value) return { date: null, partial: null };
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return { date: null, partial: null };
  const date = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  return { date, partial: m[3] ? null : m[2] ? 'month' : 'year' };
}

/** The confidence an exported fact carries in its description; `fallback` otherwise. */
function confidenceOf(e: FtmEntity, fallback: Confidence): Confidence {
  for (const d of all(e, 'description')) {
    const level = confidenceIn(d);
    if (level) return level;
  }
  return fallback;
}

/** The note of a fact: its summary, plus whatever FtM says that the graph has no field for. */
function noteOf(parts: (string | null | false | undefined)[]): string | null {
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

function entityKind(e: FtmEntity): string | null {
  const classification = first(e, 'classification');
  if (classification && (ENTITY_KINDS as readonly string[]).includes(classification)) return classification;
  if (e.schema === 'Person') return 'PERSON';
  if (e.schema === 'PublicBody') return 'GOVERNMENT';
  if (e.schema === 'Company') return 'COMPANY';
  return null;
}

function countryOf(e: FtmEntity): string | null {
  for (const c of all(e, 'country', 'jurisdiction')) {
    const code = c.slice(0, 2).toUpperCase();
    if (/^[a-z]{2}$/i.test(c) && isCountry(code)) return code;
  }
  return null;
}

/**
 * Converts FtM JSON lines to a format-v1 document. `fileName` names the Source of facts that
 * give no sourceUrl, publisher, dataset or proof.
 */
export async function ftmToDocument(
  content: string,
  graph: FtmGraph,
  fileName: string,
): Promise<Converted & { summary: FtmSummary }> {
  const parsed = parseFtmLines(content);
  const problems: PlacedProblem[] = parsed.problems.map((p) => ({ place: `line ${p.line}`, message: p.message }));
  const summary: FtmSummary = {
    entities: parsed.entities.length,
    skipped: [],
    matched: [],
    toReview: [],
    warnings: [],
    records: [],
  };
  const sources = new Map<string, { draft: Draft; line: number; ftmId: string }>();
  const nodes = new Map<string, { draft: Draft; line: number; ftmId: string }>();
  const rels: { draft: Draft; line: number; ftmId: string }[] = [];
  const done = () => {
    const ordered = [
      ...[...sources.values()].map((r) => ({ ...r, kind: 'source' as const })),
      ...[...nodes.values()].map((r) => ({ ...r, kind: 'node' as const })),
      ...rels.map((r) => ({ ...r, kind: 'relationship' as const })),
    ];
    summary.records = ordered.map((r) => ({ line: r.line, ftmId: r.ftmId, id: r.draft.id, kind: r.kind }));
    const lines = (list: { line: number }[]) => list.map((r) => r.line);
    const places = {
      sources: lines([...sources.values()]),
      nodes: lines([...nodes.values()]),
      relationships: lines(rels),
    };
    return {
      document: {
        format: FORMAT_V1,
        sources: [...sources.values()].map((r) => r.draft),
        nodes: [...nodes.values()].map((r) => r.draft),
        relationships: rels.map((r) => r.draft),
      },
      problems,
      summary,
      place(path: readonly (string | number)[]) {
        const [list, i, ...rest] = path;
        const field = rest.length > 0 ? `, ${rest.join('.')}` : '';
        const line =
          typeof list === 'string' && typeof i === 'number' ? places[list as keyof typeof places]?.[i] : undefined;
        return line === undefined ? '(file)' : `line ${line}${field}`;
      },
    };
  };
  if (problems.length > 0) return done();

  const byFtmId = new Map(parsed.entities.map((e) => [e.id, e]));
  const parties = parsed.entities.filter((e) => isA(e.schema, 'LegalEntity'));
  const documents = parsed.entities.filter((e) => isA(e.schema, 'Document') && e.id !== FTM_NOTICE_ID);
  const facts = parsed.entities.filter((e) => ['Ownership', 'Directorship', 'Sanction'].includes(e.schema));
  const identifications = parsed.entities.filter((e) => e.schema === 'Identification');
  const handled = new Set([...parties, ...documents, ...facts, ...identifications]);
  for (const e of parsed.entities) {
    if (!handled.has(e) && e.id !== FTM_NOTICE_ID) summary.skipped.push({ line: e.line, id: e.id, schema: e.schema });
  }

  // What the graph already holds under the ids the file would use.
  const partyIds = new Map(parties.map((e) => [e.id, graphId(e.id)]));
  const docIds = new Map(documents.map((e) => [e.id, graphId(e.id, 'src-')]));
  const sanctions = facts.filter((e) => e.schema === 'Sanction');
  const listingIdOf = (e: FtmEntity) => {
    const programId = first(e, 'programId');
    if (programId && isSlug(programId)) return programId;
    return `listing-${slugify(programId ?? first(e, 'program') ?? first(e, 'authority') ?? 'unspecified', 'unspecified')}`;
  };
  const proofIds = unique(facts.concat(parties).flatMap((e) => all(e, 'proof')));
  const existing = await graph.labels(
    unique([
      ...partyIds.values(),
      ...docIds.values(),
      ...proofIds.filter((p) => !byFtmId.has(p)),
      ...facts
        .flatMap((e) => all(e, 'owner', 'asset', 'director', 'organization', 'entity'))
        .filter((id) => !byFtmId.has(id)),
      ...sanctions.map(listingIdOf),
    ]),
  );
  const newIds = new Set<string>();
  const taken = (id: string) => existing.has(id) || newIds.has(id);

  // Sources: Documents of the file (the graph's own exports carry its sources this way), else
  // one per (sourceUrl, publisher, datasets) of the facts, else the file itself.
  for (const d of documents) {
    const id = docIds.get(d.id) as string;
    const title = first(d, 'title', 'name') ?? first(d, 'fileName') ?? id;
    const url = first(d, 'sourceUrl');
    const language = first(d, 'language');
    const draft: Draft = {
      id,
      publisher:
        clip(first(d, 'publisher') ?? d.datasets.join(', ') ?? 'Unknown publisher', LIMITS.nameLength) ||
        'Unknown publisher',
      title: clip(title, LIMITS.nameLength),
    };
    if (url) draft.url = url;
    const published = ftmDate(first(d, 'publishedAt', 'date', 'authoredAt')).date;
    if (published) draft.publishedAt = published;
    if (language && LANG3[language]) draft.language = LANG3[language];
    const note = first(d, 'summary');
    if (note) draft.note = clip(note, LIMITS.textLength);
    const excerpt = first(d, 'description');
    if (excerpt) draft.excerpt = clip(excerpt, LIMITS.excerptLength);
    // Why the source has no URL, when the document says (the graph's own exports do).
    const reason = all(d, 'notes').find((n) => n.startsWith(NO_URL));
    if (!url && reason) draft.noUrlReason = reason.slice(NO_URL.length);
    const covers = all(d, 'relatedEntities').map((r) => docIds.get(r) ?? r);
    if (covers.length > 0) draft.secondaryCoverageOf = covers;
    sources.set(id, { draft, line: d.line, ftmId: d.id });
  }
  const sourcesOf = (e: FtmEntity): string[] => {
    const proofs = all(e, 'proof');
    if (proofs.length > 0) {
      return proofs.map((p) => {
        const id = docIds.get(p) ?? (existing.get(p)?.includes('Source') ? p : null);
        if (!id)
          problems.push({
            place: `line ${e.line}, proof`,
            message: `${p} is neither a Document of the file nor a Source of the graph`,
          });
        return id ?? p;
      });
    }
    const url = first(e, 'sourceUrl');
    const publisher = first(e, 'publisher');
    const datasets = e.datasets;
    if (!url && !publisher && datasets.length === 0) {
      const id = `src-ftm-file-${slugify(fileName, 'file').slice(0, 80)}`;
      if (!sources.has(id)) {
        sources.set(id, {
          line: e.line,
          ftmId: fileName,
          draft: {
            id,
            publisher: 'Unattributed FollowTheMoney data',
            title: clip(`FollowTheMoney file ${fileName}`, LIMITS.nameLength),
            noUrlReason: 'the entities citing it give no sourceUrl, publisher or dataset: only the file is known',
          },
        });
      }
      return [id];
    }
    const hash = createHash('sha1')
      .update(JSON.stringify([url, publisher, [...datasets].sort()]))
      .digest('hex')
      .slice(0, 12);
    const id = `src-ftm-${hash}`;
    if (!sources.has(id)) {
      const draft: Draft = {
        id,
        publisher: clip(
          publisher ??
            (datasets.length > 0 ? `FollowTheMoney dataset ${datasets.join(', ')}` : new URL(url as string).hostname),
          LIMITS.nameLength,
        ),
        title: clip(
          [publisher, datasets.length > 0 ? `dataset ${datasets.join(', ')}` : null, url].filter(Boolean).join(': '),
          LIMITS.nameLength,
        ),
      };
      if (url) draft.url = url;
      else draft.noUrlReason = 'the FtM entities citing it name a publisher or dataset but give no sourceUrl';
      sources.set(id, { draft, line: e.line, ftmId: url ?? publisher ?? datasets.join(',') });
    }
    return [id];
  };

  // Parties: matched by id, then by identifier, name and aliases; the others created.
  const identifiersOf = new Map<string, string[]>();
  for (const i of identifications) {
    for (const holder of all(i, 'holder')) {
      const scheme = slugify(first(i, 'type') ?? 'identification', 'identification');
      const list = identifiersOf.get(holder) ?? [];
      for (const n of all(i, 'number')) list.push(`${scheme}:${n}`);
      identifiersOf.set(holder, list);
    }
  }
  const sanctioned = new Set(sanctions.flatMap((s) => all(s, 'entity')));
  const graphEntities = await graph.entities(
    [...partyIds.values()].filter((id) => existing.get(id)?.includes('Entity')),
  );
  const queries = parties.map((e): MatchQuery => {
    const names = all(e, 'name');
    return {
      id: e.id,
      name: names[0] ?? '',
      aliases: unique([...names.slice(1), ...all(e, 'alias', 'previousName', 'weakAlias')]),
      country: countryOf(e),
      identifiers: unique([
        ...identifierProperties(e.schema).flatMap((p) => (e.properties[p] ?? []).map((v) => `${p}:${v}`)),
        ...(identifiersOf.get(e.id) ?? []),
      ]),
    };
  });
  const decisions = await graph.decisions(queries.map(matchKey));
  const resolved = new Map<string, string>(); // FtM id -> graph id
  for (const [i, e] of parties.entries()) {
    const q = queries[i] as MatchQuery;
    if (!q.name) {
      problems.push({ place: `line ${e.line}, name`, message: `a ${e.schema} needs a name` });
      continue;
    }
    let id = partyIds.get(e.id) as string;
    let matchedTo: NodeRecord | undefined = graphEntities.get(id);
    if (matchedTo) summary.matched.push({ line: e.line, ftmId: e.id, id, on: 'id' });
    else {
      if (existing.has(id)) id = uniqueId(`${id}-ftm`, taken); // the id is another kind of node's
      const ranked = graph.rank(
        q,
        await graph.candidates(q),
        REVIEW_THRESHOLD,
        decisions.get(matchKey(q)) ?? new Set(),
      );
      const certain = ranked.filter(isCertain);
      const best = certain[0];
      if (certain.length === 1 && best && ranked[0] === best) {
        matchedTo = best.node;
        id = matchedTo.id;
        const on = best.features.find((f) => f.startsWith('identifier:')) ?? `name (${best.matched})`;
        summary.matched.push({ line: e.line, ftmId: e.id, id, on });
      } else {
        newIds.add(id);
        if (ranked.length > 0) {
          summary.toReview.push({
            line: e.line,
            ftmId: e.id,
            id,
            candidates: ranked.slice(0, 5).map((c) => ({
              id: c.node.id,
              name: String(c.node.name ?? c.node.id),
              score: c.score,
              features: c.features,
            })),
          });
        }
      }
    }
    resolved.set(e.id, id);
    const topics = all(e, 'topics').filter((t) => !(sanctioned.has(e.id) && LISTING_TOPICS.includes(t)));
    for (const t of all(e, 'topics')) {
      if (LISTING_TOPICS.includes(t) && !sanctioned.has(e.id)) {
        summary.warnings.push({
          place: `line ${e.line}`,
          message: `${q.name} has the topic ${t} but the file has no Sanction for it: no designation was created (stored as a topic)`,
        });
      }
      if (t === 'export.control.linked')
        summary.warnings.push({
          place: `line ${e.line}`,
          message: `${q.name} is linked to a listed party (export.control.linked), not listed itself: stored as a topic; ownership by listed parties decides under the affiliates rule`,
        });
    }
    const factSources = sourcesOf(e);
    const previous = nodes.get(id)?.draft;
    if (matchedTo || previous) {
      // Merged into what the graph (or an earlier line) holds: names become aliases, lists grow,
      // fields the graph already has are kept.
      const base = previous ?? {
        id,
        label: (matchedTo?.labels ?? []).includes('CloudProvider') ? 'CloudProvider' : 'Entity',
        name: String(matchedTo?.name ?? q.name),
        sources: [...((matchedTo?.sources as string[] | undefined) ?? [])],
      };
      const stored = matchedTo ?? {};
      const list = (field: string, values: string[]) => {
        const before =
          (base[field] as string[] | undefined) ??
          ((stored as Record<string, unknown>)[field] as string[] | undefined) ??
          [];
        const merged = unique([...before, ...values]);
        if (merged.length > before.length || base[field] !== undefined)
          base[field] = merged.slice(0, LIMITS.listLength);
      };
      const baseName = normalizeName(String(base.name));
      list(
        'aliases',
        [q.name, ...(q.aliases ?? [])].filter((n) => normalizeName(n) !== baseName),
      );
      list('identifiers', [...(q.identifiers ?? [])]);
      list('topics', topics);
      list('addresses', all(e, 'address'));
      base.sources = unique([...(base.sources as string[]), ...factSources]);
      const storedCountry = (stored as Record<string, unknown>).country ?? base.country;
      if (!storedCountry && q.country) base.country = q.country;
      const storedKind = (stored as Record<string, unknown>).kind ?? base.kind;
      const kind = entityKind(e);
      if (!storedKind && kind) base.kind = kind;
      nodes.set(id, { draft: base, line: previous ? (nodes.get(id)?.line as number) : e.line, ftmId: e.id });
    } else {
      // A cloud provider exported by the graph says so in `sector`, its headquarters in `mainCountry`.
      const cloud = all(e, 'sector').includes(CLOUD_SECTOR);
      const draft: Draft = {
        id,
        label: cloud ? 'CloudProvider' : 'Entity',
        name: clip(q.name, LIMITS.nameLength),
        sources: factSources,
      };
      const headquarters = first(e, 'mainCountry')?.toUpperCase();
      if (cloud && headquarters && isCountry(headquarters)) draft.headquarters = headquarters;
      const aliases = (q.aliases ?? []).filter((a) => a !== q.name).slice(0, LIMITS.listLength);
      if (aliases.length > 0) draft.aliases = aliases;
      const kind = entityKind(e);
      if (kind) draft.kind = kind;
      if (q.country) draft.country = q.country;
      if ((q.identifiers ?? []).length > 0) draft.identifiers = (q.identifiers ?? []).slice(0, LIMITS.listLength);
      if (topics.length > 0) draft.topics = topics;
      const addresses = all(e, 'address').slice(0, LIMITS.listLength);
      if (addresses.length > 0) draft.addresses = addresses;
      const note = noteOf(all(e, 'notes', 'summary'));
      if (note) draft.note = note;
      nodes.set(id, { draft, line: e.line, ftmId: e.id });
    }
  }

  // Facts: their ends are parties of the file or entities of the graph.
  const endpoint = (e: FtmEntity, property: string): string | null => {
    const ref = first(e, property);
    if (!ref) {
      problems.push({ place: `line ${e.line}, ${property}`, message: 'is required' });
      return null;
    }
    const id = resolved.get(ref) ?? (existing.get(ref)?.includes('Entity') ? ref : null);
    if (!id) {
      const target = byFtmId.get(ref);
      problems.push({
        place: `line ${e.line}, ${property}`,
        message: target
          ? `${ref} (line ${target.line}) is a ${target.schema}, not a company, organisation or person`
          : `${ref} is neither an entity of the file nor an entity of the graph`,
      });
    }
    return id;
  };
  const dated = (e: FtmEntity, draft: Draft, startProps: string[]) => {
    const precision: string[] = [];
    for (const [field, props] of [
      ['startDate', startProps],
      ['endDate', ['endDate']],
    ] as const) {
      const raw = first(e, ...props);
      const { date, partial } = ftmDate(raw);
      if (date) draft[field] = date;
      if (partial) precision.push(`${field} given as ${raw} (${partial} precision)`);
    }
    return precision.length > 0 ? `${precision.join('; ')}.` : null;
  };
  for (const e of facts) {
    const id = graphId(e.id);
    const factSources = sourcesOf(e);
    if (e.schema === 'Ownership' || e.schema === 'Directorship') {
      const ownership = e.schema === 'Ownership';
      const from = endpoint(e, ownership ? 'owner' : 'director');
      const to = endpoint(e, ownership ? 'asset' : 'organization');
      if (!from || !to) continue;
      const draft: Draft = {
        id,
        type: ownership ? 'OWNS' : 'CONTROLS',
        from,
        to,
        confidence: confidenceOf(e, 'REPORTED'),
        sources: factSources,
      };
      const precision = dated(e, draft, ['startDate', 'date']);
      if (ownership) {
        const raw = first(e, 'percentage');
        const share = ftmShare(raw);
        if (Number.isNaN(share))
          problems.push({
            place: `line ${e.line}, percentage`,
            message: `${JSON.stringify(raw)} is not a percentage between 0 and 100`,
          });
        else if (share !== null) draft.share = share;
      } else draft.role = clip(first(e, 'role') ?? 'director', LIMITS.stringLength);
      const note = noteOf([
        ...all(e, 'summary'),
        ownership && first(e, 'role') && `Role: ${first(e, 'role')}.`,
        ownership && first(e, 'ownershipType') && `Ownership type: ${first(e, 'ownershipType')}.`,
        precision,
      ]);
      if (note) draft.note = note;
      rels.push({ draft, line: e.line, ftmId: e.id });
    } else {
      const from = endpoint(e, 'entity');
      if (!from) continue;
      const to = listingIdOf(e);
      const labels = existing.get(to);
      if (labels && !labels.includes('Regulation'))
        problems.push({
          place: `line ${e.line}, programId`,
          message: `${to} is a node of another kind than a listing`,
        });
      else if (!labels && !nodes.has(to)) {
        const authority = first(e, 'authority');
        const program = first(e, 'program');
        nodes.set(to, {
          line: e.line,
          ftmId: first(e, 'programId') ?? program ?? to,
          draft: {
            id: to,
            label: 'Regulation',
            kind: 'ENTITY_LISTING',
            name: clip(program ?? `${authority ?? 'Unnamed authority'}: listing`, LIMITS.nameLength),
            sources: factSources,
            note: clip(
              `Added by the FollowTheMoney import from Sanction entities${authority ? ` (authority: ${authority})` : ''}; the listing dates are on each designation.`,
              LIMITS.textLength,
            ),
          },
        });
      }
      const draft: Draft = {
        id,
        type: 'DESIGNATED_UNDER',
        from,
        to,
        confidence: confidenceOf(e, 'CONFIRMED'),
        sources: factSources,
      };
      const precision = dated(e, draft, ['listingDate', 'startDate', 'date']);
      const citation = first(e, 'authorityId');
      if (citation) draft.citation = clip(citation, LIMITS.stringLength);
      const note = noteOf([
        ...all(e, 'summary'),
        first(e, 'reason') && `Reason: ${first(e, 'reason')}.`,
        first(e, 'provisions') && `Provisions: ${first(e, 'provisions')}.`,
        first(e, 'status') && `Status: ${first(e, 'status')}.`,
        precision,
      ]);
      if (note) draft.note = note;
      rels.push({ draft, line: e.line, ftmId: e.id });
    }
  }
  await reuseExisting(rels, graph);
  return done();
}

/**
 * A fact the graph already holds between the same ends (an ownership, a designation) is not
 * added a second time: the file's record takes the stored one's id, keeps its confidence and
 * fills only the fields the graph does not know; its sources are added.
 */
async function reuseExisting(rels: { draft: Draft }[], graph: FtmGraph): Promise<void> {
  if (rels.length === 0) return;
  const stored = await graph.between(
    rels.map((r) => ({ from: String(r.draft.from), to: String(r.draft.to), type: String(r.draft.type) })),
  );
  const byEnds = new Map(stored.map((s) => [`${s.type}|${s.fromId}|${s.toId}`, s.props]));
  for (const r of rels) {
    const props = byEnds.get(`${String(r.draft.type)}|${String(r.draft.from)}|${String(r.draft.to)}`);
    if (!props || props.id === r.draft.id) continue;
    const draft: Draft = {
      id: String(props.id),
      type: r.draft.type,
      from: r.draft.from,
      to: r.draft.to,
      confidence: props.confidence ?? r.draft.confidence,
      sources: unique([...((props.sources as string[] | undefined) ?? []), ...(r.draft.sources as string[])]),
    };
    for (const [field, value] of Object.entries(r.draft)) {
      if (!(field in draft) && (props[field] === null || props[field] === undefined)) draft[field] = value;
    }
    r.draft = draft;
  }
}
