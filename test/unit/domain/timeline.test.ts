import {
  addDays,
  monthsBefore,
  periodsBetween,
  periodsOf,
  spansOf,
  staleFrom,
  type TimelineEvent,
} from '../../../src/domain';

const event = (date: string, kind: TimelineEvent['kind'] = 'STEP_STARTS'): TimelineEvent => ({
  date,
  kind,
  description: kind,
  relationshipId: null,
  regulationId: null,
  entityId: null,
  chipId: null,
});

describe('staleFrom', () => {
  it.each([
    ['2024-08-23', '2026-08-24'],
    ['2024-02-29', '2026-03-01'],
    ['2023-12-31', '2026-01-01'],
    ['2024-01-31', '2026-02-01'],
  ])('evidence of %s is stale from %s, and not the day before (pathEvidence’s own test)', (last, from) => {
    expect(staleFrom(last, 24)).toBe(from);
    expect(monthsBefore(from, 24) > last).toBe(true);
    expect(monthsBefore(addDays(from, -1), 24) > last).toBe(false);
  });
});

describe('periodsBetween', () => {
  it('cuts calendar quarters to the window', () => {
    expect(periodsBetween('2022-02-15', '2022-08-01', 'QUARTER')).toEqual([
      { start: '2022-02-15', end: '2022-03-31' },
      { start: '2022-04-01', end: '2022-06-30' },
      { start: '2022-07-01', end: '2022-08-01' },
    ]);
  });
  it('counts months across a year end and a leap February', () => {
    const months = periodsBetween('2023-12-01', '2024-03-31', 'MONTH');
    expect(months.map((m) => m.end)).toEqual(['2023-12-31', '2024-01-31', '2024-02-29', '2024-03-31']);
    expect(periodsBetween('2022-06-30', '2025-01-01', 'YEAR')).toHaveLength(4);
  });
});

describe('periodsOf and spansOf', () => {
  const dates = ['2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01'];
  const on = { restricted: false, stale: false, pathways: ['CLOUD_RENTAL' as const] };
  const causes = (date: string) => [event(date)];

  it('merges equal states, splits on a change and closes on a gap', () => {
    const periods = periodsOf(dates, [null, on, { ...on, restricted: true }, null, on], '2024-12-31', causes);
    expect(periods.map((p) => [p.start, p.end, p.restricted])).toEqual([
      ['2021-01-01', '2021-12-31', false],
      ['2022-01-01', '2022-12-31', true],
      ['2024-01-01', '2024-12-31', false],
    ]);
    expect(periods[0]?.opensWith[0]?.date).toBe('2021-01-01');
    expect(periods[1]?.closesWith[0]?.date).toBe('2023-01-01');
    expect(periods[2]?.closesWith).toEqual([]);
  });

  it('gives spans of a condition with what opened and closed them, and marks the window’s ends', () => {
    const periods = periodsOf(
      dates,
      [on, on, { ...on, restricted: true }, { ...on, restricted: true }, on],
      '2024-12-31',
      causes,
    );
    const window = { start: '2020-01-01', end: '2024-12-31' };
    const held = spansOf(periods, () => true, window);
    expect(held).toEqual([
      expect.objectContaining({
        start: '2020-01-01',
        end: '2024-12-31',
        fromWindowStart: true,
        toWindowEnd: true,
        opensWith: [],
        closesWith: [],
      }),
    ]);
    const restricted = spansOf(periods, (p) => p.restricted, window);
    expect(restricted).toEqual([
      expect.objectContaining({ start: '2022-01-01', end: '2023-12-31', fromWindowStart: false, toWindowEnd: false }),
    ]);
    expect(restricted[0]?.opensWith[0]?.date).toBe('2022-01-01');
    expect(restricted[0]?.closesWith[0]?.date).toBe('2024-01-01');
  });
});
