import { formatReport, interruptReaction, parseArgs } from '../../../src/cli/import';

describe('the import command line', () => {
  it('reads a file and its options', () => {
    expect(parseArgs(['--csl', 'list.csv', '--dry-run', '--as', 'alice'])).toEqual({
      file: 'list.csv',
      csl: true,
      ftm: false,
      dryRun: true,
      json: false,
      principal: 'alice',
      progressEvery: null,
    });
    expect(parseArgs(['a.json', '--progress-every', '0'])).toMatchObject({ progressEvery: 0 });
    expect(parseArgs(['--ftm', 'entities.jsonl'])).toMatchObject({ file: 'entities.jsonl', ftm: true, csl: false });
    expect(parseArgs(['data.json'])).toMatchObject({
      file: 'data.json',
      csl: false,
      dryRun: false,
      principal: expect.stringMatching(/^cli/),
    });
  });

  it('explains what is wrong', () => {
    expect(parseArgs([])).toBe('a file is required');
    expect(parseArgs(['a.json', 'b.json'])).toBe('one file at a time');
    expect(parseArgs(['--force', 'a.json'])).toBe('unknown option --force');
    expect(parseArgs(['a.json', '--as'])).toMatch(/--as needs a name/);
    expect(parseArgs(['a.json', '--progress-every', 'soon'])).toMatch(/--progress-every needs a number/);
    expect(parseArgs(['--help'])).toBe('');
  });

  it('prints counts and every rejection with its place', () => {
    const zero = { sources: 0, nodes: 0, relationships: 0 };
    const text = formatReport({
      file: 'rels.csv',
      layout: 'relationships-csv',
      dryRun: false,
      ok: false,
      created: zero,
      updated: zero,
      unchanged: zero,
      rejected: [{ place: 'line 4, column share', message: 'must be a share between 0 and 1' }],
    });
    expect(text).toContain('rels.csv (relationships-csv)');
    expect(text).toContain('rejected  1 problem: nothing was written');
    expect(text).toContain('  line 4, column share: must be a share between 0 and 1');
  });

  it('prints the notices of what was written as given, with their places', () => {
    const zero = { sources: 0, nodes: 0, relationships: 0 };
    const text = formatReport({
      file: 'rels.csv',
      layout: 'relationships-csv',
      dryRun: false,
      ok: true,
      created: { ...zero, relationships: 1 },
      updated: zero,
      unchanged: zero,
      rejected: [],
      notices: [
        { place: 'line 2, column startDate', message: '2021-01-01 is before the release of h100 (2022-03-22)' },
      ],
    });
    expect(text).toContain('rejected  none');
    expect(text).toContain(
      '  notice   line 2, column startDate: 2021-01-01 is before the release of h100 (2022-03-22)',
    );
  });
});

describe('an interrupt during an import', () => {
  it('leaves at once before the commit, saying nothing was written', () => {
    for (const step of [null, 'converting', 'validating', 'nodes', 'relationships'] as const)
      expect(interruptReaction(step, false)).toEqual({
        leave: true,
        message: expect.stringMatching(/nothing was written/),
      });
  });

  it('waits for the outcome of a commit under way, and leaves on a second interrupt, saying so', () => {
    expect(interruptReaction('committing', false)).toEqual({
      leave: false,
      message: expect.stringMatching(/waiting for its outcome/),
    });
    expect(interruptReaction('committing', true)).toEqual({
      leave: true,
      message: expect.stringMatching(/leaving without the outcome/),
    });
  });
});
