import fs from 'node:fs';
import path from 'node:path';
import { importDocument } from '../../src/import/apply';
import { createTestApp, type TestApp } from '../support/app';
import { API_KEYS, as } from '../support/keys';

/**
 * The batch `match` query against a real Neo4j: precision and recall on a labelled fixture of
 * name variants (README "Screening a list"), the "not the same" decision and its audit, limits.
 */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = path.resolve(__dirname, '../..');
const fixture = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/match/name-variants.json'), 'utf8')) as {
  entities: { id: string; name: string; country?: string; aliases?: string[]; identifiers?: string[] }[];
  queries: {
    variant: string;
    name: string;
    country?: string;
    aliases?: string[];
    identifiers?: string[];
    expected: string | null;
  }[];
};

const MATCH = `query($q: [MatchQueryInput!]!, $t: Float) {
  match(queries: $q, threshold: $t, first: 3) {
    index key excluded candidates { node { id } score features matched certain }
  }
}`;

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ API_KEYS });
  await app.reset();
  const report = await importDocument(
    app.db,
    {
      format: 'chip-access-graph/v1',
      sources: [{ id: 'src-fixture-names', publisher: 'Fixture', title: 'Name variants', noUrlReason: 'fixture' }],
      nodes: fixture.entities.map((e) => ({ ...e, label: 'Entity', kind: 'COMPANY', sources: ['src-fixture-names'] })),
    },
    { principal: 'test' },
  );
  expect(report.rejected).toEqual([]);
});
afterAll(async () => {
  await app.close();
});

interface Quality {
  threshold: number;
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

/** Precision and recall of the top candidate of every labelled query at a threshold. */
async function quality(threshold: number): Promise<Quality> {
  const queries = fixture.queries.map(({ variant: _v, expected: _e, ...q }) => q);
  const result = await app.gql<Data>(MATCH, { q: queries, t: threshold });
  expect(result.errors).toBeUndefined();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  fixture.queries.forEach((q, i) => {
    const top = result.data!.match[i].candidates[0]?.node.id ?? null;
    if (top !== null && top === q.expected) tp += 1;
    else if (top !== q.expected) {
      if (top !== null) fp += 1;
      if (q.expected !== null) fn += 1;
      misses.push(`${q.variant}: ${q.name} -> ${top ?? 'none'} (expected ${q.expected ?? 'none'})`);
    }
  });
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { threshold, precision: round(tp / (tp + fp)), recall: round(tp / (tp + fn)), tp, fp, fn, misses };
}

describe('match: quality on labelled name variants', () => {
  it('finds legal-form, transliteration, script, word-order, typo and identifier variants', async () => {
    const rows = [];
    for (const t of [0.6, 0.7, 0.8, 0.9]) rows.push(await quality(t));
    // The figures the README quotes (npx jest --selectProjects integration test/integration/match.test.ts).
    process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
    const atDefault = rows.find((r) => r.threshold === 0.7)!;
    expect(atDefault.precision).toBeGreaterThanOrEqual(0.9);
    expect(atDefault.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('says what matched, and which matches need no human', async () => {
    const result = await app.gql<Data>(MATCH, {
      q: [
        { name: 'Tianhe Micro', identifiers: ['uscCode:91440300MA5F000001'] },
        { name: 'Haoran Lin', country: 'CN' },
        { name: 'Акме', country: 'CN' },
      ],
    });
    expect(result.errors).toBeUndefined();
    const [byId, byName, none] = result.data!.match;
    expect(byId.candidates[0]).toMatchObject({
      node: { id: 'tianhe-microsystems' },
      features: expect.arrayContaining(['identifier:uscCode']),
      certain: true,
    });
    expect(byName.candidates[0]).toMatchObject({
      node: { id: 'lin-haoran' },
      features: ['name:word-order', 'country:same'],
      certain: false,
    });
    expect(none.candidates).toEqual([]);
  });
});

describe('match: decisions and limits', () => {
  it('remembers a "not the same" decision, audited, and stops offering the pair', async () => {
    const q = [{ id: 'list-entry-42', name: 'Tianhe Microsystems Co., Ltd.', country: 'US' }];
    const first = await app.gql<Data>(MATCH, { q, t: 0.6 });
    const { key, candidates } = first.data!.match[0];
    expect(key).toBe('id:list-entry-42');
    expect(candidates[0].node.id).toBe('tianhe-microsystems');
    expect(candidates[0].features).toContain('country:different');

    const DECIDE = `mutation($key: String!, $c: ID!, $r: String!) {
      recordNotSame(key: $key, candidate: $c, reason: $r) { key decision reason by created candidate { id } }
    }`;
    const args = { key, c: 'tianhe-microsystems', r: 'The US namesake is an unrelated distributor' };
    const refused = await app.gql<Data>(DECIDE, args);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await app.gql<Data>(DECIDE, args, as('reader'));
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const decided = await app.gql<Data>(DECIDE, args, as('analyst'));
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.recordNotSame).toMatchObject({
      key,
      decision: 'NOT_SAME',
      by: 'test-analyst',
      created: true,
      candidate: { id: 'tianhe-microsystems' },
    });
    const again = await app.gql<Data>(DECIDE, args, as('analyst'));
    expect(again.data!.recordNotSame.created).toBe(false);

    const after = await app.gql<Data>(MATCH, { q, t: 0.6 });
    expect(after.data!.match[0].candidates.map((c: Data) => c.node.id)).not.toContain('tianhe-microsystems');
    expect(after.data!.match[0].excluded).toEqual(['tianhe-microsystems']);
    // Another list entry with the same name is still offered the entity.
    const other = await app.gql<Data>(MATCH, { q: [{ ...q[0], id: 'list-entry-43' }], t: 0.6 });
    expect(other.data!.match[0].candidates[0].node.id).toBe('tianhe-microsystems');

    const history = await app.gql<Data>(`{ history(id: "tianhe-microsystems") { action by reason after } }`);
    const entry = history.data!.history.find((h: Data) => h.action === 'NOT_SAME');
    expect(entry).toMatchObject({ by: 'test-analyst', reason: args.r });
    expect(history.data!.history.filter((h: Data) => h.action === 'NOT_SAME')).toHaveLength(1);

    const unknown = await app.gql<Data>(DECIDE, { ...args, c: 'no-such-entity' }, as('analyst'));
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badKey = await app.gql<Data>(DECIDE, { ...args, key: 'whatever', r: '' }, as('analyst'));
    expect(badKey.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((badKey.errors?.[0]?.extensions?.problems as Data[]).map((p) => p.path[0])).toEqual(['key', 'reason']);
  });

  it('refuses more than 100 queries, a bad threshold and a bad country with every problem', async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ name: `Party ${i}` }));
    const tooMany = await app.gql<Data>(MATCH, { q: many });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await app.gql<Data>(MATCH, { q: [{ name: ' ', country: 'XX' }], t: 1.5 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0]?.extensions?.problems as Data[]).map((p) => p.path.join('.'))).toEqual([
      'threshold',
      'queries.0.name',
      'queries.0.country',
    ]);
  });
});
