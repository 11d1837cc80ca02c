import { CONFIDENCE_WEIGHTS, meetsMinimum, pathConfidence } from '../../../src/domain';

describe('pathConfidence', () => {
  it('multiplies step weights and takes the weakest level', () => {
    const result = pathConfidence([{ confidence: 'CONFIRMED' }, { confidence: 'REPORTED' }, { confidence: 'ALLEGED' }]);
    expect(result.score).toBeCloseTo(0.4, 10);
    expect(result.level).toBe('ALLEGED');
  });

  it('scores a disputed step at a quarter', () => {
    expect(pathConfidence([{ confidence: 'DISPUTED' }])).toEqual({ score: 0.25, level: 'DISPUTED' });
  });

  it('treats an empty path as certain', () => {
    expect(pathConfidence([])).toEqual({ score: 1, level: 'CONFIRMED' });
  });

  it('exports the documented weights', () => {
    expect(CONFIDENCE_WEIGHTS).toEqual({ CONFIRMED: 1, REPORTED: 0.8, ALLEGED: 0.5, DISPUTED: 0.25 });
  });
});

describe('meetsMinimum', () => {
  it('orders CONFIRMED > REPORTED > ALLEGED > DISPUTED', () => {
    expect(meetsMinimum('CONFIRMED', 'REPORTED')).toBe(true);
    expect(meetsMinimum('REPORTED', 'REPORTED')).toBe(true);
    expect(meetsMinimum('ALLEGED', 'REPORTED')).toBe(false);
    expect(meetsMinimum('DISPUTED', 'DISPUTED')).toBe(true);
  });
});
