import { projectRoot } from '../../../src/config';
import { buildSchema } from '../../../src/graphql/schema';
import { isInputObjectType } from 'graphql';
import { NODE_FIELDS, REL_FIELDS, SOURCE_FIELDS } from '../../../src/import/format';

/** Anything wrong in the wiring stops the boot, not a user at run time. */
describe('the GraphQL schema', () => {
  it('builds from schema/*.graphql with every resolver matching the SDL', () => {
    const schema = buildSchema(projectRoot());
    expect(schema.getQueryType()?.getFields().accessPaths).toBeDefined();
    expect(schema.getType('Date')?.name).toBe('Date');
  });

  it('refuses a resolver for a field the SDL does not have', () => {
    expect(() => buildSchema(projectRoot(), [{ Query: { noSuchField: () => 1 } } as never])).toThrow(/noSuchField/);
  });

  it('lets write set every field a format-v1 document can (importDocument and write take the same records)', () => {
    const schema = buildSchema(projectRoot());
    const missing = (input: string, fields: Record<string, unknown>[]) => {
      const type = schema.getType(input);
      const has = isInputObjectType(type) ? Object.keys(type.getFields()) : [];
      return [...new Set(fields.flatMap((f) => Object.keys(f)))].filter((f) => !has.includes(f));
    };
    expect({
      WriteNode: missing('WriteNode', Object.values(NODE_FIELDS)),
      WriteRelationship: missing('WriteRelationship', Object.values(REL_FIELDS)),
      WriteSource: missing('WriteSource', [SOURCE_FIELDS]),
    }).toEqual({ WriteNode: [], WriteRelationship: [], WriteSource: [] });
  });
});
