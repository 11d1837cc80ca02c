import { isInForce } from '../../../src/domain';
import { AFFILIATES_RULE, regulation } from './fixtures';

describe('isInForce', () => {
  it('is in force from its effective date', () => {
    const rule = regulation('r', { effective: '2023-11-17' });
    expect(isInForce(rule, '2023-11-16')).toBe(false);
    expect(isInForce(rule, '2023-11-17')).toBe(true);
  });

  it('is not in force on the day a suspension starts nor during it', () => {
    expect(isInForce(AFFILIATES_RULE, '2025-11-09')).toBe(true);
    expect(isInForce(AFFILIATES_RULE, '2025-11-10')).toBe(false);
    expect(isInForce(AFFILIATES_RULE, '2026-11-09')).toBe(false);
  });

  it('is in force again the day the suspension ends', () => {
    expect(isInForce(AFFILIATES_RULE, '2026-11-10')).toBe(true);
  });

  it('stays suspended when the suspension has no end date', () => {
    const rule = regulation('r', { effective: '2020-01-01', suspendedFrom: '2021-01-01' });
    expect(isInForce(rule, '2030-01-01')).toBe(false);
  });

  it('is not in force from the day it is rescinded', () => {
    const diffusion = regulation('ai-diffusion', { effective: '2025-01-13', rescinded: '2025-05-13' });
    expect(isInForce(diffusion, '2025-05-12')).toBe(true);
    expect(isInForce(diffusion, '2025-05-13')).toBe(false);
  });

  it('never puts a proposed rule or a bill without an effective date in force', () => {
    expect(isInForce(regulation('kyc', { kind: 'PROPOSED_RULE' }), '2030-01-01')).toBe(false);
    expect(isInForce(regulation('hr8152', { kind: 'LEGISLATION' }), '2030-01-01')).toBe(false);
  });
});
