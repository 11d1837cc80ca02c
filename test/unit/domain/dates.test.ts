import { heldAt, isIsoDate } from '../../../src/domain';

describe('heldAt', () => {
  it('holds between inclusive bounds', () => {
    expect(heldAt({ startDate: '2024-01-01', endDate: '2024-12-31' }, '2024-01-01')).toBe(true);
    expect(heldAt({ startDate: '2024-01-01', endDate: '2024-12-31' }, '2024-12-31')).toBe(true);
  });

  it('does not hold before a step is valid', () => {
    expect(heldAt({ startDate: '2024-03-01', endDate: null }, '2024-02-29')).toBe(false);
  });

  it('does not hold after the end date', () => {
    expect(heldAt({ startDate: null, endDate: '2023-06-30' }, '2023-07-01')).toBe(false);
  });

  it('treats unknown bounds as open', () => {
    expect(heldAt({ startDate: null, endDate: null }, '1999-01-01')).toBe(true);
    expect(heldAt({}, '2099-01-01')).toBe(true);
  });
});

describe('isIsoDate', () => {
  it('accepts YYYY-MM-DD and rejects other forms and impossible days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
    expect(isIsoDate('2024-02-01T00:00:00Z')).toBe(false);
  });
});
