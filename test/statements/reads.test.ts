import { isInt } from 'neo4j-driver';
import { createRecordingApp, type RecordingApp } from '../support/recording-app';
import { NODES, nodesByIds, OWNS } from './fixtures';

/**
 * What a read request sends through the door: which statements, with which parameters, in
 * which transactions. The real server down to `Database`; a recording driver below it.
 */
let app: RecordingApp;

beforeEach(() => {
  app = createRecordingApp();
  app.driver.answer('nodes/get-by-ids', nodesByIds);
});

describe('node lookups', () => {
  it('node(id) sends one nodes/get-by-ids with that id, as an auto-commit read named after it', async () => {
    const { data, sent } = await app.send('{ node(id: "huawei") { id ... on Entity { name } } }');
    expect(data).toEqual({ node: { id: 'huawei', name: 'Huawei' } });
    expect(sent).toEqual([
      {
        name: 'nodes/get-by-ids',
        params: { ids: ['huawei'] },
        transaction: expect.objectContaining({
          kind: 'auto-commit',
          mode: 'READ',
          metadata: { app: 'chip-access-graph', statement: 'nodes/get-by-ids' },
          timeoutMs: 15000,
        }),
      },
    ]);
  });

  it('nodes(ids) sends one statement for every id, each id once (DataLoader)', async () => {
    const { data, sent } = await app.send('{ nodes(ids: ["huawei", "nvidia-h100", "huawei", "nobody"]) { id } }');
    expect(data).toEqual({ nodes: [{ id: 'huawei' }, { id: 'nvidia-h100' }, { id: 'huawei' }, null] });
    expect(sent.map((s) => [s.name, s.params])).toEqual([
      ['nodes/get-by-ids', { ids: ['huawei', 'nvidia-h100', 'nobody'] }],
    ]);
  });
});

describe('nested relations', () => {
  it('load with the nodes: one statement for the relations every node selects, not one per node', async () => {
    app.driver.answer('nodes/with-relations', (params) =>
      (params.ids as string[]).map((id) => ({
        n: NODES[id],
        outRels: [],
        outNodes: [],
        inRels: id === 'hisilicon' ? [OWNS.r] : [],
        inNodes: id === 'hisilicon' ? [NODES.huawei] : [],
      })),
    );
    const { data, sent } = await app.send(
      '{ nodes(ids: ["huawei", "hisilicon"]) { id ... on Entity { owners { share from { id } } } } }',
    );
    expect(data).toEqual({
      nodes: [
        { id: 'huawei', owners: [] },
        { id: 'hisilicon', owners: [{ share: 1, from: { id: 'huawei' } }] },
      ],
    });
    // The far ends came with the relations: no lookup of huawei by id afterwards.
    expect(sent.map((s) => [s.name, s.params])).toEqual([
      ['nodes/with-relations', { ids: ['huawei', 'hisilicon'], out: [], outAll: [], in: ['OWNS'], inAll: [] }],
    ]);
  });

  it('of a page batch into one statement for every node of the page', async () => {
    app.driver.answer('lists/entities', [{ totalCount: 2, page: [NODES.huawei, NODES.hisilicon] }]);
    app.driver.answer('relationships/in-by-node-ids', (params) =>
      (params.ids as string[]).includes('hisilicon') ? [{ key: 'hisilicon', ...OWNS, other: NODES.huawei }] : [],
    );
    const { data, sent } = await app.send('{ entities(first: 2) { nodes { id owners { from { id } } } } }');
    expect(data).toEqual({
      entities: {
        nodes: [
          { id: 'huawei', owners: [] },
          { id: 'hisilicon', owners: [{ from: { id: 'huawei' } }] },
        ],
      },
    });
    expect(sent.map((s) => s.name)).toEqual(['lists/entities', 'relationships/in-by-node-ids']);
    expect(sent[1]?.params).toEqual({ ids: ['huawei', 'hisilicon'], types: ['OWNS'], includeRetracted: false });
  });
});

