import { judgeByDate, monthsBefore, type IsoDate, type TimelineEvent } from '../domain';
import { dateKey, OPEN_END, type AccessGraph } from '../reach/access-graph';
import type { AccessSnapshot } from '../reach/access-index';
import { enumeratePaths, LENGTHS_PER_CHIP, usableStepsBetween, type IndexPath } from '../reach/search';
import {
  comparePaths,
  ENUMERATION_BUDGET,
  type EvaluatedPath,
  type PathFilterInput,
  type PathService,
} from './path-service';
import { withOwners, type EventScope, type OwnersOf, type Window } from './timeline-events';

/** The most paths of a window listed at once; past it, a timeline asks the search on each date instead. */
const WINDOW_PATH_CAP = 50_000;

/**
 * accessPaths' answer on any date of a window, from one listing of every path of the window.
 * The path grammar does not depend on the date, only which steps hold does: so the paths on a
 * date are the window's paths whose steps all hold then, listed by the same rule as the search
 * (per chip, the three shortest lengths; past the path cap, stop after the length reached). A
 * path is judged again only on the dates at which something it depends on changes.
 */
export class WindowListing {
  private readonly judged = new Map<number, { until: IsoDate | null; path: EvaluatedPath }>();
  private readonly judge;

  private constructor(
    private readonly paths: PathService,
    private readonly snapshot: AccessSnapshot,
    readonly all: readonly IndexPath[],
    private readonly maxHops: number,
    private readonly filter: PathFilterInput | null | undefined,
    private readonly staleAfterMonths: number,
  ) {
    this.judge = judgeByDate(snapshot.context);
  }

  /** The listing, or null when the window holds more paths than one listing takes (the budget, the cap). */
  static of(
    paths: PathService,
    snapshot: AccessSnapshot,
    from: string,
    to: string | null,
    window: Window,
    maxHops: number,
    filter: PathFilterInput | null | undefined,
    staleAfterMonths: number,
  ): WindowListing | null {
    const g = snapshot.graph;
    const origin = g.index.get(from);
    const chip = to === null ? null : (g.index.get(to) ?? -1);
    if (origin === undefined) return new WindowListing(paths, snapshot, [], maxHops, filter, staleAfterMonths);
    const rules = { ...paths.stepRules(filter, window.start, maxHops), freshSince: null };
    const ok = usableStepsBetween(g, rules, dateKey(window.start), dateKey(window.end));
    const found = enumeratePaths(
      g,
      origin,
      rules,
      ok,
      {
        budget: ENUMERATION_BUDGET,
        maxPaths: WINDOW_PATH_CAP,
        lengthsPerChip: Number.POSITIVE_INFINITY,
      },
      chip,
    );
    if (found.truncated) return null;
    return new WindowListing(paths, snapshot, found.paths, maxHops, filter, staleAfterMonths);
  }

  /** What the paths can depend on: their steps, the entities on them, their chips. */
  scope(owners: OwnersOf): EventScope {
    const g = this.snapshot.graph;
    const rels = new Set<number>();
    const entities = new Set<string>();
    const chips = new Set<string>();
    for (const p of this.all) {
      for (const r of p.rels) rels.add(r);
      p.nodes.forEach((n, i) => {
        const id = g.ids[n] ?? '';
        if (i === p.nodes.length - 1) chips.add(id);
        else withOwners(id, entities, owners);
      });
    }
    return { rels: [...rels], entities, chips };
  }

