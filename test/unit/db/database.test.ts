import { Neo4jError, type Driver } from 'neo4j-driver';
import { CypherStore } from '../../../src/db/cypher-store';
import { Database, retryDelay, READ_RETRY } from '../../../src/db/database';
import { ErrorCode } from '../../../src/errors';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Single-statement reads run as auto-commit transactions with the project's own retry of
 * transient errors (what executeRead did for them). A stub driver stands in for Neo4j: the
 * integration tier runs the same reads against a real one.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-'));
fs.writeFileSync(path.join(dir, 'q.cypher'), 'RETURN 1 AS one');
const store = CypherStore.load(dir);

interface Call {
  text: string;
  config: unknown;
  accessMode: unknown;
}

/** A driver whose sessions answer run() with the next outcome: an error to throw, or rows. */
function stubDriver(outcomes: (Error | number)[]) {
  const calls: Call[] = [];
  let closed = 0;
  const driver = {
    session: (options: { defaultAccessMode?: unknown }) => ({
      run: async (text: string, _params: unknown, config: unknown) => {
        calls.push({ text, config, accessMode: options.defaultAccessMode });
        const next = outcomes.shift();
        if (next instanceof Error) throw next;
        return { records: [{ keys: ['one'], get: () => next ?? 0 }] };
      },
      close: async () => {
        closed += 1;
      },
    }),
  } as unknown as Driver;
  return { driver, calls, closed: () => closed };
}

/** A driver error as the driver builds it from a server failure (retryable or not by its code). */
const newError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error');

const quick = { initialDelayMs: 1, maxTimeMs: 200 };

describe('Database.read', () => {
  it('runs one auto-commit statement in a read session with the transaction timeout and metadata naming it', async () => {
    const { driver, calls, closed } = stubDriver([7]);
    const db = new Database(driver, store, { database: 'neo4j', txTimeoutMs: 1234, retry: quick });
    expect(await db.read('q')).toEqual([{ one: 7 }]);
    expect(calls).toEqual([
      {
        text: 'RETURN 1 AS one',
        config: { timeout: 1234, metadata: { app: 'chip-access-graph', statement: 'q' } },
        accessMode: 'READ',
      },
    ]);
    expect(closed()).toBe(1);
    expect(db.statementsRun).toBe(1);
  });

  it('retries transient errors and unavailability, then answers', async () => {
    const { driver, calls, closed } = stubDriver([
      newError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected'),
      newError('gone', 'ServiceUnavailable'),
      3,
    ]);
    const db = new Database(driver, store, { database: 'neo4j', txTimeoutMs: 1000, retry: quick });
    expect(await db.read('q')).toEqual([{ one: 3 }]);
    expect(calls).toHaveLength(3);
    expect(closed()).toBe(3);
  });

  it('does not retry a client error, and maps errors as before', async () => {
    const syntax = newError('bad', 'Neo.ClientError.Statement.SyntaxError');
    const { driver, calls } = stubDriver([syntax, 1]);
    const db = new Database(driver, store, { database: 'neo4j', txTimeoutMs: 1000, retry: quick });
    await expect(db.read('q')).rejects.toBe(syntax);
    expect(calls).toHaveLength(1);

    const timeout = stubDriver([
      newError('slow', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
    ]);
    await expect(
      new Database(timeout.driver, store, { database: 'neo4j', txTimeoutMs: 1000, retry: quick }).read('q'),
    ).rejects.toMatchObject({ extensions: { code: ErrorCode.QUERY_TIMEOUT } });
  });

  it.each([
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'Neo.TransientError.General.TransactionMemoryLimit',
    'Neo.ClientError.General.TransactionOutOfMemoryError',
    'Neo.TransientError.General.OutOfMemoryError',
  ])('maps the database refusing a transaction its memory (%s) to LIMIT_EXCEEDED', async (code) => {
    const { driver } = stubDriver([
      newError('The allocation of an extra 18.8 MiB would use more than the limit', code),
    ]);
    const db = new Database(driver, store, { database: 'neo4j', txTimeoutMs: 1000, retry: { ...quick, maxTimeMs: 0 } });
    await expect(db.read('q')).rejects.toMatchObject({
      message: expect.stringContaining('nothing was written'),
      extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit: 'databaseMemory' },
    });
  });

  it('gives up after the retry time with SERVICE_UNAVAILABLE', async () => {
    const down = Array.from({ length: 1000 }, () => newError('gone', 'ServiceUnavailable'));
    const { driver, calls } = stubDriver(down);
    const db = new Database(driver, store, {
      database: 'neo4j',
      txTimeoutMs: 1000,
      retry: { ...quick, maxTimeMs: 30 },
    });
    const started = Date.now();
    await expect(db.read('q')).rejects.toMatchObject({ extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
    expect(calls.length).toBeGreaterThan(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('backs off as the driver does: doubling delays within the jitter', () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const base = READ_RETRY.initialDelayMs * 2 ** attempt;
      const delay = retryDelay(READ_RETRY, attempt);
      expect(delay).toBeGreaterThanOrEqual(base * 0.8);
      expect(delay).toBeLessThanOrEqual(base * 1.2);
    }
  });
});
