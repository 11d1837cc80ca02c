import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReachRole } from '../../domain';
import type { AccessSnapshot } from '../../reach/access-index';
import { MAX_DATES } from '../../reach/dated-search';
import {
  countShares,
  datedReachCounts,
  sumShares,
  type CountsShare,
  type DatedCounts,
  type DatedCountsAsk,
} from './dated-counts';
import type { FromWorker, ToWorker } from './count-worker';

/** No access at a date. */
export const NO_CELLS = new Float64Array(0);

/** The key of one chip's and one role's cells in cellsByChipAndRole's answer. */
export const chipAndRole = (chipId: string, role: ReachRole): string => `${role} ${chipId}`;

/**
 * Below this much work (relationships × chips × date chunks) a question is counted on the
 * calling thread: sending a snapshot and waking threads would cost more than it saves.
 */
const WORTH_SPREADING = 5_000_000;

/**
 * datedReachCounts spread over worker threads, one per core: each worker claims the next chip
 * not yet counted until none is left, counts it on its own copy of the snapshot (sent once per
 * snapshot version), and the shares are added up. The calling thread (the server's event loop) stays
 * free while they count. A worker that fails fails the question with its error: a count is
 * never made up of fewer shares than were asked.
 */
export class CountWorkers {
  private readonly slots: WorkerSlot[];

  /**
   * @param size how many workers (0: count on the calling thread)
   * @param worthSpreading the least work (relationships × chips × date chunks) spread over them
   */
  constructor(
    size: number = os.availableParallelism(),
    private readonly worthSpreading = WORTH_SPREADING,
  ) {
    this.slots = Array.from({ length: Math.max(0, size) }, () => new WorkerSlot());
  }

  /** How many worker threads (0: counts on the calling thread). */
  get size(): number {
    return this.slots.length;
  }

  /** The counts of a question at each of its dates, summed over its chips. */
  async count(snapshot: AccessSnapshot, ask: DatedCountsAsk): Promise<DatedCounts[]> {
    const chunks = Math.ceil(ask.dates.length / MAX_DATES);
    const work = snapshot.graph.relCount * ask.chipIds.length * chunks;
    if (this.slots.length === 0 || ask.chipIds.length < 2 || work < this.worthSpreading)
      return datedReachCounts({ ...ask, snapshot });
    return sumShares(await this.spread(snapshot, ask, false), ask.dates.length);
  }

  /**
   * The cells of each chip and role of a question at each of its dates (keyed by `chipAndRole`;
   * CountsTable.cellsAt's), counted on the workers whatever the size: background work, never on
   * the calling thread while there are workers. The question's roles must be all of them.
   */
  async cellsByChipAndRole(snapshot: AccessSnapshot, ask: DatedCountsAsk): Promise<Map<string, Float64Array[]>> {
    const shares =
      this.slots.length === 0 ? countShares({ ...ask, snapshot }, true) : await this.spread(snapshot, ask, true);
    const rows = new Map<string, Float64Array[]>();
    for (const share of shares) {
      const key = chipAndRole(share.chipId as string, share.role as ReachRole);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = Array.from({ length: ask.dates.length }, () => NO_CELLS)));
      share.cells.forEach((cells, i) => (row[share.from + i] = cells));
    }
    return rows;
  }

  /**
   * Every worker is asked the whole question and claims chips from one shared counter per
   * chunk of dates: a worker that gets larger chips counts fewer of them.
   */
  private async spread(snapshot: AccessSnapshot, ask: DatedCountsAsk, byChipAndRole: boolean): Promise<CountsShare[]> {
    const claim = new Int32Array(new SharedArrayBuffer(4 * Math.ceil(ask.dates.length / MAX_DATES)));
    const counted = await Promise.all(this.slots.map((slot) => slot.count(snapshot, { ...ask, claim }, byChipAndRole)));
    return counted.flat();
  }

  /** Stops the workers (a question still counting fails). */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.stop()));
  }
}

interface Pending {
  resolve: (shares: CountsShare[]) => void;
  reject: (error: Error) => void;
}

/** One worker thread, started when first needed and again after it failed. */
class WorkerSlot {
  private worker: Worker | null = null;
  private version: string | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  count(snapshot: AccessSnapshot, ask: DatedCountsAsk, byChipAndRole: boolean): Promise<CountsShare[]> {
    const worker = this.started();
    if (this.version !== snapshot.version) {
      const message: ToWorker = {
        kind: 'snapshot',
        version: snapshot.version,
        graph: snapshot.graph.toParts(),
        context: snapshot.context,
      };
      worker.postMessage(message);
      this.version = snapshot.version;
    }
    const id = this.nextId++;
    const message: ToWorker = { kind: 'count', id, version: snapshot.version, ask, byChipAndRole };
    return new Promise<CountsShare[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Counting keeps the process alive; an idle worker does not.
      worker.ref();
      worker.postMessage(message);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    // Run from src/ (tsx, ts-jest) the worker is TypeScript too: tsx's require hook compiles it.
    const script = path.join(__dirname, `count-worker${path.extname(__filename)}`);
    const worker = script.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { eval: true })
      : new Worker(script);
    worker.on('message', (reply: FromWorker) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in reply) {
        const error = new Error(`counting worker: ${reply.error.message}`);
        error.stack = reply.error.stack ?? error.stack;
        waiting.reject(error);
      } else waiting.resolve(reply.shares);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) {
        this.worker = null;
        this.version = null;
      }
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`counting worker stopped (exit code ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
