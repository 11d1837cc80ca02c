import {
  periodsOf,
  spansOf,
  type IsoDate,
  type Period,
  type ReachRole,
  type RouteState,
  type TimelineEvent,
  type TimeSpan,
} from '../domain';
import { appError, ErrorCode } from '../errors';
import { dateKey } from '../reach/access-graph';
import type { AccessSnapshot } from '../reach/access-index';
import { usableStepsBetween } from '../reach/search';
import type { EvaluatedPath, PathFilterInput, PathService, Reach } from './path-service';
import {
  backwardScope,
  datesOf,
  eventsOf,
  forwardScope,
  withOwners,
  type EventScope,
  type OwnersOf,
  type Window,
} from './timeline-events';
import { WindowListing } from './window-listing';

/**
 * The most dates of change a timeline is asked at: each is one search (an entity's paths) or
 * one reachability answer (a chip's reachers, far costlier on a large graph).
 */
export const MAX_TIMELINE_DATES = { fromEntity: 3000, toChip: 400 } as const;

/** One route over time: a path (from an entity) or an access (an entity and a chip, to a chip only). */
export interface RouteTimeline {
  /** The path's id, or `entity|chip` for an access. */
  id: string;
  originId: string;
  originName: string;
  chipId: string;
  chipName: string;
  /** The path (an access's best path) as answered on `shownAt`, its last date in the window. */
  path: EvaluatedPath;
  shownAt: IsoDate;
  periods: Period[];
  held: TimeSpan[];
  restricted: TimeSpan[];
  evidenceCurrent: TimeSpan[];
}

export interface AccessTimeline {
  window: Window;
  routes: RouteTimeline[];
  /** Every event that opens or closes a period of some route, by date. */
  events: TimelineEvent[];
  /** The dates at which the answer was asked (the window's start and every date of change). */
  dates: IsoDate[];
  /** Some listing hit the path cap or the work budget at some date. */
  truncated: boolean;
}

interface Sample {
  state: RouteState;
  path: EvaluatedPath;
}

/**
 * Timelines of access: the paths (or accesses) of a question asked at every date at which its
 * answer can change, so that each route's periods are exactly what accessPaths (or whoCanReach)
 * answers on any day of them, each boundary tied to the dated facts that changed there.
 */
export class TimelineService {
  constructor(
    private readonly paths: PathService,
    private readonly staleAfterMonths: number,
  ) {}

  async accessTimeline(
    from: string | null,
    to: string | null,
    window: Window,
    maxHops: number | null | undefined,
    filter: PathFilterInput | null | undefined,
    roles: readonly ReachRole[] | null = null,
  ): Promise<AccessTimeline> {
    checkWindow(window);
    const snapshot = await this.paths.snapshot();
    const hops = this.paths.checkMaxHops(maxHops);
    const owners = ownersIndex(snapshot);
    const listing =
      from === null
        ? null
        : WindowListing.of(this.paths, snapshot, from, to, window, hops, filter, this.staleAfterMonths);
    const scope = listing ? listing.scope(owners) : this.scopeOf(snapshot, from, to, window, hops, filter, owners);
    const events = eventsOf(snapshot, scope, window, this.staleAfterMonths);
    const dates = datesOf(window, events);
    const cap = from !== null ? MAX_TIMELINE_DATES.fromEntity : MAX_TIMELINE_DATES.toChip;
    if (dates.length > cap) {
      throw appError(
        ErrorCode.LIMIT_EXCEEDED,
        `this timeline changes on ${dates.length} dates, more than ${cap}: narrow the window${from === null ? ' or give `from`' : ''}`,
      );
    }
    const changes = listing?.datesOfChange(events, owners) ?? [];
    let truncated = false;
    const samples = dates.map((date) => {
      const answer = listing
        ? sampleOf(listing.at(date, changes))
        : this.answerAt(snapshot, from, to, date, hops, filter, roles);
      truncated ||= answer.truncated;
      return answer.routes;
    });
    const routes = this.routesOf(dates, samples, events, window, snapshot, owners);
    const cited = new Set<TimelineEvent>();
    for (const route of routes)
      for (const p of route.periods) for (const e of [...p.opensWith, ...p.closesWith]) cited.add(e);
    return { window, routes, events: events.filter((e) => cited.has(e)), dates, truncated };
  }

