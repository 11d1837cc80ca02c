import { RELATIONSHIP_TYPES, type RelationshipType } from '../domain';
import type { RelationsKey, RelationsSpec } from '../loaders';
import type { RelDirection } from '../repositories/graph-repository';

export type { RelationsSpec };

const spec = (direction: RelDirection, type: RelationshipType): RelationsSpec => ({
  direction,
  types: [type],
  includeRetracted: false,
});

/** What `listed` reads: the designations, judged at a date by its resolver. */
export const LISTED: RelationsSpec = spec('OUT', 'DESIGNATED_UNDER');

const PARTY: Readonly<Record<string, RelationsSpec>> = {
  owners: spec('IN', 'OWNS'),
  subsidiaries: spec('OUT', 'OWNS'),
  controllers: spec('IN', 'CONTROLS'),
  controls: spec('OUT', 'CONTROLS'),
  rentsFrom: spec('OUT', 'RENTS_FROM'),
  procuresFrom: spec('OUT', 'PROCURES_FROM'),
  procuresFor: spec('IN', 'PROCURES_FROM'),
  operates: spec('OUT', 'OPERATES'),
  acquired: spec('OUT', 'ACQUIRED'),
  funders: spec('IN', 'FUNDS'),
  funds: spec('OUT', 'FUNDS'),
  designations: spec('OUT', 'DESIGNATED_UNDER'),
  // `listed` reads the designations too (and judges them at a date).
  listed: LISTED,
};

/**
 * The relationship fields of each object type with fixed relations (the `relationships` field,
 * whose relations come from its arguments, is `relationshipsSpecs`). The field resolvers
 * (model.ts) and the look-ahead (lookahead.ts) both read this table, so a primed loader key is
 * always the key the field asks for.
 */
export const RELATION_FIELDS: Readonly<Record<string, Readonly<Record<string, RelationsSpec>>>> = {
  Entity: PARTY,
  CloudProvider: { ...PARTY, hosts: spec('OUT', 'HOSTS'), renters: spec('IN', 'RENTS_FROM') },
  DataCenter: {
    operators: spec('IN', 'OPERATES'),
    hosts: spec('OUT', 'HOSTS'),
    renters: spec('IN', 'RENTS_FROM'),
  },
  Chip: {
    hostedBy: spec('IN', 'HOSTS'),
    acquiredBy: spec('IN', 'ACQUIRED'),
    restrictedBy: spec('IN', 'RESTRICTS'),
    manufacturers: spec('IN', 'MANUFACTURES'),
  },
  Regulation: {
    restricts: spec('OUT', 'RESTRICTS'),
    designees: spec('IN', 'DESIGNATED_UNDER'),
    supersedes: spec('OUT', 'SUPERSEDES'),
    supersededBy: spec('IN', 'SUPERSEDES'),
  },
};

/** The object types whose `relationships(types, direction, includeRetracted)` field reads relations. */
export const TYPES_WITH_RELATIONSHIPS_FIELD: ReadonlySet<string> = new Set(['Entity', 'CloudProvider']);

export interface RelationshipsArgs {
  types?: readonly string[] | null;
  direction?: 'OUT' | 'IN' | 'BOTH' | null;
  includeRetracted?: boolean | null;
}

/** What `relationships(...)` loads: one spec per direction asked, every type when none is given. */
export function relationshipsSpecs(args: RelationshipsArgs): RelationsSpec[] {
  const types: readonly string[] = args.types && args.types.length > 0 ? args.types : RELATIONSHIP_TYPES;
  const directions: RelDirection[] =
    args.direction === 'OUT' ? ['OUT'] : args.direction === 'IN' ? ['IN'] : ['OUT', 'IN'];
  return directions.map((direction) => ({ direction, types, includeRetracted: args.includeRetracted ?? false }));
}

/**
 * The relations a field of an object type loads, from its arguments: none for a field that is not
 * a relationship field.
 */
export function relationsSpecsOf(typeName: string, fieldName: string, args: Record<string, unknown>): RelationsSpec[] {
  if (fieldName === 'relationships' && TYPES_WITH_RELATIONSHIPS_FIELD.has(typeName)) {
    return relationshipsSpecs(args as RelationshipsArgs);
  }
  const fields = Object.hasOwn(RELATION_FIELDS, typeName) ? RELATION_FIELDS[typeName] : undefined;
  const fixed = fields && Object.hasOwn(fields, fieldName) ? fields[fieldName] : undefined;
  return fixed ? [fixed] : [];
}

/** The loader key of a spec for one node. */
export function relationsKey(nodeId: string, s: RelationsSpec): RelationsKey {
  return { nodeId, direction: s.direction, types: s.types, includeRetracted: s.includeRetracted };
}
