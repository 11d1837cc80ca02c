import { heldAt, isInForce } from '../domain';
import type { Regulation as RegulationFact } from '../domain';
import type { AppContext } from '../context';
import { RELATIONSHIP_TYPES } from '../import/format';
import type { RelDirection } from '../repositories/graph-repository';
import type { NodeRecord, RelRecord } from '../repositories/records';

type Args = { asOf?: string | null };

/** A resolver for a relationship field: one node's relationships of some types, held at asOf. */
function relations(direction: RelDirection, types: string[]) {
  return async (parent: NodeRecord, args: Args, ctx: AppContext): Promise<RelRecord[]> => {
    const rels = await ctx.loaders.relations.load({ nodeId: parent.id, direction, types, includeRetracted: false });
    const asOf = args.asOf;
    return asOf ? rels.filter((r) => heldAt(r, asOf)) : rels;
  };
}

async function loadNodes(ids: unknown, ctx: AppContext): Promise<NodeRecord[]> {
  const list = Array.isArray(ids) ? (ids as string[]) : [];
  const nodes = await ctx.loaders.node.loadMany(list);
  return nodes.filter((n): n is NodeRecord => n !== null && !(n instanceof Error));
}

const sources = (parent: NodeRecord, _args: unknown, ctx: AppContext) => loadNodes(parent.sources, ctx);
const aliases = (parent: NodeRecord) => (parent.aliases as string[] | undefined) ?? [];

const partyFields = {
  aliases,
  sources,
  isCloudProvider: (parent: NodeRecord) => parent.labels.includes('CloudProvider'),
  owners: relations('IN', ['OWNS']),
  subsidiaries: relations('OUT', ['OWNS']),
  controllers: relations('IN', ['CONTROLS']),
  controls: relations('OUT', ['CONTROLS']),
  rentsFrom: relations('OUT', ['RENTS_FROM']),
  procuresFrom: relations('OUT', ['PROCURES_FROM']),
  procuresFor: relations('IN', ['PROCURES_FROM']),
  operates: relations('OUT', ['OPERATES']),
  acquired: relations('OUT', ['ACQUIRED']),
  funders: relations('IN', ['FUNDS']),
  funds: relations('OUT', ['FUNDS']),
  designations: relations('OUT', ['DESIGNATED_UNDER']),
  listed: async (parent: NodeRecord, args: Args, ctx: AppContext) => {
    const rels = await ctx.loaders.relations.load({
      nodeId: parent.id,
      direction: 'OUT',
      types: ['DESIGNATED_UNDER'],
      includeRetracted: false,
    });
    const date = args.asOf ?? ctx.today;
    return rels.some((r) => heldAt(r, date));
  },
  allSubsidiaries: async (parent: NodeRecord, args: Args, ctx: AppContext) =>
    ctx.loaders.holdings.load({ rootId: parent.id, asOf: args.asOf ?? ctx.today }),
  relationships: async (
    parent: NodeRecord,
    args: {
      types?: string[] | null;
      direction?: 'OUT' | 'IN' | 'BOTH' | null;
      asOf?: string | null;
      includeRetracted?: boolean | null;
    },
    ctx: AppContext,
  ) => {
    const types: readonly string[] = args.types && args.types.length > 0 ? args.types : RELATIONSHIP_TYPES;
    const directions: RelDirection[] =
      args.direction === 'OUT' ? ['OUT'] : args.direction === 'IN' ? ['IN'] : ['OUT', 'IN'];
    const lists = await Promise.all(
      directions.map((direction) =>
        ctx.loaders.relations.load({
          nodeId: parent.id,
          direction,
          types,
          includeRetracted: args.includeRetracted ?? false,
        }),
      ),
    );
    const asOf = args.asOf;
    return lists.flat().filter((r) => !asOf || heldAt(r, asOf));
  },
};

function resolveNodeType(node: NodeRecord): string {
  const labels = node.labels;
  if (labels.includes('CloudProvider')) return 'CloudProvider';
  for (const label of ['Entity', 'DataCenter', 'Chip', 'Regulation', 'Source']) {
    if (labels.includes(label)) return label;
  }
  throw new Error(`node ${node.id} has no known label`);
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
  CloudProvider: {
    ...partyFields,
    hosts: relations('OUT', ['HOSTS']),
    renters: relations('IN', ['RENTS_FROM']),
  },
  DataCenter: {
    aliases,
    sources,
    operators: relations('IN', ['OPERATES']),
    hosts: relations('OUT', ['HOSTS']),
    renters: relations('IN', ['RENTS_FROM']),
  },
  Chip: {
    aliases,
    sources,
    hostedBy: relations('IN', ['HOSTS']),
    acquiredBy: relations('IN', ['ACQUIRED']),
    restrictedBy: relations('IN', ['RESTRICTS']),
    manufacturers: relations('IN', ['MANUFACTURES']),
  },
  Regulation: {
    aliases,
    sources,
    destinations: (parent: NodeRecord) => (parent.destinations as string[] | undefined) ?? [],
    headquarteredIn: (parent: NodeRecord) => (parent.headquarteredIn as string[] | undefined) ?? [],
    inForce: (parent: NodeRecord, args: Args, ctx: AppContext) =>
      isInForce(regulationFact(parent), args.asOf ?? ctx.today),
    restricts: relations('OUT', ['RESTRICTS']),
    designees: relations('IN', ['DESIGNATED_UNDER']),
    supersedes: relations('OUT', ['SUPERSEDES']),
    supersededBy: relations('IN', ['SUPERSEDES']),
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
