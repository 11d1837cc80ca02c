import fs from 'node:fs';
import path from 'node:path';
import { rankCandidates } from '../../../src/match/match';
import { ftmDate, ftmShare, graphId, type FtmGraph } from '../../../src/import/ftm';
import { ftmToDocument } from '../../../src/import/ftm-convert';
import { parseFtmLines } from '../../../src/import/ftm-model';
import { validateDocument } from '../../../src/import/validate';
import type { NodeRecord } from '../../../src/repositories/records';

const fixture = fs.readFileSync(path.resolve(__dirname, '../../fixtures/ftm/companies.ftm.jsonl'), 'utf8');

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
    // The end of a span given to the month or year is the period's last day.
    expect(ftmDate('2024-05', 'end')).toEqual({ date: '2024-05-31', partial: 'month' });
    expect(ftmDate('2024-02', 'end')).toEqual({ date: '2024-02-29', partial: 'month' });
    expect(ftmDate('2023-02', 'end')).toEqual({ date: '2023-02-28', partial: 'month' });
    expect(ftmDate('2022', 'end')).toEqual({ date: '2022-12-31', partial: 'year' });
    expect(ftmDate('2022-06-15', 'end')).toEqual({ date: '2022-06-15', partial: null });
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

  it('refuses a date of the ISO form that names no real month or day', () => {
    const lines = ['2020-13-01', '2020-02-30', '2020-00', '2024-02-29', '2020-12', '2020']
      .map((d, i) =>
        JSON.stringify({ id: `c${i}`, schema: 'Company', properties: { name: ['C'], incorporationDate: [d] } }),
      )
      .join('\n');
    expect(parseFtmLines(lines).problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: incorporationDate: "2020-13-01" is not an ISO date',
      '2: incorporationDate: "2020-02-30" is not an ISO date',
      '3: incorporationDate: "2020-00" is not an ISO date',
    ]);
  });
});

