import { as } from '../support/keys';
import { createRecordingApp, type RecordingApp } from '../support/recording-app';
import { nodesByIds, relationshipsByIds } from './fixtures';

/**
 * What a write sends: its statements in one write transaction named after the operation, the
 * graph's version renewed last (every server's reachability index sees the write), the user's
 * text in parameters only.
 */
let app: RecordingApp;

beforeEach(() => {
  app = createRecordingApp();
  app.driver.answer('nodes/get-by-ids', nodesByIds).answer('relationships/get-by-ids', relationshipsByIds);
});

const RETRACT = 'mutation($id: ID!, $reason: String!) { retract(id: $id, reason: $reason) { id relationships } }';
const WRITE = 'mutation($input: WriteInput!, $dryRun: Boolean) { write(input: $input, dryRun: $dryRun) { ok } }';

describe('a retraction', () => {
  it('runs in one write transaction that ends by renewing the graph version', async () => {
    const reason = "the FT corrected it'); MATCH (n) DETACH DELETE n //";
    const { data, sent } = await app.send(RETRACT, { id: 'owns-1', reason }, as('analyst'));
    expect(data).toEqual({ retract: { id: 'owns-1', relationships: ['owns-1'] } });
    expect(sent.map((s) => s.name)).toEqual([
      'nodes/get-by-ids',
      'relationships/get-by-ids',
      'retract/lock-relationships',
      'relationships/get-by-ids',
      'retract/set-retraction',
      'import/create-revisions',
      'reach/bump-version',
    ]);
    expect(new Set(sent.map((s) => s.transaction.id)).size).toBe(1);
    expect(sent[0]?.transaction).toMatchObject({
      kind: 'managed',
      mode: 'WRITE',
      metadata: { app: 'chip-access-graph', transaction: 'curation/retract' },
    });
    // The reason and the principal travel as parameters (the recording driver refuses any other text).
    expect(sent[4]?.params).toMatchObject({
      rows: [{ id: 'owns-1', type: 'OWNS', from: 'huawei', to: 'hisilicon' }],
      reason,
      principal: 'test-analyst',
      retractedWith: null,
    });
  });

  it('of an unknown id sends its reads, then nothing more: no version renewed for a write that did not happen', async () => {
    const { errors, sent } = await app.send(RETRACT, { id: 'nobody', reason: 'not there' }, as('analyst'));
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(sent.map((s) => s.name)).toEqual(['nodes/get-by-ids', 'relationships/get-by-ids']);
  });

  it('sends nothing for a reader, whose role may not write', async () => {
    const { errors, sent } = await app.send(RETRACT, { id: 'owns-1', reason: 'mine' }, as('reader'));
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(sent).toEqual([]);
  });
});

describe('a write', () => {
  const input = {
    sources: [
      { id: 'src-new', publisher: 'Reuters', title: 'Chips "rented" via $param {x}', url: 'https://example.org/a' },
    ],
  };

  it('runs in one write transaction named import/document, its text in parameters, the version renewed last', async () => {
    app.driver.answer('import/create-nodes', (params) => [{ written: (params.rows as unknown[]).length }]);
    const { data, sent } = await app.send(WRITE, { input }, as('analyst'));
    expect(data).toEqual({ write: { ok: true } });
    expect(new Set(sent.map((s) => s.transaction.id)).size).toBe(1);
    expect(sent[0]?.transaction).toMatchObject({
      mode: 'WRITE',
      metadata: { app: 'chip-access-graph', transaction: 'import/document' },
    });
    expect(sent.at(-1)?.name).toBe('reach/bump-version');
    const created = sent.find((s) => s.name === 'import/create-nodes');
    expect(created?.params.rows).toEqual([
      expect.objectContaining({ id: 'src-new', props: expect.objectContaining({ title: input.sources[0]?.title }) }),
    ]);
  });

  it('as a dry run, reads in a read transaction and renews nothing', async () => {
    const { data, sent } = await app.send(WRITE, { input, dryRun: true }, as('analyst'));
    expect(data).toEqual({ write: { ok: true } });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((s) => s.transaction.mode === 'READ')).toBe(true);
    expect(sent.map((s) => s.name)).not.toContain('reach/bump-version');
    expect(sent.map((s) => s.name)).not.toContain('import/create-nodes');
  });
});
