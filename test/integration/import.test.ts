import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importDocument } from '../../src/import/apply';
import { importFile } from '../../src/import/file-import';
import type { ImportProgress } from '../../src/import/progress';
import { createTestApp, type TestApp } from '../support/app';
import { importCli } from '../support/import-cli';
import { API_KEYS, as } from '../support/keys';

/** Bulk imports: the importDocument mutation, the import CLI (JSON, CSV) and the screening list. */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = path.resolve(__dirname, '../..');
const fixture = (...parts: string[]) => path.join(root, 'test/fixtures', ...parts);
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Data;
const IMPORT = `mutation($d: JSONObject!, $dryRun: Boolean) {
  importDocument(document: $d, dryRun: $dryRun) {
    ok dryRun created { sources nodes relationships } updated { nodes relationships } unchanged { sources nodes relationships }
    rejected { path message }
  }
}`;

let app: TestApp;

/** Runs the import CLI as a user would, against the test database. */
const cli = importCli;

beforeAll(async () => {
  app = await createTestApp({ API_KEYS });
});
afterAll(async () => {
  await app.close();
});

describe('importDocument (mutation)', () => {
  beforeEach(async () => {
    await app.reset();
  });

  it('imports a document and reports created, then unchanged', async () => {
    const d = readJson(fixture('import/document.json'));
    const first = await app.gql<Data>(IMPORT, { d }, as('analyst'));
    expect(first.data?.importDocument).toMatchObject({
      ok: true,
      created: { sources: 1, nodes: 4, relationships: 1 },
      rejected: [],
    });
    const again = await app.gql<Data>(IMPORT, { d }, as('analyst'));
    expect(again.data?.importDocument).toMatchObject({
      ok: true,
      created: { sources: 0, nodes: 0, relationships: 0 },
      unchanged: { sources: 1, nodes: 4, relationships: 1 },
    });
  });

  it('writes nothing when the LAST record is bad, and says which record and why', async () => {
    const before = await app.counts();
    const d = readJson(fixture('import/document-bad-last.json'));
    const result = await app.gql<Data>(IMPORT, { d }, as('analyst'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.importDocument).toMatchObject({
      ok: false,
      created: { sources: 0, nodes: 0, relationships: 0 },
    });
    expect(result.data?.importDocument.rejected).toEqual([
      {
        path: ['relationships', '1', 'to'],
        message: expect.stringMatching(/RENTS_FROM must end at CloudProvider or DataCenter; fixture-a100 is Chip/),
      },
    ]);
    expect(await app.counts()).toEqual(before);
  });

  it('validates without writing in a dry run', async () => {
    const result = await app.gql<Data>(
      IMPORT,
      { d: readJson(fixture('import/document.json')), dryRun: true },
      as('analyst'),
    );
    expect(result.data?.importDocument).toMatchObject({ ok: true, dryRun: true, created: { nodes: 4 } });
    expect((await app.counts()).nodes).toBe(0);
  });

  it('answers malformed documents with a report, never a crash', async () => {
    const malformed: unknown[] = [
      {},
      { format: 'chip-access-graph/v1', nodes: 'all of them' },
      { format: 'chip-access-graph/v1', nodes: [null, 3, [], { id: 5, label: 'constructor', sources: 'x' }] },
      {
        format: 'chip-access-graph/v1',
        relationships: [{ id: [], type: '__proto__', from: {}, to: 7, sources: [null] }],
      },
      {
        format: 'chip-access-graph/v1',
        relationships: [{ id: 'r', type: 'toString', from: 'a', to: 'b', confidence: 'REPORTED', sources: ['s'] }],
      },
      JSON.parse(
        '{"format": "chip-access-graph/v1", "sources": [{"id": "src-x", "publisher": "P", "title": "T", "__proto__": {"polluted": true}}]}',
      ),
    ];
    for (const d of malformed) {
      const result = await app.gql<Data>(IMPORT, { d }, as('analyst'));
      expect(result.errors).toBeUndefined();
      expect(result.data?.importDocument.ok).toBe(false);
      expect(result.data?.importDocument.rejected.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await app.counts()).nodes).toBe(0);
  });

  it('lists structural and reference problems together', async () => {
    const d = readJson(fixture('import/document-bad-last.json'));
    d.nodes[0].country = 'China';
    const rejected = (await app.gql<Data>(IMPORT, { d }, as('analyst'))).data?.importDocument.rejected as Data[];
    expect(rejected.map((p) => p.path.join('.'))).toEqual(['nodes.0.country', 'relationships.1.to']);
  });
});

describe('the create path: new ids created, existing ids compared', () => {
  beforeEach(async () => {
    await app.reset();
  });

  const HISTORY = 'query($id: ID!) { history(id: $id) { action targetType before after by at reason importId } }';
  const history = async (id: string) => (await app.gql<Data>(HISTORY, { id })).data?.history as Data[];
  const batches = async () => {
    const session = app.driver.session();
    try {
      const result = await session.run(
        'MATCH (b:ImportBatch) RETURN b.id AS id, b.by AS by, b.reason AS reason, b.checksum AS checksum, b.created AS created ORDER BY b.at',
      );
      return result.records.map((r) => r.toObject() as Data);
    } finally {
      await session.close();
    }
  };
  const SRC = 'src-create-path';
  const entity = (id: string, extra: Data = {}) => ({
    id,
    label: 'Entity',
    name: `Name of ${id}`,
    sources: [SRC],
    ...extra,
  });
  const owns = (id: string, from: string, to: string, share: number) => ({
    id,
    type: 'OWNS',
    from,
    to,
    share,
    startDate: '2020-01-01',
    confidence: 'REPORTED',
    sources: [SRC],
  });
  const first = {
    format: 'chip-access-graph/v1',
    sources: [{ id: SRC, publisher: 'Test', title: 'Create path' }],
    nodes: [entity('cp-a', { country: 'CN' }), entity('cp-b'), entity('cp-c')],
    relationships: [owns('cp-a-owns-b', 'cp-a', 'cp-b', 0.5), owns('cp-b-owns-c', 'cp-b', 'cp-c', 0.2)],
  };
  // The same source, one node unchanged, one changed, one new; one relationship unchanged, one
  // changed, two new (one of them between an existing and a new node).
  const mixed = {
    format: 'chip-access-graph/v1',
    sources: [{ id: SRC, publisher: 'Test', title: 'Create path' }],
    nodes: [entity('cp-a', { country: 'CN' }), entity('cp-b', { country: 'HK' }), entity('cp-d', { kind: 'COMPANY' })],
    relationships: [
      owns('cp-a-owns-b', 'cp-a', 'cp-b', 0.5),
      owns('cp-b-owns-c', 'cp-b', 'cp-c', 0.6),
      owns('cp-c-owns-d', 'cp-c', 'cp-d', 1),
      owns('cp-a-owns-c', 'cp-a', 'cp-c', 0.1),
    ],
  };

  it('counts a mixed document right and keeps every creation and update in the history', async () => {
    const one = await importDocument(app.db, first, { principal: 'first-analyst', reason: 'first load' });
    expect(one).toMatchObject({ ok: true, created: { sources: 1, nodes: 3, relationships: 2 } });
    const two = await importDocument(app.db, mixed, { principal: 'second-analyst' });
    expect(two).toMatchObject({
      ok: true,
      created: { sources: 0, nodes: 1, relationships: 2 },
      updated: { sources: 0, nodes: 1, relationships: 1 },
      unchanged: { sources: 1, nodes: 1, relationships: 1 },
      rejected: [],
    });

    // One ImportBatch per written import: who, why, the document's checksum, the ids created.
    const written = await batches();
    expect(written.map((b) => [b.by, b.reason, b.created])).toEqual([
      ['first-analyst', 'first load', [SRC, 'cp-a', 'cp-b', 'cp-c', 'cp-a-owns-b', 'cp-b-owns-c']],
      ['second-analyst', null, ['cp-d', 'cp-c-owns-d', 'cp-a-owns-c']],
    ]);
    expect(written[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);

    // A new record: its creation, by the second import, with the values it was created with.
    expect(await history('cp-c-owns-d')).toEqual([
      {
        action: 'CREATE',
        targetType: 'OWNS',
        before: null,
        after: { share: 1, startDate: '2020-01-01', confidence: 'REPORTED', sources: [SRC] },
        by: 'second-analyst',
        at: expect.any(String),
        reason: null,
        importId: written[1]?.id,
      },
    ]);
    // An updated record: its creation as it was created (the update undone), then the update.
    const changed = await history('cp-b-owns-c');
    expect(changed.map((h) => [h.action, h.by, h.importId])).toEqual([
      ['CREATE', 'first-analyst', written[0]?.id],
      ['UPDATE', 'second-analyst', written[1]?.id],
    ]);
    expect(changed[0]).toMatchObject({ reason: 'first load', after: { share: 0.2, startDate: '2020-01-01' } });
    expect(changed[1]).toMatchObject({ before: { share: 0.2 }, after: { share: 0.6 } });
    // Two imports in a row may share a clock tick: the order above is history's own.
    expect(Date.parse(changed[0]?.at)).toBeLessThanOrEqual(Date.parse(changed[1]?.at));
    const node = await history('cp-b');
    expect(node.map((h) => h.action)).toEqual(['CREATE', 'UPDATE']);
    expect(node[0]).toMatchObject({ targetType: 'Entity', after: { name: 'Name of cp-b', sources: [SRC] } });
    expect(node[0]?.after).not.toHaveProperty('country');
    expect(node[1]).toMatchObject({ before: { country: null }, after: { country: 'HK' } });
    // An unchanged record: its creation only.
    expect((await history('cp-a-owns-b')).map((h) => h.action)).toEqual(['CREATE']);

    // Every relationship once, with its audit fields and the import that created it.
    const rels = await app.gql<Data>(
      '{ node(id: "cp-c") { ... on Entity { owners { id share createdBy } subsidiaries { id share createdBy } } } }',
    );
    expect(rels.data?.node).toEqual({
      owners: expect.arrayContaining([
        { id: 'cp-b-owns-c', share: 0.6, createdBy: 'first-analyst' },
        { id: 'cp-a-owns-c', share: 0.1, createdBy: 'second-analyst' },
      ]),
      subsidiaries: [{ id: 'cp-c-owns-d', share: 1, createdBy: 'second-analyst' }],
    });
  });

  it('changes nothing and writes no ImportBatch when the same document comes again', async () => {
    await importDocument(app.db, first, { principal: 'a' });
    await importDocument(app.db, mixed, { principal: 'a' });
    const before = await app.counts();
    const batchesBefore = await batches();
    const again = await importDocument(app.db, mixed, { principal: 'a' });
    expect(again).toMatchObject({
      ok: true,
      created: { sources: 0, nodes: 0, relationships: 0 },
      updated: { sources: 0, nodes: 0, relationships: 0 },
      unchanged: { sources: 1, nodes: 3, relationships: 4 },
    });
    expect(await app.counts()).toEqual(before);
    expect(await batches()).toEqual(batchesBefore);
    expect((await history('cp-c-owns-d')).map((h) => h.action)).toEqual(['CREATE']);
  });

  it('writes nothing, new records included, when the last record of a mixed document is rejected', async () => {
    await importDocument(app.db, first, { principal: 'a' });
    const before = await app.counts();
    const batchesBefore = await batches();
    const bad = {
      ...mixed,
      relationships: [...mixed.relationships, { ...owns('cp-d-owns-x', 'cp-d', 'nowhere', 0.5) }],
    };
    const report = await importDocument(app.db, bad, { principal: 'a' });
    expect(report).toMatchObject({ ok: false, created: { sources: 0, nodes: 0, relationships: 0 } });
    expect(report.rejected.map((p) => p.path.join('.'))).toEqual(['relationships.4.to']);
    expect(await app.counts()).toEqual(before);
    expect(await batches()).toEqual(batchesBefore);
    expect(await history('cp-d')).toEqual([]);
    expect((await history('cp-b-owns-c')).map((h) => h.action)).toEqual(['CREATE']);
  });

  it('refuses a new relationship whose id exists under another type, and writes nothing', async () => {
    await importDocument(app.db, first, { principal: 'a' });
    const before = await app.counts();
    const report = await importDocument(
      app.db,
      {
        format: 'chip-access-graph/v1',
        relationships: [
          { ...owns('cp-c-owns-a', 'cp-c', 'cp-a', 0.3) },
          {
            id: 'cp-b-owns-c',
            type: 'CONTROLS',
            from: 'cp-b',
            to: 'cp-c',
            confidence: 'REPORTED',
            sources: [SRC],
          },
        ],
      },
      { principal: 'a' },
    );
    expect(report.ok).toBe(false);
    expect(report.rejected).toEqual([
      { path: ['relationships', 1, 'id'], message: expect.stringMatching(/already joins cp-b -OWNS-> cp-c/) },
    ]);
    expect(await app.counts()).toEqual(before);
  });
});

describe('npm run import (CLI)', () => {
  beforeEach(async () => {
    await app.reset();
  });

  it('imports a format-v1 JSON file, then a relationships CSV, printing a report', async () => {
    const json = await cli([fixture('import/document.json'), '--as', 'cli-test']);
    expect(json.code).toBe(0);
    expect(json.stdout).toMatch(/created\s+1\s+4\s+1/);
    expect(json.stdout).toMatch(/rejected\s+none/);
    // The benchmarks' phase timings are not progress: they never reach the terminal.
    expect(json.stderr).not.toMatch(/read-nodes|read-relationships|revisions/);
    const csv = await cli([fixture('import/relationships.csv'), '--as', 'cli-test']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toMatch(/\(relationships-csv\)/);
    expect(csv.stdout).toMatch(/created\s+0\s+0\s+2/);
    const rel = await app.gql<Data>(
      '{ relationship(id: "fixture-broker-rents-cloud") { service amount currency endDate createdBy } p: relationship(id: "fixture-university-procures-broker") { note role } }',
    );
    expect(rel.data).toEqual({
      relationship: {
        service: 'GPU servers',
        amount: 28000,
        currency: 'USD',
        endDate: '2024-12-31',
        createdBy: 'cli-test',
      },
      p: { note: 'Tender of March 2024, "A100/H100 servers"', role: 'intermediary' },
    });
  });

  it('writes nothing when the last line of a CSV is bad, and names the line and column', async () => {
    await importFile(app.db, fixture('import/document.json'), { principal: 'test' });
    const before = await app.counts();
    const result = await cli([fixture('import/relationships-bad-last.csv')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/rejected\s+1 problem: nothing was written/);
    expect(result.stdout).toMatch(/line 4, column share: must be a share between 0 and 1/);
    expect(await app.counts()).toEqual(before);
  });

  it('writes nothing in a dry run', async () => {
    const result = await cli([fixture('import/document.json'), '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/dry run, nothing written/);
    expect(result.stdout).toMatch(/created\s+1\s+4\s+1/);
    expect((await app.counts()).nodes).toBe(0);
  });

  it('prints JSON on request, progress kept to standard error', async () => {
    const result = await cli([fixture('import/document.json'), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: true,
      layout: 'format-v1',
      created: { sources: 1, nodes: 4, relationships: 1 },
    });
  });

  it('explains its usage', async () => {
    const result = await cli(['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option --bogus/);
    expect(result.stderr).toMatch(/usage: npm run import -- FILE/);
  });
});

describe('the progress of a file import', () => {
  beforeEach(async () => {
    await app.reset();
  });

  it('reports each step in order, with the ids and records done of each counted step', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cag-import-'));
    try {
      const file = path.join(dir, 'large.json');
      const nodes = Array.from({ length: 2500 }, (_, i) => ({
        id: `bulk-entity-${i}`,
        label: 'Entity',
        name: `Bulk entity ${i}`,
        sources: ['src-bulk'],
      }));
      const sources = [{ id: 'src-bulk', publisher: 'Test', title: 'Bulk' }];
      fs.writeFileSync(file, JSON.stringify({ format: 'chip-access-graph/v1', sources, nodes, relationships: [] }));
      const events: ImportProgress[] = [];
      const report = await importFile(app.db, file, { principal: 'test', onProgress: (p) => events.push({ ...p }) });
      expect(report.created).toEqual({ sources: 1, nodes: 2500, relationships: 0 });
      expect(events).toEqual([
        { step: 'converting' },
        { step: 'validating' },
        { step: 'locking', done: 0, total: 2501 },
        { step: 'locking', done: 2501, total: 2501 },
        { step: 'reading', done: 0, total: 2501 },
        { step: 'reading', done: 2501, total: 2501 },
        { step: 'nodes', done: 0, total: 2501 },
        { step: 'nodes', done: 1000, total: 2501 },
        { step: 'nodes', done: 2000, total: 2501 },
        { step: 'nodes', done: 2501, total: 2501 },
        { step: 'committing' },
      ]);
      expect((await app.counts()).nodes).toBe(2501);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports nodes, then relationships, and nothing to write for a repeated import', async () => {
    const steps = async () => {
      const events: ImportProgress[] = [];
      await importFile(app.db, fixture('import/document.json'), {
        principal: 'test',
        onProgress: (p) => events.push({ ...p }),
      });
      return events.filter((e) => e.done === e.total).map((e) => `${e.step} ${String(e.total ?? '')}`.trim());
    };
    expect(await steps()).toEqual([
      'converting',
      'validating',
      'locking 5',
      'reading 6',
      'nodes 5',
      'relationships 1',
      'committing',
    ]);
    expect(await steps()).toEqual(['converting', 'validating', 'locking 5', 'reading 6']);
  });
});

describe('the database the import command writes to', () => {
  // The local mode: the CLI finds the Neo4j on NEO4J_LOCAL_PORT and must check that it runs on
  // NEO4J_LOCAL_DATA before it reads or writes anything.
  const maybe = process.env.NEO4J_TEST_LOCAL === '1' ? it : it.skip;
  const testPort = () => new URL(String(process.env.NEO4J_TEST_URI).replace(/^bolt/, 'http')).port;

  function localCli(dataDir: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'src/cli/import.ts', ...args], {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          NEO4J_USE_DOCKER: 'false',
          NEO4J_LOCAL_PORT: testPort(),
          NEO4J_LOCAL_DATA: dataDir,
        },
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
  }

  beforeEach(() => app.reset());

  maybe(
    'refuses the Neo4j on its port when that is not the database of its data folder, and writes nothing',
    async () => {
      const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'cag-other-data-'));
      const another = fs.mkdtempSync(path.join(os.tmpdir(), 'cag-other-data-'));
      // A folder that belonged to another server: data/server_id is a version byte and a UUID.
      fs.mkdirSync(path.join(another, 'data'));
      fs.writeFileSync(path.join(another, 'data', 'server_id'), Buffer.from(`01${'ab'.repeat(16)}`, 'hex'));
      try {
        for (const dataDir of [empty, another]) {
          const result = await localCli(dataDir, [fixture('import/document.json')]);
          expect(result.code).toBe(2);
          expect(result.stderr).toContain(`is not the database of ${dataDir}`);
          expect(result.stderr).toMatch(/NEO4J_LOCAL_PORT and NEO4J_LOCAL_DATA/);
        }
        expect((await app.counts()).nodes).toBe(0);
      } finally {
        fs.rmSync(empty, { recursive: true, force: true });
        fs.rmSync(another, { recursive: true, force: true });
      }
    },
  );

  maybe('imports through the Neo4j on its port when it runs on its data folder', async () => {
    const result = await localCli(String(process.env.NEO4J_TEST_DATA), [fixture('import/document.json')]);
    expect(result.stderr).toContain('reusing the Neo4j already listening');
    expect(result.code).toBe(0);
    expect((await app.counts()).nodes).toBeGreaterThan(0);
  });
});

describe('the Consolidated Screening List', () => {
  beforeEach(async () => {
    await app.reset();
    const loaded = await importFile(app.db, fixture('csl/graph.json'), { principal: 'test' });
    expect(loaded.rejected).toEqual([]);
  });

  const designations = async (id: string) =>
    (
      await app.gql<Data>(
        'query($id: ID!) { node(id: $id) { ... on Entity { aliases addresses country designations { to { id ... on Regulation { kind citation } } startDate citation sources { id } } } } }',
        { id },
      )
    ).data?.node as Data;

  it('imports the JSON download: matched and new entities, aliases, addresses, listings, dated designations', async () => {
    const report = await importFile(app.db, fixture('csl/entity-list.json'), { principal: 'test', csl: true });
    expect(report.rejected).toEqual([]);
    expect(report.csl).toMatchObject({ entries: 7, entityListEntries: 6, skipped: 1 });
    expect(report.created).toEqual({ sources: 1, nodes: 5, relationships: 3 });
    expect(report.updated).toEqual({ sources: 0, nodes: 2, relationships: 1 });

    const huawei = await designations('huawei');
    expect(huawei.addresses).toHaveLength(2);
    expect(huawei.designations).toEqual([
      {
        to: { id: 'el-2019-05-84fr22961', kind: 'ENTITY_LISTING', citation: '84 FR 22961' },
        startDate: '2019-05-16',
        citation: '84 FR 22961',
        sources: [{ id: 'src-fixture-fr-84-22961' }, { id: 'src-us-csl-entity-list' }],
      },
    ]);
    const sensetime = await designations('sensetime');
    expect(sensetime.aliases).toEqual(['Beijing SenseTime Technology Development Co., Ltd.', '商汤科技']);
    expect(sensetime.designations).toEqual([
      {
        to: { id: 'el-84-fr-54002', kind: 'ENTITY_LISTING', citation: '84 FR 54002' },
        startDate: '2019-10-09',
        citation: '84 FR 54002',
        sources: [{ id: 'src-us-csl-entity-list' }],
      },
    ]);
    const listed = await app.gql<Data>(
      '{ node(id: "beijing-academy-of-artificial-intelligence") { ... on Entity { name country listed(asOf: "2025-06-01") before: listed(asOf: "2024-06-01") } } }',
    );
    expect(listed.data?.node).toEqual({
      name: 'Beijing Academy of Artificial Intelligence',
      country: 'CN',
      listed: true,
      before: false,
    });
    const source = await app.gql<Data>('{ node(id: "src-us-csl-entity-list") { ... on Source { publisher url } } }');
    expect(source.data?.node.url).toBe(
      'https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/entity-list',
    );
  });

  it('gives the same graph from the CSV download, and a second import changes nothing', async () => {
    await importFile(app.db, fixture('csl/entity-list.json'), { principal: 'test', csl: true });
    const after = await app.counts();
    const csv = await importFile(app.db, fixture('csl/entity-list.csv'), { principal: 'test', csl: true });
    expect(csv.rejected).toEqual([]);
    expect(csv.created).toEqual({ sources: 0, nodes: 0, relationships: 0 });
    expect(csv.updated).toEqual({ sources: 0, nodes: 0, relationships: 0 });
    expect(csv.csl?.created).toEqual([]);
    expect(await app.counts()).toEqual(after);
  });

  it('runs from the CLI with --csl, and writes nothing when the last entry is bad', async () => {
    const before = await app.counts();
    const bad = await cli(['--csl', fixture('csl/entity-list-bad-last.csv')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/line 10, start_date: must be a date/);
    expect(await app.counts()).toEqual(before);
    const good = await cli(['--csl', fixture('csl/entity-list.csv')]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/screening list: 7 entries, 6 on the Entity List, 1 on other lists \(skipped\)/);
    expect(good.stdout).toMatch(
      /matched {2}line 4: Beijing SenseTime Technology Development Co., Ltd. -> sensetime \(by name\)/,
    );
    expect(good.stdout).toMatch(
      /new {6}line 7: Beijing Academy of Artificial Intelligence -> beijing-academy-of-artificial-intelligence/,
    );
    expect((await app.counts()).nodes).toBe(before.nodes + 6);
  });
});
