import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { Prng } from '../../../bench/prng';

/**
 * Hostile and malformed requests for the fuzz run, derived from the schema the server reports
 * by introspection: every string slot of every Query field (arguments and the fields of their
 * input objects) gets every injection payload; the rest is drawn with a seeded PRNG from
 * families of broken requests (wrong types, odd Unicode, huge strings, deep nesting, bad dates
 * and countries, broken JSON, wrong content types, mutations by GET, bad keys).
 */
export interface FuzzRequest {
  family: string;
  method: string;
  /** Path and query string, e.g. /graphql?query=... */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

/** Cypher (and Lucene, template, path) injection attempts; no payload names the database, so an echo is not mistaken for a leak. */
export const INJECTIONS = [
  "' OR 1=1 //",
  '" OR 1=1 //',
  "x'}) MATCH (n) DETACH DELETE n //",
  'x"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  "shenzhen-university' WITH 1 AS x CALL db.labels() YIELD label RETURN label //",
  "' UNION MATCH (n) RETURN n.id AS id //",
  '/* */ MATCH (n) SET n.pwned = true //',
  '`id`) DETACH DELETE n //',
  "\\' RETURN 1 //",
  '$id',
  "{id: 'x'}",
  'x\nMATCH (n) DETACH DELETE n',
  "'; CALL dbms.killQueries([]) //",
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  'name:(a OR b) AND id:*',
  '*:*',
  '~~~^^^"""',
  '.*',
  '../../etc/passwd',
  '${7*7}{{7*7}}<%= 7*7 %>',
  '<script>alert(1)</script>',
  '%00%27%22',
];

/** Strings that stress encodings: bidi marks, NUL, emoji, lone surrogates, combining marks, BOM, huge. */
export const ODD_STRINGS = [
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  '\u0000',
  'a\u0000b',
  '🇨🇳🚀👩‍💻🧑🏿‍🔬',
  '\uD800',
  '\uDFFF',
  'a\uD83Db',
  '\uFEFFshenzhen-university',
  '\u200Bshenzhen\u200Buniversity',
  'e\u0301'.repeat(500),
  'Ｓｈｅｎｚｈｅｎ',
  '\u0085\u2028\u2029',
  '\t\r\n',
  '',
  ' ',
  'A'.repeat(100_000),
  '界'.repeat(150_000),
];

const BAD_DATES = [
  '2024-02-30',
  '2024-13-01',
  '0000-00-00',
  '2024-1-1',
  '99999-01-01',
  '-2024-01-01',
  '2024-06-01T00:00:00Z',
  'yesterday',
  '２０２４-０６-０１',
  '2024/06/01',
  '',
  '2024-06-01\u0000',
];
const BAD_COUNTRIES = ['ZZ', 'cn', 'CHN', 'XX', 'C', '🇨🇳', 'CN ', '\u202ECN', '', '00', 'U\u0000S'];

const BROKEN_JSON = [
  '',
  '{',
  '{"query": ',
  '{"query": "{ chips { totalCount } }",}',
  "{'query': '{ chips { totalCount } }'}",
  '{"query": "{ chips { totalCount } }" "variables": {}}',
  'null',
  '[]',
  '"{ chips { totalCount } }"',
  '42',
  'true',
  '{"query": NaN}',
  '{"query": "{ chips { totalCount } }", "variables": {"x": Infinity}}',
  '\uFEFF{"query": "{ chips { totalCount } }"}',
  '{"query": "{ chips { totalCount } }", "query": "mutation { retract(id: \\"x\\", reason: \\"r\\") { id } }"}',
  '{"query": ["{ chips { totalCount } }"]}',
  '{"query": {"$ne": null}}',
  '{"query": "{ chips { totalCount } }", "variables": [1, 2]}',
  '{"query": "{ chips { totalCount } }", "operationName": 5}',
  '{"query": "{ chips { totalCount } }", "extensions": "x"}',
  '{"__proto__": {"query": "{ chips { totalCount } }"}}',
  '{"query": "{ chips { totalCount } }", "variables": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}}',
  '{"query": "\\ud800"}',
  '{"query": "{ chips { totalCount } }"}garbage',
  '['.repeat(50_000),
  '{"a":'.repeat(20_000),
];

const CONTENT_TYPES = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/xml',
  'application/jsonx',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  '*/*',
  'application/graphql',
  'application/graphql-response+json',
  'image/png',
  '',
];

