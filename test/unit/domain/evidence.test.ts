import { daysBetween, monthsBefore, pathEvidence } from '../../../src/domain';
import { chip, entity, path } from './fixtures';

describe('monthsBefore and daysBetween', () => {
  it('moves back whole calendar months, clamped to the month’s last day', () => {
    expect(monthsBefore('2026-11-30', 24)).toBe('2024-11-30');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2025-01-15', 13)).toBe('2023-12-15');
  });

  it('counts whole days across leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-08-23', '2026-11-30')).toBe(829);
  });
});

describe('pathEvidence: evidence ages', () => {
  const p = (a: string | null, b: string | null, endB: string | null = null) =>
    path(
      [entity('buyer', 'CN'), entity('broker', 'SG'), chip('h100')],
      [
        { type: 'PROCURES_FROM', lastEvidence: a },
        { type: 'ACQUIRED', lastEvidence: b, endDate: endB },
      ],
    );

  it('reports the oldest evidence among the steps with no end date, and which step', () => {
    expect(pathEvidence(p('2024-08-23', '2025-01-10'), '2025-06-01', 24)).toEqual({
      lastEvidence: '2024-08-23',
      ageDays: 282,
      oldestStepIndex: 0,
      stale: false,
    });
  });

  it('marks a path stale once its oldest open-ended evidence is older than the window', () => {
    expect(pathEvidence(p('2024-08-23', '2025-01-10'), '2026-08-24', 24).stale).toBe(true);
    expect(pathEvidence(p('2024-08-23', '2025-01-10'), '2026-08-23', 24).stale).toBe(false);
  });

  it('counts a step with no dated evidence as stale, and names it', () => {
    expect(pathEvidence(p('2025-01-01', null), '2025-06-01', 24)).toEqual({
      lastEvidence: null,
      ageDays: null,
      oldestStepIndex: 1,
      stale: true,
    });
  });

  it('does not age a step with a known end date: it is evidenced for the span it states', () => {
    expect(pathEvidence(p('2025-01-01', null, '2024-12-31'), '2025-06-01', 24)).toMatchObject({
      lastEvidence: '2025-01-01',
      oldestStepIndex: 0,
      stale: false,
    });
  });
});
