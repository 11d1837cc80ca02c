import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type ServerInfo,
  type Session,
} from 'neo4j-driver';
import { appError, ErrorCode } from '../errors';
import type { Logger } from '../logger';
import { statementName, type CypherStore, type StatementRef } from './cypher-store';
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
  /** Where each statement's debug line goes (name, parameter names, rows, milliseconds). */
  log?: Logger;
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

/** The application name in every transaction's metadata (SHOW TRANSACTIONS, the query log). */
const APP_NAME = 'chip-access-graph';

/** A statement's name, or a multi-statement transaction's, in the transaction's metadata. */
type TxName = { statement: string } | { transaction: string };

/** Runs a named statement inside a transaction and returns its rows. */
export type RunStatement = (name: string, params?: Params) => Promise<Row[]>;

/**
 * The one place that talks to the driver: a session per call, managed transactions (retried on
 * transient errors) for writes and multi-statement reads, auto-commit transactions with the same
 * retries for single-statement reads, a timeout on every transaction, and driver errors mapped by
 * their code to the project's error codes. Statements are named .cypher files, never strings built from input.
 *
 * What crosses the door is visible without a debugger: every transaction carries metadata naming
 * it (`{ app, statement }` for one statement, `{ app, transaction }` for several), which Neo4j
 * shows in `SHOW TRANSACTIONS` and its query log; at debug level each statement logs its name,
 * its parameters' names (never their values: they may hold user text), its rows and its time.
 */
export class Database {
  /** Statements sent to the server since start (tests and benchmarks count round trips with it). */
  statementsRun = 0;
  readonly #driver: Driver;
  readonly #options: DatabaseOptions;

  constructor(
    driver: Driver,
    readonly cypher: CypherStore,
    options: DatabaseOptions,
  ) {
    this.#driver = driver;
    this.#options = options;
  }

