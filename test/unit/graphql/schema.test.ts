import { projectRoot } from '../../../src/config';
import { buildSchema } from '../../../src/graphql/schema';

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
});
