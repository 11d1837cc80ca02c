import {
  addDays,
  COVERAGE_KINDS,
  isInForce,
  PATHWAYS,
  restrictionJudge,
  restrictionStatus,
  type IsoDate,
  type Pathway,
  type ReachRole,
  type Regulation,
} from '../domain';
import { appError, ErrorCode } from '../errors';
import { chipIdsOf } from '../reach/access-graph';
import type { AccessSnapshot } from '../reach/access-index';
import type { PathFilterInput, PathService, Reach } from './path-service';

/** An access (an entity and a chip it reaches) judged on one date. */
export interface ImpactAccess {
  chipId: string;
  asOf: IsoDate;
  reach: Reach;
}

/** A set of accesses with its exact counts. */
export interface ImpactGroup {
  count: number;
  listed: number;
  byPathway: { pathway: Pathway; count: number; restricted: number }[];
  accesses: ImpactAccess[];
}

/** Accesses a rule left unrestricted that a later rule closed when it took effect. */
export interface LaterClosure {
  regulationId: string;
  effective: IsoDate;
  closed: ImpactGroup;
}

export interface RuleImpact {
  regulationId: string;
  effective: IsoDate;
  asOf: IsoDate;
  /** In force on asOf: when not (rescinded, suspended), it restricts nothing that day and leaves nothing open. */
  inForce: boolean;
  chips: string[];
  newlyRestricted: ImpactGroup;
  leftOpen: ImpactGroup;
  laterClosed: LaterClosure[];
}

interface Question {
  snapshot: AccessSnapshot;
  chips: readonly string[];
  maxHops: number;
  filter: PathFilterInput | null | undefined;
  roles: readonly ReachRole[] | null | undefined;
}

/**
 * What a regulation did, read from reachability at its effective date and after: what it made
 * restricted, what it left open in fact, and what later rules closed of what it left.
 */
export class RuleImpactService {
  constructor(private readonly paths: PathService) {}

  async ruleImpact(
    regulationId: string,
    asOf: IsoDate | null,
    chips: readonly string[] | null,
    maxHops: number | null | undefined,
    filter: PathFilterInput | null | undefined,
    roles: readonly ReachRole[] | null | undefined,
  ): Promise<RuleImpact> {
    const snapshot = await this.paths.snapshot();
    const reg = snapshot.context.regulations.get(regulationId);
    if (!reg)
      throw appError(ErrorCode.NOT_FOUND, `no Regulation with id ${regulationId}`, {
        problems: [{ path: ['regulation'], message: 'no Regulation with this id' }],
      });
    const effective = reg.effective;
    if (effective === null) throw noEffectiveDate(reg);
    const judgedOn = asOf ?? effective;
    if (judgedOn < effective) {
      throw appError(ErrorCode.BAD_USER_INPUT, `asOf (${judgedOn}) is before the rule took effect (${effective})`, {
        problems: [{ path: ['asOf'], message: `before ${effective}` }],
      });
    }
    const covered = chipsOf(reg, snapshot, chipIdsOf(snapshot.graph));
    const uncovered = (chips ?? []).flatMap((id, i) =>
      covered.includes(id) ? [] : [{ path: ['chips', i], message: `not among the chips ${reg.name} covers` }],
    );
    if (uncovered.length > 0) {
      throw appError(
        ErrorCode.BAD_USER_INPUT,
        `${uncovered.length} of the chips asked ${uncovered.length === 1 ? 'is' : 'are'} not covered by ${reg.name}, which covers ${covered.join(', ') || 'no chip'}`,
        { problems: uncovered },
      );
    }
    const q: Question = {
      snapshot,
      chips: covered.filter((c) => !chips || chips.includes(c)),
      maxHops: this.paths.checkMaxHops(maxHops),
      filter,
      roles,
    };
    const leftUnrestricted = this.accesses(q, effective, (r) => !r.restricted);
    const left = new Set(leftUnrestricted.map((a) => `${a.reach.originId}|${a.chipId}`));
    const later = [...snapshot.context.regulations.values()]
      .filter((r) => r.id !== reg.id && r.effective !== null && r.effective > effective && r.effective <= judgedOn)
      .sort((a, b) => ((a.effective ?? '') < (b.effective ?? '') ? -1 : 1));
    return {
      regulationId: reg.id,
      effective,
      asOf: judgedOn,
      inForce: isInForce(reg, judgedOn),
      chips: [...q.chips],
      newlyRestricted: group(this.madeRestricted(q, reg, effective)),
      leftOpen: group(this.accesses(q, judgedOn, (r, chip) => r.restricted && among(reg, r, chip, judgedOn, q))),
      laterClosed: later.flatMap((rule) => {
        const closed = this.madeRestricted(q, rule, rule.effective as IsoDate).filter((a) =>
          left.has(`${a.reach.originId}|${a.chipId}`),
        );
        return closed.length > 0
          ? [{ regulationId: rule.id, effective: rule.effective as IsoDate, closed: group(closed) }]
          : [];
      }),
    };
  }

