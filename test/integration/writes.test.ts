import { createTestApp, type TestApp } from '../support/app';
import { API_KEYS, as } from '../support/keys';

/** Analysts' writes through GraphQL: validation, idempotency, history, corrections, retraction. */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Problem = { path: (string | number)[]; message: string };

let app: TestApp;

const REPORT = `ok dryRun
  created { sources nodes relationships }
  updated { sources nodes relationships }
  unchanged { sources nodes relationships }`;
const WRITE = `mutation($input: WriteInput!, $dryRun: Boolean) { write(input: $input, dryRun: $dryRun) { ${REPORT} } }`;
const CORRECT = `mutation($id: ID!, $changes: JSONObject!, $reason: String!) { correct(id: $id, changes: $changes, reason: $reason) { ${REPORT} } }`;
const RETRACT = `mutation($id: ID!, $reason: String!) {
  retract(id: $id, reason: $reason) { id relationships relationship { id retracted retraction { reason by at } } node { id } }
}`;
const RESTORE = `mutation($id: ID!, $reason: String!) { restore(id: $id, reason: $reason) { id relationships relationship { id retracted } } }`;
const HISTORY = `query($id: ID!) { history(id: $id) { targetId targetType action before after by at reason } }`;

const SRC = 'src-test-report';
const source = {
  id: SRC,
  publisher: 'Reuters',
  title: 'A test report',
  url: 'https://example.org/report',
  publishedAt: '2024-08-23',
  language: 'en',
};
const entity = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: 'Entity',
  name: id,
  sources: [SRC],
  ...extra,
});
const basics = {
  sources: [source],
  nodes: [
    entity('buyer-u', { kind: 'UNIVERSITY', country: 'CN' }),
    entity('broker-co', { kind: 'BROKER', country: 'CN' }),
    { id: 'cloud-x', label: 'CloudProvider', name: 'Cloud X', headquarters: 'US', sources: [SRC] },
    { id: 'chip-x', label: 'Chip', name: 'Chip X', vendor: 'Nvidia', tpp: 4992, sources: [SRC] },
  ],
  relationships: [
    {
      id: 'buyer-procures-broker',
      type: 'PROCURES_FROM',
      from: 'buyer-u',
      to: 'broker-co',
      confidence: 'REPORTED',
      sources: [SRC],
      startDate: '2024-03-01',
    },
    {
      id: 'broker-rents-cloud',
      type: 'RENTS_FROM',
      from: 'broker-co',
      to: 'cloud-x',
      confidence: 'REPORTED',
      sources: [SRC],
      amount: 28000,
      currency: 'USD',
    },
    { id: 'cloud-hosts-chip', type: 'HOSTS', from: 'cloud-x', to: 'chip-x', confidence: 'CONFIRMED', sources: [SRC] },
  ],
};
const zero = { sources: 0, nodes: 0, relationships: 0 };

async function writeOk(input: Record<string, unknown>): Promise<Data> {
  const result = await app.gql<Data>(WRITE, { input }, as('analyst'));
  expect(result.errors).toBeUndefined();
  return result.data?.write as Data;
}

/** The problems of the single BAD_USER_INPUT error a request must get. */
async function problemsOf(query: string, variables: Record<string, unknown>): Promise<Problem[]> {
  const result = await app.gql(query, variables, as('analyst'));
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return result.errors?.[0]?.extensions?.problems as Problem[];
}
const pathsOf = (problems: Problem[]) => problems.map((p) => p.path.join('.'));

beforeAll(async () => {
  app = await createTestApp({ API_KEYS });
});
afterAll(async () => {
  await app.close();
});

