import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * One request per top-level Query field of the schema, with arguments that pass validation, so
 * that each field's resolver reaches the database: what the resilience tests send while it is
 * down. Fields are read from the schema, so a new field is probed without touching the tests.
 */

/** A valid literal for each scalar a required argument may have. A new scalar must be added here. */
const SCALAR_SAMPLES: Record<string, string> = {
  ID: '"probe-missing-id"',
  String: '"probe"',
  Int: '1',
  Float: '1',
  Boolean: 'false',
  Date: '"2024-06-30"',
  DateTime: '"2024-06-30T00:00:00Z"',
  CountryCode: '"CN"',
  URL: '"https://example.org/"',
  JSONObject: '{}',
};

/**
 * Arguments beyond the required ones, for fields whose resolver refuses the required ones alone
 * (a BAD_USER_INPUT before any read): they are merged over the generated arguments.
 */
const EXTRA_ARGUMENTS: Record<string, string> = {
  pathGraph: 'from: "probe-missing-id"',
  accessTimeline: 'from: "probe-missing-id"',
};

/** A literal for an input type: its required parts only, lists with one element. */
function literal(type: GraphQLInputType, where: string): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return `[${literal(inner.ofType as GraphQLInputType, where)}]`;
  if (isEnumType(inner)) {
    const first = inner.getValues()[0];
    if (!first) throw new Error(`${where}: enum ${inner.name} has no values`);
    return first.name;
  }
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return `{${fields.map((f) => `${f.name}: ${literal(f.type, `${where}.${f.name}`)}`).join(', ')}}`;
  }
  if (isScalarType(inner)) {
    const sample = SCALAR_SAMPLES[inner.name];
    if (sample === undefined) throw new Error(`${where}: add a sample for scalar ${inner.name} to SCALAR_SAMPLES`);
    return sample;
  }
  throw new Error(`${where}: unexpected input type`);
}

function argumentsOf(field: GraphQLField<unknown, unknown>): string {
  const required = field.args
    .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => `${a.name}: ${literal(a.type, `${field.name}(${a.name})`)}`);
  const extra = EXTRA_ARGUMENTS[field.name];
  const all = extra ? [...required, extra] : required;
  return all.length > 0 ? `(${all.join(', ')})` : '';
}

export interface FieldProbe {
  field: string;
  query: string;
}

/** `{ field(args) { __typename } }` for every field of Query (no selection for scalar results). */
export function queryFieldProbes(schema: GraphQLSchema): FieldProbe[] {
  const query = schema.getQueryType();
  if (!query) throw new Error('the schema has no Query type');
  return Object.values(query.getFields())
    .filter((f) => !f.name.startsWith('__'))
    .map((field) => {
      const leaf = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type));
      return { field: field.name, query: `{ ${field.name}${argumentsOf(field)}${leaf ? '' : ' { __typename }'} }` };
    });
}

/** The first error code of each probe's answer ("data" when it answered without an error). */
export async function probeCodes(
  probes: readonly FieldProbe[],
  firstErrorCode: (query: string) => Promise<string | undefined>,
): Promise<Record<string, string>> {
  // All at once: each waits out the driver's retries (about 5 s) while the database is away.
  const codes = await Promise.all(probes.map(async (p) => (await firstErrorCode(p.query)) ?? 'data'));
  return Object.fromEntries(probes.map((p, i) => [p.field, codes[i] as string]));
}
