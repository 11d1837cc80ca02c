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
import type { PlacedProblem } from './converted';
import type { Draft, FtmConversion, Placed } from './ftm-state';

type Props = Record<string, unknown>;

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
    // Every name the date may come under is read; the first given is the date.
    const given = props.map((p) => first(e, p));
    const raw = given.find((v) => v !== null) ?? null;
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
  // What names the listing; a listing the graph or the file has already keeps its own name.
  const authority = first(e, 'authority');
  const program = first(e, 'program');
  if (labels && !labels.includes('Regulation')) {
    c.problems.push({ place: `line ${e.line}, programId`, message: `${to} is a node of another kind than a listing` });
    return;
  }
  if (labels || c.nodes.has(to)) return;
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

/** What a fact is rather than what it says: never a conflict between a file's record and a stored one. */
const NOT_VALUES = new Set(['id', 'type', 'from', 'to', 'confidence', 'sources', 'note']);

/** The fields of a drafted fact whose value the stored one gives otherwise (a stored null is no value). */
function conflictingFields(draft: Draft, stored: Props): string[] {
  return Object.keys(draft).filter((field) => {
    if (NOT_VALUES.has(field)) return false;
    const kept = stored[field];
    return kept !== null && kept !== undefined && JSON.stringify(kept) !== JSON.stringify(draft[field]);
  });
}

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * A fact the graph already holds between the same ends (an ownership, a designation) is not
 * added a second time when the file says nothing against it: the file's record takes the stored
 * one's id, keeps its confidence and fills only the fields the graph does not know; its sources
 * are added. A record whose values (share, dates, role, citation) differ from every stored fact
 * between its ends is another claim: it is created under its own id with its own sources, and a
 * warning names the stored fact and the fields that differ, so that neither claim is lost.
 */
export async function reuseExisting(rels: Placed[], graph: FtmGraph, warnings: PlacedProblem[]): Promise<void> {
  if (rels.length === 0) return;
  const stored = await graph.between(
    rels.map((r) => ({ from: String(r.draft.from), to: String(r.draft.to), type: String(r.draft.type) })),
  );
  const byEnds = new Map<string, Props[]>();
  for (const s of stored) {
    const key = `${s.type}|${s.fromId}|${s.toId}`;
    byEnds.set(key, [...(byEnds.get(key) ?? []), s.props]);
  }
  for (const r of rels) {
    const same = byEnds.get(`${String(r.draft.type)}|${String(r.draft.from)}|${String(r.draft.to)}`) ?? [];
    if (same.length === 0 || same.some((props) => props.id === r.draft.id)) continue;
    const props = same.find((p) => conflictingFields(r.draft, p).length === 0);
    if (!props) {
      warnings.push({ place: `line ${r.line}`, message: keptApart(r, same) });
      continue;
    }
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
    if (typeof r.draft.note === 'string' && typeof props.note === 'string' && props.note !== r.draft.note)
      warnings.push({
        place: `line ${r.line}`,
        message: `${r.ftmId} is the stored ${String(props.id)}, whose note is kept; the file's note is not stored: ${r.draft.note}`,
      });
    r.draft = draft;
  }
}

/** The warning for a fact kept apart from the stored ones between its ends, each with what differs. */
function keptApart(r: Placed, stored: Props[]): string {
  const each = [...stored]
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .map((props) => {
      const differences = conflictingFields(r.draft, props)
        .map((f) => `${f} ${shown(r.draft[f])} in the file, ${shown(props[f])} stored`)
        .join('; ');
      return `${String(props.id)} (${differences})`;
    });
  return `${r.ftmId} differs from the stored ${String(r.draft.type)} between the same ends: ${each.join(', ')}; created apart as ${r.draft.id}, each claim with its own sources: retract the one that is wrong, or correct it`;
}
