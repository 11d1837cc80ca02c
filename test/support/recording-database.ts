import path from 'node:path';
import { Record as DriverRecord, type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { projectRoot } from '../../src/config';
import { CypherStore } from '../../src/db/cypher-store';
import { Database, type Params, type Row } from '../../src/db/database';

/**
 * The statements tier's stand-in for Neo4j: the real `Database` over a driver that records what
 * crosses the door (each statement's name, parameters and transaction) and answers from canned
 * rows. Everything above the driver is the real code (schema, resolvers, loaders, services,
 * repositories, `Database` with its metadata, retries and error mapping), so a test sees exactly
 * the statements and parameters a request sends. It replaces no integration test: whether a
 * statement is right is for the real Neo4j to say (test/integration).
 */

/** One transaction as the driver saw it begin. */
export interface SentTransaction {
  /** In order of beginning, from 1. */
  id: number;
  mode: 'READ' | 'WRITE';
  /** Auto-commit (one statement, `Database.read`) or managed (`executeRead`/`executeWrite`). */
  kind: 'auto-commit' | 'managed';
  metadata: Readonly<Record<string, unknown>>;
  timeoutMs: number | undefined;
}

/** One statement as the driver received it. */
export interface SentStatement {
  /** Its .cypher file's name: the text sent was that file's text, byte for byte. */
  name: string;
  /** The parameters as sent (driver values: integers as Integer, dates as Date). */
  params: Params;
  transaction: SentTransaction;
}

/** Canned rows for a statement: fixed, or worked out from its parameters (throw to fail it). */
export type Answer = readonly Row[] | ((params: Params) => readonly Row[]);

/**
 * What the reachability index needs to load an empty graph: its version, and rules with no
 * regulations. Rows list their keys in the order the statements return them (streamed reads see
 * values by position).
 */
const DEFAULT_ANSWERS: Readonly<Record<string, Answer>> = {
  'reach/version': [{ token: 'v1', nodes: 0, relationships: 0 }],
  'reach/rules': [{ regulations: [], designations: [] }],
};

/** The result of one statement: awaited whole, or iterated record by record (streamed reads). */
class CannedResult implements PromiseLike<{ records: DriverRecord[] }>, AsyncIterable<DriverRecord> {
  constructor(private readonly rows: () => readonly Row[]) {}

  private records(): DriverRecord[] {
    return this.rows().map((row) => new DriverRecord(Object.keys(row), Object.values(row)));
  }

  then<A = { records: DriverRecord[] }, B = never>(
    onFulfilled?: ((value: { records: DriverRecord[] }) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    return Promise.resolve()
      .then(() => ({ records: this.records() }))
      .then(onFulfilled, onRejected);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<DriverRecord> {
    for (const record of this.records()) yield record;
  }
}

/** The driver: sessions whose statements are recorded and answered from `answers`. */
export class RecordingDriver {
  /** Every statement sent, in order. */
  readonly sent: SentStatement[] = [];
  private readonly answers = new Map<string, Answer>(Object.entries(DEFAULT_ANSWERS));
  private readonly names = new Map<string, string>();
  private transactions = 0;

  constructor(cypher: CypherStore) {
    for (const name of cypher.names()) {
      // Statements with slots have no text of their own: they are named by their metadata.
      if (cypher.slots(name).length === 0) this.names.set(cypher.get(name), name);
    }
  }

  /** Answers `name` with `answer` from now on. */
  answer(name: string, answer: Answer): this {
    this.answers.set(name, answer);
    return this;
  }

  /** Forgets what was sent (the answers stay). */
  clear(): void {
    this.sent.length = 0;
  }

  /** The names of the statements sent, in order. */
  statements(): string[] {
    return this.sent.map((s) => s.name);
  }

  session(options: { defaultAccessMode?: string }) {
    const mode = options.defaultAccessMode === 'READ' ? 'READ' : 'WRITE';
    const begin = (
      kind: SentTransaction['kind'],
      config?: { timeout?: number; metadata?: Record<string, unknown> },
    ) => {
      this.transactions += 1;
      return {
        id: this.transactions,
        mode,
        kind,
        metadata: config?.metadata ?? {},
        timeoutMs: config?.timeout,
      } as const;
    };
    const managed = async <T>(work: (tx: unknown) => Promise<T>, config?: { timeout?: number }) => {
      const transaction = begin('managed', config);
      return work({ run: (text: string, params: Params = {}) => this.run(transaction, text, params) });
    };
    return {
      run: (text: string, params: Params = {}, config?: { timeout?: number; metadata?: Record<string, unknown> }) =>
        this.run(begin('auto-commit', config), text, params),
      executeRead: managed,
      executeWrite: managed,
      close: async () => {},
    };
  }

  async getServerInfo() {
    return { address: 'recording:7687', agent: 'Neo4j/recording', protocolVersion: 5 };
  }

  async close(): Promise<void> {}

  private run(transaction: SentTransaction, text: string, params: Params): CannedResult {
    const name = this.names.get(text) ?? (transaction.kind === 'auto-commit' ? transaction.metadata.statement : null);
    if (typeof name !== 'string') throw new Error(`a statement that is no .cypher file was sent:\n${text}`);
    this.sent.push({ name, params, transaction });
    const answer = this.answers.get(name) ?? [];
    return new CannedResult(() => (typeof answer === 'function' ? answer(params) : answer));
  }
}

/** A Database over a RecordingDriver, with the project's Cypher files and short retries. */
export function recordingDatabase(options: { log?: Logger } = {}): { db: Database; driver: RecordingDriver } {
  const cypher = CypherStore.load(path.join(projectRoot(), 'cypher'));
  const driver = new RecordingDriver(cypher);
  const db = new Database(driver as unknown as Driver, cypher, {
    database: 'neo4j',
    txTimeoutMs: 15000,
    retry: { initialDelayMs: 1, maxTimeMs: 100 },
    log: options.log,
  });
  return { db, driver };
}
