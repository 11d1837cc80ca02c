import { heldAt } from './dates';
import { groupedOnce } from './grouping';
import { compareIds, isActive, isInForce } from './regulations';
import type { Designation, IsoDate, Regulation, RestrictionContext } from './types';

/** A designation that applies at a date, with the listing it is under. */
export interface ActiveDesignation {
  designation: Designation;
  regulation: Regulation;
}

/**
 * Whether a designation applies at `date`:
 *   heldAt(designation, date)
 *   and its regulation is an ENTITY_LISTING
 *   and (listing.effective ≠ null ? isInForce(listing, date) : the listing is neither rescinded
 *        nor suspended at date).
 * A listing with no known effective date is taken to be in force from the designation's own
 * start date (heldAt checks it); a designation with no start date counts as in force. A
 * designation under an unknown regulation, or under a kind other than ENTITY_LISTING, is ignored.
 */
export function designationApplies(d: Designation, date: IsoDate, regulations: Map<string, Regulation>): boolean {
  const reg = regulations.get(d.regulationId);
  if (!reg || reg.kind !== 'ENTITY_LISTING' || !heldAt(d, date)) return false;
  return reg.effective !== null ? isInForce(reg, date) : isActive(reg, date);
}

/** Designations by entity, built once per designation list (a request reads it for many entities). */
const byEntityMemo = new WeakMap<readonly Designation[], Map<string, Designation[]>>();

function designationsOf(entityId: string, designations: readonly Designation[]): readonly Designation[] {
  return groupedOnce(designations, (d) => d.entityId, byEntityMemo).get(entityId) ?? [];
}

/** The designations of `entityId` that apply at `date`, sorted by regulation id. */
export function designationsAt(entityId: string, date: IsoDate, ctx: RestrictionContext): ActiveDesignation[] {
  const out: ActiveDesignation[] = [];
  for (const d of designationsOf(entityId, ctx.designations)) {
    if (d.entityId !== entityId || !designationApplies(d, date, ctx.regulations)) continue;
    const regulation = ctx.regulations.get(d.regulationId);
    if (regulation) out.push({ designation: d, regulation });
  }
  return out.sort((a, b) => compareIds(a.regulation.id, b.regulation.id));
}

/** Whether `entityId` is listed (has a designation that applies) at `date`. */
export function isDesignatedAt(entityId: string, date: IsoDate, ctx: RestrictionContext): boolean {
  return designationsOf(entityId, ctx.designations).some((d) => designationApplies(d, date, ctx.regulations));
}

/** Same as isDesignatedAt (the name the resolvers use). */
export const designatedAt = isDesignatedAt;

/** Every entity listed at `date`. */
export function designatedEntitiesAt(date: IsoDate, ctx: RestrictionContext): Set<string> {
  const out = new Set<string>();
  for (const d of ctx.designations) if (designationApplies(d, date, ctx.regulations)) out.add(d.entityId);
  return out;
}
