import { createTestApp, type TestApp } from '../support/app';
import { API_KEYS, as } from '../support/keys';

/** mergeEntities: relationships move, names become aliases, sources stay, the merge is history. */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let app: TestApp;
const MERGE = `mutation($s: ID!, $d: ID!, $reason: String!) {
  mergeEntities(survivor: $s, duplicate: $d, reason: $reason) {
    survivor { id name aliases sources { id } country kind isCloudProvider addresses }
    duplicate moved dropped
  }
}`;
const S1 = 'src-merge-1';
const S2 = 'src-merge-2';
const doc = {
  format: 'chip-access-graph/v1',
  sources: [
    { id: S1, publisher: 'Reuters', title: 'First report' },
    { id: S2, publisher: 'Financial Times', title: 'Second report' },
  ],
  nodes: [
    {
      id: 'yunda-technology',
      label: 'Entity',
      name: 'Yunda Technology Ltd Co',
      aliases: ['Yunda'],
      kind: 'BROKER',
      sources: [S1],
    },
    {
      id: 'yunda-tech-chengdu',
      label: 'CloudProvider',
      name: 'Chengdu Yunda Technology',
      country: 'CN',
      addresses: ['1 Example Road, Chengdu, CN'],
      headquarters: 'CN',
      sources: [S2],
    },
    {
      id: 'shenzhen-university',
      label: 'Entity',
      name: 'Shenzhen University',
      kind: 'UNIVERSITY',
      country: 'CN',
      sources: [S1],
    },
    { id: 'a100', label: 'Chip', name: 'A100', sources: [S1] },
  ],
  relationships: [
    {
      id: 'szu-procures-yunda',
      type: 'PROCURES_FROM',
      from: 'shenzhen-university',
      to: 'yunda-technology',
      confidence: 'REPORTED',
      sources: [S1],
    },
    {
      id: 'szu-rents-chengdu',
      type: 'RENTS_FROM',
      from: 'shenzhen-university',
      to: 'yunda-tech-chengdu',
      confidence: 'ALLEGED',
      sources: [S2],
      startDate: '2024-03-01',
    },
    {
      id: 'chengdu-hosts-a100',
      type: 'HOSTS',
      from: 'yunda-tech-chengdu',
      to: 'a100',
      confidence: 'REPORTED',
      sources: [S2],
      quantity: 8,
    },
    {
      id: 'yunda-controls-chengdu',
      type: 'CONTROLS',
      from: 'yunda-technology',
      to: 'yunda-tech-chengdu',
      confidence: 'ALLEGED',
      sources: [S2],
    },
  ],
};

async function count(cypher: string): Promise<number> {
  const session = app.driver.session();
  try {
    return Number((await session.run(cypher)).records[0]?.get(0));
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  app = await createTestApp({ API_KEYS });
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.reset();
  const loaded = await app.gql<Data>(
    'mutation($d: JSONObject!) { importDocument(document: $d) { ok rejected { path message } } }',
    { d: doc },
    as('analyst'),
  );
  expect(loaded.data?.importDocument).toEqual({ ok: true, rejected: [] });
});