  /**
   * Each path's dates of change, sorted: its steps' events, every rule event, its chip's coverage,
   * the listings and ownership of the entities on it and of their owners.
   */
  datesOfChange(events: readonly TimelineEvent[], owners: OwnersOf): IsoDate[][] {
    const g = this.snapshot.graph;
    const byKey = new Map<string, IsoDate[]>();
    const add = (key: string, date: IsoDate) => byKey.set(key, [...(byKey.get(key) ?? []), date]);
    const rules: IsoDate[] = [];
    for (const e of events) {
      if (e.chipId !== null) add(`c:${e.chipId}`, e.date);
      else if (e.entityId !== null) add(`e:${e.entityId}`, e.date);
      else if (e.relationshipId !== null) add(`r:${e.relationshipId}`, e.date);
      else rules.push(e.date);
    }
    return this.all.map((p) => {
      const dates = new Set(rules);
      for (const r of p.rels) for (const d of byKey.get(`r:${g.relIds[r] ?? ''}`) ?? []) dates.add(d);
      const chip = g.ids[p.nodes[p.nodes.length - 1] ?? 0] ?? '';
      for (const d of byKey.get(`c:${chip}`) ?? []) dates.add(d);
      const entities = new Set<string>();
      for (const n of p.nodes.slice(0, -1)) withOwners(g.ids[n] ?? '', entities, owners);
      for (const e of entities) for (const d of byKey.get(`e:${e}`) ?? []) dates.add(d);
      return [...dates].sort();
    });
  }

  /** accessPaths' answer on `date`: `changes[i]` are path i's dates of change. */
  at(date: IsoDate, changes: readonly IsoDate[][]): { paths: EvaluatedPath[]; truncated: boolean } {
    const g = this.snapshot.graph;
    const day = dateKey(date);
    const fresh = this.filter?.excludeStale ? dateKey(monthsBefore(date, this.staleAfterMonths)) : null;
    const holds = (p: IndexPath) => p.rels.every((r) => stepHolds(g, r, day, fresh));
    const { listed, truncated } = listByLength(this.all, holds, this.paths.maxPaths, this.maxHops);
    const evaluated = listed.map((i) => this.judgedAt(i, date, changes[i] ?? []));
    const kept = this.paths.filter(evaluated, this.filter).sort(comparePaths);
    return { paths: kept.slice(0, this.paths.maxPaths), truncated: truncated || kept.length > this.paths.maxPaths };
  }

  /** Path i judged on `date`, or its judgement of an earlier date when nothing it depends on changed since. */
  private judgedAt(i: number, date: IsoDate, changes: readonly IsoDate[]): EvaluatedPath {
    const kept = this.judged.get(i);
    if (kept && (kept.until === null || date < kept.until) && kept.path.restriction.asOf <= date) return kept.path;
    const g = this.snapshot.graph;
    const [path] = this.paths.evaluate(
      [this.paths.accessPath(g, this.all[i] as IndexPath)],
      date,
      this.snapshot.context,
      this.judge,
    ) as [EvaluatedPath];
    this.judged.set(i, { until: changes.find((d) => d > date) ?? null, path });
    return path;
  }
}

/** Whether step r holds on `day` (yyyymmdd), with evidence on or after `fresh` when an open-ended step must have it. */
function stepHolds(g: AccessGraph, r: number, day: number, fresh: number | null): boolean {
  if ((g.heldFrom[r] ?? 0) > day || (g.end[r] ?? OPEN_END) < day) return false;
  return fresh === null || g.end[r] !== OPEN_END || (g.lastEvidence[r] ?? 0) >= fresh;
}

/**
 * The indexes of the paths that hold, listed as enumeratePaths lists them: length by length, per
 * chip the three shortest lengths, stopping after the length at which the cap is passed.
 * `all` is in the order of lengths.
 */
function listByLength(
  all: readonly IndexPath[],
  holds: (p: IndexPath) => boolean,
  maxPaths: number,
  maxHops: number,
): { listed: number[]; truncated: boolean } {
  const listed: number[] = [];
  const lengthsPerChip = new Map<number, number>();
  let i = 0;
  while (i < all.length) {
    const length = all[i]?.rels.length ?? 0;
    const chips = new Set<number>();
    for (; i < all.length && (all[i]?.rels.length ?? 0) === length; i += 1) {
      const p = all[i] as IndexPath;
      const chip = p.nodes[p.nodes.length - 1] ?? -1;
      if ((lengthsPerChip.get(chip) ?? 0) >= LENGTHS_PER_CHIP || !holds(p)) continue;
      listed.push(i);
      chips.add(chip);
    }
    for (const chip of chips) lengthsPerChip.set(chip, (lengthsPerChip.get(chip) ?? 0) + 1);
    if (listed.length > maxPaths) return { listed, truncated: length < maxHops };
  }
  return { listed, truncated: false };
}
