/**
 * Where an import is, for the people waiting on it (the CLI's progress line). Steps in order:
 * converting a file (csl and FtM files read the graph to match against), validating, locking the
 * ids it writes, reading what exists under them, writing nodes, writing relationships, and
 * committing (the history and the commit itself, which takes about as long as the writes).
 */
export type ImportStep = 'converting' | 'validating' | 'locking' | 'reading' | 'nodes' | 'relationships' | 'committing';

export interface ImportProgress {
  step: ImportStep;
  /** Ids locked or read, records written so far in this step; absent where the step has no count. */
  done?: number;
  total?: number;
}

export type ProgressListener = (progress: ImportProgress) => void;

/**
 * A counter for one step with a known total: announces the step at zero, then adds each batch as
 * it completes.
 */
export function countedStep(
  listener: ProgressListener | undefined,
  step: ImportStep,
  total: number,
): (batch: number) => void {
  let done = 0;
  listener?.({ step, done, total });
  return (batch) => {
    done += batch;
    listener?.({ step, done, total });
  };
}

/**
 * Counted steps that follow one another (nodes, then relationships): each is announced when the
 * one before it completes, so that its rate is measured from its own start. Steps with nothing
 * to count are left out. The callback takes each batch as it completes, in order.
 */
export function stepsInTurn(
  listener: ProgressListener | undefined,
  steps: [ImportStep, number][],
): (batch: number) => void {
  const due = steps.filter(([, total]) => total > 0);
  let at = 0;
  let done = 0;
  let count = due[0] ? countedStep(listener, ...due[0]) : () => undefined;
  return (batch) => {
    count(batch);
    done += batch;
    const next = due[at + 1];
    if (next && done >= (due[at]?.[1] ?? 0)) {
      at += 1;
      done = 0;
      count = countedStep(listener, ...next);
    }
  };
}