describe('parameters', () => {
  it('passes a page size as an integer parameter (Cypher LIMIT refuses a float)', async () => {
    const { sent } = await app.send('{ chips(first: 7) { totalCount } }');
    expect(sent.map((s) => s.name)).toEqual(['lists/chips']);
    const first = sent[0]?.params.first;
    expect(isInt(first)).toBe(true);
    // One more than asked for: whether a next page exists.
    expect(isInt(first) && first.toNumber()).toBe(8);
  });

  it('keeps user text in parameters: a search sends its words as $query, its cap as an integer', async () => {
    const hostile = "x' }) DETACH DELETE n //";
    const { errors, sent } = await app.send('query($t: String!) { search(text: $t, first: 5) { score } }', {
      t: hostile,
    });
    expect(errors).toBeUndefined();
    // The recording driver only accepts the text of a .cypher file: the words went nowhere else.
    expect(sent.map((s) => s.name)).toEqual(['nodes/search']);
    expect(sent[0]?.params.query).toEqual(expect.stringContaining('detach'));
    expect(isInt(sent[0]?.params.limit)).toBe(true);
  });

  it('sends nothing for a request refused for its arguments', async () => {
    const { errors, sent } = await app.send('{ history(id: "huawei", first: 0) { action } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(sent).toEqual([]);
  });
});

describe('path questions', () => {
  const ACCESS_PATHS = '{ accessPaths(from: "huawei", to: "nvidia-h100", asOf: "2024-06-01") { totalCount } }';

  it('read the graph version first, and load the index in one read transaction when it moved', async () => {
    const first = await app.send(ACCESS_PATHS);
    expect(first.data).toEqual({ accessPaths: { totalCount: 0 } });
    expect(first.sent.map((s) => `${s.transaction.id} ${s.name}`)).toEqual([
      '1 reach/version',
      '2 reach/version',
      '2 reach/nodes',
      '2 reach/sources',
      '2 reach/relationships',
      '2 reach/rules',
      '3 nodes/get-by-ids',
    ]);
    expect(first.sent[1]?.transaction).toMatchObject({
      kind: 'managed',
      mode: 'READ',
      metadata: { app: 'chip-access-graph', transaction: 'reach/load' },
    });
    expect(first.sent[6]?.params).toEqual({ ids: ['huawei', 'nvidia-h100'] });

    // Same version: the index in memory answers; only the version and the ids are read.
    const again = await app.send(ACCESS_PATHS);
    expect(again.sent.map((s) => s.name)).toEqual(['reach/version', 'nodes/get-by-ids']);

    // A write elsewhere renewed the version: the index is loaded again before answering.
    app.driver.answer('reach/version', [{ token: 'v2', nodes: 0, relationships: 0 }]);
    const moved = await app.send(ACCESS_PATHS);
    expect(moved.sent.map((s) => s.name)).toEqual([
      'reach/version',
      'reach/version',
      'reach/nodes',
      'reach/sources',
      'reach/relationships',
      'reach/rules',
      'nodes/get-by-ids',
    ]);
  });
});

describe('multi-statement reads', () => {
  it('run a neighbourhood in one read transaction named after it', async () => {
    const { sent } = await app.send('{ neighborhood(id: "huawei", depth: 1) { nodes { id } } }');
    expect(new Set(sent.map((s) => s.transaction.id)).size).toBe(1);
    expect(sent[0]?.transaction).toMatchObject({
      kind: 'managed',
      mode: 'READ',
      metadata: { app: 'chip-access-graph', transaction: 'graph/neighborhood' },
    });
    expect(sent.map((s) => s.name)).toEqual([
      'nodes/get-by-ids',
      'graph/neighbor-ids',
      'nodes/get-by-ids',
      'graph/edges-among',
    ]);
    expect(sent[1]?.params).toMatchObject({ ids: ['huawei'], seen: ['huawei'] });
    // The release rule's steps come from the vocabulary, as paths read them, not from the Cypher text.
    for (const statement of [sent[1], sent[3]]) expect(statement?.params.stepsIntoChip).toEqual(['HOSTS', 'ACQUIRED']);
  });
});
