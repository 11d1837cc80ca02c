import {
  formatCount,
  formatDuration,
  formatRate,
  progressLine,
  ProgressDisplay,
  type DisplayOptions,
} from '../../../src/cli/progress';
import { countedStep, stepsInTurn, type ImportProgress } from '../../../src/import/progress';

/** A display on a clock the test moves, writing to an array. */
function display(tty: boolean, options: Partial<DisplayOptions> = {}) {
  let now = 0;
  const written: string[] = [];
  const d = new ProgressDisplay({ write: (t) => written.push(t), tty, now: () => now, ...options });
  return {
    d,
    written,
    at(ms: number) {
      now = ms;
    },
  };
}

describe('numbers, durations and rates', () => {
  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(979331)).toBe('979,331');
    expect(formatCount(1234567.6)).toBe('1,234,568');
  });

  it('writes durations in seconds, then minutes and seconds, then hours and minutes', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(59.4)).toBe('59s');
    expect(formatDuration(82)).toBe('1m22s');
    expect(formatDuration(65)).toBe('1m05s');
    expect(formatDuration(7500)).toBe('2h05m');
  });

  it('gives rates to three significant digits', () => {
    expect(formatRate(10437)).toBe('10,400');
    expect(formatRate(52.3)).toBe('52');
    expect(formatRate(980.4)).toBe('980');
    expect(formatRate(0.25)).toBe('0.3');
  });
});

describe('the progress line', () => {
  it('gives a counted step its share done, its rate since it started and the time left', () => {
    const line = progressLine({ step: 'relationships', done: 120000, total: 979331, startedAt: 1000 }, 13000);
    expect(line).toBe('relationships 120,000 / 979,331 (12%), 10,000/s, 1m26s left');
  });

  it('measures the rate from the start of the step, not of the import', () => {
    const early = progressLine({ step: 'nodes', done: 500, total: 1000, startedAt: 0 }, 10000);
    const late = progressLine({ step: 'nodes', done: 500, total: 1000, startedAt: 9000 }, 10000);
    expect(early).toBe('nodes 500 / 1,000 (50%), 50/s, 10s left');
    expect(late).toBe('nodes 500 / 1,000 (50%), 500/s, 1s left');
  });

  it('gives the time waited before the first batch, and no time left once done', () => {
    expect(progressLine({ step: 'locking', done: 0, total: 2501, startedAt: 0 }, 5000)).toBe(
      'locking ids 0 / 2,501 (0%), 5s',
    );
    expect(progressLine({ step: 'nodes', done: 2501, total: 2501, startedAt: 0 }, 5000)).toBe(
      'nodes 2,501 / 2,501 (100%), 500/s',
    );
  });

  it('shows 100% only when everything is done', () => {
    expect(progressLine({ step: 'reading', done: 999, total: 1000, startedAt: 0 }, 1000)).toMatch(/\(99%\)/);
  });

  it('gives a step without a count the time it has taken', () => {
    expect(progressLine({ step: 'committing', startedAt: 2000 }, 14500)).toBe('committing, 13s');
  });
});

describe('the display', () => {
  const nodes = (done: number): ImportProgress => ({ step: 'nodes', done, total: 3000 });

  it('shows nothing while the import is younger than a few seconds', () => {
    const { d, written, at } = display(true);
    d.update({ step: 'validating' });
    at(2999);
    d.update(nodes(1000));
    d.tick();
    d.finish();
    expect(written).toEqual([]);
  });

  it('redraws one line in place on a terminal, and clears it at the end', () => {
    const { d, written, at } = display(true);
    d.update(nodes(0));
    at(3000);
    d.update(nodes(1500));
    at(3100);
    d.update(nodes(1600)); // within the redraw interval: not drawn
    at(4000);
    d.tick();
    d.finish();
    expect(written).toEqual([
      '\rnodes 1,500 / 3,000 (50%), 500/s, 3s left\x1b[K',
      '\rnodes 1,600 / 3,000 (53%), 400/s, 4s left\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('prints a line every few seconds off a terminal, and nothing to clear', () => {
    const { d, written, at } = display(false);
    d.update({ step: 'committing' });
    for (const ms of [1000, 3000, 4000, 7999, 8000, 9000]) {
      at(ms);
      d.tick();
    }
    d.finish();
    expect(written).toEqual(['import: committing, 3s\n', 'import: committing, 8s\n']);
  });

  it('starts the clock of a step when the step changes, not on each event of it', () => {
    const { d, written, at } = display(false, { quietMs: 0, everyMs: 0 });
    d.update(nodes(0));
    at(1000);
    d.update(nodes(1000));
    d.update({ step: 'relationships', done: 0, total: 10 });
    at(3000);
    d.update({ step: 'relationships', done: 4, total: 10 });
    expect(written.at(0)).toBe('import: nodes 0 / 3,000 (0%), 0s\n');
    expect(written.at(1)).toBe('import: nodes 1,000 / 3,000 (33%), 1,000/s, 2s left\n');
    expect(written.at(-1)).toBe('import: relationships 4 / 10 (40%), 2/s, 3s left\n');
  });
});

describe('progress events', () => {
  it('announces a counted step at zero, then adds each batch', () => {
    const events: ImportProgress[] = [];
    const add = countedStep((p) => events.push(p), 'reading', 7);
    add(5);
    add(2);
    expect(events).toEqual([
      { step: 'reading', done: 0, total: 7 },
      { step: 'reading', done: 5, total: 7 },
      { step: 'reading', done: 7, total: 7 },
    ]);
  });

  it('starts each step of a sequence when the one before completes, and skips empty ones', () => {
    const events: string[] = [];
    const add = stepsInTurn(
      (p) => events.push(`${p.step} ${String(p.done)}/${String(p.total)}`),
      [
        ['locking', 0],
        ['nodes', 3],
        ['relationships', 2],
      ],
    );
    add(2);
    add(1);
    add(2);
    expect(events).toEqual(['nodes 0/3', 'nodes 2/3', 'nodes 3/3', 'relationships 0/2', 'relationships 2/2']);
  });

  it('takes a sequence with nothing to count', () => {
    const events: ImportProgress[] = [];
    stepsInTurn((p) => events.push(p), [['nodes', 0]])(0);
    expect(events).toEqual([]);
  });
});
