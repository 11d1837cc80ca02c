import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importDocument } from '../../src/import/apply';
import { importFile } from '../../src/import/file-import';
import { checkFtmEntity, parseFtmLines } from '../../src/import/ftm-model';
import { seed } from '../../src/import/seed';
import { createTestApp, type TestApp } from '../support/app';
import { importCli } from '../support/import-cli';
import { API_KEYS, as } from '../support/keys';

/**
 * FollowTheMoney: the fixture imported beside the curated data (matching, to review, the
 * affiliates rule and paths), a bad file refused line by line, the CLI, and the round trip
 * (export, import into an empty database, the same records).
 */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = path.resolve(__dirname, '../..');
const FIXTURE = path.join(root, 'test/fixtures/ftm/companies.ftm.jsonl');
const BAD = path.join(root, 'test/fixtures/ftm/companies-bad.ftm.jsonl');
const options = { ftm: true, principal: 'test-ftm', reason: 'FtM fixture' };

let app: TestApp;

async function rows(cypher: string, params: Record<string, unknown> = {}): Promise<Data[]> {
  const session = app.driver.session();
  try {
    const result = await session.run(cypher, params);
    return result.records.map((r) => r.toObject() as Data);
  } finally {
    await session.close();
  }
}

const cli = importCli;

beforeAll(async () => {
  app = await createTestApp({ API_KEYS });
});
afterAll(async () => {
  await app.close();
});

