import {
  getNamedType,
  isObjectType,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { projectRoot } from '../../../src/config';
import { buildSchema } from '../../../src/graphql/schema';
import { RELATIONSHIP_TYPES } from '../../../src/domain';
import { relationTypes, selectRelations } from '../../../src/loaders';
import type { RelRecord } from '../../../src/repositories/records';
import { planSpecs, relationsPlan, specKey } from '../../../src/resolvers/lookahead';
import { RELATION_FIELDS, relationsSpecsOf } from '../../../src/resolvers/relation-fields';

const schema = buildSchema(projectRoot());

/** The resolve info of the query's first root field, as graphql-js would pass it. */
function infoOf(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const field = operation.selectionSet.selections[0] as FieldNode;
  const returnType = schema.getQueryType()?.getFields()[field.name.value]?.type;
  if (!returnType) throw new Error(`no root field ${field.name.value}`);
  return { schema, fragments, variableValues: variables, fieldNodes: [field], returnType };
}

const keys = (plan: ReturnType<typeof relationsPlan>, type: string) => (plan.get(type) ?? []).map(specKey).sort();

describe('relationsPlan', () => {
  it('lists the relations of the selected relationship fields, per possible type', () => {
    const plan = relationsPlan(
      infoOf(`{ node(id: "x") { id ... on Entity { name owners { share from { id } } rentsFrom { to { id } } } } }`),
    );
    expect([...plan.keys()]).toEqual(['Entity']);
    expect(keys(plan, 'Entity')).toEqual(['IN|OWNS|false', 'OUT|RENTS_FROM|false']);
  });

  it('is empty without relationship fields, and ignores those below the first level', () => {
    expect(relationsPlan(infoOf(`{ node(id: "x") { id name ... on Entity { kind sources { id } } } }`)).size).toBe(0);
    const plan = relationsPlan(
      infoOf(
        `{ node(id: "x") { ... on Entity { owners { from { ... on Entity { owners { id } subsidiaries { id } } } } } } }`,
      ),
    );
    expect(keys(plan, 'Entity')).toEqual(['IN|OWNS|false']);
  });

  it('applies a fragment on an interface to every type implementing it', () => {
    const plan = relationsPlan(
      infoOf(`{ node(id: "x") { ... on Party { subsidiaries { id } } ... on Chip { hostedBy { id } } } }`),
    );
    expect(keys(plan, 'Entity')).toEqual(['OUT|OWNS|false']);
    expect(keys(plan, 'CloudProvider')).toEqual(['OUT|OWNS|false']);
    expect(keys(plan, 'Chip')).toEqual(['IN|HOSTS|false']);
    expect(plan.has('DataCenter')).toBe(false);
  });

  it('follows named fragments and reads arguments from variables', () => {
    const plan = relationsPlan(
      infoOf(
        `query Q($r: Boolean, $t: [RelationshipType!]) { node(id: "x") { ...F } }
         fragment F on Entity { relationships(types: $t, direction: OUT, includeRetracted: $r) { id } listed }`,
        { r: true, t: ['OWNS', 'FUNDS'] },
      ),
    );
    expect(keys(plan, 'Entity')).toEqual(['OUT|DESIGNATED_UNDER|false', 'OUT|FUNDS,OWNS|true']);
  });

  it('gives `relationships` without arguments both directions and every type', () => {
    const plan = relationsPlan(infoOf(`{ node(id: "x") { ... on Entity { relationships { id } } } }`));
    const all = [...RELATIONSHIP_TYPES].sort().join(',');
    expect(keys(plan, 'Entity')).toEqual([`IN|${all}|false`, `OUT|${all}|false`]);
  });

  it('honours @skip and @include', () => {
    const plan = relationsPlan(
      infoOf(
        `query Q($no: Boolean!) { node(id: "x") { ... on Entity {
           owners @skip(if: true) { id } funds @include(if: $no) { id } ... @include(if: false) { controls { id } } acquired { id } } } }`,
        { no: false },
      ),
    );
    expect(keys(plan, 'Entity')).toEqual(['OUT|ACQUIRED|false']);
  });

  it('keeps one spec per relations asked, whatever the aliases', () => {
    const plan = relationsPlan(
      infoOf(`{ node(id: "x") { ... on Entity { a: owners { id } b: owners(asOf: "2024-01-01") { id } } } }`),
    );
    expect(keys(plan, 'Entity')).toEqual(['IN|OWNS|false']);
    expect(planSpecs(plan)).toHaveLength(1);
  });

  it('walks down a path (a connection to its nodes)', () => {
    const plan = relationsPlan(infoOf(`{ entities { totalCount nodes { id controls { id } } } }`), ['nodes']);
    expect(keys(plan, 'Entity')).toEqual(['OUT|CONTROLS|false']);
    expect(relationsPlan(infoOf(`{ entities { totalCount } }`), ['nodes']).size).toBe(0);
  });
});

describe('RELATION_FIELDS', () => {
  it('covers every relationship-list field of the node types, and nothing else', () => {
    for (const name of ['Entity', 'CloudProvider', 'DataCenter', 'Chip', 'Regulation', 'Source']) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(name);
      const listed = Object.values(type.getFields())
        .filter((f) => getNamedType(f.type).name === 'Relationship' && f.name !== 'relationships')
        .map((f) => f.name)
        .sort();
      const table = Object.keys(RELATION_FIELDS[name] ?? {})
        .filter((f) => f !== 'listed')
        .sort();
      expect(table).toEqual(listed);
    }
    expect(relationsSpecsOf('Entity', 'name', {})).toEqual([]);
    expect(relationsSpecsOf('Entity', 'constructor', {})).toEqual([]);
  });
});

describe('relation types of a statement', () => {
  it('reads a type retracted or not once any spec asks so, and each type once', () => {
    expect(
      relationTypes([
        { direction: 'OUT', types: ['OWNS', 'FUNDS'], includeRetracted: false },
        { direction: 'OUT', types: ['OWNS'], includeRetracted: true },
        { direction: 'IN', types: ['OWNS'], includeRetracted: false },
      ]),
    ).toEqual({ out: ['FUNDS'], outAll: ['OWNS'], in: ['OWNS'], inAll: [] });
  });

  it('selects a key’s relationships as the relations statements filter them', () => {
    const rel = (id: string, type: string, retracted?: boolean | null): RelRecord => ({
      id,
      type,
      fromId: 'a',
      toId: 'b',
      startDate: null,
      endDate: null,
      confidence: 'REPORTED',
      sources: [],
      ...(retracted === undefined ? {} : { retracted }),
    });
    const rels = [rel('1', 'OWNS'), rel('2', 'OWNS', true), rel('3', 'OWNS', false), rel('4', 'FUNDS', null)];
    const ids = (list: RelRecord[]) => list.map((r) => r.id);
    expect(ids(selectRelations(rels, { direction: 'OUT', types: ['OWNS'], includeRetracted: false }))).toEqual([
      '1',
      '3',
    ]);
    expect(ids(selectRelations(rels, { direction: 'OUT', types: ['OWNS'], includeRetracted: true }))).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(ids(selectRelations(rels, { direction: 'OUT', types: ['FUNDS', 'OWNS'], includeRetracted: false }))).toEqual(
      ['1', '3', '4'],
    );
  });
});
