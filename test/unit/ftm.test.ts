import fs from 'node:fs';
import path from 'node:path';
import { rankCandidates } from '../../src/curation/match';
import { comparableName, isCertain, nameSimilarity, scoreCandidate } from '../../src/curation/match-score';
import { toCytoscape } from '../../src/export/cytoscape';
import { toFtmEntities } from '../../src/export/ftm';
import { toGraphml } from '../../src/export/graphml';
import type { GraphView } from '../../src/graph/view';
import { ftmDate, ftmShare, graphId, type FtmGraph } from '../../src/import/ftm';
import { ftmToDocument } from '../../src/import/ftm-convert';
import { checkFtmEntity, parseFtmLines } from '../../src/import/ftm-model';
import { validateDocument } from '../../src/import/validate';
import type { NodeRecord } from '../../src/repositories/records';

const fixture = fs.readFileSync(path.resolve(__dirname, '../fixtures/ftm/companies.ftm.jsonl'), 'utf8');

/** A graph holding a few entities, without a database: the converter's logic alone. */
function fakeGraph(entities: NodeRecord[]): FtmGraph {
  const byId = new Map(entities.map((e) => [e.id, e]));
  return {
    labels: async (ids) => new Map(ids.filter((id) => byId.has(id)).map((id) => [id, byId.get(id)!.labels])),
    entities: async (ids) => new Map(ids.filter((id) => byId.has(id)).map((id) => [id, byId.get(id)!])),
    candidates: async () => entities,
    between: async () => [],
    decisions: async () => new Map(),
    rank: rankCandidates,
  };
}
const entity = (id: string, name: string, extra: Record<string, unknown> = {}): NodeRecord =>
  ({ id, name, labels: ['Entity'], sources: ['src-x'], aliases: [], ...extra }) as NodeRecord;

describe('FtM values', () => {
  it('reads percentages as shares and partial dates with their precision', () => {
    expect([ftmShare('60'), ftmShare('90.0'), ftmShare('30%'), ftmShare(null)]).toEqual([0.6, 0.9, 0.3, null]);
    expect(ftmShare('160')).toBeNaN();
    expect(ftmShare('about half')).toBeNaN();
    expect(ftmDate('2022')).toEqual({ date: '2022-01-01', partial: 'year' });
    expect(ftmDate('2020-06')).toEqual({ date: '2020-06-01', partial: 'month' });
    expect(ftmDate('2021-03-15T10:00:00Z')).toEqual({ date: '2021-03-15', partial: null });
  });

  it('keeps slug ids and makes distinct slugs of others', () => {
    expect(graphId('fx-qilin-group')).toBe('fx-qilin-group');
    expect(graphId('NK-aB')).not.toBe(graphId('NK-ab'));
    expect(graphId('NK-aB')).toMatch(/^nk-ab-[0-9a-f]{8}$/);
    expect(graphId('doc-1', 'src-')).toMatch(/^src-doc-1-[0-9a-f]{8}$/);
  });
});

describe('FtM schema validation (the @opensanctions/followthemoney model)', () => {
  it('refuses unknown schemata and properties, abstract schemata and values of the wrong type', () => {
    const lines = [
      { id: 'a', schema: 'Spaceship', properties: {} },
      { id: 'b', schema: 'Thing', properties: { name: ['x'] } },
      { id: 'c', schema: 'Company', properties: { name: ['C'], colour: ['red'], incorporationDate: ['last year'] } },
      { id: 'd', schema: 'Ownership', properties: { owner: ['c'], sourceUrl: ['ftp://x'] } },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    expect(parseFtmLines(`${lines}\nnot json\n`).problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: Spaceship is not a FollowTheMoney schema',
      '2: Thing is an abstract schema: an entity must have a concrete one',
      '3: Company has no property colour',
      '3: incorporationDate: "last year" is not an ISO date',
      '4: sourceUrl: "ftp://x" is not an http(s) URL',
      expect.stringMatching(/^5: not JSON/),
    ]);
  });
});

describe('FtM to format v1', () => {
  it('matches by exact name, reports look-alikes to review, and writes a valid document', async () => {
    const graph = fakeGraph([
      entity('huawei', 'Huawei Technologies Co., Ltd.', { country: 'CN', aliases: ['Huawei'] }),
      entity('sugon', 'Sugon', { country: 'CN', aliases: ['Dawning Information Industry'] }),
    ]);
    const converted = await ftmToDocument(fixture, graph, 'companies.ftm.jsonl');
    expect(converted.problems).toEqual([]);
    expect(converted.summary.matched).toEqual([
      { line: 11, ftmId: 'fx-huawei', id: 'huawei', on: 'name (Huawei Technologies Co., Ltd.)' },
    ]);
    expect(converted.summary.toReview.map((t) => [t.line, t.id, t.candidates[0]?.id])).toEqual([
      [13, 'fx-sugon-lookalike', 'sugon'],
    ]);
    const { problems } = validateDocument(converted.document);
    expect(problems).toEqual([]);
    const rels = converted.document.relationships as Record<string, unknown>[];
    expect(rels.find((r) => r.id === 'fx-own-group-cloud')).toMatchObject({
      type: 'OWNS',
      from: 'fx-qilin-group',
      to: 'fx-qilin-cloud',
      share: 0.6,
      startDate: '2021-03-15',
      confidence: 'REPORTED',
    });
    expect(rels.find((r) => r.id === 'fx-dir-lin-group')).toMatchObject({
      type: 'CONTROLS',
      from: 'fx-person-lin',
      role: 'Chairman',
      startDate: '2020-06-01',
    });
    expect(rels.find((r) => r.id === 'fx-sanction-qilin')).toMatchObject({
      type: 'DESIGNATED_UNDER',
      to: 'fixture-entity-list-2024',
      startDate: '2024-05-20',
      confidence: 'CONFIRMED',
    });
    expect(converted.place(['relationships', 0, 'share'])).toBe('line 6, share');
  });

  it('a party with the same name in another country is not merged', async () => {
    const graph = fakeGraph([entity('qilin-us', 'Qilin Supercomputing Group Inc.', { country: 'US' })]);
    const converted = await ftmToDocument(fixture, graph, 'f');
    expect(converted.summary.matched).toEqual([]);
    expect(converted.summary.toReview.map((t) => t.id)).toContain('fx-qilin-group');
  });
});