  /** The answer on one date: every route's state, keyed by route id. */
  private answerAt(
    snapshot: AccessSnapshot,
    from: string | null,
    to: string | null,
    date: IsoDate,
    maxHops: number,
    filter: PathFilterInput | null | undefined,
    roles: readonly ReachRole[] | null,
  ): { routes: Map<string, Sample>; truncated: boolean } {
    if (from !== null) return sampleOf(this.paths.listFrom(snapshot, from, to, date, maxHops, filter));
    const routes = new Map<string, Sample>();
    const reach = this.paths.reachersIn(snapshot, to ?? '', date, maxHops, filter, roles);
    for (const r of reach.reaches) routes.set(`${r.originId}|${reach.chipId}`, { path: r.best, state: reachState(r) });
    return { routes, truncated: false };
  }

  private routesOf(
    dates: readonly IsoDate[],
    samples: readonly Map<string, Sample>[],
    events: readonly TimelineEvent[],
    window: Window,
    snapshot: AccessSnapshot,
    owners: OwnersOf,
  ): RouteTimeline[] {
    // Each route's state on each date, and its sample on the last date it was seen.
    const states = new Map<string, (RouteState | null)[]>();
    const lastSeen = new Map<string, Sample>();
    samples.forEach((sample, i) => {
      for (const [id, seen] of sample) {
        let row = states.get(id);
        if (!row) states.set(id, (row = new Array<RouteState | null>(dates.length).fill(null)));
        row[i] = seen.state;
        lastSeen.set(id, seen);
      }
    });
    const byDate = new Map<IsoDate, TimelineEvent[]>();
    for (const e of events) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
    const rulesOf = chipRules(snapshot);
    const routes: RouteTimeline[] = [];
    for (const [id, row] of states) {
      const last = lastSeen.get(id) as Sample;
      const related = relevance(last.path, rulesOf(last.path.chipId), owners);
      const periods = periodsOf(dates, row, window.end, (date) => causesOn(date, byDate, related));
      const nodes = last.path.path.nodes;
      routes.push({
        id,
        originId: last.path.originId,
        originName: nodes[0]?.name ?? '',
        chipId: last.path.chipId,
        chipName: nodes[nodes.length - 1]?.name ?? '',
        path: last.path,
        shownAt: last.path.restriction.asOf,
        periods,
        held: spansOf(periods, () => true, window),
        restricted: spansOf(periods, (p) => p.restricted, window),
        evidenceCurrent: spansOf(periods, (p) => !p.stale, window),
      });
    }
    return routes.sort((a, b) => firstDay(a).localeCompare(firstDay(b)) || a.id.localeCompare(b.id));
  }

  /** What a timeline's answers can depend on, from its ends over the steps usable in the window. */
  private scopeOf(
    snapshot: AccessSnapshot,
    from: string | null,
    to: string | null,
    window: Window,
    maxHops: number,
    filter: PathFilterInput | null | undefined,
    owners: OwnersOf,
  ): EventScope {
    const g = snapshot.graph;
    const rules = { ...this.paths.stepRules(filter, window.start, maxHops), freshSince: null };
    const ok = usableStepsBetween(g, rules, dateKey(window.start), dateKey(window.end));
    const origin = from === null ? undefined : g.index.get(from);
    if (origin !== undefined) return forwardScope(g, origin, maxHops, ok, owners);
    const chip = to === null ? undefined : g.index.get(to);
    if (chip !== undefined) return backwardScope(g, chip, maxHops, ok, owners);
    return { rels: [], entities: new Set(), chips: new Set() };
  }
}

