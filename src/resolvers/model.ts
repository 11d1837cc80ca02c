import { heldAt, isInForce, primaryLabel } from '../domain';
import type { Regulation as RegulationFact } from '../domain';
import type { AppContext } from '../context';
import { loadAll } from '../loaders';
import type { NodeRecord, RelRecord } from '../repositories/records';
import {
  LISTED,
  RELATION_FIELDS,
  relationsKey,
  relationshipsSpecs,
  type RelationsSpec,
  type RelationshipsArgs,
} from './relation-fields';

type Args = { asOf?: string | null };

/** A resolver for a relationship field: one node's relationships of some types, held at asOf. */
function relations(spec: RelationsSpec) {
  return async (parent: NodeRecord, args: Args, ctx: AppContext): Promise<RelRecord[]> => {
    const rels = await ctx.loaders.relations.load(relationsKey(parent.id, spec));
    const asOf = args.asOf;
    return asOf ? rels.filter((r) => heldAt(r, asOf)) : rels;
  };
}

/** The resolvers of every fixed relationship field of a type (RELATION_FIELDS), `listed` apart. */
function relationFields(typeName: string) {
  const fields = RELATION_FIELDS[typeName] ?? {};
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([field]) => field !== 'listed')
      .map(([field, spec]) => [field, relations(spec)]),
  );
}

async function loadNodes(ids: unknown, ctx: AppContext): Promise<NodeRecord[]> {
  const list = Array.isArray(ids) ? (ids as string[]) : [];
  // A cited id with no node is left out; a failed load fails the field.
  const nodes = await loadAll(ctx.loaders.node, list);
  return nodes.filter((n): n is NodeRecord => n !== null);
}

const sources = (parent: NodeRecord, _args: unknown, ctx: AppContext) => loadNodes(parent.sources, ctx);
const aliases = (parent: NodeRecord) => (parent.aliases as string[] | undefined) ?? [];

const partyFields = {
  aliases,
  sources,
  isCloudProvider: (parent: NodeRecord) => parent.labels.includes('CloudProvider'),
  ...relationFields('Entity'),
  listed: async (parent: NodeRecord, args: Args, ctx: AppContext) => {
    const rels = await ctx.loaders.relations.load(relationsKey(parent.id, LISTED));
    const date = args.asOf ?? ctx.today;
    return rels.some((r) => heldAt(r, date));
  },
  allSubsidiaries: async (parent: NodeRecord, args: Args, ctx: AppContext) =>
    ctx.loaders.holdings.load({ rootId: parent.id, asOf: args.asOf ?? ctx.today }),
  relationships: async (parent: NodeRecord, args: RelationshipsArgs & { asOf?: string | null }, ctx: AppContext) => {
    const lists = await Promise.all(
      relationshipsSpecs(args).map((spec) => ctx.loaders.relations.load(relationsKey(parent.id, spec))),
    );
    const asOf = args.asOf;
    return lists.flat().filter((r) => !asOf || heldAt(r, asOf));
  },
};

/** The GraphQL object type of a stored node, from its labels. */
export function resolveNodeType(node: NodeRecord): string {
  const label = primaryLabel(node.labels);
  if (label === null) throw new Error(`node ${node.id} has no known label`);
  return label;
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

export const modelResolvers = {
  Node: { __resolveType: resolveNodeType },
  Party: { __resolveType: resolveNodeType },
  Entity: partyFields,
  CloudProvider: { ...partyFields, ...relationFields('CloudProvider') },
  DataCenter: { aliases, sources, ...relationFields('DataCenter') },
  Chip: { aliases, sources, ...relationFields('Chip') },
  Regulation: {
    aliases,
    sources,
    destinations: (parent: NodeRecord) => (parent.destinations as string[] | undefined) ?? [],
    headquarteredIn: (parent: NodeRecord) => (parent.headquarteredIn as string[] | undefined) ?? [],
    inForce: (parent: NodeRecord, args: Args, ctx: AppContext) =>
      isInForce(regulationFact(parent), args.asOf ?? ctx.today),
    ...relationFields('Regulation'),
  },
  Holding: {
    entity: (parent: { entity: string }, _args: unknown, ctx: AppContext) => ctx.loaders.node.load(parent.entity),
  },
  Source: {
    name: (parent: NodeRecord) => (parent.title as string | undefined) ?? parent.name,
  },
  Relationship: {
    from: (parent: RelRecord, _args: unknown, ctx: AppContext) => ctx.loaders.node.load(parent.fromId),
    to: (parent: RelRecord, _args: unknown, ctx: AppContext) => ctx.loaders.node.load(parent.toId),
    sources: (parent: RelRecord, _args: unknown, ctx: AppContext) => loadNodes(parent.sources, ctx),
    heldAt: (parent: RelRecord, args: Args) => (args.asOf ? heldAt(parent, args.asOf) : true),
    retracted: (parent: RelRecord) => parent.retracted === true,
    retraction: (parent: RelRecord) =>
      parent.retracted === true
        ? { reason: parent.retractedReason, by: parent.retractedBy, at: parent.retractedAt }
        : null,
  },
};
