import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLOutputType,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type InlineFragmentNode,
  type FragmentSpreadNode,
  type SelectionSetNode,
} from 'graphql';
import { relationsSpecsOf, type RelationsSpec } from './relation-fields';

/**
 * Look-ahead: what a resolver that loads nodes can learn from its selection before it loads
 * them. For each object type a loaded node may turn out to be, the relations that the selected
 * relationship fields (RELATION_FIELDS, `relationships(...)`, `listed`) will ask the relations
 * loader for, with their arguments (variables applied, @skip/@include honoured, fragments
 * followed only where their type condition matches, as graphql-js itself collects fields).
 * Pure: the schema and the document only, no I/O.
 */
export type RelationsPlan = ReadonlyMap<string, readonly RelationsSpec[]>;

type SelectionInfo = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues' | 'fieldNodes' | 'returnType'>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
}

/**
 * The relations plan of the field being resolved, or of a field below it: `path` names the
 * fields to walk down first (`['nodes']` for a connection's nodes). Empty when no relationship
 * field is selected.
 */
export function relationsPlan(info: SelectionInfo, path: readonly string[] = []): RelationsPlan {
  const walk: Walk = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  let type: GraphQLNamedType = getNamedType(info.returnType);
  let fieldNodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    if (!isObjectType(type)) return new Map();
    const below = [...collectFields(walk, type, fieldNodes).values()].flat().filter((f) => f.name.value === name);
    const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[name];
    if (!field || below.length === 0) return new Map();
    type = getNamedType(field.type as GraphQLOutputType);
    fieldNodes = below;
  }
  const candidates: readonly GraphQLObjectType[] = isAbstractType(type)
    ? info.schema.getPossibleTypes(type)
    : isObjectType(type)
      ? [type]
      : [];
  const plan = new Map<string, RelationsSpec[]>();
  for (const candidate of candidates) {
    const specs = new Map<string, RelationsSpec>();
    for (const nodes of collectFields(walk, candidate, fieldNodes).values()) {
      const first = nodes[0] as FieldNode;
      const definition = candidate.getFields()[first.name.value];
      if (!definition) continue; // __typename
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(definition, first, walk.variables as Record<string, unknown>);
      } catch {
        continue; // the field's own resolution reports the bad argument
      }
      for (const spec of relationsSpecsOf(candidate.name, first.name.value, args)) specs.set(specKey(spec), spec);
    }
    if (specs.size > 0) plan.set(candidate.name, [...specs.values()]);
  }
  return plan;
}

/** A spec's identity (types in any order are the same relations). */
export function specKey(spec: RelationsSpec): string {
  return `${spec.direction}|${[...spec.types].sort().join(',')}|${String(spec.includeRetracted)}`;
}

/** Every spec of a plan, whatever the type, without repeats. */
export function planSpecs(plan: RelationsPlan): RelationsSpec[] {
  const all = new Map<string, RelationsSpec>();
  for (const specs of plan.values()) for (const spec of specs) all.set(specKey(spec), spec);
  return [...all.values()];
}

/** The fields selected on an object type, by response key (graphql-js's CollectFields). */
function collectFields(
  walk: Walk,
  type: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!included(walk, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(walk, type, selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = walk.fragments[name];
        if (visited.has(name) || !fragment) continue;
        visited.add(name);
        if (applies(walk, type, fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet);
  return fields;
}

function included(walk: Walk, node: FieldNode | InlineFragmentNode | FragmentSpreadNode): boolean {
  const variables = walk.variables as Record<string, unknown>;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
  return true;
}

function applies(walk: Walk, type: GraphQLObjectType, condition: string | undefined): boolean {
  if (condition === undefined) return true;
  const conditionType = walk.schema.getType(condition);
  if (!conditionType) return false;
  if (conditionType === type) return true;
  return isAbstractType(conditionType) && walk.schema.isSubType(conditionType, type);
}
