import fs from 'node:fs';
import path from 'node:path';
import { cslToDocument, CSL_SOURCE_ID, UNCITED_LISTING_ID, type GraphIndex } from '../../../src/import/csl';
import { citationKey, cslDate, firstCitation, parseCslCsv, parseCslJson } from '../../../src/import/csl-read';
import { validateDocument, checkReferences } from '../../../src/import/validate';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const dir = path.resolve(__dirname, '../../fixtures/csl');
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

/** The fixture graph as the import sees it. */
function fixtureIndex(): GraphIndex {
  const graph = JSON.parse(read('graph.json')) as Data;
  return {
    entities: graph.nodes
      .filter((n: Data) => n.label === 'Entity')
      .map((n: Data) => ({
        id: n.id,
        name: n.name,
        labels: ['Node', 'Entity'],
        aliases: n.aliases ?? [],
        addresses: [],
        country: n.country ?? null,
        sources: n.sources,
      })),
    listings: graph.nodes
      .filter((n: Data) => n.kind === 'ENTITY_LISTING')
      .map((n: Data) => ({ id: n.id, citation: n.citation })),
    designations: graph.relationships.map((r: Data) => ({
      id: r.id,
      from: r.from,
      to: r.to,
      confidence: r.confidence,
      sources: r.sources,
    })),
    nodeIds: new Set([...graph.sources, ...graph.nodes].map((n: Data) => n.id as string)),
  };
}

describe('reading the list', () => {
  it('reads the JSON download: results, addresses as objects, alt_names as a list', () => {
    const { entries, problems } = parseCslJson(read('entity-list.json'));
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(7);
    expect(entries[2]).toMatchObject({
      place: 'results[2]',
      name: 'Beijing SenseTime Technology Development Co., Ltd.',
      altNames: ['SenseTime', '商汤科技'],
      addresses: [
        {
          text: '1st Floor, Building 1, No. 58 Northwest Fourth Ring Road, Haidian District, Beijing, CN',
          country: 'CN',
        },
      ],
      federalRegisterNotice: '84 FR 54002, 10/9/19.',
      startDate: '2019-10-09',
    });
  });

  it('reads the CSV download to the same entries, lines as places', () => {
    const csv = parseCslCsv(read('entity-list.csv'));
    const json = parseCslJson(read('entity-list.json'));
    expect(csv.problems).toEqual([]);
    const strip = (e: Data) => ({ ...e, place: undefined });
    expect(csv.entries.map(strip)).toEqual(json.entries.map(strip));
    expect(csv.entries.map((e) => e.place)).toEqual([
      'line 2',
      'line 3',
      'line 4',
      'line 5',
      'line 7',
      'line 8',
      'line 9',
    ]);
  });

  it('accepts a bare JSON list and reports what it cannot read', () => {
    expect(parseCslJson('[{"name": "A", "source": "x"}]').entries[0]).toMatchObject({
      place: '[0]',
      name: 'A',
      altNames: [],
      addresses: [],
    });
    expect(parseCslJson('{').problems[0]?.message).toMatch(/^not JSON/);
    expect(parseCslJson('{"results": 3}').problems[0]?.message).toMatch(/list of entries/);
    expect(parseCslCsv('_id,name\n1,"x').problems).toEqual([
      { place: 'line 2', message: 'a quoted field is not closed before the end of the file' },
    ]);
    expect(parseCslCsv('_id,name\n1,x').problems).toEqual([
      { place: 'line 1', message: 'the CSL column source is missing' },
    ]);
  });
});

describe('dates and citations', () => {
  it('reads ISO and US dates', () => {
    expect(cslDate('2019-05-16')).toBe('2019-05-16');
    expect(cslDate('2019-05-16T00:00:00Z')).toBe('2019-05-16');
    expect(cslDate('5/16/2019')).toBe('2019-05-16');
    expect(cslDate('5/16/19')).toBe('2019-05-16');
    expect(cslDate('2024-02-30')).toBeNull();
    expect(cslDate('May 2019')).toBeNull();
  });

  it('takes the first Federal Register citation of a notice', () => {
    expect(firstCitation('84 FR 22961, 5/21/19. 85 FR 29852, 5/19/20.')).toBe('84 FR 22961');
    expect(firstCitation('85 F.R. 29852')).toBe('85 FR 29852');
    expect(firstCitation('')).toBeNull();
    expect(citationKey('84 FR 22961')).toBe(citationKey('84fr22961'));
  });
});