function checkWindow(window: Window): void {
  if (window.start > window.end) {
    throw appError(ErrorCode.BAD_USER_INPUT, `start (${window.start}) is after end (${window.end})`, {
      problems: [{ path: ['start'], message: 'after end' }],
    });
  }
}

/** The routes of accessPaths' answer on a date. */
function sampleOf(set: { paths: EvaluatedPath[]; truncated: boolean }): {
  routes: Map<string, Sample>;
  truncated: boolean;
} {
  const routes = new Map<string, Sample>();
  for (const p of set.paths) {
    routes.set(p.id, {
      path: p,
      state: { restricted: p.restriction.restricted, stale: p.evidence.stale, pathways: p.pathways },
    });
  }
  return { routes, truncated: set.truncated };
}

function reachState(r: Reach): RouteState {
  return { restricted: r.restricted, stale: r.stale, pathways: r.pathways };
}

function firstDay(route: RouteTimeline): string {
  return route.periods[0]?.start ?? '';
}

/**
 * The ids a route's changes can come from: its steps, its nodes and their owners (listings,
 * ownership), its chip's coverage, its rules. A chip's release opens each step into the chip on
 * its own (one event per step): it concerns a route only through the route's own step, not
 * every route to the chip.
 */
function relevance(path: EvaluatedPath, rules: ReadonlySet<string>, owners: OwnersOf): (e: TimelineEvent) => boolean {
  const rels = new Set(path.path.rels.map((r) => r.id));
  const nodes = new Set<string>();
  for (const n of path.path.nodes) withOwners(n.id, nodes, owners);
  return (e) =>
    (e.relationshipId !== null && rels.has(e.relationshipId)) ||
    (e.entityId !== null && nodes.has(e.entityId)) ||
    (e.chipId !== null && e.chipId === path.chipId && e.kind !== 'CHIP_RELEASED') ||
    (e.relationshipId === null && e.regulationId !== null && rules.has(e.regulationId));
}

/** The rules that can restrict a chip: those covering it, listings and the affiliates rule (every chip). */
function chipRules(snapshot: AccessSnapshot): (chipId: string) => ReadonlySet<string> {
  const ctx = snapshot.context;
  const everyChip = [...ctx.regulations.values()]
    .filter((reg) => reg.kind === 'ENTITY_LISTING' || reg.kind === 'AFFILIATES_RULE')
    .map((reg) => reg.id);
  const byChip = new Map<string, Set<string>>();
  return (chipId) => {
    let rules = byChip.get(chipId);
    if (!rules) {
      rules = new Set(everyChip);
      for (const c of ctx.coverage) if (c.chipId === chipId) rules.add(c.regulationId);
      byChip.set(chipId, rules);
    }
    return rules;
  };
}

/**
 * The events of a date that concern a route; when none does, the change came from other paths
 * (a shorter path to the same chip opening or closing changes which lengths are listed, or
 * another path becoming an access's best one).
 */
function causesOn(
  date: IsoDate,
  byDate: ReadonlyMap<IsoDate, TimelineEvent[]>,
  related: (e: TimelineEvent) => boolean,
): TimelineEvent[] {
  const all = byDate.get(date) ?? [];
  const mine = all.filter(related);
  if (mine.length > 0) return mine;
  return [
    {
      date,
      kind: 'OTHER_PATHS',
      description: 'other paths changed on this date (a shorter or surer path to the chip opened or closed)',
      relationshipId: null,
      regulationId: null,
      entityId: null,
      chipId: null,
    },
  ];
}

/** Who owns each entity at any date, from the snapshot's OWNS edges. */
function ownersIndex(snapshot: AccessSnapshot): (entityId: string) => readonly string[] {
  const owners = new Map<string, string[]>();
  for (const o of snapshot.context.ownership) owners.set(o.ownedId, [...(owners.get(o.ownedId) ?? []), o.ownerId]);
  return (id) => owners.get(id) ?? [];
}
