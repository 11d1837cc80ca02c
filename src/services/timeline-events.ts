import { addDays, staleFrom, type IsoDate, type TimelineEvent, type TimelineEventKind } from '../domain';
import { AccessGraph, CHIP, isoOf, NO_DATE, OPEN_END, OPEN_START, T } from '../reach/access-graph';
import type { AccessSnapshot } from '../reach/access-index';

/** The dates of a question: both ends inclusive. */
export interface Window {
  start: IsoDate;
  end: IsoDate;
}

/** What a timeline's answers can depend on: steps, the entities judged, the chips reached. */
export interface EventScope {
  rels: readonly number[];
  entities: ReadonlySet<string>;
  chips: ReadonlySet<string>;
}

/**
 * Every dated change inside the window (after its first day, up to its last) that can change
 * the answers of a timeline over `scope`: steps starting and ending (the day after their end
 * date) and their evidence ageing, every regulation's own dates, the coverage of the chips, the
 * listings of the entities and the ownership of them (the affiliates rule). Sorted by date.
 */
export function eventsOf(
  snapshot: AccessSnapshot,
  scope: EventScope,
  window: Window,
  staleAfterMonths: number,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const add = (
    date: IsoDate | null | undefined,
    kind: TimelineEventKind,
    description: string,
    about: Partial<TimelineEvent>,
  ) => {
    if (!date || date <= window.start || date > window.end) return;
    events.push({
      date,
      kind,
      description,
      relationshipId: null,
      regulationId: null,
      entityId: null,
      chipId: null,
      ...about,
    });
  };
  const g = snapshot.graph;
  for (const r of scope.rels) stepEvents(g, r, staleAfterMonths, add);
  const ctx = snapshot.context;
  const name = (id: string) => ctx.entities.get(id)?.name ?? g.names[g.index.get(id) ?? -1] ?? id;
  for (const reg of ctx.regulations.values()) {
    const about = { regulationId: reg.id };
    const label = reg.citation && !reg.name.includes(reg.citation) ? `${reg.name} (${reg.citation})` : reg.name;
    add(reg.effective, 'RULE_TAKES_EFFECT', `${label} takes effect`, about);
    add(reg.suspendedFrom, 'RULE_SUSPENDED', `${label} is suspended`, about);
    add(reg.suspendedUntil, 'RULE_SUSPENSION_ENDS', `the suspension of ${label} ends`, about);
    add(reg.rescinded, 'RULE_RESCINDED', `${label} is rescinded`, about);
    if (reg.statusKnownUntil) {
      const after = addDays(reg.statusKnownUntil, 1);
      add(after, 'RULE_STATUS_UNKNOWN', `the status of ${label} is not known after ${reg.statusKnownUntil}`, about);
    }
  }
  const regName = (id: string) => ctx.regulations.get(id)?.citation ?? ctx.regulations.get(id)?.name ?? id;
  for (const c of ctx.coverage) {
    if (!scope.chips.has(c.chipId)) continue;
    const about = { relationshipId: c.relId ?? null, regulationId: c.regulationId, chipId: c.chipId };
    add(c.startDate, 'CHIP_COVERED', `${regName(c.regulationId)} covers ${name(c.chipId)}`, about);
    if (c.endDate)
      add(
        addDays(c.endDate, 1),
        'CHIP_COVERAGE_ENDS',
        `${regName(c.regulationId)} no longer covers ${name(c.chipId)}`,
        about,
      );
  }
  for (const d of ctx.designations) {
    if (!scope.entities.has(d.entityId)) continue;
    const about = { relationshipId: d.relId ?? null, regulationId: d.regulationId, entityId: d.entityId };
    add(d.startDate, 'LISTED', `${name(d.entityId)} listed under ${regName(d.regulationId)}`, about);
    if (d.endDate)
      add(
        addDays(d.endDate, 1),
        'LISTING_ENDS',
        `${name(d.entityId)} no longer listed under ${regName(d.regulationId)}`,
        about,
      );
  }
  for (const o of ctx.ownership) {
    if (!scope.entities.has(o.ownedId)) continue;
    const about = { relationshipId: o.relId ?? null, entityId: o.ownedId };
    const what = `${name(o.ownerId)} owns ${o.share === null ? 'a share of' : `${Math.round(o.share * 1000) / 10}% of`} ${name(o.ownedId)}`;
    add(o.startDate, 'OWNERSHIP_STARTS', `${what} from this date`, about);
    if (o.endDate) add(addDays(o.endDate, 1), 'OWNERSHIP_ENDS', `${what} no longer`, about);
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function stepEvents(
  g: AccessGraph,
  r: number,
  staleAfterMonths: number,
  add: (date: IsoDate | null, kind: TimelineEventKind, description: string, about: Partial<TimelineEvent>) => void,
): void {
  const rel = g.rel(r);
  const step = `${g.names[g.from[r] ?? 0]} ${rel.type} ${g.names[g.to[r] ?? 0]}`;
  const about = { relationshipId: rel.id };
  const start = g.start[r] ?? OPEN_START;
  const heldFrom = g.heldFrom[r] ?? OPEN_START;
  const end = g.end[r] ?? OPEN_END;
  if (heldFrom > start) {
    const chip = g.to[r] ?? 0;
    const since = start === OPEN_START ? 'its start is not known' : `its record says ${isoOf(start)}`;
    add(isoOf(heldFrom), 'CHIP_RELEASED', `${g.names[chip]} is released: ${step} holds from this date (${since})`, {
      ...about,
      chipId: g.ids[chip] ?? null,
    });
  } else if (start !== OPEN_START) add(isoOf(start), 'STEP_STARTS', `${step} from this date`, about);
  if (end !== OPEN_END) add(addDays(isoOf(end), 1), 'STEP_ENDS', `${step} ended the day before`, about);
  const last = g.lastEvidence[r] ?? NO_DATE;
  if (end === OPEN_END && last !== NO_DATE) {
    const lastEvidence = isoOf(last);
    add(
      staleFrom(lastEvidence, staleAfterMonths),
      'EVIDENCE_AGES',
      `${step}: its last evidence (${lastEvidence}) is more than ${staleAfterMonths} months old`,
      about,
    );
  }
}

/** The dates at which a timeline's answers are asked: the window's start and every event date. */
export function datesOf(window: Window, events: readonly TimelineEvent[]): IsoDate[] {
  return [window.start, ...new Set(events.map((e) => e.date))];
}

/**
 * The steps, entities and chips within maxHops of an entity (forward along access steps, and up
 * to controllers at the start) over the steps `ok`: everything its paths can pass through.
 */
export function forwardScope(
  g: AccessGraph,
  origin: number,
  maxHops: number,
  ok: Uint8Array,
  owners: OwnersOf,
): EventScope {
  return walkScope(g, origin, maxHops, ok, owners, (node, depth, visit) => {
    forEachRel(g.out, node, (r) => visit(r, g.to[r] ?? 0));
    // A path may climb to controllers at its start: OWNS or CONTROLS taken against their direction.
    if (depth < 2) forEachRel(g.in, node, (r) => (isControl(g, r) ? visit(r, g.from[r] ?? 0) : undefined));
  });
}

/** The steps, entities and chips within maxHops of a chip, walking back (and down to controlled companies). */
export function backwardScope(
  g: AccessGraph,
  chip: number,
  maxHops: number,
  ok: Uint8Array,
  owners: OwnersOf,
): EventScope {
  return walkScope(g, chip, maxHops, ok, owners, (node, _depth, visit) => {
    forEachRel(g.in, node, (r) => visit(r, g.from[r] ?? 0));
    forEachRel(g.out, node, (r) => (isControl(g, r) ? visit(r, g.to[r] ?? 0) : undefined));
  });
}

/** Who owns an entity, at any date (the affiliates rule reads ownership up the chain). */
export type OwnersOf = (entityId: string) => readonly string[];

function walkScope(
  g: AccessGraph,
  start: number,
  maxHops: number,
  ok: Uint8Array,
  owners: OwnersOf,
  expand: (node: number, depth: number, visit: (rel: number, next: number) => void) => void,
): EventScope {
  const depth = new Map<number, number>([[start, 0]]);
  const rels = new Set<number>();
  let frontier = [start];
  for (let d = 0; d < maxHops && frontier.length > 0; d += 1) {
    const next: number[] = [];
    for (const node of frontier) {
      expand(node, d, (r, other) => {
        if (!ok[r]) return;
        rels.add(r);
        if (!depth.has(other)) {
          depth.set(other, d + 1);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  const entities = new Set<string>();
  const chips = new Set<string>();
  for (const n of depth.keys()) {
    const id = g.ids[n] ?? '';
    if ((g.flags[n] ?? 0) & CHIP) chips.add(id);
    else withOwners(id, entities, owners);
  }
  return { rels: [...rels], entities, chips };
}

/** Adds an entity and everyone who owns it, directly or up the chain. */
export function withOwners(id: string, into: Set<string>, owners: OwnersOf): void {
  const stack = [id];
  while (stack.length > 0) {
    const e = stack.pop() as string;
    if (into.has(e)) continue;
    into.add(e);
    stack.push(...owners(e));
  }
}

function forEachRel(adj: AccessGraph['out'], node: number, fn: (r: number) => void): void {
  const end = adj.start[node + 1] ?? 0;
  for (let i = adj.start[node] ?? 0; i < end; i += 1) fn(adj.rels[i] ?? 0);
}

function isControl(g: AccessGraph, r: number): boolean {
  return g.type[r] === T.OWNS || g.type[r] === T.CONTROLS;
}

/**
 * The release of each chip inside the window (after its first day, up to its last): on a
 * trend's axis, where accesses to a chip can first appear. One event per chip, tied to no step.
 */
export function chipReleaseEvents(g: AccessGraph, chipIds: readonly string[], window: Window): TimelineEvent[] {
  return chipIds.flatMap((chipId): TimelineEvent[] => {
    const chip = g.index.get(chipId);
    const released = chip === undefined ? NO_DATE : (g.released[chip] ?? NO_DATE);
    if (released === NO_DATE) return [];
    const date = isoOf(released);
    if (date <= window.start || date > window.end) return [];
    return [
      {
        date,
        kind: 'CHIP_RELEASED',
        description: `${g.names[chip as number]} is released: no step into it holds before this date`,
        relationshipId: null,
        regulationId: null,
        entityId: null,
        chipId,
      },
    ];
  });
}