describe('write', () => {
  beforeEach(async () => {
    await app.reset();
  });

  it('creates sources, nodes and relationships in one call, sources included', async () => {
    expect(await writeOk(basics)).toEqual({
      ok: true,
      dryRun: false,
      created: { sources: 1, nodes: 4, relationships: 3 },
      updated: zero,
      unchanged: zero,
    });
    const read = await app.gql<Data>(
      '{ node(id: "broker-co") { ... on Entity { rentsFrom { to { id } amount createdBy sources { id } } } } }',
    );
    expect(read.data?.node.rentsFrom).toEqual([
      { to: { id: 'cloud-x' }, amount: 28000, createdBy: 'test-analyst', sources: [{ id: SRC }] },
    ]);
  });

  it('is idempotent: the same write twice reports unchanged and changes no count', async () => {
    await writeOk(basics);
    const before = await app.counts();
    expect(await writeOk(basics)).toMatchObject({
      ok: true,
      created: zero,
      updated: zero,
      unchanged: { sources: 1, nodes: 4, relationships: 3 },
    });
    expect(await app.counts()).toEqual(before);
  });

  it('writes nothing in a dry run, and reports what it would do', async () => {
    const before = await app.counts();
    expect(await writeOk({ ...basics })).toMatchObject({ created: { sources: 1, nodes: 4, relationships: 3 } });
    await app.reset();
    const result = await app.gql<Data>(WRITE, { input: basics, dryRun: true }, as('analyst'));
    expect(result.data?.write).toMatchObject({
      ok: true,
      dryRun: true,
      created: { sources: 1, nodes: 4, relationships: 3 },
    });
    expect(await app.counts()).toEqual(before);
  });

  it("records an analyst's lastConfirmed, which makes old evidence current again", async () => {
    await writeOk(basics);
    const PATH = `{ accessPaths(from: "broker-co", to: "chip-x", asOf: "2026-11-01") {
      nodes { evidence { lastEvidence stale } } } }`;
    const before = await app.gql<{ accessPaths: { nodes: { evidence: unknown }[] } }>(PATH);
    expect(before.errors).toBeUndefined();
    expect(before.data?.accessPaths.nodes).toEqual([{ evidence: { lastEvidence: '2024-08-23', stale: true } }]);
    const confirm = (id: string) => basics.relationships.find((r) => r.id === id) as Record<string, unknown>;
    await writeOk({
      relationships: [
        { ...confirm('broker-rents-cloud'), lastConfirmed: '2026-10-01' },
        { ...confirm('cloud-hosts-chip'), lastConfirmed: '2026-10-01' },
      ],
      reason: 'both confirmed with the provider',
    });
    const after = await app.gql<{ accessPaths: { nodes: { evidence: unknown }[] } }>(PATH);
    expect(after.errors).toBeUndefined();
    expect(after.data?.accessPaths.nodes).toEqual([{ evidence: { lastEvidence: '2026-10-01', stale: false } }]);
    const rel = await app.gql<{ relationship: { lastConfirmed: string | null } }>(
      '{ relationship(id: "broker-rents-cloud") { lastConfirmed } }',
    );
    expect(rel.data?.relationship).toEqual({ lastConfirmed: '2026-10-01' });
  });

  it("writes a step dated before its chip's release as given, and says so in notices (a dry run too)", async () => {
    await writeOk(basics);
    const NOTICES = `mutation($input: WriteInput!, $dryRun: Boolean) {
      write(input: $input, dryRun: $dryRun) { ok notices { path message } } }`;
    const chip = basics.nodes.find((n) => n.id === 'chip-x') as Record<string, unknown>;
    const hosts = basics.relationships.find((r) => r.id === 'cloud-hosts-chip') as Record<string, unknown>;
    const input = {
      nodes: [{ ...chip, releaseDate: '2023-01-01' }],
      relationships: [{ ...hosts, startDate: '2022-06-01' }],
    };
    const expected = {
      ok: true,
      notices: [
        {
          path: ['input', 'relationships', '0', 'startDate'],
          message:
            '2022-06-01 is before the release of chip-x (2023-01-01): paths use the step from the release on; a purchase is still timed by this date',
        },
      ],
    };
    const dry = await app.gql<Data>(NOTICES, { input, dryRun: true }, as('analyst'));
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.write).toEqual(expected);
    const done = await app.gql<Data>(NOTICES, { input }, as('analyst'));
    expect(done.data?.write).toEqual(expected);
    const held = await app.gql<Data>(
      '{ relationship(id: "cloud-hosts-chip") { startDate heldAt(asOf: "2022-12-31") } }',
    );
    expect(held.data?.relationship).toEqual({ startDate: '2022-06-01', heldAt: false });
  });

  it('writes a model service (serviceKind MODEL) with its sources, says it opens no path, and corrects it to compute', async () => {
    await writeOk(basics);
    const NOTICES = `mutation($input: WriteInput!) { write(input: $input) { ok notices { path message } } }`;
    const rents = basics.relationships.find((r) => r.id === 'broker-rents-cloud') as Record<string, unknown>;
    const paths = async () =>
      (await app.gql<Data>('{ accessPaths(from: "buyer-u", asOf: "2024-06-01") { totalCount } }')).data?.accessPaths
        .totalCount as number;
    expect(await paths()).toBe(1);
    const written = await app.gql<Data>(
      NOTICES,
      { input: { relationships: [{ ...rents, serviceKind: 'MODEL' }] } },
      as('analyst'),
    );
    expect(written.data?.write).toEqual({
      ok: true,
      notices: [
        {
          path: ['input', 'relationships', '0', 'serviceKind'],
          message:
            'a model service gives no use of the chips: the rental is recorded, but no access path passes through it',
        },
      ],
    });
    expect(await paths()).toBe(0);
    const rel = await app.gql<Data>('{ relationship(id: "broker-rents-cloud") { serviceKind sources { id } } }');
    expect(rel.data?.relationship).toEqual({ serviceKind: 'MODEL', sources: [{ id: SRC }] });
    const corrected = await app.gql<Data>(
      CORRECT,
      { id: 'broker-rents-cloud', changes: { serviceKind: 'COMPUTE' }, reason: 'GPU servers after all' },
      as('analyst'),
    );
    expect(corrected.errors).toBeUndefined();
    expect(await paths()).toBe(1);
    const bad = await problemsOf(WRITE, { input: { relationships: [{ ...rents, serviceKind: 'TOKENS' }] } });
    expect(bad.map((p) => p.path.join('.'))).toEqual(['input.relationships.0.serviceKind']);
  });

  it('keeps the previous values of an update in the history, with who, when and why', async () => {
    await writeOk(basics);
    const update = {
      relationships: [{ ...basics.relationships[1], amount: 30000, note: 'corrected amount' }],
      reason: 'Reuters correction',
    };
    expect(await writeOk(update)).toMatchObject({ updated: { sources: 0, nodes: 0, relationships: 1 } });
    const history = await app.gql<Data>(HISTORY, { id: 'broker-rents-cloud' });
    const revisions = history.data?.history as Data[];
    expect(revisions.map((r) => r.action)).toEqual(['CREATE', 'UPDATE']);
    expect(revisions[1]).toMatchObject({
      targetType: 'RENTS_FROM',
      before: { amount: 28000, note: null },
      after: { amount: 30000, note: 'corrected amount' },
      by: 'test-analyst',
      reason: 'Reuters correction',
    });
    expect(Date.parse(revisions[1]?.at)).toBeGreaterThan(Date.now() - 60000);
  });

  it('answers one BAD_USER_INPUT listing every problem with its path, and writes nothing', async () => {
    await writeOk(basics);
    const before = await app.counts();
    const problems = await problemsOf(WRITE, {
      input: {
        sources: [
          {
            id: 'src-bad',
            publisher: 'X',
            title: 'Y',
            url: 'javascript:alert(1)',
            publishedAt: '2024-13-01',
            language: 'French',
          },
        ],
        nodes: [
          { id: 'Not A Slug', label: 'Planet', name: 'x', sources: [SRC] },
          entity('bad-country', { country: 'China' }),
          entity('unknown-country', { country: 'XX' }),
          entity('long-name', { name: 'n'.repeat(301) }),
          entity('bad-kind', { kind: 'ALIEN' }),
          entity('no-source', { sources: [] }),
          entity('chip-field-on-entity', { tpp: 5 }),
          {
            id: 'reg-no-kind',
            label: 'Regulation',
            name: 'A rule',
            sources: [SRC],
            announced: '2024-05-01',
            effective: '2024-01-01',
          },
        ],
        relationships: [
          { id: 'r-type', type: 'LIKES', from: 'buyer-u', to: 'broker-co', confidence: 'REPORTED', sources: [SRC] },
          {
            id: 'r-share',
            type: 'OWNS',
            from: 'buyer-u',
            to: 'broker-co',
            confidence: 'REPORTED',
            sources: [SRC],
            share: 1.5,
          },
          {
            id: 'r-dates',
            type: 'OWNS',
            from: 'buyer-u',
            to: 'broker-co',
            confidence: 'REPORTED',
            sources: [SRC],
            startDate: '2024-05-01',
            endDate: '2024-01-01',
          },
          {
            id: 'r-bad-date',
            type: 'OWNS',
            from: 'buyer-u',
            to: 'broker-co',
            confidence: 'REPORTED',
            sources: [SRC],
            startDate: '2024-02-30',
          },
          { id: 'r-from-kind', type: 'HOSTS', from: 'buyer-u', to: 'chip-x', confidence: 'REPORTED', sources: [SRC] },
          {
            id: 'r-to-kind',
            type: 'RENTS_FROM',
            from: 'buyer-u',
            to: 'chip-x',
            confidence: 'REPORTED',
            sources: [SRC],
          },
          { id: 'r-missing-end', type: 'OWNS', from: 'buyer-u', to: 'nobody', confidence: 'REPORTED', sources: [SRC] },
          {
            id: 'r-missing-source',
            type: 'OWNS',
            from: 'buyer-u',
            to: 'broker-co',
            confidence: 'REPORTED',
            sources: ['src-nowhere'],
          },
          { id: 'r-confidence', type: 'OWNS', from: 'buyer-u', to: 'broker-co', confidence: 'SURE', sources: [SRC] },
          {
            id: 'r-field',
            type: 'HOSTS',
            from: 'cloud-x',
            to: 'chip-x',
            confidence: 'REPORTED',
            sources: [SRC],
            share: 0.5,
          },
          {
            id: 'r-currency',
            type: 'RENTS_FROM',
            from: 'buyer-u',
            to: 'cloud-x',
            confidence: 'REPORTED',
            sources: [SRC],
            currency: 'dollars',
          },
          { id: 'r-self', type: 'OWNS', from: 'buyer-u', to: 'buyer-u', confidence: 'REPORTED', sources: [SRC] },
          {
            id: 'buyer-procures-broker',
            type: 'OWNS',
            from: 'buyer-u',
            to: 'broker-co',
            confidence: 'REPORTED',
            sources: [SRC],
          },
        ],
      },
    });
    // Structural problems first, then references (endpoints, sources, a relationship's identity).
    expect(pathsOf(problems)).toEqual(
      expect.arrayContaining([
        'input.sources.0.url',
        'input.sources.0.publishedAt',
        'input.sources.0.language',
        'input.nodes.0.id',
        'input.nodes.0.label',
        'input.nodes.1.country',
        'input.nodes.2.country',
        'input.nodes.3.name',
        'input.nodes.4.kind',
        'input.nodes.5.sources',
        'input.nodes.6.tpp',
        'input.nodes.7.kind',
        'input.nodes.7.effective',
        'input.relationships.0.type',
        'input.relationships.1.share',
        'input.relationships.2.endDate',
        'input.relationships.3.startDate',
        'input.relationships.4.from',
        'input.relationships.5.to',
        'input.relationships.6.to',
        'input.relationships.7.sources.0',
        'input.relationships.8.confidence',
        'input.relationships.9.share',
        'input.relationships.10.currency',
        'input.relationships.11.to',
        'input.relationships.12.id',
      ]),
    );
    expect(problems).toHaveLength(26);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(5);
    expect(await app.counts()).toEqual(before);
  });

  it('reports missing required fields as problems of the same single error', async () => {
    await writeOk(basics);
    const problems = await problemsOf(WRITE, {
      input: {
        sources: [{ id: 'src-no-title', publisher: 'X' }],
        nodes: [
          { id: 'no-name', label: 'Entity', sources: [SRC] },
          { label: 'Chip', name: 'no id', sources: [SRC] },
        ],
        relationships: [{ id: 'r-bare', type: 'OWNS', from: 'buyer-u', to: 'broker-co' }],
      },
    });
    expect(pathsOf(problems).sort()).toEqual([
      'input.nodes.0.name',
      'input.nodes.1.id',
      'input.relationships.0.confidence',
      'input.relationships.0.sources',
      'input.sources.0.title',
    ]);
  });

  it('checks references against the graph: endpoints of the right kind, existing sources, fixed type', async () => {
    await writeOk(basics);
    const before = await app.counts();
    const problems = await problemsOf(WRITE, {
      input: {
        relationships: [
          { id: 'r-from-kind', type: 'HOSTS', from: 'buyer-u', to: 'chip-x', confidence: 'REPORTED', sources: [SRC] },
          {
            id: 'r-to-kind',
            type: 'RENTS_FROM',
            from: 'buyer-u',
            to: 'chip-x',
            confidence: 'REPORTED',
            sources: [SRC],
          },
          { id: 'r-missing-end', type: 'OWNS', from: 'buyer-u', to: 'nobody', confidence: 'REPORTED', sources: [SRC] },
          {
            id: 'r-missing-source',
            type: 'OWNS',
            from: 'buyer-u',
            to: 'broker-co',
            confidence: 'REPORTED',
            sources: ['src-nowhere'],
          },
          {
            id: 'r-not-a-source',
            type: 'OWNS',
            from: 'buyer-u',
            to: 'broker-co',
            confidence: 'REPORTED',
            sources: ['chip-x'],
          },
          {
            id: 'buyer-procures-broker',
            type: 'OWNS',
            from: 'buyer-u',
            to: 'broker-co',
            confidence: 'REPORTED',
            sources: [SRC],
          },
          {
            id: 'r-ok',
            type: 'OWNS',
            from: 'buyer-u',
            to: 'broker-co',
            confidence: 'REPORTED',
            sources: [SRC],
            share: 0.5,
          },
        ],
      },
    });
    expect(pathsOf(problems).sort()).toEqual(
      [
        'input.relationships.0.from',
        'input.relationships.1.to',
        'input.relationships.2.to',
        'input.relationships.3.sources.0',
        'input.relationships.4.sources.0',
        'input.relationships.5.id',
      ].sort(),
    );
    expect(problems.find((p) => p.path.join('.') === 'input.relationships.0.from')?.message).toMatch(
      /HOSTS must start at DataCenter or CloudProvider/,
    );
    expect(await app.counts()).toEqual(before);
  });

  it('refuses an id the graph uses for another kind of record, so that retract and correct never reach the wrong one', async () => {
    await writeOk(basics);
    const before = await app.counts();
    const problems = await problemsOf(WRITE, {
      input: {
        nodes: [entity('broker-rents-cloud', { kind: 'COMPANY', country: 'CN' })],
        relationships: [
          { id: 'buyer-u', type: 'OWNS', from: 'broker-co', to: 'buyer-u', confidence: 'REPORTED', sources: [SRC] },
          { id: SRC, type: 'OWNS', from: 'broker-co', to: 'buyer-u', confidence: 'REPORTED', sources: [SRC] },
        ],
      },
    });
    expect(problems).toEqual([
      {
        path: ['input', 'nodes', 0, 'id'],
        message: expect.stringMatching(/^broker-rents-cloud is already the id of a relationship \(RENTS_FROM\)/),
      },
      {
        path: ['input', 'relationships', 0, 'id'],
        message: expect.stringMatching(/^buyer-u is already the id of a node \(Entity\)/),
      },
      {
        path: ['input', 'relationships', 1, 'id'],
        message: expect.stringMatching(/^src-test-report is already the id of a source/),
      },
    ]);
    expect(await app.counts()).toEqual(before);
  });

  it('bounds the size of a write', async () => {
    const nodes = Array.from({ length: 501 }, (_, i) => entity(`bulk-${i}`));
    const problems = await problemsOf(WRITE, { input: { sources: [source], nodes } });
    expect(problems).toEqual([{ path: ['input'], message: expect.stringMatching(/at most 500 records/) }]);
    expect(await problemsOf(WRITE, { input: {} })).toEqual([
      { path: ['input'], message: expect.stringMatching(/nothing to write/) },
    ]);
    expect((await app.counts()).nodes).toBe(0);
  });

  it('creates exactly one node from 20 parallel upserts of the same id', async () => {
    await writeOk({ sources: [source] });
    const input = { nodes: [entity('raced', { country: 'CN' })] };
    const results = await Promise.all(Array.from({ length: 20 }, () => app.gql<Data>(WRITE, { input }, as('analyst'))));
    for (const r of results) expect(r.errors).toBeUndefined();
    const created = results.filter((r) => r.data?.write.created.nodes === 1).length;
    const unchanged = results.filter((r) => r.data?.write.unchanged.nodes === 1).length;
    expect([created, unchanged]).toEqual([1, 19]);
    const session = app.driver.session();
    try {
      const n = await session.run("MATCH (n {id: 'raced'}) RETURN count(n) AS c");
      expect(Number(n.records[0]?.get('c'))).toBe(1);
      // One creation in the history: one import lists the id among those it created, no update.
      const history = (await app.gql<Data>(HISTORY, { id: 'raced' })).data?.history as Data[];
      expect(history.map((h) => h.action)).toEqual(['CREATE']);
      const batches = await session.run("MATCH (b:ImportBatch) WHERE 'raced' IN b.created RETURN count(b) AS c");
      expect(Number(batches.records[0]?.get('c'))).toBe(1);
      const v = await session.run("MATCH (v:Revision {targetId: 'raced'}) RETURN count(v) AS c");
      expect(Number(v.records[0]?.get('c'))).toBe(0);
      const pending = await session.run(
        'MATCH (n) WHERE n.__pending IS NOT NULL OR n.__lock IS NOT NULL RETURN count(n) AS c',
      );
      expect(Number(pending.records[0]?.get('c'))).toBe(0);
    } finally {
      await session.close();
    }
  });
});

