import { heldAt } from './dates';
import { designatedEntitiesAt } from './designations';
import { compareIds, regulationsInForce, statusUnverified } from './regulations';
import type { IsoDate, OwnershipEdge, Regulation, RestrictionContext } from './types';

/** Longest ownership chain followed (edges); the Cypher loaders stop at the same depth. */
export const MAX_OWNERSHIP_DEPTH = 10;
/** The affiliates rule's threshold: owned 50% or more in aggregate by listed parties. */
export const AFFILIATE_THRESHOLD = 0.5;
/** Tolerance for float sums, so that 0.3 + 0.2 reaches 0.5. */
export const SHARE_EPSILON = 1e-9;

/** One party's aggregate stake in another, through every chain between them. */
export interface OwnerShare {
  /** The other party: the owner in `ownersOf`, the held entity in `holdingsOf`. */
  entityId: string;
  /** Sum over the chains with known shares of the product of their shares. */
  share: number;
  /** Number of distinct simple chains between the two (known or not). */
  chains: number;
  /** Chains with at least one unknown share: left out of `share`, counted so they can be shown. */
  unknownChains: number;
}

export interface OwnershipOptions {
  /** Longest chain followed, in edges (default MAX_OWNERSHIP_DEPTH). */
  maxDepth?: number;
  /** Parties the walk does not go past: they are reached and reported, their own owners are not. */
  stopAt?: ReadonlySet<string>;
}

/** Effective ownership of every owned entity at a date. */
export interface EffectiveOwnership {
  /** owned entity id → owner id → aggregate known share. */
  shares: Map<string, Map<string, number>>;
  /** Everyone who owns `entityId` directly or indirectly, largest share first. */
  ownersOf(entityId: string): OwnerShare[];
}

/** neighbour id → share (null when unknown), for one entity, one direction. */
type Adjacency = Map<string, Map<string, number | null>>;

/** A share is usable when it is a number in 0..1; anything else counts as unknown. */
function knownShare(share: number | null): number | null {
  return share !== null && Number.isFinite(share) && share >= 0 && share <= 1 ? share : null;
}

/**
 * Indexes the OWNS edges held at `date`, upward (owned → owners) or downward (owner → owned).
 * Two edges between the same pair are taken as the same stake reported twice: the larger known
 * share is kept, so that duplicated reports do not add up past 100%.
 */
function index(edges: readonly OwnershipEdge[], date: IsoDate, upward: boolean): Adjacency {
  const adj: Adjacency = new Map();
  for (const e of edges) {
    if (!heldAt(e, date) || e.ownerId === e.ownedId) continue;
    const [key, other] = upward ? [e.ownedId, e.ownerId] : [e.ownerId, e.ownedId];
    let row = adj.get(key);
    if (!row) adj.set(key, (row = new Map()));
    const share = knownShare(e.share);
    const previous = row.get(other);
    if (previous === undefined) row.set(other, share);
    else if (share !== null && (previous === null || share > previous)) row.set(other, share);
  }
  return adj;
}

/** Adjacency per edge list and date: a request's context is read for many entities at one date. */
const indexMemo = new WeakMap<readonly OwnershipEdge[], Map<string, Adjacency>>();

/** index(), built once per edge list, date and direction. */
function indexOnce(edges: readonly OwnershipEdge[], date: IsoDate, upward: boolean): Adjacency {
  let byKey = indexMemo.get(edges);
  if (!byKey) indexMemo.set(edges, (byKey = new Map()));
  const key = `${upward ? 'up' : 'down'}|${date}`;
  let adj = byKey.get(key);
  if (!adj) byKey.set(key, (adj = index(edges, date, upward)));
  return adj;
}

/**
 * Walks every simple chain from `start` (no party twice, so cycles terminate), at most
 * `maxDepth` edges long, multiplying shares along each chain and adding the chains per party.
 */