describe('FtM import beside the curated data', () => {
  beforeAll(async () => {
    await app.reset();
    await seed(app.db, root);
  });

  it('matches, creates, reports to review and skips, each on its line; a second run changes nothing', async () => {
    const report = await importFile(app.db, FIXTURE, options);
    expect(report.rejected).toEqual([]);
    expect(report.ok).toBe(true);
    const s = report.ftm!;
    // Huawei is in the curated graph under its exact name: merged into it, never duplicated.
    expect(s.matched).toEqual([expect.objectContaining({ line: 11, ftmId: 'fx-huawei', id: 'huawei' })]);
    // A look-alike of Sugon: created apart and reported for a human to decide.
    expect(s.toReview).toEqual([
      expect.objectContaining({
        line: 13,
        id: 'fx-sugon-lookalike',
        candidates: [expect.objectContaining({ id: 'sugon' })],
      }),
    ]);
    expect(s.skipped).toEqual([{ line: 14, id: 'fx-addr-qilin', schema: 'Address' }]);
    expect(s.records).toEqual(
      expect.arrayContaining([{ line: 1, ftmId: 'fx-qilin-group', id: 'fx-qilin-group', kind: 'node' }]),
    );
    expect(report.ids?.created).toEqual(
      expect.arrayContaining(['fx-qilin-group', 'fixture-entity-list-2024', 'fx-own-cloud-hk']),
    );
    expect(report.ids?.updated).toEqual(expect.arrayContaining(['huawei']));
    // The exported-style warning for a topic without a Sanction entity.
    expect(s.warnings.map((w) => w.place)).toEqual(expect.arrayContaining(['line 2']));

    const again = await importFile(app.db, FIXTURE, options);
    expect(again.ok).toBe(true);
    expect(again.created).toEqual({ sources: 0, nodes: 0, relationships: 0 });
    expect(again.updated).toEqual({ sources: 0, nodes: 0, relationships: 0 });
  });

  it('stores ownerships with shares and dates, the listing, aliases in two scripts, identifiers, sources', async () => {
    const [own] = await rows(
      `MATCH (:Entity {id: 'fx-qilin-cloud'})-[r:OWNS]->(:Entity {id: 'fx-qilin-hk'}) RETURN r.share AS share, toString(r.startDate) AS start, r.note AS note, r.sources AS sources`,
    );
    expect(own).toMatchObject({ share: 0.9, start: '2022-01-01' });
    expect(own!.note).toContain('year precision');
    const [group] = await rows(`MATCH (n:Entity {id: 'fx-qilin-group'}) RETURN n`);
    expect(group!.n.properties).toMatchObject({
      name: 'Qilin Supercomputing Group Co., Ltd.',
      aliases: ['麒麟超算集团有限公司', 'Qilin Group'],
      country: 'CN',
      kind: 'COMPANY',
      identifiers: ['registrationNumber:91110000FX00000001'],
    });
    // export.control is expressed by the designation, not stored again as a topic.
    expect(group!.n.properties.topics).toBeUndefined();
    const [listing] = await rows(
      `MATCH (:Entity {id: 'fx-qilin-group'})-[r:DESIGNATED_UNDER]->(l:Regulation) RETURN l.id AS id, l.kind AS kind, toString(r.startDate) AS start, r.citation AS citation, r.confidence AS confidence`,
    );
    expect(listing).toEqual({
      id: 'fixture-entity-list-2024',
      kind: 'ENTITY_LISTING',
      start: '2024-05-20',
      citation: '89 FR 99999',
      confidence: 'CONFIRMED',
    });
    // Huawei's listing is the curated one: the designation gained a source, no second one.
    const huawei = await rows(
      `MATCH (:Entity {id: 'huawei'})-[r:DESIGNATED_UNDER]->(:Regulation {id: 'el-2019-05-84fr22961'}) RETURN r.sources AS sources`,
    );
    expect(huawei).toHaveLength(1);
    expect(huawei[0]!.sources.length).toBeGreaterThan(1);
    const [h] = await rows(`MATCH (n:Entity {id: 'huawei'}) RETURN n.aliases AS aliases`);
    expect(h!.aliases).toEqual(expect.arrayContaining(['Huawei', '华为技术有限公司']));
    // Every fact the import made cites a source that exists.
    const unsourced = await rows(
      `MATCH (a)-[r]->(b) WHERE r.createdBy = 'test-ftm' AND NOT EXISTS { MATCH (s:Source) WHERE s.id IN r.sources } RETURN r.id AS id`,
    );
    expect(unsourced).toEqual([]);
  });

  it('brings ownership, the listing and the affiliates rule into the path queries', async () => {
    const caught = await app.gql<Data>(
      `{ affiliatesCaught(asOf: "2025-10-15") { entity { id } aggregateShare listedOwners { owner { id } } } }`,
    );
    expect(caught.errors).toBeUndefined();
    const byId = new Map(caught.data!.affiliatesCaught.map((c: Data) => [c.entity.id, c.aggregateShare]));
    expect(byId.get('fx-qilin-cloud')).toBeCloseTo(0.6);
    expect(byId.get('fx-qilin-hk')).toBeCloseTo(0.54);
    expect(byId.has('fx-brightpath')).toBe(false);

    // A rental by the Hong Kong subsidiary: the listed parent reaches AWS's H100 through it.
    const rental = await importDocument(
      app.db,
      {
        format: 'chip-access-graph/v1',
        sources: [
          { id: 'src-fixture-rental', publisher: 'Fixture desk', title: 'Illustrative rental', noUrlReason: 'fixture' },
        ],
        relationships: [
          {
            id: 'fx-qilin-hk-rents-from-aws',
            type: 'RENTS_FROM',
            from: 'fx-qilin-hk',
            to: 'aws',
            confidence: 'ALLEGED',
            sources: ['src-fixture-rental'],
            startDate: '2025-01-01',
          },
        ],
      },
      { principal: 'test-ftm' },
    );
    expect(rental.rejected).toEqual([]);
    const paths = await app.gql<Data>(
      `{ accessPaths(from: "fx-qilin-group", to: "nvidia-h100", asOf: "2025-10-15") { totalCount nodes { pathways restriction { restricted } steps { relationship { type } } } } }`,
    );
    expect(paths.errors).toBeUndefined();
    const path = paths.data!.accessPaths.nodes[0];
    expect(path.pathways).toEqual(expect.arrayContaining(['SUBSIDIARY', 'CLOUD_RENTAL']));
    expect(path.restriction.restricted).toBe(true);
    expect(path.steps.map((s: Data) => s.relationship.type)).toEqual(['OWNS', 'OWNS', 'RENTS_FROM', 'HOSTS']);
    const status = await app.gql<Data>(
      `{ restrictionStatus(entity: "fx-qilin-hk", chip: "nvidia-h100", asOf: "2025-10-15") { restricted reasons { kind } } }`,
    );
    expect(status.errors).toBeUndefined();
    expect(status.data!.restrictionStatus.restricted).toBe(true);
  });
});

