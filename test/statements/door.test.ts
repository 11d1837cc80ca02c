import { Writable } from 'node:stream';
import { Neo4jError } from 'neo4j-driver';
import pino from 'pino';
import { createRecordingApp } from '../support/recording-app';
import { nodesByIds } from './fixtures';

/**
 * The door itself, seen from a request: what it logs about each statement, and how it retries
 * and maps what the driver throws.
 */

/** A debug-level logger whose lines are kept, parsed. */
function debugLog() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const log = pino(
    { level: 'debug' },
    new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        raw.push(chunk.toString());
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  return { log, lines, raw };
}

const transient = () => new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'error');

describe('the debug log', () => {
  it('has a line per statement with its name, its parameters by name, its rows and its time, never a value', async () => {
    const { log, lines, raw } = debugLog();
    const app = createRecordingApp({ log });
    app.driver.answer('nodes/search', [{ n: { id: 'huawei', name: 'Huawei', labels: ['Node', 'Entity'] }, score: 2 }]);
    const secret = 'whistleblower-7f3a';
    const { errors } = await app.send('query($t: String!) { search(text: $t) { score } }', { t: secret });
    expect(errors).toBeUndefined();
    const statements = lines.filter((l) => l.msg === 'statement');
    expect(statements).toEqual([
      expect.objectContaining({
        statement: 'nodes/search',
        params: ['query', 'labels', 'limit'],
        rows: 1,
        ms: expect.any(Number),
      }),
    ]);
    expect(raw.join('')).not.toContain(secret);
  });

  it('names the transaction of each statement that ran in a multi-statement one', async () => {
    const { log, lines } = debugLog();
    const app = createRecordingApp({ log });
    app.driver.answer('nodes/get-by-ids', nodesByIds);
    await app.send('{ neighborhood(id: "huawei") { nodes { id } } }');
    const statements = lines.filter((l) => l.msg === 'statement');
    expect(statements.map((l) => [l.transaction, l.statement])).toEqual([
      ['graph/neighborhood', 'nodes/get-by-ids'],
      ['graph/neighborhood', 'graph/neighbor-ids'],
      ['graph/neighborhood', 'nodes/get-by-ids'],
      ['graph/neighborhood', 'graph/edges-among'],
    ]);
  });

  it('is silent above debug level', async () => {
    const { log, lines } = debugLog();
    log.level = 'info';
    const app = createRecordingApp({ log });
    await app.send('{ node(id: "huawei") { id } }');
    expect(lines.filter((l) => l.msg === 'statement')).toEqual([]);
  });
});

describe('failures at the door', () => {
  it('sends a read again, with the same parameters, after a transient error', async () => {
    const app = createRecordingApp();
    let calls = 0;
    app.driver.answer('nodes/get-by-ids', (params) => {
      calls += 1;
      if (calls === 1) throw transient();
      return nodesByIds(params);
    });
    const { data, sent } = await app.send('{ node(id: "huawei") { id } }');
    expect(data).toEqual({ node: { id: 'huawei' } });
    expect(sent.map((s) => [s.name, s.params])).toEqual([
      ['nodes/get-by-ids', { ids: ['huawei'] }],
      ['nodes/get-by-ids', { ids: ['huawei'] }],
    ]);
  });

  it('answers SERVICE_UNAVAILABLE when the database stays away through the retries', async () => {
    const app = createRecordingApp();
    app.driver.answer('nodes/get-by-ids', () => {
      throw new Neo4jError('gone', 'ServiceUnavailable', '08000', 'error');
    });
    const { errors, sent } = await app.send('{ node(id: "huawei") { id } }');
    expect(errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(sent.length).toBeGreaterThan(1);
    expect(new Set(sent.map((s) => s.name))).toEqual(new Set(['nodes/get-by-ids']));
  });
});
