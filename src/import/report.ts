import type { InputProblem } from '../errors';

/** What an import reports: counts per outcome and kind of record, and every problem. */

export interface Counts {
  sources: number;
  nodes: number;
  relationships: number;
}

export interface ImportReport {
  dryRun: boolean;
  /** True when nothing was rejected (and, unless a dry run, everything was written). */
  ok: boolean;
  created: Counts;
  updated: Counts;
  unchanged: Counts;
  /** Every problem, with its place in the document; when not empty nothing was written. */
  rejected: InputProblem[];
  /**
   * What was written as given but deserves a look, with its place in the document: a step into a
   * chip dated before the chip's release. Never a reason to refuse.
   */
  notices?: InputProblem[];
  /** The ids of the records of each outcome (file imports report them line by line). */
  ids?: { created: string[]; updated: string[]; unchanged: string[] };
}

export const zeroCounts = (): Counts => ({ sources: 0, nodes: 0, relationships: 0 });

/** The report of an import that wrote nothing because of these problems. */
export function rejectedReport(dryRun: boolean, rejected: InputProblem[]): ImportReport {
  return { dryRun, ok: false, created: zeroCounts(), updated: zeroCounts(), unchanged: zeroCounts(), rejected };
}

/** The sum of the three kinds. */
export const total = (c: Counts): number => c.sources + c.nodes + c.relationships;
