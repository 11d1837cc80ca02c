import fs from 'node:fs';
import path from 'node:path';
import { seed } from '../../src/import/seed';
import { createTestApp, type TestApp } from '../support/app';
import { API_KEYS, as } from '../support/keys';

/**
 * The README's examples of analysts' writes (examples/writes/*.graphql) run here, in order, on
 * the curated graph, with the key each needs; each answer is checked, and the README must show
 * each file as it is.
 */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = path.resolve(__dirname, '../..');
const dir = path.join(root, 'examples/writes');
let app: TestApp;

const checks: Record<string, { key?: 'analyst' | 'admin'; check: (data: Data) => void }> = {
  '1-find-similar.graphql': {
    check: (data) =>
      expect(data.findSimilar[0]).toEqual({
        node: { id: 'yunda-technology', name: 'Yunda Technology Ltd Co' },
        exact: true,
        matched: 'Chengdu Yunda Technology',
      }),
  },
  '2-write.graphql': {
    key: 'analyst',
    check: (data) =>
      expect(data.write).toEqual({
        ok: true,
        created: { sources: 1, nodes: 2, relationships: 1 },
        unchanged: { sources: 0, nodes: 0, relationships: 0 },
      }),
  },
  '3-correct.graphql': { key: 'analyst', check: (data) => expect(data.correct.updated.relationships).toBe(1) },
  '4-retract.graphql': {
    key: 'analyst',
    check: (data) =>
      expect(data.retract.relationship).toMatchObject({
        retracted: true,
        retraction: { reason: 'The tender was cancelled', by: 'test-analyst' },
      }),
  },
  '5-history.graphql': {
    check: (data) => {
      expect(data.history.map((h: Data) => h.action)).toEqual(['CREATE', 'UPDATE', 'RETRACT']);
      expect(data.history[1]).toMatchObject({
        before: { amount: 120000, confidence: 'ALLEGED' },
        after: { amount: 150000, confidence: 'REPORTED' },
        by: 'test-analyst',
      });
    },
  },
  '6-merge.graphql': {
    key: 'admin',
    check: (data) =>
      expect(data.mergeEntities).toEqual({
        survivor: { id: 'example-research-institute', aliases: ['Example Research Inst.', 'ERI'] },
        duplicate: 'example-research-inst',
        moved: [],
      }),
  },
};

beforeAll(async () => {
  app = await createTestApp({ API_KEYS });
  await app.reset();
  await seed(app.db, root);
});
afterAll(async () => {
  await app.close();
});

describe('examples/writes (README: Writing to the graph)', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

  for (const [file, { key, check }] of Object.entries(checks)) {
    it(`answers ${file}${key ? ` with an ${key} key` : ''}, and the README shows it`, async () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const result = await app.gql<Data>(text, {}, key ? as(key) : {});
      expect(result.errors).toBeUndefined();
      check(result.data as Data);
      expect(readme).toContain(text.trim());
    });
  }

  it('has a check for every example file', () => {
    expect(
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.graphql'))
        .sort(),
    ).toEqual(Object.keys(checks).sort());
  });

  it('leaves the retracted example out of paths', async () => {
    const paths = await app.gql<Data>(
      '{ accessPaths(from: "example-research-institute", asOf: "2025-06-01") { totalCount } }',
    );
    expect(paths.data?.accessPaths.totalCount).toBe(0);
  });
});
