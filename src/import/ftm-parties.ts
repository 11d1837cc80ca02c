import { isCountry } from '../domain';
import { CLOUD_SECTOR } from '../export/ftm-conventions';
import { LIMITS } from '../limits';
import { normalizeName, slugify, uniqueId } from '../match/names';
import { isCertain, matchKey, type MatchQuery } from '../match/score';
import type { NodeRecord } from '../repositories/records';
import {
  all,
  clip,
  countryOf,
  entityKind,
  first,
  graphId,
  LISTING_TOPICS,
  noteOf,
  REVIEW_THRESHOLD,
  unique,
} from './ftm';
import { identifierProperties, type FtmEntity } from './ftm-model';
import { sourcesOf } from './ftm-sources';
import type { Draft, FtmConversion } from './ftm-state';

/**
 * The parties of an FtM conversion (companies, organisations, people): matched by id, then by
 * identifier, name and aliases through the duplicate search; a certain match is merged into
 * the graph's entity, an uncertain one created under its own id and reported to review.
 */

/** What the parties are resolved against: the graph's entities under their ids, and "not the same" decisions. */
interface Lookups {
  graphEntities: Map<string, NodeRecord>;
  decisions: Map<string, Set<string>>;
  /** FtM ids of the parties a Sanction of the file names. */
  sanctioned: Set<string>;
}

/** The identifiers an Identification entity gives each holder (`scheme:number`). */
function identifiersByHolder(identifications: FtmEntity[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const i of identifications) {
    for (const holder of all(i, 'holder')) {
      const scheme = slugify(first(i, 'type') ?? 'identification', 'identification');
      const list = out.get(holder) ?? [];
      for (const n of all(i, 'number')) list.push(`${scheme}:${n}`);
      out.set(holder, list);
    }
  }
  return out;
}

/** A party as the duplicate search takes it. */
function partyQuery(e: FtmEntity, identifiersOf: Map<string, string[]>): MatchQuery {
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
}

/** The graph id of a party and the graph's entity it is, if any: by id, else one certain match. */
async function resolveParty(c: FtmConversion, e: FtmEntity, q: MatchQuery, lookups: Lookups) {
  let id = graphId(e.id);
  const byId = lookups.graphEntities.get(id);
  if (byId) {
    c.summary.matched.push({ line: e.line, ftmId: e.id, id, on: 'id' });
    return { id, matchedTo: byId };
  }
  if (c.existing.has(id)) id = uniqueId(`${id}-ftm`, c.taken); // the id is another kind of node's
  const excluded = lookups.decisions.get(matchKey(q)) ?? new Set<string>();
  const ranked = c.graph.rank(q, await c.graph.candidates(q), REVIEW_THRESHOLD, excluded);
  const certain = ranked.filter(isCertain);
  const best = certain[0];
  if (certain.length === 1 && best && ranked[0] === best) {
    const on = best.features.find((f) => f.startsWith('identifier:')) ?? `name (${best.matched})`;
    c.summary.matched.push({ line: e.line, ftmId: e.id, id: best.node.id, on });
    return { id: best.node.id, matchedTo: best.node };
  }
  c.newIds.add(id);
  if (ranked.length > 0) {
    const candidates = ranked.slice(0, 5).map((r) => ({
      id: r.node.id,
      name: String(r.node.name ?? r.node.id),
      score: r.score,
      features: r.features,
    }));
    c.summary.toReview.push({ line: e.line, ftmId: e.id, id, candidates });
  }
  return { id, matchedTo: undefined };
}

/** The party's topics, less those a Sanction of the file expresses as a designation; warnings for the others. */
function topicsOf(c: FtmConversion, e: FtmEntity, name: string, sanctioned: boolean): string[] {
  const topics = all(e, 'topics');
  for (const t of topics) {
    if (LISTING_TOPICS.includes(t) && !sanctioned) {
      c.summary.warnings.push({
        place: `line ${e.line}`,
        message: `${name} has the topic ${t} but the file has no Sanction for it: no designation was created (stored as a topic)`,
      });
    }
    if (t === 'export.control.linked')
      c.summary.warnings.push({
        place: `line ${e.line}`,
        message: `${name} is linked to a listed party (export.control.linked), not listed itself: stored as a topic; ownership by listed parties decides under the affiliates rule`,
      });
  }
  return topics.filter((t) => !(sanctioned && LISTING_TOPICS.includes(t)));
}

/** What a party of the file says of itself. */
interface PartyFacts {
  q: MatchQuery;
  topics: string[];
  sources: string[];
}

/**
 * A party merged into what the graph (or an earlier line) holds: its names become aliases,
 * lists grow, fields the graph already has are kept.
 */