/** A valid value of an input type, from the curated graph where an id is needed. */
export function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType as GraphQLInputType, name)];
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type)) out[field.name] = sampleValue(field.type, field.name);
    return out;
  }
  if (isEnumType(type)) return type.getValues()[0]?.value;
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 0.5;
    case 'Boolean':
      return false;
    case 'ID':
      return /chip|^to$/i.test(name) ? 'nvidia-h100' : 'shenzhen-university';
    case 'Date':
      return '2024-06-01';
    case 'DateTime':
      return '2024-06-01T00:00:00Z';
    case 'CountryCode':
      return 'CN';
    case 'URL':
      return 'https://example.org/';
    case 'JSONObject':
      return {};
    default:
      return 'x';
  }
}

/** A small selection for a result type: __typename and a few leaf fields without required arguments. */
export function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isObjectType(named) || isInterfaceType(named)) {
    const leaves = Object.values(named.getFields())
      .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
      .slice(0, 3)
      .map((f) => f.name);
    return `{ __typename ${leaves.join(' ')} }`;
  }
  return '{ __typename }';
}

/** A slot where a string can go: a path into the variables of one argument, and the slot's type. */
interface Slot {
  arg: GraphQLArgument;
  /** Field names below the argument (input objects); `[]` for the argument itself. */
  path: string[];
  type: GraphQLInputType;
}

/** Every scalar/enum slot of an argument, following input objects (each input type once per path). */
function slotsOf(arg: GraphQLArgument): Slot[] {
  const out: Slot[] = [];
  const walk = (type: GraphQLInputType, path: string[], seen: Set<string>) => {
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      if (seen.has(named.name)) return;
      for (const field of Object.values(named.getFields()))
        walk(field.type, [...path, field.name], new Set([...seen, named.name]));
      return;
    }
    out.push({ arg, path, type });
  };
  walk(arg.type, [], new Set());
  return out;
}

/** Puts `value` at `path` in a sample of the argument (lists hold one element). */
function withValue(arg: GraphQLArgument, path: string[], value: unknown): unknown {
  const build = (type: GraphQLInputType, rest: string[], name: string): unknown => {
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) return [build(inner.ofType as GraphQLInputType, rest, name)];
    if (rest.length === 0) return value;
    if (!isInputObjectType(inner)) return value;
    const sample = sampleValue(inner, name) as Record<string, unknown>;
    const [head, ...tail] = rest as [string, ...string[]];
    const field = inner.getFields()[head];
    if (field) sample[head] = build(field.type, tail, head);
    return sample;
  };
  return build(arg.type, path, arg.name);
}