function walk(adj: Adjacency, start: string, options: OwnershipOptions = {}): OwnerShare[] {
  const maxDepth = options.maxDepth ?? MAX_OWNERSHIP_DEPTH;
  const acc = new Map<string, OwnerShare>();
  const onChain = new Set<string>([start]);
  const visit = (node: string, product: number | null, depth: number): void => {
    for (const [next, share] of adj.get(node) ?? []) {
      if (onChain.has(next)) continue;
      const chainShare = product === null || share === null ? null : product * share;
      let entry = acc.get(next);
      if (!entry) acc.set(next, (entry = { entityId: next, share: 0, chains: 0, unknownChains: 0 }));
      entry.chains += 1;
      if (chainShare === null) entry.unknownChains += 1;
      else entry.share += chainShare;
      if (depth + 1 >= maxDepth || options.stopAt?.has(next)) continue;
      onChain.add(next);
      visit(next, chainShare, depth + 1);
      onChain.delete(next);
    }
  };
  visit(start, 1, 0);
  return [...acc.values()].sort((a, b) => b.share - a.share || compareIds(a.entityId, b.entityId));
}

/**
 * Everyone who owns `entityId` at `date`, directly or through chains of OWNS edges held then.
 * Effective share of owner O in E = Σ over distinct simple chains O → … → E of Π of the shares
 * along the chain. A chain with an unknown (null) share adds nothing to the share but is
 * counted in `unknownChains`. Chains are at most 10 edges long and never revisit a party.
 */
export function ownersOf(
  edges: readonly OwnershipEdge[],
  entityId: string,
  date: IsoDate,
  options?: OwnershipOptions,
): OwnerShare[] {
  return walk(indexOnce(edges, date, true), entityId, options);
}

/** ownersOf over the context's OWNS edges: everyone who owns `entityId` at `date`, all chains counted. */
export function ownersAt(entityId: string, date: IsoDate, ctx: RestrictionContext): OwnerShare[] {
  return ownersOf(ctx.ownership, entityId, date);
}

/** What `rootId` holds at `date` at every level, with the same formula as `ownersOf`. */
export function holdingsOf(
  edges: readonly OwnershipEdge[],
  rootId: string,
  date: IsoDate,
  options?: OwnershipOptions,
): OwnerShare[] {
  return walk(indexOnce(edges, date, false), rootId, options);
}

/**
 * Aggregate ownership through chains, for every entity owned at `date`: multiply the shares
 * along a chain, add parallel chains (distinct simple paths), only OWNS edges held at `date`,
 * unknown shares ignored in the sum but reported (`unknownChains`), cycle-safe, depth ≤ 10.
 */
export function effectiveOwnership(
  edges: readonly OwnershipEdge[],
  date: IsoDate,
  options?: OwnershipOptions,
): EffectiveOwnership {
  const up = indexOnce(edges, date, true);
  const owners = new Map<string, OwnerShare[]>();
  const shares = new Map<string, Map<string, number>>();
  for (const owned of up.keys()) {
    const list = walk(up, owned, options);
    owners.set(owned, list);
    shares.set(owned, new Map(list.map((o) => [o.entityId, o.share])));
  }
  return { shares, ownersOf: (entityId) => owners.get(entityId) ?? [] };
}

/** Where an entity stands under the affiliates (50%) rule at a date. */
export interface AffiliateStatus {
  /** AFFILIATES_RULE regulations in force at the date (empty: nobody is caught). */
  rules: Regulation[];
  /** Owners listed at the date, with the share counted for each. */
  listedOwners: OwnerShare[];
  /** Σ of the listed owners' shares. */
  aggregateShare: number;
  /** rules ≠ ∅ and aggregateShare + 1e-9 ≥ 0.5. */
  caught: boolean;
}