  /** Accesses on the day `rule` took effect that became restricted that day, with it among the reasons. */
  private madeRestricted(q: Question, rule: Regulation, effective: IsoDate): ImpactAccess[] {
    const before = restrictionJudge(addDays(effective, -1), q.snapshot.context);
    return this.accesses(
      q,
      effective,
      (r, chip) => r.restricted && !before(r.originId, chip) && among(rule, r, chip, effective, q),
    );
  }

  /** The accesses to the question's chips on `date` that `keep` keeps. */
  private accesses(q: Question, date: IsoDate, keep: (r: Reach, chipId: string) => boolean): ImpactAccess[] {
    const out: ImpactAccess[] = [];
    for (const chipId of q.chips) {
      const set = this.paths.reachersIn(q.snapshot, chipId, date, q.maxHops, q.filter, q.roles);
      for (const reach of set.reaches) if (keep(reach, chipId)) out.push({ chipId, asOf: date, reach });
    }
    return out;
  }
}

/**
 * The refusal of a rule with no effective date. A listing's designations apply from their own
 * dates (since ever when unknown, marked unverified), so whoCanReach shows what it restricts;
 * a coverage rule with none never took effect. Either way there is no day to weigh it on.
 */
function noEffectiveDate(reg: Regulation) {
  const message = COVERAGE_KINDS.includes(reg.kind)
    ? `${reg.name} never took effect (no effective date): weigh it with \`scenario\``
    : `${reg.name} has no effective date: its designations apply from their own dates (since ever when unknown, marked unverified), which whoCanReach and restrictionStatus show, but there is no day on which it took effect to weigh`;
  return appError(ErrorCode.BAD_USER_INPUT, message, {
    problems: [{ path: ['regulation'], message: 'no effective date' }],
  });
}

/** The chips a rule is weighed over: those it covers, or every chip for a listing or the affiliates rule. */
function chipsOf(reg: Regulation, snapshot: AccessSnapshot, allChips: readonly string[]): string[] {
  if (!COVERAGE_KINDS.includes(reg.kind)) return [...allChips];
  return [...new Set(snapshot.context.coverage.filter((c) => c.regulationId === reg.id).map((c) => c.chipId))].sort();
}

/** Whether `rule` is among the reasons the chip is restricted for the reaching entity on `date`. */
function among(rule: Regulation, r: Reach, chipId: string, date: IsoDate, q: Question): boolean {
  return restrictionStatus(r.originId, chipId, date, q.snapshot.context).reasons.some(
    (x) => x.regulationId === rule.id,
  );
}

function group(accesses: ImpactAccess[]): ImpactGroup {
  const byPathway = new Map<Pathway, { count: number; restricted: number }>();
  let listed = 0;
  for (const a of accesses) {
    if (a.reach.listed) listed += 1;
    for (const pathway of a.reach.pathways) {
      const tally = byPathway.get(pathway) ?? { count: 0, restricted: 0 };
      tally.count += 1;
      if (a.reach.restricted) tally.restricted += 1;
      byPathway.set(pathway, tally);
    }
  }
  return {
    count: accesses.length,
    listed,
    byPathway: PATHWAYS.flatMap((pathway) => {
      const tally = byPathway.get(pathway);
      return tally ? [{ pathway, ...tally }] : [];
    }),
    accesses,
  };
}
