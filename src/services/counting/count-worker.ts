import { parentPort } from 'node:worker_threads';
import type { RestrictionContext } from '../../domain';
import { AccessGraph, type AccessGraphParts } from '../../reach/access-graph';
import { AnswerCache, type AccessSnapshot } from '../../reach/access-index';
import { countShares, type CountsShare, type DatedCountsAsk } from './dated-counts';

/**
 * A counting worker thread (count-workers.ts starts it): it keeps one snapshot, sent once per
 * version, and answers countShares for the chips it claims (see DatedCountsAsk.claim).
 */

export type ToWorker =
  | { kind: 'snapshot'; version: string; graph: AccessGraphParts; context: RestrictionContext }
  | { kind: 'count'; id: number; version: string; ask: DatedCountsAsk; byChipAndRole: boolean };

export type FromWorker =
  { id: number; shares: CountsShare[] } | { id: number; error: { message: string; stack?: string } };

let snapshot: AccessSnapshot | null = null;

function answer(message: ToWorker): FromWorker | null {
  if (message.kind === 'snapshot') {
    snapshot = {
      version: message.version,
      graph: AccessGraph.fromParts(message.graph),
      context: message.context,
      loadedAt: new Date(),
      loadMs: 0,
      answers: new AnswerCache(),
      steps: new AnswerCache(),
    };
    return null;
  }
  try {
    if (snapshot?.version !== message.version)
      throw new Error(`asked of version ${message.version}, holding ${snapshot?.version ?? 'none'}`);
    return { id: message.id, shares: countShares({ ...message.ask, snapshot }, message.byChipAndRole) };
  } catch (error) {
    const { message: text, stack } = error as Error;
    return { id: message.id, error: { message: text, stack } };
  }
}

parentPort?.on('message', (message: ToWorker) => {
  const reply = answer(message);
  if (reply) parentPort?.postMessage(reply);
});