describe('FtM properties the graph has no field for', () => {
  it('are named in a warning on their line, not dropped in silence', async () => {
    const line = {
      id: 'fx-co',
      schema: 'Company',
      properties: { name: ['Qilin Data Co'], country: ['cn'], website: ['https://qilin.example'], email: ['a@b.cn'] },
    };
    const converted = await ftmToDocument(JSON.stringify(line), fakeGraph([]), 'f');
    expect(converted.problems).toEqual([]);
    expect(converted.summary.warnings).toContainEqual({
      place: 'line 1',
      message: 'Company fx-co: not kept, the graph has no field for them: website, email',
    });
    // What the graph keeps raises no such warning.
    expect(converted.summary.warnings.filter((w) => w.message.includes('name'))).toEqual([]);
  });

  it('names a country it cannot keep: one the graph does not know, or a second one', async () => {
    const lines = [
      { id: 'fx-global', schema: 'Company', properties: { name: ['Global Co'], country: ['zz'] } },
      {
        id: 'fx-two',
        schema: 'Company',
        properties: { name: ['Two Co'], country: ['cn', 'ru'], jurisdiction: ['cn'] },
      },
      { id: 'fx-region', schema: 'Company', properties: { name: ['Scot Co'], jurisdiction: ['gb-sct'] } },
      { id: 'fx-one', schema: 'Company', properties: { name: ['One Co'], country: ['cn'] } },
    ];
    const converted = await ftmToDocument(lines.map((l) => JSON.stringify(l)).join('\n'), fakeGraph([]), 'f');
    expect(converted.problems).toEqual([]);
    expect(converted.summary.warnings.filter((w) => w.message.includes('country not kept'))).toEqual([
      { place: 'line 1', message: 'Company fx-global: country not kept: zz (no country the graph knows)' },
      {
        place: 'line 2',
        message: 'Company fx-two: country not kept: ru (a party holds one country: the first, CN, is read)',
      },
      { place: 'line 3', message: 'Company fx-region: country not kept: gb-sct (no country the graph knows)' },
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

describe('a fact the graph holds between the same ends', () => {
  const x = entity('x-corp', 'X Corp', { country: 'CN' });
  const y = entity('y-corp', 'Y Corp', { country: 'CN' });
  const stored = {
    id: 'x-owns-y',
    share: 0.55,
    startDate: '2023-01-01',
    endDate: null,
    confidence: 'CONFIRMED',
    sources: ['src-x'],
  };
  const graph: FtmGraph = {
    ...fakeGraph([x, y]),
    between: async (pairs) =>
      pairs
        .filter((p) => p.type === 'OWNS' && p.from === 'x-corp' && p.to === 'y-corp')
        .map(() => ({ fromId: 'x-corp', toId: 'y-corp', type: 'OWNS', props: stored })),
  };
  const file = (properties: Record<string, string[]>, id = 'own-1') =>
    [
      { id: 'doc-1', schema: 'Document', properties: { title: ['A registry extract'], publisher: ['Registry'] } },
      {
        id,
        schema: 'Ownership',
        properties: { owner: ['x-corp'], asset: ['y-corp'], proof: ['doc-1'], ...properties },
      },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
  const ownsOf = async (content: string) => {
    const converted = await ftmToDocument(content, graph, 'f');
    expect(converted.problems).toEqual([]);
    return { rels: converted.document.relationships, warnings: converted.summary.warnings };
  };

  it('is not folded into when the file gives other values: created apart, with a warning naming them', async () => {
    const { rels, warnings } = await ownsOf(file({ percentage: ['20'], startDate: ['2026-01-01'] }));
    expect(rels).toEqual([
      {
        id: 'own-1',
        type: 'OWNS',
        from: 'x-corp',
        to: 'y-corp',
        confidence: 'REPORTED',
        sources: [graphId('doc-1', 'src-')],
        share: 0.2,
        startDate: '2026-01-01',
      },
    ]);
    expect(warnings).toEqual([
      {
        place: 'line 2',
        message:
          'own-1 differs from the stored OWNS between the same ends: x-owns-y (startDate 2026-01-01 in the file, 2023-01-01 stored; share 0.2 in the file, 0.55 stored); created apart as own-1, each claim with its own sources: retract the one that is wrong, or correct it',
      },
    ]);
  });

  it('is folded into when the file agrees or only adds what the graph does not know: its source is added', async () => {
    const { rels, warnings } = await ownsOf(file({ percentage: ['55'], endDate: ['2025-12-31'] }));
    expect(warnings).toEqual([]);
    expect(rels).toEqual([
      {
        id: 'x-owns-y',
        type: 'OWNS',
        from: 'x-corp',
        to: 'y-corp',
        confidence: 'CONFIRMED',
        sources: ['src-x', expect.stringMatching(/^src-doc-1-/)],
        endDate: '2025-12-31',
      },
    ]);
  });
});

describe('facts that say nothing of where they come from', () => {
  const graph = fakeGraph([entity('x-corp', 'X Corp'), entity('y-corp', 'Y Corp')]);
  const file = (percentage: string) =>
    JSON.stringify({
      id: 'own-1',
      schema: 'Ownership',
      properties: { owner: ['x-corp'], asset: ['y-corp'], percentage: [percentage] },
    });
  const sourcesOf = async (content: string, name: string) => {
    const converted = await ftmToDocument(content, graph, name);
    expect(converted.problems).toEqual([]);
    return converted.document.sources as Record<string, unknown>[];
  };

  it('cite a source of their own file, keyed by its content: two files never share one, whatever their names', async () => {
    const [first] = await sourcesOf(file('20'), 'request');
    const [second] = await sourcesOf(file('30'), 'request');
    expect(first?.id).toMatch(/^src-ftm-file-[0-9a-f]{16}$/);
    expect(second?.id).toMatch(/^src-ftm-file-[0-9a-f]{16}$/);
    expect(second?.id).not.toBe(first?.id);
    expect(first).toMatchObject({
      publisher: 'Unattributed FollowTheMoney data',
      title: expect.stringMatching(/^FollowTheMoney file request \(SHA-256 [0-9a-f]{16}\)$/),
      note: expect.stringMatching(/^The file's SHA-256: [0-9a-f]{64}\.$/),
    });
    // The same content again cites the same source, under any name.
    expect((await sourcesOf(file('20'), 'copy.ftm.jsonl'))[0]?.id).toBe(first?.id);
  });
});
