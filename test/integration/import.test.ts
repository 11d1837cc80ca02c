import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importFile } from '../../src/import/file-import';
import { createTestApp, type TestApp } from '../support/app';
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
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/import.ts', ...args], {
      cwd: root,
      env: {
        ...process.env,
        NEO4J_URI: process.env.NEO4J_TEST_URI,
        NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
        LOG_LEVEL: 'silent',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

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

describe('npm run import (CLI)', () => {
  beforeEach(async () => {
    await app.reset();
  });

  it('imports a format-v1 JSON file, then a relationships CSV, printing a report', async () => {
    const json = await cli([fixture('import/document.json'), '--as', 'cli-test']);
    expect(json.code).toBe(0);
    expect(json.stdout).toMatch(/created\s+1\s+4\s+1/);
    expect(json.stdout).toMatch(/rejected\s+none/);
    expect(json.stderr).toMatch(/import: 6\/6 records written \(100%\)/);
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

  it('shows progress on a large file and prints JSON on request', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cag-import-'));
    try {
      const file = path.join(dir, 'large.json');
      const nodes = Array.from({ length: 2500 }, (_, i) => ({
        id: `bulk-entity-${i}`,
        label: 'Entity',
        name: `Bulk entity ${i}`,
        sources: ['src-bulk'],
      }));
      fs.writeFileSync(
        file,
        JSON.stringify({
          format: 'chip-access-graph/v1',
          sources: [{ id: 'src-bulk', publisher: 'Test', title: 'Bulk' }],
          nodes,
          relationships: [],
        }),
      );
      const result = await cli([file, '--json']);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/import: 1000\/2501 records written/);
      expect(result.stderr).toMatch(/import: 2501\/2501 records written \(100%\)/);
      expect(JSON.parse(result.stdout)).toMatchObject({
        ok: true,
        layout: 'format-v1',
        created: { sources: 1, nodes: 2500, relationships: 0 },
      });
      expect((await app.counts()).nodes).toBe(2501);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains its usage', async () => {
    const result = await cli(['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option --bogus/);
    expect(result.stderr).toMatch(/usage: npm run import -- FILE/);
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
