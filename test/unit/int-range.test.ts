import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { intInRange, listWithin, rangeProblem } from '../../src/int-range';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions : { notGraphql: String(error) };
  }
  return null;
};

describe('capped integer arguments', () => {
  it('accepts integers within the range, bounds included', () => {
    expect(intInRange('first', 1, { min: 1, max: 100 })).toBe(1);
    expect(intInRange('first', 100, { min: 1, max: 100 })).toBe(100);
    expect(rangeProblem(3, { min: 1, max: 3 })).toBeNull();
  });

  it('refuses values outside the range, fractions and non-numbers as BAD_USER_INPUT naming the argument', () => {
    for (const value of [0, 101, 1.5, Number.NaN, null, undefined, '5']) {
      expect(codeOf(() => intInRange('first', value, { min: 1, max: 100 }))).toEqual({
        code: 'BAD_USER_INPUT',
        problems: [{ path: ['first'], message: 'must be an integer between 1 and 100' }],
      });
    }
  });

  it('caps list arguments the same way', () => {
    expect(listWithin('ids', ['a', 'b'], 2)).toEqual(['a', 'b']);
    expect(codeOf(() => listWithin('ids', ['a', 'b', 'c'], 2))).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ path: ['ids'], message: 'at most 2 items' }],
    });
  });
});

describe('argument defaults', () => {
  // Defaults live in the SDL only (`first: Int = 50`); a resolver reads them through intArgument.
  // src/resolvers/paths.ts is left out until it moves to intArgument too.
  it('are not repeated in the resolvers', () => {
    const dir = path.resolve(__dirname, '../../src/resolvers');
    const offenders = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'paths.ts')
      .flatMap((f) =>
        fs
          .readFileSync(path.join(dir, f), 'utf8')
          .split('\n')
          .filter((line) => /args\.\w+ \?\? \d/.test(line))
          .map((line) => `${f}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
