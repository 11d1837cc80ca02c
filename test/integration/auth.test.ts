import path from 'node:path';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { MUTATION_ROLES } from '../../src/auth/policy';
import { buildSchema } from '../../src/graphql/schema';
import { createTestApp, type TestApp } from '../support/app';
import { API_KEYS, as, KEYS } from '../support/keys';

/**
 * Access control: every Mutation field of the schema is refused without a key and with a reader
 * key (and the admin ones with an analyst key), and nothing is written in any refused case.
 */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let app: TestApp;
const schema = buildSchema(path.resolve(__dirname, '../..'));
const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});

/** A value of an input type that passes GraphQL's own checks (so that the request reaches execution). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type)) out[field.name] = sample(field.type);
    return out;
  }
  const named = getNamedType(type);
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'JSONObject':
        return {};
      default:
        return 'x';
    }
  }
  return null;
}

/** One operation calling one mutation with sample arguments. */
function operationFor(name: string): { query: string; variables: Record<string, unknown> } {
  const field = mutationFields.find((f) => f.name === name);
  if (!field) throw new Error(`no mutation ${name}`);
  const args = field.args.filter((a) => isNonNullType(a.type));
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `mutation${decl ? `(${decl})` : ''} { ${name}${call ? `(${call})` : ''} { __typename } }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type)])),
  };
}

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await app.server.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Data | null; errors?: { message: string; extensions?: Data }[] },
  };
}

const SRC = 'src-auth';
const seedDoc = {
  format: 'chip-access-graph/v1',
  sources: [{ id: SRC, publisher: 'Test', title: 'Auth test' }],
  nodes: [
    { id: 'alpha', label: 'Entity', name: 'Alpha', sources: [SRC] },
    { id: 'alpha-dup', label: 'Entity', name: 'Alpha Ltd', sources: [SRC] },
  ],
  relationships: [
    { id: 'alpha-owns-dup', type: 'OWNS', from: 'alpha', to: 'alpha-dup', confidence: 'REPORTED', sources: [SRC] },
  ],
};

/** Real, valid requests: they would write if allowed. */
const VALID: Record<string, { query: string; variables: Record<string, unknown> }> = {
  write: {
    query: 'mutation($input: WriteInput!) { write(input: $input) { ok } }',
    variables: { input: { nodes: [{ id: 'gamma', label: 'Entity', name: 'Gamma', sources: [SRC] }] } },
  },
  correct: {
    query: 'mutation { correct(id: "alpha", changes: { country: "CN" }, reason: "r") { ok } }',
    variables: {},
  },
  retract: { query: 'mutation { retract(id: "alpha-owns-dup", reason: "r") { id } }', variables: {} },
  restore: { query: 'mutation { restore(id: "alpha-owns-dup", reason: "r") { id } }', variables: {} },
  importDocument: {
    query: 'mutation($d: JSONObject!) { importDocument(document: $d) { ok } }',
    variables: {
      d: { ...seedDoc, nodes: [{ id: 'delta', label: 'Entity', name: 'Delta', sources: [SRC] }], relationships: [] },
    },
  },
  mergeEntities: {
    query: 'mutation { mergeEntities(survivor: "alpha", duplicate: "alpha-dup", reason: "r") { duplicate } }',
    variables: {},
  },
  importFtm: {
    query: 'mutation($l: String!) { importFtm(lines: $l) { ok } }',
    variables: { l: '{"id":"ftm-e","schema":"Company","properties":{"name":["Epsilon"],"publisher":["P"]}}' },
  },
  recordNotSame: {
    query: 'mutation { recordNotSame(key: "id:list-1", candidate: "alpha", reason: "r") { created } }',
    variables: {},
  },
};

beforeAll(async () => {
  app = await createTestApp({ API_KEYS });
  await app.reset();
  await app.gql('mutation($d: JSONObject!) { importDocument(document: $d) { ok } }', { d: seedDoc }, as('analyst'));
  await app.gql('mutation { retract(id: "alpha-owns-dup", reason: "setup") { id } }', {}, as('analyst'));
});
afterAll(async () => {
  await app.close();
});

describe('the mutation policy', () => {
  it('names a role for every Mutation field of the schema, and no other', () => {
    expect(mutationFields.map((f) => f.name).sort()).toEqual(Object.keys(MUTATION_ROLES).sort());
    expect(mutationFields.length).toBeGreaterThanOrEqual(6);
  });

  it('has a valid request for every mutation in this suite', () => {
    expect(Object.keys(VALID).sort()).toEqual(mutationFields.map((f) => f.name).sort());
  });

  for (const field of mutationFields) {
    it(`refuses ${field.name} without a key (UNAUTHENTICATED, 401) and with a reader key (FORBIDDEN, 403)`, async () => {
      const { query, variables } = operationFor(field.name);
      const anonymous = await post(query, variables);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.body.data ?? null).toBeNull();
      const reader = await post(query, variables, as('reader'));
      expect(reader.status).toBe(403);
      expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it(`writes nothing when ${field.name} is refused`, async () => {
      const before = await app.counts();
      const { query, variables } = VALID[field.name] as { query: string; variables: Record<string, unknown> };
      const weaker = MUTATION_ROLES[field.name as keyof typeof MUTATION_ROLES] === 'admin' ? 'analyst' : 'reader';
      expect((await post(query, variables)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await post(query, variables, as(weaker))).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await post(query, variables, { 'x-api-key': 'not-a-key' })).body.errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(await app.counts()).toEqual(before);
    });
  }

  it('lets an analyst write and records the key principal; merges need the admin role', async () => {
    const write = await post(VALID.write!.query, VALID.write!.variables, as('analyst'));
    expect(write.body.errors).toBeUndefined();
    const node = await app.gql<Data>('{ node(id: "gamma") { id } }');
    expect(node.data?.node).toEqual({ id: 'gamma' });
    const history = await app.gql<Data>('{ history(id: "gamma") { by action } }');
    expect(history.data?.history).toEqual([{ by: 'test-analyst', action: 'CREATE' }]);
    const merge = await post(VALID.mergeEntities!.query, {}, as('admin'));
    expect(merge.body.errors).toBeUndefined();
    expect(merge.body.data?.mergeEntities.duplicate).toBe('alpha-dup');
  });

  it('refuses a whole operation when one of its fields needs a stronger role (fragments included)', async () => {
    const before = await app.counts();
    const query = `mutation($input: WriteInput!) {
      write(input: $input) { ok }
      ...M
    }
    fragment M on Mutation { mergeEntities(survivor: "alpha", duplicate: "gamma", reason: "r") { duplicate } }`;
    const result = await post(query, VALID.write!.variables, as('analyst'));
    expect(result.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.counts()).toEqual(before);
  });
});

describe('API keys', () => {
  const READ = '{ node(id: "alpha") { id } }';

  it('opens reads to everyone by default', async () => {
    expect((await post(READ, {})).body.data).toEqual({ node: { id: 'alpha' } });
  });

  it('takes the key from Authorization: Bearer (any case) or x-api-key', async () => {
    const variants: Record<string, string>[] = [
      { authorization: `Bearer ${KEYS.analyst}` },
      { authorization: `bearer ${KEYS.analyst}` },
      { 'x-api-key': KEYS.analyst },
    ];
    for (const headers of variants) {
      const result = await post(
        'mutation { correct(id: "alpha", changes: { note: "seen" }, reason: "check") { ok } }',
        {},
        headers,
      );
      expect(result.body.errors).toBeUndefined();
    }
  });

  it('refuses an unknown key, another scheme or two different keys, even for reads', async () => {
    const variants: Record<string, string>[] = [
      { authorization: 'Bearer wrong-key' },
      { 'x-api-key': `${KEYS.analyst}x` },
      { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
      { authorization: `Bearer ${KEYS.analyst}`, 'x-api-key': KEYS.admin },
    ];
    for (const headers of variants) {
      const result = await post(READ, {}, headers);
      expect(result.status).toBe(401);
      expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.body.data ?? null).toBeNull();
    }
  });

  it('asks for a key on reads when READS_REQUIRE_KEY is true', async () => {
    const closed = await createTestApp({ API_KEYS, READS_REQUIRE_KEY: 'true' });
    try {
      const anonymous = await closed.gql(READ);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.data ?? null).toBeNull();
      for (const role of ['reader', 'analyst', 'admin'] as const) {
        expect((await closed.gql(READ, {}, as(role))).data).toEqual({ node: { id: 'alpha' } });
      }
    } finally {
      await closed.close();
    }
  });
});