describe('mergeEntities', () => {
  it('moves relationships to the survivor, pools names, sources and addresses, and removes the duplicate', async () => {
    const rels = await count('MATCH ()-[r]->() RETURN count(r)');
    const result = await app.gql<Data>(
      MERGE,
      { s: 'yunda-technology', d: 'yunda-tech-chengdu', reason: 'same company, two spellings' },
      as('admin'),
    );
    expect(result.errors).toBeUndefined();
    const merged = result.data?.mergeEntities;
    expect(merged.survivor).toEqual({
      id: 'yunda-technology',
      name: 'Yunda Technology Ltd Co',
      aliases: ['Yunda', 'Chengdu Yunda Technology'],
      sources: [{ id: S1 }, { id: S2 }],
      country: 'CN',
      kind: 'BROKER',
      isCloudProvider: true,
      addresses: ['1 Example Road, Chengdu, CN'],
    });
    expect(merged.duplicate).toBe('yunda-tech-chengdu');
    expect([...merged.moved].sort()).toEqual(['chengdu-hosts-a100', 'szu-rents-chengdu']);
    expect(merged.dropped).toEqual(['yunda-controls-chengdu']);
    expect(await count("MATCH (n {id: 'yunda-tech-chengdu'}) RETURN count(n)")).toBe(0);
    expect(await count('MATCH ()-[r]->() RETURN count(r)')).toBe(rels - 1);

    // The moved relationships keep their ids and properties, now at the survivor.
    const rel = await app.gql<Data>(
      '{ relationship(id: "szu-rents-chengdu") { from { id } to { id } startDate confidence sources { id } } }',
    );
    expect(rel.data?.relationship).toEqual({
      from: { id: 'shenzhen-university' },
      to: { id: 'yunda-technology' },
      startDate: '2024-03-01',
      confidence: 'ALLEGED',
      sources: [{ id: S2 }],
    });
    const paths = await app.gql<Data>(
      '{ accessPaths(from: "shenzhen-university", to: "a100", asOf: "2024-06-01") { nodes { steps { relationship { id } } } } }',
    );
    expect(paths.errors).toBeUndefined();
    expect(paths.data?.accessPaths.nodes.map((p: Data) => p.steps.map((s: Data) => s.relationship.id))).toEqual(
      expect.arrayContaining([['szu-rents-chengdu', 'chengdu-hosts-a100']]),
    );
  });

  it('records the merge in the history of both ids and of every relationship it touched', async () => {
    await app.gql(MERGE, { s: 'yunda-technology', d: 'yunda-tech-chengdu', reason: 'duplicate' }, as('admin'));
    const history = async (id: string) =>
      (await app.gql<Data>('query($id: ID!) { history(id: $id) { action before after by reason } }', { id })).data
        ?.history as Data[];
    const survivor = await history('yunda-technology');
    expect(survivor.map((h) => h.action)).toEqual(['CREATE', 'MERGE']);
    expect(survivor[1]).toMatchObject({
      by: 'test-admin',
      reason: 'duplicate',
      before: { aliases: ['Yunda'], sources: [S1], country: null },
      after: {
        aliases: ['Yunda', 'Chengdu Yunda Technology'],
        sources: [S1, S2],
        country: 'CN',
        merged: 'yunda-tech-chengdu',
      },
    });
    const duplicate = await history('yunda-tech-chengdu');
    expect(duplicate.map((h) => h.action)).toEqual(['CREATE', 'MERGED_INTO']);
    expect(duplicate[1]?.before).toMatchObject({
      name: 'Chengdu Yunda Technology',
      headquarters: 'CN',
      labels: ['Entity', 'CloudProvider'],
    });
    expect(duplicate[1]?.after).toEqual({ mergedInto: 'yunda-technology' });
    expect((await history('szu-rents-chengdu')).at(-1)).toMatchObject({
      action: 'MOVE',
      before: { to: 'yunda-tech-chengdu' },
      after: { to: 'yunda-technology' },
    });
    expect((await history('yunda-controls-chengdu')).at(-1)).toMatchObject({
      action: 'DROP',
      before: {
        type: 'CONTROLS',
        from: 'yunda-technology',
        to: 'yunda-tech-chengdu',
        confidence: 'ALLEGED',
        sources: [S2],
      },
    });
  });

  it('is not undone by importing the duplicate again: the import is refused, naming the survivor', async () => {
    await app.gql(MERGE, { s: 'yunda-technology', d: 'yunda-tech-chengdu', reason: 'duplicate' }, as('admin'));
    const before = await app.counts();
    const IMPORT = `mutation($d: JSONObject!, $dryRun: Boolean) {
      importDocument(document: $d, dryRun: $dryRun) { ok rejected { path message } } }`;
    const today = new Date().toISOString().slice(0, 10);
    const said = (what: string) =>
      `yunda-tech-chengdu was merged into yunda-technology by test-admin on ${today}: ${what} yunda-technology instead (an import does not bring back a merged duplicate)`;
    for (const dryRun of [true, false]) {
      const again = await app.gql<Data>(IMPORT, { d: doc, dryRun }, as('analyst'));
      expect(again.data?.importDocument.ok).toBe(false);
      expect(again.data?.importDocument.rejected).toContainEqual({
        path: ['nodes', '1', 'id'],
        message: said('write'),
      });
    }
    // A new fact hung on the merged id is refused the same way, not as an unknown id.
    const rental = {
      format: 'chip-access-graph/v1',
      sources: [],
      nodes: [],
      relationships: [
        {
          id: 'szu-rents-chengdu-2',
          type: 'RENTS_FROM',
          from: 'shenzhen-university',
          to: 'yunda-tech-chengdu',
          confidence: 'REPORTED',
          sources: [S2],
        },
      ],
    };
    const refused = await app.gql<Data>(IMPORT, { d: rental }, as('analyst'));
    expect(refused.data?.importDocument).toEqual({
      ok: false,
      rejected: [{ path: ['relationships', '0', 'to'], message: said('refer to') }],
    });
    expect(await app.counts()).toEqual(before);
  });

  it('refuses what is not a merge of two entities, and writes nothing', async () => {
    const before = await count('MATCH (v:Revision) RETURN count(v)');
    const codes = async (s: string, d: string, reason = 'r') =>
      (await app.gql(MERGE, { s, d, reason }, as('admin'))).errors?.map((e) => [
        e.extensions?.code,
        (e.extensions?.problems as Data[] | undefined)?.map((p) => p.path.join('.')),
      ]);
    expect(await codes('yunda-technology', 'yunda-technology')).toEqual([['BAD_USER_INPUT', ['duplicate']]]);
    expect(await codes('yunda-technology', 'a100')).toEqual([['BAD_USER_INPUT', ['duplicate']]]);
    expect(await codes('yunda-technology', 'nobody')).toEqual([['NOT_FOUND', undefined]]);
    expect(await codes('yunda-technology', 'yunda-tech-chengdu', '')).toEqual([['BAD_USER_INPUT', ['reason']]]);
    expect(await count('MATCH (v:Revision) RETURN count(v)')).toBe(before);
    expect(await count("MATCH (n {id: 'yunda-tech-chengdu'}) RETURN count(n)")).toBe(1);
  });

  it('finds the duplicate before it is made: findSimilar by name and alias', async () => {
    const result = await app.gql<Data>(
      '{ findSimilar(name: "Yunda Technology Co., Ltd.", labels: [Entity]) { node { id } exact } }',
    );
    expect(result.data?.findSimilar.map((h: Data) => h.node.id)).toEqual(['yunda-technology', 'yunda-tech-chengdu']);
    expect(result.data?.findSimilar[0].exact).toBe(true);
  });
});