  /**
   * Runs a named read statement and returns its rows as plain objects. One statement needs no
   * explicit transaction: it runs as an auto-commit transaction in a read session (routed to
   * readers like `executeRead`), which costs the server about half the CPU of a managed
   * transaction (no BEGIN and COMMIT round; bench/: 5,061 against 2,549 single-node lookups/s).
   * What a managed transaction would add is kept here: the same timeout, the same retries of
   * transient errors (the driver's classification and backoff), the same error mapping.
   */
  async read(statement: StatementRef, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    const name = statementName(statement);
    const text = this.cypher.text(statement);
    const config = this.#txConfig({ statement: name }, timeoutMs);
    const retry = { ...READ_RETRY, ...this.#options.retry };
    const started = performance.now();
    for (let attempt = 0; ; attempt += 1) {
      const session = this.#session('READ');
      try {
        this.statementsRun += 1;
        const rows = rowsOf(await session.run(text, params, config));
        this.#logStatement({ statement: name }, params, started, { rows: rows.length, attempts: attempt + 1 });
        return rows;
      } catch (error) {
        // As the driver decides for a managed transaction: a retryable error, within the retry time.
        if (!neo4j.isRetryableError(error) || performance.now() - started > retry.maxTimeMs) {
          this.#logStatement({ statement: name }, params, started, { error, attempts: attempt + 1 });
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
    const name = statementName(statement);
    const text = this.cypher.text(statement);
    return this.#transaction('WRITE', { statement: name }, (tx) => this.#run(tx, name, text, params), timeoutMs);
  }

  /**
   * Several named statements in one write transaction, named `name` in its metadata: all of them
   * or none. The transaction ends by renewing the graph's version
   * (cypher/reach/bump-version.cypher), so that every server's reachability index sees the write
   * before it answers again.
   */
  async writeTransaction<T>(name: string, work: (run: RunStatement) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.#transaction(
      'WRITE',
      { transaction: name },
      async (tx) => {
        const run = this.#runner(tx, name);
        const result = await work(run);
        await run(VERSION_BUMP);
        return result;
      },
      timeoutMs,
    );
  }

  /** Several named reads in one read transaction (one consistent snapshot), named `name` in its metadata. */
  async readTransaction<T>(name: string, work: (run: RunStatement) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.#transaction('READ', { transaction: name }, (tx) => work(this.#runner(tx, name)), timeoutMs);
  }

  /**
   * Named reads in one read transaction (one consistent snapshot), each record handed to
   * `onRecord` as it streams in, with its values as the driver gives them: for loading a large
   * answer without holding all its rows at once.
   */
  async streamTransaction(
    name: string,
    work: (
      stream: (statement: string, params: Params, onRecord: (values: unknown[]) => void) => Promise<number>,
    ) => Promise<void>,
    timeoutMs?: number,
  ): Promise<void> {
    await this.#transaction(
      'READ',
      { transaction: name },
      (tx) =>
        work(async (statement, params, onRecord) => {
          const started = performance.now();
          this.statementsRun += 1;
          let count = 0;
          try {
            for await (const record of tx.run(this.cypher.get(statement), params)) {
              onRecord(record.keys.map((key) => record.get(key)));
              count += 1;
            }
          } catch (error) {
            this.#logStatement({ statement, transaction: name }, params, started, { error });
            throw error;
          }
          this.#logStatement({ statement, transaction: name }, params, started, { rows: count });
          return count;
        }),
      timeoutMs,
    );
  }

  /**
   * `EXPLAIN` of a named statement: compiles and plans it without running it. Slots are filled
   * with 1: any integer there gives a statement of the same shape.
   */
  async explain(name: string): Promise<void> {
    const slots = Object.fromEntries(this.cypher.slots(name).map((slot) => [slot, 1]));
    await this.#autoCommit(name, `EXPLAIN ${this.cypher.get(name, slots)}`);
  }

  /** Applies every statement of a schema file (idempotent `IF NOT EXISTS` statements). */
  async applySchema(name: string): Promise<number> {
    const statements = this.cypher.statements(name);
    for (const statement of statements) await this.#autoCommit(name, statement);
    return statements.length;
  }

  /** The server's address, version and protocol (/healthz, the Cypher check's record). */
  async serverInfo(): Promise<ServerInfo> {
    try {
      return await this.#driver.getServerInfo({ database: this.#options.database });
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  /** Closes every connection; the database cannot be used afterwards. */
  async close(): Promise<void> {
    await this.#driver.close();
  }

  #session(mode: 'READ' | 'WRITE'): Session {
    return this.#driver.session({
      database: this.#options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  #txConfig(name: TxName, timeoutMs?: number): { timeout: number; metadata: Record<string, string> } {
    return { timeout: timeoutMs ?? this.#options.txTimeoutMs, metadata: { app: APP_NAME, ...name } };
  }

  /**
   * One statement as an auto-commit transaction, without retries or a timeout: boot-time work
   * (the schema, whose index wait takes what it takes, and the Cypher check), which fails the boot.
   */
  async #autoCommit(name: string, text: string): Promise<void> {
    const session = this.#session('WRITE');
    const started = performance.now();
    try {
      this.statementsRun += 1;
      const result = await session.run(text, {}, { metadata: this.#txConfig({ statement: name }).metadata });
      this.#logStatement({ statement: name }, {}, started, { rows: result.records.length });
    } catch (error) {
      this.#logStatement({ statement: name }, {}, started, { error });
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  async #transaction<T>(
    mode: 'READ' | 'WRITE',
    name: TxName,
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    const session = this.#session(mode);
    const config = this.#txConfig(name, timeoutMs);
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw mapDriverError(error, config.timeout);
    } finally {
      await session.close();
    }
  }

  /** The `run` a multi-statement transaction's work receives. */
  #runner(tx: ManagedTransaction, transaction: string): RunStatement {
    return (statement, params = {}) => this.#run(tx, statement, this.cypher.get(statement), params, transaction);
  }

  async #run(tx: ManagedTransaction, statement: string, text: string, params: Params, transaction?: string) {
    const started = performance.now();
    const names = transaction === undefined ? { statement } : { statement, transaction };
    this.statementsRun += 1;
    try {
      const rows = rowsOf(await tx.run(text, params));
      this.#logStatement(names, params, started, { rows: rows.length });
      return rows;
    } catch (error) {
      this.#logStatement(names, params, started, { error });
      throw error;
    }
  }

  /**
   * The debug line of one statement: its name (and its transaction's), the names of its
   * parameters, never their values (user text), its rows or its error code, and its time.
   */
  #logStatement(
    names: { statement: string; transaction?: string },
    params: Params,
    started: number,
    outcome: { rows?: number; error?: unknown; attempts?: number },
  ): void {
    const log = this.#options.log;
    if (!log?.isLevelEnabled('debug')) return;
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const attempts = outcome.attempts !== undefined && outcome.attempts > 1 ? { attempts: outcome.attempts } : {};
    if (outcome.error === undefined) {
      log.debug({ ...names, params: Object.keys(params), rows: outcome.rows, ms, ...attempts }, 'statement');
    } else {
      const code = (outcome.error as { code?: unknown } | null)?.code;
      log.debug(
        { ...names, params: Object.keys(params), ms, error: String(code ?? 'unknown'), ...attempts },
        'statement failed',
      );
    }
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
/**
 * The database refused the memory a transaction needed: its transaction memory pool
 * (dbms.memory.transaction.total.max), its per-transaction limit (db.memory.transaction.max) or
 * its heap. The transaction was rolled back.
 */
const OUT_OF_MEMORY = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.ClientError.General.TransactionOutOfMemoryError',
  'Neo.TransientError.General.OutOfMemoryError',
]);
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
    if (OUT_OF_MEMORY.has(code)) {
      return appError(
        ErrorCode.LIMIT_EXCEEDED,
        'the database does not have the memory this transaction needs (its transaction memory limit or its heap); ' +
          'nothing was written: send smaller pieces (an import in several documents), or give the database more memory ' +
          '(NEO4J_LOCAL_HEAP_MB for the local one)',
        { limit: 'databaseMemory' },
      );
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return appError(ErrorCode.CONFLICT, 'a node or relationship with this id already exists');
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}