function mergedParty(e: FtmEntity, id: string, f: PartyFacts, matchedTo?: NodeRecord, previous?: Draft): Draft {
  const { q } = f;
  const base: Draft = previous ?? {
    id,
    label: (matchedTo?.labels ?? []).includes('CloudProvider') ? 'CloudProvider' : 'Entity',
    name: String(matchedTo?.name ?? q.name),
    sources: [...((matchedTo?.sources as string[] | undefined) ?? [])],
  };
  const stored = (matchedTo ?? {}) as Record<string, unknown>;
  const list = (field: string, values: string[]) => {
    const before = (base[field] as string[] | undefined) ?? (stored[field] as string[] | undefined) ?? [];
    const merged = unique([...before, ...values]);
    if (merged.length > before.length || base[field] !== undefined) base[field] = merged.slice(0, LIMITS.listLength);
  };
  const baseName = normalizeName(String(base.name));
  list(
    'aliases',
    [q.name, ...(q.aliases ?? [])].filter((n) => normalizeName(n) !== baseName),
  );
  list('identifiers', [...(q.identifiers ?? [])]);
  list('topics', f.topics);
  list('addresses', all(e, 'address'));
  base.sources = unique([...(base.sources as string[]), ...f.sources]);
  if (!(stored.country ?? base.country) && q.country) base.country = q.country;
  const kind = entityKind(e);
  if (!(stored.kind ?? base.kind) && kind) base.kind = kind;
  return base;
}

/** A party the graph does not hold. */
function newParty(e: FtmEntity, id: string, f: PartyFacts): Draft {
  const { q } = f;
  // A cloud provider exported by the graph says so in `sector`, its headquarters in `mainCountry`.
  const cloud = all(e, 'sector').includes(CLOUD_SECTOR);
  const draft: Draft = {
    id,
    label: cloud ? 'CloudProvider' : 'Entity',
    name: clip(q.name, LIMITS.nameLength),
    sources: f.sources,
  };
  const headquarters = first(e, 'mainCountry')?.toUpperCase();
  if (cloud && headquarters && isCountry(headquarters)) draft.headquarters = headquarters;
  const aliases = (q.aliases ?? []).filter((a) => a !== q.name).slice(0, LIMITS.listLength);
  if (aliases.length > 0) draft.aliases = aliases;
  const kind = entityKind(e);
  if (kind) draft.kind = kind;
  if (q.country) draft.country = q.country;
  if ((q.identifiers ?? []).length > 0) draft.identifiers = (q.identifiers ?? []).slice(0, LIMITS.listLength);
  if (f.topics.length > 0) draft.topics = f.topics;
  const addresses = all(e, 'address').slice(0, LIMITS.listLength);
  if (addresses.length > 0) draft.addresses = addresses;
  const note = noteOf(all(e, 'notes', 'summary'));
  if (note) draft.note = note;
  return draft;
}

async function addParty(c: FtmConversion, e: FtmEntity, q: MatchQuery, lookups: Lookups): Promise<void> {
  if (!q.name) {
    c.problems.push({ place: `line ${e.line}, name`, message: `a ${e.schema} needs a name` });
    return;
  }
  const { id, matchedTo } = await resolveParty(c, e, q, lookups);
  c.resolved.set(e.id, id);
  const topics = topicsOf(c, e, q.name, lookups.sanctioned.has(e.id));
  const facts = { q, topics, sources: sourcesOf(c, e) };
  const previous = c.nodes.get(id);
  if (matchedTo || previous) {
    const draft = mergedParty(e, id, facts, matchedTo, previous?.draft);
    c.nodes.set(id, { draft, line: previous ? previous.line : e.line, ftmId: e.id });
  } else c.nodes.set(id, { draft: newParty(e, id, facts), line: e.line, ftmId: e.id });
}

/** Resolves and drafts every party of the file, in file order. */
export async function addParties(
  c: FtmConversion,
  parties: FtmEntity[],
  identifications: FtmEntity[],
  sanctioned: Set<string>,
): Promise<void> {
  const identifiersOf = identifiersByHolder(identifications);
  const ids = unique(parties.map((e) => graphId(e.id))).filter((id) => c.existing.get(id)?.includes('Entity'));
  const graphEntities = await c.graph.entities(ids);
  const queries = parties.map((e) => partyQuery(e, identifiersOf));
  const decisions = await c.graph.decisions(queries.map(matchKey));
  for (const [i, e] of parties.entries())
    await addParty(c, e, queries[i] as MatchQuery, { graphEntities, decisions, sanctioned });
}