describe('concurrent writes', () => {
  beforeAll(async () => {
    await app.reset();
    await writeOk({ sources: [source], nodes: ['p', 'q', 'r', 's'].map((id) => entity(`party-${id}`)) });
  });

  it('all succeed when they touch the same nodes in different orders', async () => {
    const ids = ['p', 'q', 'r', 's'];
    const writes = Array.from({ length: 12 }, (_, i) => {
      const from = `party-${ids[i % 4]}`;
      const to = `party-${ids[(i + 1 + (i % 3)) % 4]}`;
      return {
        nodes: [entity(to, { note: `seen by write ${i}` }), entity(`new-party-${i}`)],
        relationships: [
          { id: `funds-${i}`, type: 'FUNDS', from, to, confidence: 'ALLEGED', sources: [SRC] },
          {
            id: `funds-new-${i}`,
            type: 'FUNDS',
            from: `new-party-${i}`,
            to: from,
            confidence: 'ALLEGED',
            sources: [SRC],
          },
        ],
      };
    });
    const results = await Promise.all(writes.map((input) => app.gql<Data>(WRITE, { input }, as('analyst'))));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(await app.counts()).toMatchObject({ nodes: 1 + 4 + 12, rels: 24 });
  });
});

describe('correct', () => {
  beforeAll(async () => {
    await app.reset();
    await writeOk(basics);
  });

  it('changes some fields, keeps the others, and records before, after and the reason', async () => {
    const result = await app.gql<Data>(
      CORRECT,
      {
        id: 'buyer-procures-broker',
        changes: { confidence: 'CONFIRMED', role: 'reseller' },
        reason: 'tender documents seen',
      },
      as('analyst'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.correct.updated).toEqual({ sources: 0, nodes: 0, relationships: 1 });
    const rel = await app.gql<Data>(
      '{ relationship(id: "buyer-procures-broker") { confidence role startDate updatedBy } }',
    );
    expect(rel.data?.relationship).toEqual({
      confidence: 'CONFIRMED',
      role: 'reseller',
      startDate: '2024-03-01',
      updatedBy: 'test-analyst',
    });
    const history = (await app.gql<Data>(HISTORY, { id: 'buyer-procures-broker' })).data?.history as Data[];
    expect(history.at(-1)).toMatchObject({
      action: 'UPDATE',
      before: { confidence: 'REPORTED', role: null },
      after: { confidence: 'CONFIRMED', role: 'reseller' },
      reason: 'tender documents seen',
    });
  });

  it('corrects nodes and sources too', async () => {
    const node = await app.gql<Data>(
      CORRECT,
      { id: 'chip-x', changes: { tpp: 5000, aliases: ['X1'] }, reason: 'vendor datasheet' },
      as('analyst'),
    );
    expect(node.data?.correct.updated.nodes).toBe(1);
    const src = await app.gql<Data>(
      CORRECT,
      { id: SRC, changes: { excerpt: 'a quote' }, reason: 'added the quote' },
      as('analyst'),
    );
    expect(src.data?.correct.updated.sources).toBe(1);
    const read = await app.gql<Data>(
      '{ chip: node(id: "chip-x") { ... on Chip { tpp aliases vendor } } src: node(id: "src-test-report") { ... on Source { excerpt title } } }',
    );
    expect(read.data).toEqual({
      chip: { tpp: 5000, aliases: ['X1'], vendor: 'Nvidia' },
      src: { excerpt: 'a quote', title: 'A test report' },
    });
  });

  it('refuses identity changes, audit fields and invalid values, with paths under changes', async () => {
    const problems = await problemsOf(CORRECT, {
      id: 'buyer-procures-broker',
      changes: { type: 'OWNS', to: 'cloud-x', createdBy: 'me' },
      reason: 'x',
    });
    expect(pathsOf(problems).sort()).toEqual(['changes.createdBy', 'changes.to', 'changes.type']);
    const invalid = await problemsOf(CORRECT, {
      id: 'buyer-procures-broker',
      changes: { startDate: '2024-99-01', share: 0.2 },
      reason: 'x',
    });
    expect(pathsOf(invalid).sort()).toEqual(['changes.share', 'changes.startDate']);
    expect(pathsOf(await problemsOf(CORRECT, { id: 'chip-x', changes: { tpp: 1 }, reason: ' ' }))).toEqual(['reason']);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const result = await app.gql(CORRECT, { id: 'no-such-thing', changes: { note: 'x' }, reason: 'x' }, as('analyst'));
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('date order, judged on the record as it will stand', () => {
  const IMPORT = `mutation($document: JSONObject!, $dryRun: Boolean) {
    importDocument(document: $document, dryRun: $dryRun) { ok rejected { path message } } }`;
  const ended = { ...basics.relationships[1], startDate: '2024-01-01', endDate: '2024-09-30' };
  const rule = {
    id: 'rule-x',
    label: 'Regulation',
    name: 'Rule X',
    kind: 'EXPORT_CONTROL',
    sources: [SRC],
    announced: '2024-08-20',
    effective: '2024-09-15',
  };
  const START_AFTER_END = {
    path: ['changes', 'startDate'],
    message: 'startDate 2024-12-01 is after the stored endDate 2024-09-30: startDate must not be after endDate',
  };
  const END_BEFORE_START =
    'endDate 2020-01-01 is before the stored startDate 2024-01-01: startDate must not be after endDate';

  beforeAll(async () => {
    await app.reset();
    await writeOk({ ...basics, nodes: [...basics.nodes, rule], relationships: [ended] });
  });
  const stored = async () => {
    const read = await app.gql<Data>(
      '{ r: relationship(id: "broker-rents-cloud") { startDate endDate } g: node(id: "rule-x") { ... on Regulation { announced effective } } h: history(id: "broker-rents-cloud") { action } }',
    );
    return read.data;
  };
  const untouched = {
    r: { startDate: '2024-01-01', endDate: '2024-09-30' },
    g: { announced: '2024-08-20', effective: '2024-09-15' },
    h: [{ action: 'CREATE' }],
  };

  it("refuses a correction of a relationship's start to after its stored end, naming both dates", async () => {
    const problems = await problemsOf(CORRECT, {
      id: 'broker-rents-cloud',
      changes: { startDate: '2024-12-01' },
      reason: 'x',
    });
    expect(problems).toEqual([START_AFTER_END]);
    expect(await stored()).toEqual(untouched);
  });

  it('refuses a write giving only an end before the stored start, a dry run too', async () => {
    const { startDate: _start, endDate: _end, ...rest } = ended;
    const input = { relationships: [{ ...rest, endDate: '2020-01-01' }] };
    for (const dryRun of [true, false]) {
      const problems = await problemsOf(WRITE, { input, dryRun });
      expect(problems).toEqual([{ path: ['input', 'relationships', 0, 'endDate'], message: END_BEFORE_START }]);
    }
    expect(await stored()).toEqual(untouched);
  });

  it("refuses a correction of a regulation's effective date to before its stored announcement", async () => {
    const problems = await problemsOf(CORRECT, { id: 'rule-x', changes: { effective: '2024-01-01' }, reason: 'x' });
    expect(problems).toEqual([
      {
        path: ['changes', 'effective'],
        message:
          'effective 2024-01-01 is before the stored announced 2024-08-20: announced must not be after effective',
      },
    ]);
    expect(await stored()).toEqual(untouched);
  });

  it('rejects the same in a bulk import, dry run or not, and writes nothing', async () => {
    const { startDate: _start, endDate: _end, ...rest } = ended;
    const document = { format: 'chip-access-graph/v1', relationships: [{ ...rest, endDate: '2020-01-01' }] };
    for (const dryRun of [true, false]) {
      const result = await app.gql<Data>(IMPORT, { document, dryRun }, as('analyst'));
      expect(result.errors).toBeUndefined();
      expect(result.data?.importDocument).toEqual({
        ok: false,
        rejected: [{ path: ['relationships', '0', 'endDate'], message: END_BEFORE_START }],
      });
    }
    expect(await stored()).toEqual(untouched);
  });

  it('accepts a change in order with what is stored, and both dates moved together', async () => {
    const both = await app.gql<Data>(
      CORRECT,
      { id: 'broker-rents-cloud', changes: { startDate: '2024-12-01', endDate: '2025-03-31' }, reason: 'renewed' },
      as('analyst'),
    );
    expect(both.errors).toBeUndefined();
    expect(both.data?.correct.updated.relationships).toBe(1);
    expect((await stored())?.r).toEqual({ startDate: '2024-12-01', endDate: '2025-03-31' });
  });
});

describe("notices of a chip's release, and a correction's notices under its own input", () => {
  const CORRECT_NOTICES = `mutation($id: ID!, $changes: JSONObject!, $reason: String!) {
    correct(id: $id, changes: $changes, reason: $reason) { ok notices { path message } } }`;
  const WRITE_NOTICES = `mutation($input: WriteInput!, $dryRun: Boolean) {
    write(input: $input, dryRun: $dryRun) { ok notices { path message } } }`;
  const hosts = { ...basics.relationships[2], startDate: '2022-06-01' };
  const early = (release: string) =>
    `1 stored step into chip-x dated before its release (${release}): cloud-hosts-chip (2022-06-01); paths use each from the release on; a purchase is still timed by its own date`;
  const correctNotices = async (id: string, changes: Record<string, unknown>) => {
    const result = await app.gql<Data>(CORRECT_NOTICES, { id, changes, reason: 'datasheet' }, as('analyst'));
    expect(result.errors).toBeUndefined();
    return result.data?.correct.notices as Data[];
  };

  beforeAll(async () => {
    await app.reset();
    await writeOk({ ...basics, relationships: [hosts] });
  });

  it("names the stored steps a corrected release makes early, on the correction's releaseDate", async () => {
    expect(await correctNotices('chip-x', { releaseDate: '2023-07-01' })).toEqual([
      { path: ['changes', 'releaseDate'], message: early('2023-07-01') },
    ]);
    expect(await correctNotices('chip-x', { releaseDate: '2022-06-01' })).toEqual([]);
  });

  it("names them for a write of the chip's release too, a dry run included", async () => {
    const chip = { ...basics.nodes[3], releaseDate: '2024-01-01' };
    for (const dryRun of [true, false]) {
      const result = await app.gql<Data>(WRITE_NOTICES, { input: { nodes: [chip] }, dryRun }, as('analyst'));
      expect(result.data?.write).toEqual({
        ok: true,
        notices: [{ path: ['input', 'nodes', '0', 'releaseDate'], message: early('2024-01-01') }],
      });
    }
  });

  it("places a correction's notice on the field it sent, or on the record's id when it sent none", async () => {
    const message = (date: string) =>
      `${date} is before the release of chip-x (2024-01-01): paths use the step from the release on; a purchase is still timed by this date`;
    expect(await correctNotices('cloud-hosts-chip', { startDate: '2022-01-01' })).toEqual([
      { path: ['changes', 'startDate'], message: message('2022-01-01') },
    ]);
    expect(await correctNotices('cloud-hosts-chip', { quantity: 8 })).toEqual([
      { path: ['id'], message: message('2022-01-01') },
    ]);
  });
});

describe('retract and restore', () => {
  beforeEach(async () => {
    await app.reset();
    await writeOk(basics);
  });

  const paths = async (includeRetracted = false) => {
    const result = await app.gql<Data>(
      `query($inc: Boolean) { accessPaths(from: "buyer-u", asOf: "2024-06-01", filter: { includeRetracted: $inc }) { totalCount } }`,
      { inc: includeRetracted },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.accessPaths.totalCount as number;
  };
  const rentsFrom = async () => {
    const result = await app.gql<Data>(
      '{ node(id: "broker-co") { ... on Entity { rentsFrom { id } all: relationships(types: [RENTS_FROM], direction: OUT, includeRetracted: true) { id retracted } } } }',
    );
    return result.data?.node as Data;
  };

  it('marks a relationship retracted without deleting it; it leaves paths and relationship fields', async () => {
    expect(await paths()).toBe(1);
    const before = await app.counts();
    const result = await app.gql<Data>(
      RETRACT,
      { id: 'broker-rents-cloud', reason: 'the tender was cancelled' },
      as('analyst'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.retract).toMatchObject({
      id: 'broker-rents-cloud',
      relationships: ['broker-rents-cloud'],
      relationship: { retracted: true, retraction: { reason: 'the tender was cancelled', by: 'test-analyst' } },
      node: null,
    });
    expect(Date.parse(result.data?.retract.relationship.retraction.at)).toBeGreaterThan(Date.now() - 60000);
    expect((await app.counts()).rels).toBe(before.rels);
    expect(await rentsFrom()).toEqual({ rentsFrom: [], all: [{ id: 'broker-rents-cloud', retracted: true }] });
    expect(await paths()).toBe(0);
    expect(await paths(true)).toBe(1);
    const history = (await app.gql<Data>(HISTORY, { id: 'broker-rents-cloud' })).data?.history as Data[];
    expect(history.map((h) => h.action)).toEqual(['CREATE', 'RETRACT']);
    expect(history[1]).toMatchObject({
      by: 'test-analyst',
      reason: 'the tender was cancelled',
      after: { retracted: true },
    });
  });

  it('refuses to retract twice, and restores', async () => {
    await app.gql(RETRACT, { id: 'broker-rents-cloud', reason: 'first' }, as('analyst'));
    const again = await app.gql(RETRACT, { id: 'broker-rents-cloud', reason: 'second' }, as('analyst'));
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const restored = await app.gql<Data>(
      RESTORE,
      { id: 'broker-rents-cloud', reason: 'the tender went ahead after all' },
      as('analyst'),
    );
    expect(restored.errors).toBeUndefined();
    expect(restored.data?.restore.relationship).toEqual({ id: 'broker-rents-cloud', retracted: false });
    expect((await rentsFrom()).rentsFrom).toEqual([{ id: 'broker-rents-cloud' }]);
    const history = (await app.gql<Data>(HISTORY, { id: 'broker-rents-cloud' })).data?.history as Data[];
    expect(history.map((h) => h.action)).toEqual(['CREATE', 'RETRACT', 'RESTORE']);
    expect(history[2]?.before).toMatchObject({
      retracted: true,
      retractedReason: 'first',
      retractedBy: 'test-analyst',
    });
    const notRetracted = await app.gql(RESTORE, { id: 'broker-rents-cloud', reason: 'x' }, as('analyst'));
    expect(notRetracted.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('retracts a node with its relationships, and restores them together', async () => {
    const result = await app.gql<Data>(RETRACT, { id: 'broker-co', reason: 'misidentified company' }, as('analyst'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.retract).toMatchObject({ node: { id: 'broker-co' }, relationship: null });
    expect((result.data?.retract.relationships as string[]).sort()).toEqual([
      'broker-rents-cloud',
      'buyer-procures-broker',
    ]);
    expect(await paths()).toBe(0);
    const lone = await app.gql(RESTORE, { id: 'broker-rents-cloud', reason: 'x' }, as('analyst'));
    expect(lone.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const history = (await app.gql<Data>(HISTORY, { id: 'broker-co' })).data?.history as Data[];
    expect(history.map((h) => h.action)).toEqual(['CREATE', 'RETRACT']);
    const restored = await app.gql<Data>(RESTORE, { id: 'broker-co', reason: 'identified after all' }, as('analyst'));
    expect((restored.data?.restore.relationships as string[]).sort()).toEqual([
      'broker-rents-cloud',
      'buyer-procures-broker',
    ]);
    expect(await paths()).toBe(1);
  });

  it('refuses sources, unknown ids and an empty reason', async () => {
    expect((await app.gql(RETRACT, { id: SRC, reason: 'x' }, as('analyst'))).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await app.gql(RETRACT, { id: 'nothing-here', reason: 'x' }, as('analyst'))).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(pathsOf(await problemsOf(RETRACT, { id: 'broker-rents-cloud', reason: '' }))).toEqual(['reason']);
  });

  const NOTICES = `mutation($input: WriteInput!, $dryRun: Boolean) {
    write(input: $input, dryRun: $dryRun) { ok ${REPORT} notices { path message } } }`;
  const rel = (id: string) => basics.relationships.find((r) => r.id === id) as Record<string, unknown>;

  it('says when a write hangs relationships on a retracted node, which then are no access steps', async () => {
    await app.gql(RETRACT, { id: 'broker-co', reason: 'misidentified company' }, as('analyst'));
    const input = {
      relationships: [
        { ...rel('buyer-procures-broker'), id: 'buyer-procures-broker-2' },
        { ...rel('broker-rents-cloud'), id: 'broker-rents-cloud-2' },
      ],
    };
    const restoreHint = 'restore(id: "broker-co", reason: ...) brings the node back, and this step with it';
    const expected = [
      {
        path: ['input', 'relationships', '0', 'to'],
        message: `broker-co is retracted: buyer-procures-broker-2 is stored but is no access step while broker-co stays retracted; ${restoreHint}`,
      },
      {
        path: ['input', 'relationships', '1', 'from'],
        message: `broker-co is retracted: broker-rents-cloud-2 is stored but is no access step while broker-co stays retracted; ${restoreHint}`,
      },
    ];
    const dry = await app.gql<Data>(NOTICES, { input, dryRun: true }, as('analyst'));
    expect(dry.data?.write.notices).toEqual(expected);
    const done = await app.gql<Data>(NOTICES, { input }, as('analyst'));
    expect(done.errors).toBeUndefined();
    expect(done.data?.write).toMatchObject({ created: { relationships: 2 }, notices: expected });
    // The node drops out of every path, through the new relationships too.
    expect(await paths()).toBe(0);
    expect(await paths(true)).toBe(4);
    // And out of relationship fields and neighbourhoods, as retracted relationships do.
    const buyer = async () => {
      const result = await app.gql<Data>(
        `{ node(id: "buyer-u") { ... on Entity { procuresFrom { id }
             all: relationships(types: [PROCURES_FROM], direction: OUT, includeRetracted: true) { id } } }
           plain: neighborhood(id: "buyer-u") { nodes { id } }
           all: neighborhood(id: "buyer-u", includeRetracted: true) { nodes { id } } }`,
      );
      expect(result.errors).toBeUndefined();
      const data = result.data as Data;
      const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();
      return {
        procuresFrom: ids(data.node.procuresFrom),
        all: ids(data.node.all),
        neighbours: ids(data.plain.nodes),
        allNeighbours: ids(data.all.nodes),
      };
    };
    expect(await buyer()).toEqual({
      procuresFrom: [],
      all: ['buyer-procures-broker', 'buyer-procures-broker-2'],
      neighbours: ['buyer-u'],
      allNeighbours: ['broker-co', 'buyer-u'],
    });
    expect((await rentsFrom()).rentsFrom).toEqual([]);
    await app.gql(RESTORE, { id: 'broker-co', reason: 'identified after all' }, as('analyst'));
    expect(await paths()).toBe(4);
    expect(await buyer()).toMatchObject({
      procuresFrom: ['buyer-procures-broker', 'buyer-procures-broker-2'],
      neighbours: ['broker-co', 'buyer-u'],
    });
  });

  it('says when a write updates a retracted relationship, which stays retracted', async () => {
    await app.gql(RETRACT, { id: 'broker-rents-cloud', reason: 'wrong' }, as('analyst'));
    const input = { relationships: [{ ...rel('broker-rents-cloud'), amount: 30000 }] };
    const done = await app.gql<Data>(NOTICES, { input }, as('analyst'));
    expect(done.errors).toBeUndefined();
    expect(done.data?.write).toMatchObject({
      updated: { relationships: 1 },
      notices: [
        {
          path: ['input', 'relationships', '0', 'id'],
          message:
            'broker-rents-cloud is retracted and stays so: the values are stored, but it stays out of paths and relationship fields; restore(id: "broker-rents-cloud", reason: ...) brings it back',
        },
      ],
    });
    expect((await rentsFrom()).all).toEqual([{ id: 'broker-rents-cloud', retracted: true }]);
    expect(await paths()).toBe(0);
  });

  it('keeps a retraction through a re-import of the same fact', async () => {
    await app.gql(RETRACT, { id: 'broker-rents-cloud', reason: 'wrong' }, as('analyst'));
    expect(await writeOk(basics)).toMatchObject({ unchanged: { sources: 1, nodes: 4, relationships: 3 } });
    expect((await rentsFrom()).rentsFrom).toEqual([]);
  });
});

describe('findSimilar', () => {
  beforeAll(async () => {
    await app.reset();
    await writeOk({
      sources: [source],
      nodes: [
        entity('huawei', { name: 'Huawei Technologies Co., Ltd.', aliases: ['Huawei', '华为'] }),
        entity('sensetime', { name: 'SenseTime', aliases: ['商汤科技'] }),
        entity('huawei-cloud', { name: 'Huawei Cloud Computing Technologies Co., Ltd.' }),
      ],
    });
  });

  const similar = async (name: string) => {
    const result = await app.gql<Data>(
      'query($name: String!) { findSimilar(name: $name) { node { id } exact matched score } }',
      { name },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.findSimilar as Data[];
  };

  it('puts exact matches of the normalised name or an alias first', async () => {
    const hits = await similar('HUAWEI TECHNOLOGIES CO LTD');
    expect(hits[0]).toMatchObject({ node: { id: 'huawei' }, exact: true, matched: 'Huawei Technologies Co., Ltd.' });
    expect(hits.map((h) => h.node.id)).toContain('huawei-cloud');
    expect((await similar('Huawei'))[0]).toMatchObject({ node: { id: 'huawei' }, exact: true, matched: 'Huawei' });
  });

  it('finds names with a typo, and names in other scripts', async () => {
    expect((await similar('Sensetme'))[0]).toMatchObject({ node: { id: 'sensetime' }, exact: false });
    expect((await similar('商汤科技'))[0]).toMatchObject({ node: { id: 'sensetime' }, exact: true });
  });

  it('refuses a name without a word', async () => {
    const result = await app.gql('{ findSimilar(name: "-- ... !!") { node { id } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