describe('cslToDocument', () => {
  const converted = cslToDocument(parseCslJson(read('entity-list.json')), fixtureIndex());
  const doc = converted.document as Data;
  const node = (id: string) => doc.nodes.find((n: Data) => n.id === id);
  const rel = (from: string) => doc.relationships.filter((r: Data) => r.from === from);

  it('makes a valid format-v1 document whose references resolve against the graph', () => {
    expect(converted.problems).toEqual([]);
    const { doc: parsed, problems } = validateDocument(doc);
    expect(problems).toEqual([]);
    const graph = fixtureIndex();
    const existing = new Map<string, string[]>(
      [...graph.nodeIds].map((id) => [
        id,
        id.startsWith('el-') ? ['Regulation'] : id.startsWith('src-') ? ['Source'] : ['Entity'],
      ]),
    );
    expect(checkReferences(parsed, existing)).toEqual([]);
  });

  it('counts Entity List entries and skips the other lists', () => {
    expect(converted.summary).toMatchObject({ entries: 7, entityListEntries: 6, skipped: 1 });
  });

  it('matches entities by normalised name or alias, the graph first, then the file', () => {
    expect(converted.summary.matched.map((m) => [m.place, m.id, m.on])).toEqual([
      ['results[0]', 'huawei', 'name'],
      ['results[1]', 'huawei', 'name'],
      ['results[2]', 'sensetime', 'name'],
      ['results[5]', 'beijing-academy-of-artificial-intelligence', 'name'],
    ]);
    expect(converted.summary.created.map((c) => c.id)).toEqual([
      'beijing-academy-of-artificial-intelligence',
      'example-compute-trading-hk-limited',
    ]);
  });

  it('adds aliases, addresses and the list as a source to a matched entity, keeping what it has', () => {
    expect(node('huawei')).toEqual({
      id: 'huawei',
      label: 'Entity',
      name: 'Huawei Technologies Co., Ltd.',
      aliases: ['Huawei'],
      addresses: [
        'Bantian Huawei Base, Longgang District, Shenzhen, Guangdong, 518129, CN',
        'No. 2 Xinxi Road, Haidian District, Beijing, 100085, CN',
      ],
      sources: ['src-fixture-fr-84-22961', CSL_SOURCE_ID],
    });
    expect(node('sensetime')).toMatchObject({
      aliases: ['Beijing SenseTime Technology Development Co., Ltd.', '商汤科技'],
      sources: ['src-fixture-ft', CSL_SOURCE_ID],
    });
  });

  it('creates new entities with slug ids, their aliases, addresses and country', () => {
    expect(node('beijing-academy-of-artificial-intelligence')).toMatchObject({
      label: 'Entity',
      name: 'Beijing Academy of Artificial Intelligence',
      aliases: ['BAAI', '北京智源人工智能研究院', 'Beijing Zhiyuan Artificial Intelligence Research Institute'],
      country: 'CN',
      sources: [CSL_SOURCE_ID],
    });
    expect(node('beijing-academy-of-artificial-intelligence').addresses).toHaveLength(2);
    expect(node('example-compute-trading-hk-limited')).toMatchObject({ country: 'HK' });
  });

  it('reuses a listing with the same citation, creates the others, and one for entries without a citation', () => {
    expect(converted.summary.listings).toEqual([
      { id: 'el-84-fr-54002', citation: '84 FR 54002' },
      { id: 'el-90-fr-5298', citation: '90 FR 5298' },
      { id: UNCITED_LISTING_ID, citation: null },
    ]);
    expect(node('el-84-fr-54002')).toMatchObject({
      label: 'Regulation',
      kind: 'ENTITY_LISTING',
      citation: '84 FR 54002',
      sources: [CSL_SOURCE_ID],
    });
    expect(node('el-2019-05-84fr22961')).toBeUndefined();
  });

  it('adds the list as a source to an existing designation instead of a duplicate', () => {
    expect(rel('huawei')).toEqual([
      {
        id: 'huawei-designated-under-el-2019-05-84fr22961',
        type: 'DESIGNATED_UNDER',
        from: 'huawei',
        to: 'el-2019-05-84fr22961',
        confidence: 'CONFIRMED',
        sources: ['src-fixture-fr-84-22961', CSL_SOURCE_ID],
      },
    ]);
  });

  it('dates new designations by start_date, with the citation and the licence terms', () => {
    expect(rel('sensetime')).toEqual([
      expect.objectContaining({
        id: 'sensetime-designated-under-el-84-fr-54002',
        to: 'el-84-fr-54002',
        startDate: '2019-10-09',
        citation: '84 FR 54002',
        confidence: 'CONFIRMED',
        note: expect.stringMatching(
          /^Licence requirement: For all items subject to the EAR.*Licence policy: Presumption of denial\./,
        ),
      }),
    ]);
    expect(rel('beijing-academy-of-artificial-intelligence')).toHaveLength(1);
    expect(rel('example-compute-trading-hk-limited')[0]).toMatchObject({
      to: UNCITED_LISTING_ID,
      startDate: '2024-12-02',
    });
  });

  it('makes one Source for the list, with its URL', () => {
    expect(doc.sources).toEqual([
      expect.objectContaining({
        id: CSL_SOURCE_ID,
        url: 'https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/entity-list',
      }),
    ]);
  });

  it('places document paths back in the file', () => {
    const i = doc.relationships.findIndex((r: Data) => r.from === 'sensetime');
    expect(converted.place(['relationships', i, 'startDate'])).toBe('results[2] (startDate)');
  });

  it('is stable: the same list against the graph it produced changes nothing new', () => {
    const index = fixtureIndex();
    for (const n of doc.nodes) index.nodeIds.add(n.id);
    index.entities = index.entities.concat(
      doc.nodes
        .filter((n: Data) => n.label === 'Entity' && !index.entities.some((e) => e.id === n.id))
        .map((n: Data) => ({
          id: n.id,
          name: n.name,
          labels: ['Node', 'Entity'],
          aliases: n.aliases ?? [],
          addresses: n.addresses ?? [],
          country: n.country ?? null,
          sources: n.sources,
        })),
    );
    index.listings.push(...converted.summary.listings);
    const again = cslToDocument(parseCslJson(read('entity-list.json')), index);
    expect(again.summary.created).toEqual([]);
    expect(again.summary.listings).toEqual([]);
  });

  it('rejects entries with bad dates or countries, each with its place', () => {
    const bad = cslToDocument(parseCslCsv(read('entity-list-bad-last.csv')), fixtureIndex());
    expect(bad.problems).toEqual([
      { place: 'line 10, start_date', message: 'must be a date (YYYY-MM-DD or M/D/YYYY)' },
    ]);
    const list = parseCslJson(
      JSON.stringify([
        { source: 'Entity List (EL) - Bureau of Industry and Security', name: '', addresses: [{ country: 'ZZ' }] },
      ]),
    );
    expect(cslToDocument(list, fixtureIndex()).problems.map((p) => p.place)).toEqual([
      '[0], name',
      '[0], addresses[0]',
    ]);
  });
});
