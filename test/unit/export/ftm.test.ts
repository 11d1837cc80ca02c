import { toCytoscape } from '../../../src/export/cytoscape';
import { toFtmEntities } from '../../../src/export/ftm';
import { toGraphml } from '../../../src/export/graphml';
import type { GraphView } from '../../../src/graph/view';
import { checkFtmEntity } from '../../../src/import/ftm-model';

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
