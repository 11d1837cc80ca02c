import type { ImportProgress, ImportStep } from '../import/progress';

/**
 * The import's progress line on standard error: `relationships 120,000 / 979,331 (12%),
 * 10,400/s, 1m22s left`. Nothing is shown for an import that ends within a few seconds; on a
 * terminal the line is redrawn in place, elsewhere (a log, CI) a line is printed every few
 * seconds. Time comes from an injected clock, so the rate and the time left are computed, not
 * waited for.
 */

const LABELS: Record<ImportStep, string> = {
  converting: 'converting the file',
  validating: 'validating',
  locking: 'locking ids',
  reading: 'reading existing records',
  nodes: 'nodes',
  relationships: 'relationships',
  committing: 'committing',
};

/** 979331 as `979,331`. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Seconds as `45s`, `1m22s` or `2h05m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (s < 3600) return `${Math.floor(s / 60)}m${pad(s % 60)}s`;
  return `${Math.floor(s / 3600)}h${pad(Math.floor((s % 3600) / 60))}m`;
}

/** A rate to three significant digits (`10,400`), with one decimal below 1. */
export function formatRate(perSecond: number): string {
  if (perSecond < 1) return perSecond.toFixed(1);
  return formatCount(Number(perSecond.toPrecision(3)));
}

/** A step as the display keeps it: when it started (ms on the display's clock) and its count. */
export interface StepState extends ImportProgress {
  startedAt: number;
}

/**
 * The line for a step at `now`: a counted step with its share done, its rate since it started
 * and the time left at that rate (before its first batch, the time it has waited); a step
 * without a count with the time it has taken so far.
 */
export function progressLine(state: StepState, now: number): string {
  const label = LABELS[state.step];
  const seconds = Math.max(0, now - state.startedAt) / 1000;
  const { done, total } = state;
  if (done === undefined || total === undefined) return `${label}, ${formatDuration(seconds)}`;
  const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
  const parts = [`${label} ${formatCount(done)} / ${formatCount(total)} (${percent}%)`];
  if (done > 0 && seconds > 0) {
    const rate = done / seconds;
    parts.push(`${formatRate(rate)}/s`);
    if (done < total) parts.push(`${formatDuration((total - done) / rate)} left`);
  } else if (done < total) {
    // No batch back yet (a cold start, a loaded server): the time waited says the import lives.
    parts.push(formatDuration(seconds));
  }
  return parts.join(', ');
}

export interface DisplayOptions {
  write: (text: string) => void;
  /** Redraw one line in place (a terminal) rather than print lines (a log). */
  tty: boolean;
  /** Milliseconds on a monotonic clock. */
  now: () => number;
  /** Nothing is shown before the import has run this long. */
  quietMs?: number;
  /** Off a terminal, a line at most this often. */
  everyMs?: number;
  /** On a terminal, a redraw at most this often. */
  redrawMs?: number;
}

/** Keeps the current step and shows it as the options say (see the module's comment). */
export class ProgressDisplay {
  private readonly startedAt: number;
  private state: StepState | null = null;
  private shownAt = Number.NEGATIVE_INFINITY;
  private drawn = false;

  constructor(private readonly options: DisplayOptions) {
    this.startedAt = options.now();
  }

  /** A progress event of the import. */
  update(progress: ImportProgress): void {
    const now = this.options.now();
    if (this.state?.step !== progress.step) this.state = { step: progress.step, startedAt: now };
    this.state.done = progress.done;
    this.state.total = progress.total;
    this.show(now);
  }

  /** Called now and then (a timer): a step with no news still shows its time. */
  tick(): void {
    this.show(this.options.now());
  }

  /** Clears the line from the terminal (the report follows). */
  finish(): void {
    if (this.drawn) this.options.write('\r\x1b[K');
    this.drawn = false;
  }

  private show(now: number): void {
    const { quietMs = 3000, everyMs = 5000, redrawMs = 200 } = this.options;
    if (!this.state || now - this.startedAt < quietMs) return;
    if (now - this.shownAt < (this.options.tty ? redrawMs : everyMs)) return;
    const line = progressLine(this.state, now);
    this.options.write(this.options.tty ? `\r${line}\x1b[K` : `import: ${line}\n`);
    this.drawn = this.options.tty;
    this.shownAt = now;
  }
}
