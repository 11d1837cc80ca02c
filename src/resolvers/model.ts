import { heldAt, isInForce, primaryLabel, serviceKindOf, stepHeldAt, STEPS_INTO_CHIP } from '../domain';
import type { Label, Regulation as RegulationFact, RelRecord } from '../domain';
import type { AppContext } from '../context';
import type { EntityResolvers, PartyResolvers, Resolvers, ResolverFn } from './generated';
import type { NodeRecord } from '../repositories/records';
import { citedNodes, existingNode } from './existing';
import {
  LISTED,
  RELATION_FIELDS,
  relationsKey,
  relationshipsSpecs,
  type RelationField,
  type RelationFieldsType,
  type RelationsSpec,
} from './relation-fields';

type RelationResolver = ResolverFn<RelRecord[], NodeRecord, AppContext, { asOf?: string | null }>;

/**
 * Whether a relationship held on `date` as paths read it: its own dates, and for a step into a
 * chip (HOSTS, ACQUIRED) not before the chip's releaseDate. The chip is read through the node
 * loader, which the relationship's loader has primed.
 */
async function heldOn(ctx: AppContext, rel: RelRecord, date: string): Promise<boolean> {
  // Only a step into a chip reads its far node (its release).
  if (!STEPS_INTO_CHIP.includes(rel.type)) return stepHeldAt(rel, null, date);
  const chip = await ctx.loaders.node.load(rel.toId);
  return stepHeldAt(rel, { releaseDate: (chip?.releaseDate as string | null | undefined) ?? null }, date);
}

async function heldOnly(ctx: AppContext, rels: RelRecord[], asOf: string | null | undefined): Promise<RelRecord[]> {
  if (!asOf) return rels;
  const held = await Promise.all(rels.map((r) => heldOn(ctx, r, asOf)));
  return rels.filter((_, i) => held[i]);
}

/** A resolver for a relationship field: one node's relationships of some types, held at asOf. */
function relations(spec: RelationsSpec): RelationResolver {
  return async (parent, args, ctx) => {
    const rels = await ctx.loaders.relations.load(relationsKey(parent.id, spec));
    return heldOnly(ctx, rels, args.asOf);
  };
}

/** The resolvers of every fixed relationship field of a type (RELATION_FIELDS), `listed` apart. */
function relationFields<T extends RelationFieldsType>(
  typeName: T,
): Record<Exclude<RelationField<T>, 'listed'>, RelationResolver> {
  const fields: Readonly<Record<string, RelationsSpec>> = RELATION_FIELDS[typeName];
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([field]) => field !== 'listed')
      .map(([field, spec]) => [field, relations(spec)]),
  ) as Record<Exclude<RelationField<T>, 'listed'>, RelationResolver>;
}

const sources = (parent: NodeRecord, _args: unknown, ctx: AppContext) => citedNodes(ctx, parent.sources);
const aliases = (parent: NodeRecord) => (parent.aliases as string[] | undefined) ?? [];

const partyFields: EntityResolvers = {
  aliases,
  sources,
  isCloudProvider: (parent) => parent.labels.includes('CloudProvider'),
  ...relationFields('Entity'),
  listed: async (parent, args, ctx) => {
    const rels = await ctx.loaders.relations.load(relationsKey(parent.id, LISTED));
    const date = args.asOf ?? ctx.today;
    return rels.some((r) => heldAt(r, date));
  },
  allSubsidiaries: async (parent, args, ctx) =>
    ctx.loaders.holdings.load({ rootId: parent.id, asOf: args.asOf ?? ctx.today }),
  relationships: async (parent, args, ctx) => {
    const lists = await Promise.all(
      relationshipsSpecs(args).map((spec) => ctx.loaders.relations.load(relationsKey(parent.id, spec))),
    );
    return heldOnly(ctx, lists.flat(), args.asOf);
  },
};

/** The GraphQL object type of a stored node, from its labels. */
export function resolveNodeType(node: NodeRecord): Label {
  const label = primaryLabel(node.labels);
  if (label === null) throw new Error(`node ${node.id} has no known label`);
  return label;
}

/** The Party type of a stored entity; anything else in a Party field is a broken answer. */
function resolvePartyType(node: NodeRecord): 'Entity' | 'CloudProvider' {
  const type = resolveNodeType(node);
  if (type !== 'Entity' && type !== 'CloudProvider') throw new Error(`node ${node.id} is not a party`);
  return type;
}

/** The regulation fields the domain logic reads, from a stored node. */
export function regulationFact(node: NodeRecord): RegulationFact {
  const str = (k: string) => (node[k] as string | null | undefined) ?? null;
  return {
    id: node.id,
    name: node.name,
    kind: String(node.kind) as RegulationFact['kind'],
    citation: str('citation'),
    effective: str('effective'),
    suspendedFrom: str('suspendedFrom'),
    suspendedUntil: str('suspendedUntil'),
    rescinded: str('rescinded'),
    destinations: (node.destinations as string[] | undefined) ?? [],
    headquarteredIn: (node.headquarteredIn as string[] | undefined) ?? [],
  };
}

/** A retraction's audit field, written with the flag (retract/set-retraction.cypher). */
function auditField(rel: RelRecord, field: 'retractedReason' | 'retractedBy' | 'retractedAt'): string {
  const value = rel[field];
  if (!value) throw new Error(`relationship ${rel.id} is marked retracted without ${field}`);
  return value;
}

const party: PartyResolvers = { __resolveType: resolvePartyType };

export const modelResolvers: Resolvers = {
  Node: { __resolveType: resolveNodeType },
  Party: party,
  Entity: partyFields,
  CloudProvider: { ...partyFields, ...relationFields('CloudProvider') },
  DataCenter: { aliases, sources, ...relationFields('DataCenter') },
  Chip: { aliases, sources, ...relationFields('Chip') },
  Regulation: {
    aliases,
    sources,
    destinations: (parent) => (parent.destinations as string[] | undefined) ?? [],
    headquarteredIn: (parent) => (parent.headquarteredIn as string[] | undefined) ?? [],
    inForce: (parent, args, ctx) => isInForce(regulationFact(parent), args.asOf ?? ctx.today),
    ...relationFields('Regulation'),
  },
  Holding: {
    entity: (parent, _args, ctx) => existingNode(ctx, parent.entity),
  },
  Source: {
    name: (parent) => (parent.title as string | undefined) ?? parent.name,
  },
  Relationship: {
    from: (parent, _args, ctx) => existingNode(ctx, parent.fromId),
    to: (parent, _args, ctx) => existingNode(ctx, parent.toId),
    sources: (parent, _args, ctx) => citedNodes(ctx, parent.sources),
    heldAt: (parent, args, ctx) => (args.asOf ? heldOn(ctx, parent, args.asOf) : true),
    serviceKind: (parent) => serviceKindOf(parent),
    retracted: (parent) => parent.retracted === true,
    retraction: (parent) => (parent.retracted === true ? parent : null),
  },
  Retraction: {
    reason: (rel) => auditField(rel, 'retractedReason'),
    by: (rel) => auditField(rel, 'retractedBy'),
    at: (rel) => auditField(rel, 'retractedAt'),
  },
};
