import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { CypherStore } from '../../src/db/cypher-store';
import { buildSchema } from '../../src/graphql/schema';

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

describe('CypherStore', () => {
  const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-'));

  it('loads every .cypher file by its path without extension, without comment lines', () => {
    const dir = temp();
    fs.mkdirSync(path.join(dir, 'area'));
    fs.writeFileSync(path.join(dir, 'area', 'get-thing.cypher'), '// why\nMATCH (n) RETURN n\n');
    const store = CypherStore.load(dir);
    expect(store.names()).toEqual(['area/get-thing']);
    expect(store.get('area/get-thing')).toBe('MATCH (n) RETURN n');
  });

  it('throws for a file that does not exist and for an empty file', () => {
    const dir = temp();
    fs.writeFileSync(path.join(dir, 'ok.cypher'), 'RETURN 1');
    expect(() => CypherStore.load(dir).get('missing')).toThrow(/missing\.cypher/);
    fs.writeFileSync(path.join(dir, 'empty.cypher'), '// only a comment\n');
    expect(() => CypherStore.load(dir)).toThrow(/empty/);
  });

  it('splits schema files into statements', () => {
    const dir = temp();
    fs.writeFileSync(
      path.join(dir, 's.cypher'),
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n',
    );
    expect(CypherStore.load(dir).statements('s')).toHaveLength(2);
  });

  it('loads the project cypher/ folder', () => {
    const store = CypherStore.load(path.join(projectRoot(), 'cypher'));
    expect(store.has('paths/from-entity')).toBe(true);
  });
});
