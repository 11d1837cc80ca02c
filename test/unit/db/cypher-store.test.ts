import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../../src/config';
import { CypherStore } from '../../../src/db/cypher-store';

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
    expect(store.has('reach/relationships')).toBe(true);
  });
});

describe('CypherStore parts and slots', () => {
  const dir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-'));
    fs.mkdirSync(path.join(d, 'q'));
    return d;
  };

  it('writes a part into every statement that includes it, and does not offer the part alone', () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'q', 'tail.part.cypher'), '// shared\nRETURN n.id AS id');
    fs.writeFileSync(path.join(d, 'q', 'one.cypher'), 'MATCH (n:A)\n{{> q/tail}}');
    const store = CypherStore.load(d);
    expect(store.get('q/one')).toBe('MATCH (n:A)\nRETURN n.id AS id');
    expect(store.names()).toEqual(['q/one']);
  });

  it('stops the boot on a missing part or parts that include each other', () => {
    const missing = dir();
    fs.writeFileSync(path.join(missing, 'q', 'one.cypher'), 'MATCH (n) {{> q/nope}}');
    expect(() => CypherStore.load(missing)).toThrow(/q\/nope\.part\.cypher/);
    const cycle = dir();
    fs.writeFileSync(path.join(cycle, 'q', 'a.part.cypher'), '{{> q/b}}');
    fs.writeFileSync(path.join(cycle, 'q', 'b.part.cypher'), '{{> q/a}}');
    fs.writeFileSync(path.join(cycle, 'q', 'one.cypher'), 'MATCH (n) {{> q/a}}');
    expect(() => CypherStore.load(cycle)).toThrow(/include each other/);
  });

  it('fills slots with integers only, and names the slot a statement is missing', () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'q', 'walk.cypher'), 'MATCH p = (a)-[*1..{{hops}}]->(b) RETURN p');
    const store = CypherStore.load(d);
    expect(store.slots('q/walk')).toEqual(['hops']);
    expect(store.get('q/walk', { hops: 4 })).toBe('MATCH p = (a)-[*1..4]->(b) RETURN p');
    expect(store.text({ name: 'q/walk', slots: { hops: 2 } })).toBe('MATCH p = (a)-[*1..2]->(b) RETURN p');
    expect(() => store.get('q/walk')).toThrow(/\{\{hops\}\}/);
    expect(() => store.get('q/walk', { hops: 2.5 })).toThrow(/integer/);
    expect(() => store.get('q/walk', { hops: -1 })).toThrow(/integer/);
    expect(() => store.get('q/walk', { hops: Number('1; DETACH DELETE n') })).toThrow(/integer/);
  });
});