describe('match scores', () => {
  it('compares names across legal forms, word order, typos and Cyrillic', () => {
    expect(comparableName('Технологии Будущего')).toBe('tekhnologii budushchego');
    expect(nameSimilarity(comparableName('Acme Co., Ltd.'), comparableName('ACME Company Limited')).feature).toBe(
      'name:exact',
    );
    expect(nameSimilarity('haoran lin', 'lin haoran')).toEqual({ score: 0.95, feature: 'name:word-order' });
    expect(nameSimilarity('kestral analytics', 'kestrel analytics').score).toBeCloseTo(0.9);
    const namesake = scoreCandidate(
      { name: 'Tianhe Microsystems', country: 'US' },
      { id: 't', name: 'Tianhe Microsystems Co., Ltd.', aliases: [], country: 'CN', identifiers: [] },
    );
    expect(namesake).toMatchObject({ score: 0.7, features: ['name:exact', 'country:different'] });
    expect(isCertain(namesake)).toBe(false);
    const byId = scoreCandidate(
      { name: 'T', identifiers: ['91440300-MA5F000001'] },
      { id: 't', name: 'Tianhe', aliases: [], country: null, identifiers: ['uscCode:91440300MA5F000001'] },
    );
    expect(byId.features).toContain('identifier:uscCode');
    expect(isCertain(byId)).toBe(true);
  });
});

describe('FtM export', () => {
  it('writes entities, ownerships and sanctions that the FtM model accepts, notice first', () => {
    const view: GraphView = {
      nodes: [
        {
          id: 'a',
          kind: 'Entity',
          labels: ['Entity'],
          name: 'A Co',
          properties: { kind: 'COMPANY', country: 'CN', aliases: ['甲'] },
          sources: ['src-1'],
        },
        {
          id: 'b',
          kind: 'CloudProvider',
          labels: ['Entity', 'CloudProvider'],
          name: 'B Cloud',
          properties: { headquarters: 'US' },
          sources: ['src-1'],
        },
        {
          id: 'el-1',
          kind: 'Regulation',
          labels: ['Regulation'],
          name: 'Entity List addition',
          properties: { kind: 'ENTITY_LISTING' },
          sources: ['src-1'],
        },
        { id: 'h100', kind: 'Chip', labels: ['Chip'], name: 'H100', properties: {}, sources: ['src-1'] },
      ],
      edges: [
        {
          id: 'a-owns-b',
          type: 'OWNS',
          source: 'a',
          target: 'b',
          properties: { share: 0.54, startDate: '2020-01-01', confidence: 'REPORTED', retracted: false },
          sources: ['src-1'],
        },
        {
          id: 'a-listed',
          type: 'DESIGNATED_UNDER',
          source: 'a',
          target: 'el-1',
          properties: { startDate: '2019-05-16', citation: '84 FR 22961', confidence: 'CONFIRMED', retracted: false },
          sources: ['src-1'],
        },
        {
          id: 'b-hosts-h100',
          type: 'HOSTS',
          source: 'b',
          target: 'h100',
          properties: { retracted: false },
          sources: ['src-1'],
        },
      ],
      truncated: false,
      limit: 10,
    };
    const lines = toFtmEntities(
      view,
      new Map([
        ['src-1', { id: 'src-1', publisher: 'Reuters', title: 'T', url: 'https://example.org/t', language: 'en' }],
      ]),
    );
    expect(lines.map((l) => `${l.schema}:${l.id}`)).toEqual([
      'Document:chip-access-graph-notice',
      'Document:src-1',
      'Company:a',
      'LegalEntity:b',
      'Sanction:a-listed',
      'Ownership:a-owns-b',
    ]);
    for (const [i, l] of lines.entries()) expect(checkFtmEntity({ ...l, line: i + 1, datasets: [] })).toEqual([]);
    expect(lines[5]!.properties).toMatchObject({
      owner: ['a'],
      asset: ['b'],
      percentage: ['54'],
      proof: ['src-1'],
      sourceUrl: ['https://example.org/t'],
    });
    expect(lines[4]!.properties).toMatchObject({
      entity: ['a'],
      programId: ['el-1'],
      listingDate: ['2019-05-16'],
      authorityId: ['84 FR 22961'],
    });
    expect(lines[2]!.properties.topics).toEqual(['export.control']);
    expect(lines[0]!.properties.description![0]).toContain('2 chips, data centres, regulations and other nodes');
  });
});

describe('the fair-use notice', () => {
  it('is in the Cytoscape.js and GraphML exports', () => {
    const view: GraphView = { nodes: [], edges: [], truncated: false, limit: 1 };
    expect(toCytoscape(view).data.notice).toContain('implies no wrongdoing');
    expect(toGraphml(view)).toMatch(/<data key="g2">chip-access-graph: appearing in this graph implies no wrongdoing/);
  });
});