/**
 * The affiliates (50%) rule for one entity at `date`:
 *   aggregateShare = Σ over listed owners L of effectiveShare(L in entity), where chains stop at
 *   the first listed party met going up from the entity;
 *   caught = an AFFILIATES_RULE is in force at date and aggregateShare ≥ 0.5 (with 1e-9 tolerance).
 * Stopping at the first listed party keeps a listed parent and its listed subsidiary from
 * counting the same stake twice (a listed A owning 100% of a listed B that owns 60% of E gives
 * 60%, not 120%). Listed means a designation that applies at date (see designationApplies).
 * Shares multiply along chains as the domain model says: a listed parent's 60% of a company
 * that owns 80% of E gives 48%, not caught (OFAC's practice of treating a 50%-owned company as
 * itself blocked would catch it; the model does not).
 */
export function affiliateStatus(
  entityId: string,
  date: IsoDate,
  ctx: RestrictionContext,
  listed: ReadonlySet<string> = designatedEntitiesAt(date, ctx),
): AffiliateStatus {
  const rules = regulationsInForce(ctx.regulations.values(), ['AFFILIATES_RULE'], date);
  const listedOwners = ownersOf(ctx.ownership, entityId, date, { stopAt: listed }).filter(
    (o) => listed.has(o.entityId) && (o.share > 0 || o.unknownChains > 0),
  );
  const aggregateShare = listedOwners.reduce((sum, o) => sum + o.share, 0);
  const caught = rules.length > 0 && aggregateShare + SHARE_EPSILON >= AFFILIATE_THRESHOLD;
  return { rules, listedOwners, aggregateShare, caught };
}

/** An entity the affiliates rule catches. */
export interface AffiliateCatch {
  entityId: string;
  regulationId: string;
  citation: string | null;
  owners: Pick<OwnerShare, 'entityId' | 'share' | 'unknownChains'>[];
  aggregateShare: number;
  /** The entity is itself listed too (the rule adds nothing for it, but it is caught all the same). */
  alsoDesignated: boolean;
  /** The rule's status at the date is not known to the graph (statusUnverified). */
  unverified: boolean;
}

/**
 * Every entity the affiliates (50%) rule catches at `date` (see affiliateStatus for the formula),
 * one entry per AFFILIATES_RULE in force, sorted by entity id; empty when no such rule is in
 * force (before it takes effect, while suspended, after rescission). Only entities with an
 * OWNS edge in `ctx.ownership` are considered.
 */
export function affiliatesCaught(date: IsoDate, ctx: RestrictionContext): AffiliateCatch[] {
  if (regulationsInForce(ctx.regulations.values(), ['AFFILIATES_RULE'], date).length === 0) return [];
  const listed = designatedEntitiesAt(date, ctx);
  const candidates = [...ownedByAny(listed, date, ctx.ownership)].sort(compareIds);
  const out: AffiliateCatch[] = [];
  for (const entityId of candidates) {
    const status = affiliateStatus(entityId, date, ctx, listed);
    if (!status.caught) continue;
    for (const rule of status.rules) {
      out.push({
        entityId,
        regulationId: rule.id,
        citation: rule.citation,
        owners: status.listedOwners.map((o) => ({
          entityId: o.entityId,
          share: o.share,
          unknownChains: o.unknownChains,
        })),
        aggregateShare: status.aggregateShare,
        alsoDesignated: listed.has(entityId),
        unverified: statusUnverified(rule, date),
      });
    }
  }
  return out;
}

/**
 * Every entity owned at `date`, directly or through others, by one of `owners`: the only
 * entities the affiliates rule can catch when `owners` are the listed parties.
 */
export function ownedByAny(owners: ReadonlySet<string>, date: IsoDate, edges: readonly OwnershipEdge[]): Set<string> {
  const down = indexOnce(edges, date, false);
  const seen = new Set<string>();
  const queue = [...owners];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const owned of down.get(id)?.keys() ?? []) {
      if (seen.has(owned)) continue;
      seen.add(owned);
      queue.push(owned);
    }
  }
  return seen;
}
