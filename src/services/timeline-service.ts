import {
  periodsOf,
  spansOf,
  type IsoDate,
  type Period,
  type RouteState,
  type TimelineEvent,
  type TimeSpan,
} from '../domain';
import { appError, ErrorCode } from '../errors';
import { dateKey } from '../reach/access-graph';
import type { AccessSnapshot } from '../reach/access-index';
import { usableStepsBetween } from '../reach/search';
import type { EvaluatedPath, PathFilterInput, PathService, Reach, ReachRole } from './path-service';
import { backwardScope, datesOf, eventsOf, forwardScope, type EventScope, type Window } from './timeline-events';

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
    const scope = this.scopeOf(snapshot, from, to, window, hops, filter);
    const events = eventsOf(snapshot, scope, window, this.staleAfterMonths);
    const dates = datesOf(window, events);
    const cap = from !== null ? MAX_TIMELINE_DATES.fromEntity : MAX_TIMELINE_DATES.toChip;
    if (dates.length > cap) {
      throw appError(
        ErrorCode.LIMIT_EXCEEDED,
        `this timeline changes on ${dates.length} dates, more than ${cap}: narrow the window${from === null ? ' or give `from`' : ''}`,
      );
    }
    let truncated = false;
    const samples = dates.map((date) => {
      const answer = this.answerAt(snapshot, from, to, date, hops, filter, roles);
      truncated ||= answer.truncated;
      return answer.routes;
    });
    const routes = this.routesOf(dates, samples, events, window, snapshot);
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
    const routes = new Map<string, Sample>();
    if (from !== null) {
      const set = this.paths.listFrom(snapshot, from, to, date, maxHops, filter);
      for (const p of set.paths)
        routes.set(p.id, { path: p, state: stateOf(p.restriction.restricted, p.evidence.stale, p) });
      return { routes, truncated: set.truncated };
    }
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
  ): RouteTimeline[] {
    const ids = new Set<string>();
    for (const sample of samples) for (const id of sample.keys()) ids.add(id);
    const byDate = new Map<IsoDate, TimelineEvent[]>();
    for (const e of events) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
    const routes: RouteTimeline[] = [];
    for (const id of ids) {
      const states = samples.map((s) => s.get(id)?.state ?? null);
      const lastIndex = states.reduce((last, s, i) => (s ? i : last), -1);
      const last = samples[lastIndex]?.get(id) as Sample;
      const related = relevance(last.path, snapshot);
      const causes = (date: IsoDate) => causesOn(date, byDate, related);
      const periods = periodsOf(dates, states, window.end, causes);
      routes.push({
        id,
        originId: last.path.originId,
        originName: last.path.path.nodes[0]?.name ?? '',
        chipId: last.path.chipId,
        chipName: last.path.path.nodes[last.path.path.nodes.length - 1]?.name ?? '',
        path: last.path,
        shownAt: dates[lastIndex] ?? window.start,
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
  ): EventScope {
    const g = snapshot.graph;
    const rules = { ...this.paths.stepRules(filter, window.start, maxHops), freshSince: null };
    const ok = usableStepsBetween(g, rules, dateKey(window.start), dateKey(window.end));
    const owners = ownersIndex(snapshot);
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

function stateOf(restricted: boolean, stale: boolean, path: EvaluatedPath): RouteState {
  return { restricted, stale, pathways: path.pathways };
}

function reachState(r: Reach): RouteState {
  return { restricted: r.restricted, stale: r.stale, pathways: r.pathways };
}

function firstDay(route: RouteTimeline): string {
  return route.periods[0]?.start ?? '';
}

/** The ids a route's changes can come from: its steps, its nodes (listings, ownership), its chip, every rule. */
function relevance(path: EvaluatedPath, snapshot: AccessSnapshot): (e: TimelineEvent) => boolean {
  const rels = new Set(path.path.rels.map((r) => r.id));
  const nodes = new Set(path.path.nodes.map((n) => n.id));
  const ctx = snapshot.context;
  for (const o of ctx.ownership) if (nodes.has(o.ownedId)) nodes.add(o.ownerId);
  // Rules that can restrict this chip: those covering it, and listings and the affiliates rule (every chip).
  const rules = new Set(ctx.coverage.filter((c) => c.chipId === path.chipId).map((c) => c.regulationId));
  for (const reg of ctx.regulations.values())
    if (reg.kind === 'ENTITY_LISTING' || reg.kind === 'AFFILIATES_RULE') rules.add(reg.id);
  return (e) =>
    (e.relationshipId !== null && rels.has(e.relationshipId)) ||
    (e.entityId !== null && nodes.has(e.entityId)) ||
    (e.chipId !== null && e.chipId === path.chipId) ||
    (e.relationshipId === null && e.regulationId !== null && rules.has(e.regulationId));
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
