import type { OwnerShare, Period } from '../domain';
import type { PageInfo } from './generated';
import type { EvaluatedPath, Reach, ReachSet } from '../services/path-service';
import type { RouteTimeline } from '../services/timeline-service';

/**
 * What the field resolvers of the answers the resolvers put together receive (codegen.ts maps
 * each of those GraphQL types to its model here).
 */

/** OwnerShare: a party's aggregate share (restriction reasons and affiliate catches carry only these). */
export type OwnerShareModel = Pick<OwnerShare, 'entityId' | 'share' | 'unknownChains'>;

/** AccessPathConnection: one page of an entity's paths. */
export interface AccessPathPage {
  nodes: EvaluatedPath[];
  totalCount: number;
  truncated: boolean;
  pageInfo: PageInfo;
}

/** WhoCanReach: one page of the entities that reach a chip, with the whole answer for the counts. */
export interface WhoCanReachPage {
  answer: ReachSet;
  entities: Reach[];
  pageInfo: PageInfo;
}

/** EffectiveOwnership: who owns an entity at a date, and whether the affiliates rule catches it. */
export interface EffectiveOwnershipModel {
  entityId: string;
  asOf: string;
  owners: OwnerShare[];
  listedOwners: OwnerShare[];
  listedShare: number;
  listedShareIsLowerBound: boolean;
  caughtByAffiliatesRule: boolean;
  /** The affiliates rule in force at asOf, if any. */
  affiliatesRuleId: string | null;
}

/** TimelinePeriod: a period of a route, with the route (its restriction is judged for the route's pair). */
export interface RoutePeriod extends Period {
  route: RouteTimeline;
}
