import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type ServerInfo } from 'neo4j-driver';
import { appError, ErrorCode } from '../errors';
import type { CypherStore, StatementRef } from './cypher-store';
import { toPlain } from './values';

export type Params = Record<string, unknown>;

/** The statement that ends every write transaction. */
const VERSION_BUMP = 'reach/bump-version';
export type Row = Record<string, unknown>;

export interface DatabaseOptions {
  database: string;
  txTimeoutMs: number;
  /** Retries of single-statement reads (`read`); the driver's own settings for managed transactions by default. */
  retry?: Partial<RetryOptions>;
}

/** How a failed read is retried: as the driver retries managed transactions (exponential backoff with jitter). */
export interface RetryOptions {
  /** No new attempt starts after this long since the first one (the driver's maxTransactionRetryTime). */
  maxTimeMs: number;
  initialDelayMs: number;
  multiplier: number;
  /** The delay varies by up to this fraction either way. */
  jitter: number;
}

/** The driver's defaults for managed transactions, with the retry time createDriver sets (src/db/connect.ts). */
export const READ_RETRY: RetryOptions = { maxTimeMs: 5000, initialDelayMs: 1000, multiplier: 2, jitter: 0.2 };

/**
 * The one place that talks to the driver: a session per call, managed transactions (retried on
 * transient errors) for writes and multi-statement reads, auto-commit transactions with the same
 * retries for single-statement reads, a timeout on every transaction, and driver errors mapped by
 * their code to the project's error codes. Statements are named .cypher files, never strings built from input.
 */
export class Database {
  /** Statements sent to the server since start (tests and benchmarks count round trips with it). */
  statementsRun = 0;

  constructor(
    readonly driver: Driver,
    readonly cypher: CypherStore,
    private readonly options: DatabaseOptions,
  ) {}

  /**
   * Runs a named read statement and returns its rows as plain objects. One statement needs no
   * explicit transaction: it runs as an auto-commit transaction in a read session (routed to
   * readers like `executeRead`), which costs the server about half the CPU of a managed
   * transaction (no BEGIN and COMMIT round; bench/: 5,061 against 2,549 single-node lookups/s).
   * What a managed transaction would add is kept here: the same timeout, the same retries of
   * transient errors (the driver's classification and backoff), the same error mapping.
   */
  async read(statement: StatementRef, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    const text = this.cypher.text(statement);
    const config = { timeout: timeoutMs ?? this.options.txTimeoutMs };
    const retry = { ...READ_RETRY, ...this.options.retry };
    const started = Date.now();
    for (let attempt = 0; ; attempt += 1) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
      try {
        this.statementsRun += 1;
        return rowsOf(await session.run(text, params, config));
      } catch (error) {
        // As the driver decides for a managed transaction: a retryable error, within the retry time.
        if (!neo4j.isRetryableError(error) || Date.now() - started > retry.maxTimeMs) {
          throw mapDriverError(error, config.timeout);
        }
        await new Promise((resolve) => setTimeout(resolve, retryDelay(retry, attempt)));
      } finally {
        await session.close();
      }
    }
  }

  /** Runs a named write statement in its own transaction. */
  async write(statement: StatementRef, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    const text = this.cypher.text(statement);
    return this.session('WRITE', (tx) => this.run(tx, text, params), timeoutMs);
  }

  /**
   * Several named statements in one write transaction: all of them or none. The transaction
   * ends by renewing the graph's version (cypher/reach/bump-version.cypher), so that every
   * server's reachability index sees the write before it answers again.
   */
  async writeTransaction<T>(
    work: (run: (name: string, params?: Params) => Promise<Row[]>) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    return this.session(
      'WRITE',
      async (tx) => {
        const result = await work((name, params = {}) => this.run(tx, this.cypher.get(name), params));
        await this.run(tx, this.cypher.get(VERSION_BUMP), {});
        return result;
      },
      timeoutMs,
    );
  }

  /**
   * Named reads in one read transaction (one consistent snapshot), each record handed to
   * `onRecord` as it streams in, with its values as the driver gives them: for loading a large
   * answer without holding all its rows at once.
   */
  async streamTransaction(
    work: (
      stream: (name: string, params: Params, onRecord: (values: unknown[]) => void) => Promise<number>,
    ) => Promise<void>,
    timeoutMs?: number,
  ): Promise<void> {
    await this.session(
      'READ',
      (tx) =>
        work(async (name, params, onRecord) => {
          this.statementsRun += 1;
          let count = 0;
          for await (const record of tx.run(this.cypher.get(name), params)) {
            onRecord(record.keys.map((key) => record.get(key)));
            count += 1;
          }
          return count;
        }),
      timeoutMs,
    );
  }

  /** Several named reads in one read transaction (one consistent snapshot). */
  async readTransaction<T>(
    work: (run: (name: string, params?: Params) => Promise<Row[]>) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    return this.session(
      'READ',
      (tx) => work((name, params = {}) => this.run(tx, this.cypher.get(name), params)),
      timeoutMs,
    );
  }

  /**
   * `EXPLAIN` of a named statement: compiles and plans it without running it. Slots are filled
   * with 1: any integer there gives a statement of the same shape.
   */
  async explain(name: string): Promise<void> {
    const slots = Object.fromEntries(this.cypher.slots(name).map((slot) => [slot, 1]));
    const session = this.driver.session({ database: this.options.database });
    try {
      this.statementsRun += 1;
      await session.run(`EXPLAIN ${this.cypher.get(name, slots)}`);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /** Applies every statement of a schema file (idempotent `IF NOT EXISTS` statements). */
  async applySchema(name: string): Promise<number> {
    const statements = this.cypher.statements(name);
    for (const statement of statements) {
      const session = this.driver.session({ database: this.options.database });
      try {
        this.statementsRun += 1;
        await session.run(statement);
      } catch (error) {
        throw mapDriverError(error);
      } finally {
        await session.close();
      }
    }
    return statements.length;
  }

  async serverInfo(): Promise<ServerInfo> {
    try {
      return await this.driver.getServerInfo({ database: this.options.database });
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: timeoutMs ?? this.options.txTimeoutMs };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw mapDriverError(error, config.timeout);
    } finally {
      await session.close();
    }
  }

  private async run(tx: ManagedTransaction, text: string, params: Params): Promise<Row[]> {
    this.statementsRun += 1;
    return rowsOf(await tx.run(text, params));
  }
}

function rowsOf(result: QueryResult): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}

/** The wait before the attempt after `attempt` (0 for the first): initial × multiplier^attempt, ± jitter. */
export function retryDelay(retry: RetryOptions, attempt: number): number {
  const base = retry.initialDelayMs * retry.multiplier ** attempt;
  return Math.max(0, base + base * retry.jitter * (2 * Math.random() - 1));
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Maps a driver error to the project's codes by `error.code`, never by message text. */
export function mapDriverError(error: unknown, timeoutMs?: number): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (UNAVAILABLE.has(code)) {
      return appError(ErrorCode.SERVICE_UNAVAILABLE, 'the graph database is unavailable; try again shortly');
    }
    if (TIMEOUT.has(code)) {
      const limit = timeoutMs === undefined ? '' : ` (${timeoutMs} ms, NEO4J_TX_TIMEOUT_MS)`;
      return appError(ErrorCode.QUERY_TIMEOUT, `the query took longer than the database transaction timeout${limit}`);
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return appError(ErrorCode.CONFLICT, 'a node or relationship with this id already exists');
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}
