import { LIMITS } from '../limits';
import { slugify } from '../match/names';
import {
  all,
  clip,
  confidenceOf,
  first,
  ftmDate,
  ftmShare,
  graphId,
  isSlug,
  noteOf,
  unique,
  type FtmGraph,
} from './ftm';
import type { FtmEntity } from './ftm-model';
import { sourcesOf } from './ftm-sources';
import type { Draft, FtmConversion } from './ftm-state';

/**
 * The facts of an FtM conversion: Ownership (OWNS), Directorship (CONTROLS) and Sanction
 * (DESIGNATED_UNDER a listing, created when the graph has none under its id). Their ends are
 * parties of the file or entities of the graph.
 */

/** The listing a Sanction is under: its programId when a slug, else a slug of what names the programme. */
export function listingIdOf(e: FtmEntity): string {
  const programId = first(e, 'programId');
  if (programId && isSlug(programId)) return programId;
  return `listing-${slugify(programId ?? first(e, 'program') ?? first(e, 'authority') ?? 'unspecified', 'unspecified')}`;
}

/** The graph id of the party a fact names in `property`; null, with a problem, when there is none. */
function endpoint(c: FtmConversion, e: FtmEntity, property: string): string | null {
  const ref = first(e, property);
  if (!ref) {
    c.problems.push({ place: `line ${e.line}, ${property}`, message: 'is required' });
    return null;
  }
  const id = c.resolved.get(ref) ?? (c.existing.get(ref)?.includes('Entity') ? ref : null);
  if (!id) {
    const target = c.byFtmId.get(ref);
    c.problems.push({
      place: `line ${e.line}, ${property}`,
      message: target
        ? `${ref} (line ${target.line}) is a ${target.schema}, not a company, organisation or person`
        : `${ref} is neither an entity of the file nor an entity of the graph`,
    });
  }
  return id;
}

/** Sets the fact's dates; says in a sentence which were given with less than a day's precision. */
function dated(e: FtmEntity, draft: Draft, startProps: string[]): string | null {
  const precision: string[] = [];
  for (const [field, props] of [
    ['startDate', startProps],
    ['endDate', ['endDate']],
  ] as const) {
    const raw = first(e, ...props);
    const { date, partial } = ftmDate(raw, field === 'endDate' ? 'end' : 'start');
    if (date) draft[field] = date;
    if (partial) precision.push(`${field} given as ${raw} (${partial} precision)`);
  }
  return precision.length > 0 ? `${precision.join('; ')}.` : null;
}

/** An Ownership as OWNS (with its share), a Directorship as CONTROLS (with its role). */
function ownershipOrDirectorship(c: FtmConversion, e: FtmEntity, id: string, sources: string[]): void {
  const ownership = e.schema === 'Ownership';
  const from = endpoint(c, e, ownership ? 'owner' : 'director');
  const to = endpoint(c, e, ownership ? 'asset' : 'organization');
  if (!from || !to) return;
  const type = ownership ? 'OWNS' : 'CONTROLS';
  const draft: Draft = { id, type, from, to, confidence: confidenceOf(e, 'REPORTED'), sources };
  const precision = dated(e, draft, ['startDate', 'date']);
  if (ownership) {
    const raw = first(e, 'percentage');
    const share = ftmShare(raw);
    if (Number.isNaN(share))
      c.problems.push({
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
  c.rels.push({ draft, line: e.line, ftmId: e.id });
}

/** The listing node of a Sanction, unless the graph or the file has it; a problem when its id is another kind of node's. */
function addListing(c: FtmConversion, e: FtmEntity, to: string, sources: string[]): void {
  const labels = c.existing.get(to);
  if (labels && !labels.includes('Regulation')) {
    c.problems.push({ place: `line ${e.line}, programId`, message: `${to} is a node of another kind than a listing` });
    return;
  }
  if (labels || c.nodes.has(to)) return;
  const authority = first(e, 'authority');
  const program = first(e, 'program');
  c.nodes.set(to, {
    line: e.line,
    ftmId: first(e, 'programId') ?? program ?? to,
    draft: {
      id: to,
      label: 'Regulation',
      kind: 'ENTITY_LISTING',
      name: clip(program ?? `${authority ?? 'Unnamed authority'}: listing`, LIMITS.nameLength),
      sources,
      note: clip(
        `Added by the FollowTheMoney import from Sanction entities${authority ? ` (authority: ${authority})` : ''}; the listing dates are on each designation.`,
        LIMITS.textLength,
      ),
    },
  });
}

/** A Sanction as DESIGNATED_UNDER its listing, dated, with its citation and its terms as a note. */
function sanction(c: FtmConversion, e: FtmEntity, id: string, sources: string[]): void {
  const from = endpoint(c, e, 'entity');
  if (!from) return;
  const to = listingIdOf(e);
  addListing(c, e, to, sources);
  const draft: Draft = { id, type: 'DESIGNATED_UNDER', from, to, confidence: confidenceOf(e, 'CONFIRMED'), sources };
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
  c.rels.push({ draft, line: e.line, ftmId: e.id });
}

/** Drafts every fact of the file, in file order. */
export function addFacts(c: FtmConversion, facts: FtmEntity[]): void {
  for (const e of facts) {
    const id = graphId(e.id);
    const sources = sourcesOf(c, e);
    if (e.schema === 'Ownership' || e.schema === 'Directorship') ownershipOrDirectorship(c, e, id, sources);
    else sanction(c, e, id, sources);
  }
}

/**
 * A fact the graph already holds between the same ends (an ownership, a designation) is not
 * added a second time: the file's record takes the stored one's id, keeps its confidence and
 * fills only the fields the graph does not know; its sources are added.
 */
export async function reuseExisting(rels: { draft: Draft }[], graph: FtmGraph): Promise<void> {
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
