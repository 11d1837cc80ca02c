import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type ServerInfo } from 'neo4j-driver';
import { appError, ErrorCode } from '../errors';
import type { CypherStore, StatementRef } from './cypher-store';
import { toPlain } from './values';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface DatabaseOptions {
  database: string;
  txTimeoutMs: number;
}

/**
 * The one place that talks to the driver: a session per call, managed transactions (retried on
 * transient errors), a timeout on every transaction, and driver errors mapped by their code to
 * the project's error codes. Statements are named .cypher files, never strings built from input.
 */
export class Database {
  /** Statements sent to the server since start (tests and benchmarks count round trips with it). */
  statementsRun = 0;

  constructor(
    readonly driver: Driver,
    readonly cypher: CypherStore,
    private readonly options: DatabaseOptions,
  ) {}

  /** Runs a named read statement and returns its rows as plain objects. */
  async read(statement: StatementRef, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    const text = this.cypher.text(statement);
    return this.session('READ', (tx) => this.run(tx, text, params), timeoutMs);
  }

  /** Runs a named write statement in its own transaction. */
  async write(statement: StatementRef, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    const text = this.cypher.text(statement);
    return this.session('WRITE', (tx) => this.run(tx, text, params), timeoutMs);
  }

  /** Several named statements in one write transaction: all of them or none. */
  async writeTransaction<T>(
    work: (run: (name: string, params?: Params) => Promise<Row[]>) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    return this.session(
      'WRITE',
      (tx) => work((name, params = {}) => this.run(tx, this.cypher.get(name), params)),
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
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  private async run(tx: ManagedTransaction, text: string, params: Params): Promise<Row[]> {
    this.statementsRun += 1;
    const result: QueryResult = await tx.run(text, params);
    return result.records.map((record) => {
      const row: Row = {};
      for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
      return row;
    });
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Maps a driver error to the project's codes by `error.code`, never by message text. */
export function mapDriverError(error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (UNAVAILABLE.has(code)) {
      return appError(ErrorCode.SERVICE_UNAVAILABLE, 'the graph database is unavailable; try again shortly');
    }
    if (TIMEOUT.has(code)) {
      return appError(ErrorCode.QUERY_TIMEOUT, 'the query took longer than the database transaction timeout');
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return appError(ErrorCode.CONFLICT, 'a node or relationship with this id already exists');
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}