/** An operation calling one field with every argument as a variable. */
export function operation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  values: Record<string, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const args = field.args;
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const variables: Record<string, unknown> = {};
  for (const a of args) {
    if (a.name in values) variables[a.name] = values[a.name];
    else if (isNonNullType(a.type)) variables[a.name] = sampleValue(a.type, a.name);
  }
  return {
    query: `${kind} Fuzz${decl ? `(${decl})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionFor(field.type)} }`,
    variables,
  };
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const post = (family: string, body: unknown, headers: Record<string, string> = {}): FuzzRequest => ({
  family,
  method: 'POST',
  path: '/graphql',
  headers: { ...JSON_HEADERS, ...headers },
  body:
    typeof body === 'string' || body instanceof Uint8Array
      ? (body as string | Uint8Array<ArrayBuffer>)
      : JSON.stringify(body),
});

/** Every injection payload in every string slot of every Query field: the fixed part of the run. */
export function injectionCases(schema: GraphQLSchema): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    for (const arg of field.args) {
      for (const slot of slotsOf(arg)) {
        const named = getNamedType(slot.type);
        if (!isLeafType(named) || ['Int', 'Float', 'Boolean'].includes(named.name)) continue;
        for (const payload of INJECTIONS) {
          out.push(
            post(
              `injection:${field.name}.${[arg.name, ...slot.path].join('.')}`,
              operation('query', field, { [arg.name]: withValue(arg, slot.path, payload) }),
            ),
          );
        }
      }
    }
  }
  return out;
}

/** One request drawn from the families of broken input. */
export function randomCase(schema: GraphQLSchema, prng: Prng, keys: { reader: string; analyst: string }): FuzzRequest {
  const queries = Object.values(schema.getQueryType()?.getFields() ?? {});
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  const field = prng.pick(queries);
  const families: (() => FuzzRequest)[] = [
    // A string slot of any kind holding odd Unicode or a huge string, as a variable.
    () => {
      const withArgs = queries.filter((f) => f.args.length > 0);
      const f = prng.pick(withArgs);
      const arg = prng.pick(f.args);
      const slot = prng.pick(slotsOf(arg));
      return post(
        `unicode:${f.name}.${arg.name}`,
        operation('query', f, { [arg.name]: withValue(arg, slot.path, prng.pick(ODD_STRINGS)) }),
      );
    },
    // Odd Unicode inline in the document text, where the lexer reads it.
    () =>
      post('unicode:document', {
        query: `{ search(text: ${JSON.stringify(prng.pick(ODD_STRINGS).slice(0, 5000))}) { score } }`,
      }),
    // A value of the wrong JSON type for an argument or one of its fields.
    () => {
      const withArgs = queries.filter((f) => f.args.length > 0);
      const f = prng.pick(withArgs);
      const arg = prng.pick(f.args);
      const slot = prng.pick(slotsOf(arg));
      const wrong = prng.pick<unknown>([
        123,
        -1,
        1.5,
        2 ** 53 + 1,
        1e308,
        -0,
        true,
        false,
        null,
        {},
        [],
        [[[]]],
        'x',
        '1',
        'NaN',
        { id: 'x' },
        [null],
        'a'.repeat(10_000),
      ]);
      return post(
        `wrong-type:${f.name}.${arg.name}`,
        operation('query', f, { [arg.name]: withValue(arg, slot.path, wrong) }),
      );
    },
    // Wrong types written inline in the document.
    () =>
      post('wrong-type:literal', {
        query: prng.pick([
          '{ entities(first: "10") { totalCount } }',
          '{ entities(first: 1.5) { totalCount } }',
          '{ entities(first: 99999999999) { totalCount } }',
          '{ node(id: 12) { id } }',
          '{ nodes(ids: "x") { id } }',
          '{ accessPaths(from: ["a"]) { totalCount } }',
          '{ search(text: null) { score } }',
          '{ entities(filter: "x") { totalCount } }',
          '{ entities(filter: { country: 1 }) { totalCount } }',
          '{ regulations(filter: { kind: "EXPORT_CONTROL" }) { totalCount } }',
        ]),
      }),
    // Invalid dates and countries, as variables and literals.
    () => {
      const date = prng.pick(BAD_DATES);
      return prng.chance(0.5)
        ? post('bad-date:variable', {
            query: 'query($d: Date) { accessPaths(from: "shenzhen-university", asOf: $d) { totalCount } }',
            variables: { d: date },
          })
        : post('bad-date:literal', {
            query: `{ regulations(filter: { inForceAt: ${JSON.stringify(date)} }) { totalCount } }`,
          });
    },
    () => {
      const country = prng.pick(BAD_COUNTRIES);
      return prng.chance(0.5)
        ? post('bad-country:variable', {
            query: 'query($c: CountryCode) { entities(filter: { country: $c }) { totalCount } }',
            variables: { c: country },
          })
        : post('bad-country:literal', {
            query: `{ dataCenters(filter: { country: ${JSON.stringify(country)} }) { totalCount } }`,
          });
    },
    // Deep nesting: selections, braces, fragments, list variables, JSON objects.
    () => {
      const levels = prng.int(5, 80);
      let inner = 'id';
      for (let i = 0; i < levels; i += 1) inner = `owners { from { ... on Entity { ${inner} } } }`;
      return post('deep:selection', { query: `{ node(id: "sensetime") { ... on Entity { ${inner} } } }` });
    },
    () => {
      const n = prng.int(100, 4000);
      return post('deep:braces', { query: `${'{'.repeat(n)}${'}'.repeat(n)}` });
    },
    () => {
      const n = prng.int(10, 300);
      const fragments = Array.from(
        { length: n },
        (_, i) => `fragment F${i} on Query { ${i + 1 < n ? `...F${i + 1}` : '__typename'} }`,
      );
      return post('deep:fragments', { query: `{ ...F0 } ${fragments.join(' ')}` });
    },
    () => {
      const n = prng.int(100, 20_000);
      return post(
        'deep:list-variable',
        `{"query":"query($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${'['.repeat(n)}"x"${']'.repeat(n)}}}`,
      );
    },
    () => {
      const n = prng.int(100, 20_000);
      return post(
        'deep:object-variable',
        `{"query":"query($f: PathFilter) { accessPaths(from: \\"shenzhen-university\\", filter: $f) { totalCount } }","variables":{"f":${'{"x":'.repeat(n)}1${'}'.repeat(n)}}}`,
      );
    },
    // Broken JSON bodies and invalid UTF-8.
    () => post('broken-json', prng.pick(BROKEN_JSON)),
    () =>
      post(
        'broken-json:bytes',
        new Uint8Array([
          ...Buffer.from('{"query":"{ search(text: \\"'),
          ...prng.pick([[0xff, 0xfe], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x00]]),
          ...Buffer.from('\\") { score } }"}'),
        ]),
      ),
    // Content types other than JSON, with and without the CSRF header.
    () => {
      const type = prng.pick(CONTENT_TYPES);
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      if (prng.chance(0.5)) headers['x-graphql-csrf'] = '1';
      const body = prng.pick([
        '{"query":"{ chips { totalCount } }"}',
        'query=%7B%20chips%20%7B%20totalCount%20%7D%20%7D',
        '{ chips { totalCount } }',
        '<query/>',
      ]);
      return { family: `content-type:${type || 'none'}`, method: 'POST', path: '/graphql', headers, body };
    },
    // Mutations by GET, plain and hidden behind operationName.
    () => {
      const m = prng.pick(mutations);
      const op = operation('mutation', m, {});
      const doc = prng.chance(0.5) ? op.query : `query Q { __typename } ${op.query}`;
      const params = new URLSearchParams({ query: doc, variables: JSON.stringify(op.variables) });
      if (doc.startsWith('query Q')) params.set('operationName', 'Fuzz');
      const headers: Record<string, string> = prng.chance(0.5) ? { authorization: `Bearer ${keys.analyst}` } : {};
      return { family: `get-mutation:${m.name}`, method: 'GET', path: `/graphql?${params.toString()}`, headers };
    },
    // GET with broken parameters.
    () => {
      const path = prng.pick([
        '/graphql?query=%7B',
        '/graphql?query=',
        '/graphql?query=%7B%20chips%20%7B%20totalCount%20%7D%20%7D&variables=%7Bnot-json',
        '/graphql?query=%7B%20chips%20%7B%20totalCount%20%7D%20%7D&variables=%5B1%5D',
        '/graphql?query=%7B%20chips%20%7B%20totalCount%20%7D%20%7D&operationName=Nope',
        '/graphql?query=%7B%20chips%20%7B%20totalCount%20%7D%20%7D&query=%7B__typename%7D',
        '/graphql?query=%ZZ',
        `/graphql?query=${encodeURIComponent(`{ search(text: ${JSON.stringify(prng.pick(INJECTIONS))}) { score } }`)}`,
        '/graphql?extensions=%7B%22persistedQuery%22%3A1%7D',
      ]);
      return { family: 'get:broken', method: 'GET', path, headers: { accept: 'application/json' } };
    },
    // Mutations with hostile input: anonymous, with a reader key, or an analyst's dry run (nothing is written).
    () => {
      const m = prng.pick(mutations);
      const values: Record<string, unknown> = {};
      for (const arg of m.args) {
        if (arg.name === 'dryRun') continue;
        const slot = prng.pick(slotsOf(arg));
        values[arg.name] = withValue(arg, slot.path, prng.pick([...INJECTIONS, ...ODD_STRINGS.slice(0, 14)]));
      }
      const who = prng.pick(['anonymous', 'reader', 'analyst-dry-run']);
      if (who === 'analyst-dry-run') {
        if (!m.args.some((a) => a.name === 'dryRun'))
          return post(`mutation:${m.name}:anonymous`, operation('mutation', m, values));
        values.dryRun = true;
      }
      const headers: Record<string, string> =
        who === 'anonymous' ? {} : { authorization: `Bearer ${who === 'reader' ? keys.reader : keys.analyst}` };
      return post(`mutation:${m.name}:${who}`, operation('mutation', m, values), headers);
    },
    // Bad credentials.
    () =>
      post(
        'bad-key',
        { query: '{ chips { totalCount } }' },
        prng.pick<Record<string, string>>([
          { authorization: 'Basic YWRtaW46YWRtaW4=' },
          { authorization: `Bearer ${'k'.repeat(10_000)}` },
          { authorization: 'Bearer ' },
          { 'x-api-key': prng.pick(INJECTIONS.filter((s) => !/[\r\n]/.test(s))) },
          { authorization: `Bearer ${keys.reader}`, 'x-api-key': keys.analyst },
          { authorization: 'Bearer \u00ff\u00fe' },
        ]),
      ),
    // Protocol oddities: methods, several operations, unknown fields and operations, batching.
    () => ({
      family: 'method',
      method: prng.pick(['PUT', 'DELETE', 'PATCH']),
      path: '/graphql',
      headers: JSON_HEADERS,
      body: '{"query":"{ chips { totalCount } }"}',
    }),
    () =>
      post(
        'operations',
        prng.pick([
          { query: 'query A { __typename } query B { __typename }' },
          { query: '{ __typename }', operationName: 'Nope' },
          { query: '{ nope }' },
          { query: 'subscription { chips }' },
          { query: '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }' },
          { query: 'query($x: Int = "a") { __typename }' },
          { query: '{ node(id: "x") { ... on Nope { id } } }' },
        ]),
      ),
    () =>
      post(
        'batch',
        Array.from({ length: prng.int(2, 50) }, () => ({ query: `{ ${field.name} ${selectionFor(field.type)} }` })),
      ),
    () =>
      post('aliases', {
        query: `{ ${Array.from({ length: prng.int(31, 500) }, (_, i) => `a${i}: node(id: "x") { id }`).join(' ')} }`,
      }),
    () =>
      post('directives', {
        query: `{ ${Array.from({ length: prng.int(21, 300) }, (_, i) => `d${i}: __typename @include(if: true)`).join(' ')} }`,
      }),
    () => post('tokens', { query: `{ ${'__typename '.repeat(prng.int(5001, 50_000))}}` }),
  ];
  return prng.pick(families)();
}