describe('FtM files refused', () => {
  it('writes nothing from a file with one bad line, and places every problem', async () => {
    await app.reset();
    const before = await app.counts();
    const report = await importFile(app.db, BAD, options);
    expect(report.ok).toBe(false);
    expect(report.rejected).toEqual([{ place: 'line 7', message: 'Company has no property colour' }]);
    expect(await app.counts()).toEqual(before);
    // Once the model is satisfied, the conversion's own checks speak (the percentage).
    const fixed = fs.readFileSync(BAD, 'utf8').split('\n').slice(0, 6).join('\n');
    const file = path.join(os.tmpdir(), `ftm-bad-${process.pid}.jsonl`);
    fs.writeFileSync(file, fixed);
    const second = await importFile(app.db, file, options);
    expect(second.rejected).toEqual([
      { place: 'line 6, percentage', message: '"160" is not a percentage between 0 and 100' },
    ]);
    expect(await app.counts()).toEqual(before);
  });

  it('the CLI prints each record on its line, and exits 1 on a rejected file', async () => {
    await app.reset();
    await seed(app.db, root);
    const dry = await cli(['--ftm', FIXTURE, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/line 1 +would create +node fx-qilin-group/);
    expect(dry.stdout).toMatch(/line 13 +to review +fx-sugon-lookalike: created apart, look-alikes: sugon/);
    expect(dry.stdout).toMatch(/line 14 +skipped +Address fx-addr-qilin/);
    const bad = await cli(['--ftm', BAD]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('line 7: Company has no property colour');
  }, 120000);
});

describe('importFtm (mutation)', () => {
  const IMPORT_FTM = `mutation($l: String!, $dry: Boolean) {
    importFtm(lines: $l, dryRun: $dry) {
      ok dryRun created { sources nodes relationships } rejected { place message }
      records { line id kind outcome } matched { line id on } toReview { line id candidates { id score } } skipped { line schema }
    }
  }`;

  it('imports FtM lines sent by an analyst, with the same report as the CLI', async () => {
    await app.reset();
    await seed(app.db, root);
    const lines = fs.readFileSync(FIXTURE, 'utf8');
    expect((await app.gql<Data>(IMPORT_FTM, { l: lines })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const dry = await app.gql<Data>(IMPORT_FTM, { l: lines, dry: true }, as('analyst'));
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importFtm).toMatchObject({ ok: true, dryRun: true, skipped: [{ line: 14, schema: 'Address' }] });
    expect(dry.data!.importFtm.records).toContainEqual({
      line: 1,
      id: 'fx-qilin-group',
      kind: 'node',
      outcome: 'created',
    });
    expect(dry.data!.importFtm.toReview[0]).toMatchObject({ line: 13, candidates: [{ id: 'sugon' }] });
    const written = await app.gql<Data>(IMPORT_FTM, { l: lines }, as('analyst'));
    expect(written.data!.importFtm.created).toEqual({ sources: 3, nodes: 7, relationships: 5 });
    const [group] = await rows(`MATCH (n:Entity {id: 'fx-qilin-group'}) RETURN n.createdBy AS by`);
    expect(group!.by).toBe('test-analyst');
    const bad = await app.gql<Data>(IMPORT_FTM, { l: fs.readFileSync(BAD, 'utf8') }, as('analyst'));
    expect(bad.data!.importFtm).toMatchObject({
      ok: false,
      rejected: [{ place: 'line 7', message: 'Company has no property colour' }],
    });
  });
});

describe('FtM facts between ends the graph already links', () => {
  const IMPORT_FTM = `mutation($l: String!) {
    importFtm(lines: $l) { ok records { line id kind outcome } warnings { place message } notices { place message } }
  }`;
  const graph = {
    format: 'chip-access-graph/v1',
    sources: [{ id: 'src-a', publisher: 'Reuters', title: 'A report' }],
    nodes: ['x-corp', 'y-corp'].map((id) => ({ id, label: 'Entity', name: id, country: 'CN', sources: ['src-a'] })),
    relationships: [
      {
        id: 'x-owns-y',
        type: 'OWNS',
        from: 'x-corp',
        to: 'y-corp',
        share: 0.55,
        startDate: '2023-01-01',
        confidence: 'CONFIRMED',
        sources: ['src-a'],
      },
    ],
  };
  const lines = (ownershipId: string, percentage: string, startDate = '2026-01-01') =>
    [
      { id: 'doc-registry', schema: 'Document', properties: { title: ['Registry extract'], publisher: ['Registry'] } },
      {
        id: ownershipId,
        schema: 'Ownership',
        properties: {
          owner: ['x-corp'],
          asset: ['y-corp'],
          percentage: [percentage],
          startDate: [startDate],
          proof: ['doc-registry'],
        },
      },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
  const owns = () =>
    rows(
      `MATCH (:Entity {id: 'x-corp'})-[r:OWNS]->(:Entity {id: 'y-corp'})
       RETURN r.id AS id, r.share AS share, toString(r.startDate) AS start, r.sources AS sources ORDER BY id`,
    );
  const importFtm = async (l: string) => {
    const result = await app.gql<Data>(IMPORT_FTM, { l }, as('analyst'));
    expect(result.errors).toBeUndefined();
    expect(result.data!.importFtm.ok).toBe(true);
    return result.data!.importFtm as Data;
  };

  /** The report's line for the file's ownership (line 2). */
  const ownership = (id: string, outcome: string) => ({ line: 2, id, kind: 'relationship', outcome });
  const onLine2 = (message: string) => [{ place: 'line 2', message }];

  beforeAll(async () => {
    await app.reset();
    expect((await importDocument(app.db, graph, { principal: 'test' })).ok).toBe(true);
  });

  it('keeps an ownership with other values apart from the stored one, both with their sources, and says so', async () => {
    const report = await importFtm(lines('own-registry-2026', '20'));
    expect(report.records).toContainEqual(ownership('own-registry-2026', 'created'));
    expect(report.warnings).toEqual(
      onLine2(
        'own-registry-2026 differs from the stored OWNS between the same ends: x-owns-y (startDate 2026-01-01 in the file, 2023-01-01 stored; share 0.2 in the file, 0.55 stored); created apart as own-registry-2026, each claim with its own sources: retract the one that is wrong, or correct it',
      ),
    );
    expect(await owns()).toEqual([
      {
        id: 'own-registry-2026',
        share: 0.2,
        start: '2026-01-01',
        sources: [expect.stringMatching(/^src-doc-registry-/)],
      },
      { id: 'x-owns-y', share: 0.55, start: '2023-01-01', sources: ['src-a'] },
    ]);
  });

  it('matches the same claim under another FtM id (nothing new), and keeps a third value apart again', async () => {
    const same = await importFtm(lines('own-registry-copy', '20'));
    expect(same.records).toContainEqual(ownership('own-registry-2026', 'unchanged'));
    expect(same.warnings).toEqual([]);
    const other = await importFtm(lines('own-registry-30', '30'));
    expect(other.records).toContainEqual(ownership('own-registry-30', 'created'));
    expect(other.warnings).toEqual(
      onLine2(
        'own-registry-30 differs from the stored OWNS between the same ends: own-registry-2026 (share 0.3 in the file, 0.2 stored), x-owns-y (startDate 2026-01-01 in the file, 2023-01-01 stored; share 0.3 in the file, 0.55 stored); created apart as own-registry-30, each claim with its own sources: retract the one that is wrong, or correct it',
      ),
    );
    expect((await owns()).map((r) => [r.id, r.share])).toEqual([
      ['own-registry-2026', 0.2],
      ['own-registry-30', 0.3],
      ['x-owns-y', 0.55],
    ]);
  });

  it('says when it adds its source to a retracted fact, which stays retracted', async () => {
    const retract = await app.gql<Data>(
      'mutation { retract(id: "x-owns-y", reason: "the registry says otherwise") { id } }',
      {},
      as('analyst'),
    );
    expect(retract.errors).toBeUndefined();
    const report = await importFtm(lines('own-registry-2023', '55', '2023-01-01'));
    expect(report.records).toContainEqual(ownership('x-owns-y', 'updated'));
    expect(report.notices).toEqual([
      {
        place: 'line 2, id',
        message:
          'x-owns-y is retracted and stays so: the values are stored, but it stays out of paths and relationship fields; restore(id: "x-owns-y", reason: ...) brings it back',
      },
    ]);
    const [stored] = await rows(
      `MATCH ()-[r:OWNS {id: 'x-owns-y'}]->() RETURN r.retracted AS retracted, r.sources AS sources`,
    );
    expect(stored).toEqual({ retracted: true, sources: ['src-a', expect.stringMatching(/^src-doc-registry-/)] });
  });

  it('gives each request of unattributed facts its own source, keyed by its content', async () => {
    const unattributed = (id: string, percentage: string) =>
      JSON.stringify({
        id,
        schema: 'Ownership',
        properties: { owner: ['x-corp'], asset: ['y-corp'], percentage: [percentage] },
      });
    await importFtm(unattributed('own-anon-1', '10'));
    await importFtm(unattributed('own-anon-2', '15'));
    const cited = await rows(
      `MATCH ()-[r:OWNS]->() WHERE r.id IN ['own-anon-1', 'own-anon-2']
       MATCH (s:Source) WHERE s.id IN r.sources
       RETURN r.id AS id, s.id AS source, s.title AS title ORDER BY id`,
    );
    expect(cited).toEqual([
      { id: 'own-anon-1', source: expect.stringMatching(/^src-ftm-file-/), title: expect.stringContaining('request') },
      { id: 'own-anon-2', source: expect.stringMatching(/^src-ftm-file-/), title: expect.stringContaining('request') },
    ]);
    expect(cited[0]!.source).not.toBe(cited[1]!.source);
  });
});

describe('FtM round trip', () => {
  it('exports the curated graph as valid FtM, and an import into an empty database gives the same records', async () => {
    await app.reset();
    await seed(app.db, root);
    const response = await app.server.fetch('http://test/export/ftm');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-fair-use-notice')).toContain('no wrongdoing');
    const text = await response.text();
    const parsed = parseFtmLines(text);
    expect(parsed.problems).toEqual([]);
    for (const e of parsed.entities) expect(checkFtmEntity(e)).toEqual([]);
    expect(parsed.entities[0]).toMatchObject({ id: 'chip-access-graph-notice', schema: 'Document' });
    expect(parsed.entities[0]!.properties.summary![0]).toContain('implies no wrongdoing');
    // Ids are the graph's: stable from one export to the next.
    expect(await (await app.server.fetch('http://test/export/ftm')).text()).toBe(text);

    const snapshot = async () => {
      const sources = new Set<string>();
      const facts = await rows(
        `MATCH (a:Entity)-[r:OWNS|CONTROLS|DESIGNATED_UNDER]->(b) WHERE coalesce(r.retracted, false) = false
         RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, toString(r.startDate) AS start, toString(r.endDate) AS end,
                r.share AS share, r.role AS role, r.citation AS citation, r.confidence AS confidence, r.note AS note, r.sources AS sources
         ORDER BY id`,
      );
      const entities = await rows(
        `MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.country AS country, n.kind AS kind,
                n.headquarters AS headquarters, n:CloudProvider AS cloud, n.note AS note, n.sources AS sources ORDER BY id`,
      );
      for (const r of [...facts, ...entities]) for (const s of r.sources as string[]) sources.add(s);
      const sourceRows = await rows(
        `MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.publisher AS publisher, s.title AS title, s.url AS url,
                toString(s.publishedAt) AS publishedAt, s.language AS language, s.excerpt AS excerpt, s.note AS note,
                s.noUrlReason AS noUrlReason ORDER BY id`,
        { ids: [...sources] },
      );
      const listings = await rows(
        `MATCH (:Entity)-[:DESIGNATED_UNDER]->(l:Regulation) RETURN DISTINCT l.id AS id, l.name AS name, l.kind AS kind ORDER BY id`,
      );
      return { facts, entities, sources: sourceRows, listings };
    };
    const before = await snapshot();
    expect(before.facts.length).toBeGreaterThan(10);

    await app.reset();
    const file = path.join(os.tmpdir(), `ftm-roundtrip-${process.pid}.jsonl`);
    fs.writeFileSync(file, text);
    const report = await importFile(app.db, file, options);
    expect(report.rejected).toEqual([]);
    expect(report.ftm!.toReview).toEqual([]);
    // Everything the export says, the import keeps: no property is left unread.
    expect(report.ftm!.warnings.filter((w) => w.message.includes('not kept'))).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});
