import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/config';
import { RELATIONSHIP_TYPES } from '../../../src/domain';
import { REL_FIELDS } from '../../../src/import/format';

/**
 * cypher/import/create-relationships.cypher writes each type's fields out (a map set dynamically
 * would add an Eager to the plan): every field of REL_FIELDS must be there, and nothing else.
 */
describe('import/create-relationships', () => {
  const text = fs.readFileSync(path.join(projectRoot(), 'cypher/import/create-relationships.cypher'), 'utf8');

  it.each(RELATIONSHIP_TYPES)('creates %s with every field the format has for it', (type) => {
    const match = new RegExp(`CREATE \\(a\\)-\\[r:${type} \\{([^}]*)\\}\\]->\\(b\\)`).exec(text);
    expect(match).not.toBeNull();
    const keys = (match?.[1] ?? '')
      .split(',')
      .map((part) => part.split(':')[0]?.trim())
      .filter(Boolean);
    const data = keys.filter((k) => !['createdAt', 'createdBy', 'createdIn'].includes(k as string));
    expect([...data].sort()).toEqual(['confidence', 'id', 'sources', ...Object.keys(REL_FIELDS[type])].sort());
    expect(keys).toEqual(expect.arrayContaining(['createdAt', 'createdBy', 'createdIn']));
    expect(text).toContain(`UNWIND coalesce($rows.${type}, []) AS row`);
  });
});
