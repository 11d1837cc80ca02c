import { addDays, chipCoverageAt, chipCoverageChanges, restrictionStatus } from '../../../src/domain';
import {
  AFFILIATES_RULE,
  ENTITY_LIST,
  RULE_2022,
  RULE_2023,
  context,
  coverage,
  designation,
  entity,
  owns,
  regulation,
} from './fixtures';

const base = {
  regulations: [RULE_2022, RULE_2023, ENTITY_LIST],
  coverage: [
    coverage(RULE_2022.id, 'a100'),
    coverage(RULE_2022.id, 'h100'),
    coverage(RULE_2023.id, 'a800', '2023-11-17'),
  ],
  entities: [entity('tsinghua', 'CN'), entity('ntu', 'SG'), entity('sg-arm', 'SG', { headquarters: 'CN' })],
};

describe('restrictionStatus: regulations', () => {
  it('restricts a covered chip for a destination country once the rule is in force', () => {
    const ctx = context(base);
    expect(restrictionStatus('tsinghua', 'a100', '2022-10-06', ctx).restricted).toBe(false);
    expect(restrictionStatus('tsinghua', 'a100', '2022-10-07', ctx)).toEqual({
      restricted: true,
      unverified: false,
      placeUnknown: false,
      reasons: [
        {
          kind: 'REGULATION',
          unverified: false,
          regulationId: RULE_2022.id,
          citation: '87 FR 62186',
          basis: 'DESTINATION',
          country: 'CN',
        },
      ],
    });
  });

  it('says a rule covering the chip cannot be judged for an entity whose country and headquarters are unknown', () => {
    const ctx = context({ ...base, entities: [...base.entities, entity('unnamed-cloud', null)] });
    expect(restrictionStatus('unnamed-cloud', 'a100', '2024-01-01', ctx)).toMatchObject({
      restricted: false,
      unverified: true,
      placeUnknown: true,
    });
    // No rule covers the chip on that day: nothing to judge, nothing unknown.
    expect(restrictionStatus('unnamed-cloud', 'a100', '2022-10-06', ctx)).toMatchObject({
      unverified: false,
      placeUnknown: false,
    });
    expect(restrictionStatus('sg-arm', 'a100', '2024-01-01', ctx).placeUnknown).toBe(false);
  });

  it('does not restrict for a country the rule does not cover', () => {
    expect(restrictionStatus('ntu', 'a100', '2024-01-01', context(base)).restricted).toBe(false);
  });

  it('does not restrict before the coverage of the chip starts', () => {
    const ctx = context(base);
    expect(restrictionStatus('tsinghua', 'a800', '2023-11-16', ctx).restricted).toBe(false);
    expect(restrictionStatus('tsinghua', 'a800', '2023-11-17', ctx).restricted).toBe(true);
  });

  it('restricts a firm headquartered in a covered country wherever it is', () => {
    expect(restrictionStatus('sg-arm', 'a800', '2024-01-01', context(base)).reasons).toEqual([
      {
        kind: 'REGULATION',
        regulationId: RULE_2023.id,
        citation: '88 FR 73458',
        basis: 'HEADQUARTERS',
        country: 'CN',
        unverified: false,
      },
    ]);
  });

  it('no longer restricts once the rule is rescinded', () => {
    const diffusion = regulation('ai-diffusion', {
      effective: '2025-01-13',
      rescinded: '2025-05-13',
      destinations: ['SG'],
    });
    const ctx = context({ ...base, regulations: [diffusion], coverage: [coverage('ai-diffusion', 'h100')] });
    expect(restrictionStatus('ntu', 'h100', '2025-03-01', ctx).restricted).toBe(true);
    expect(restrictionStatus('ntu', 'h100', '2025-05-13', ctx).restricted).toBe(false);
  });

  it('ignores a proposed rule without an effective date but counts one that has it', () => {
    const proposed = regulation('kyc', { kind: 'PROPOSED_RULE', destinations: ['SG'] });
    const enacted = regulation('rasa', { kind: 'LEGISLATION', effective: '2026-01-01', destinations: ['SG'] });
    const ctx = context({
      ...base,
      regulations: [proposed, enacted],
      coverage: [coverage('kyc', 'h100'), coverage('rasa', 'h100')],
    });
    expect(restrictionStatus('ntu', 'h100', '2026-06-01', ctx).reasons.map((r) => r.regulationId)).toEqual(['rasa']);
  });
});

describe('restrictionStatus: designations', () => {
  it('restricts every chip for a listed entity, from the designation date', () => {
    const ctx = context({ ...base, designations: [designation('ntu', ENTITY_LIST.id, '2024-05-01')] });
    expect(restrictionStatus('ntu', 'any-chip', '2024-04-30', ctx).restricted).toBe(false);
    expect(restrictionStatus('ntu', 'any-chip', '2024-05-01', ctx).reasons).toEqual([
      {
        kind: 'DESIGNATION',
        regulationId: ENTITY_LIST.id,
        citation: ENTITY_LIST.citation,
        since: '2024-05-01',
        unverified: false,
      },
    ]);
  });

  it('counts a designation without a date as in force', () => {
    const ctx = context({ ...base, designations: [designation('ntu', ENTITY_LIST.id, null)] });
    // Neither the designation nor the listing has a date: applied since ever, said unverified.
    expect(restrictionStatus('ntu', 'h100', '2000-01-01', ctx).reasons).toEqual([
      {
        kind: 'DESIGNATION',
        regulationId: ENTITY_LIST.id,
        citation: ENTITY_LIST.citation,
        since: null,
        unverified: true,
      },
    ]);
  });

  it('takes an undated designation under a dated listing from the listing, verified', () => {
    const listing = regulation('listing-2019', { kind: 'ENTITY_LISTING', effective: '2019-05-16' });
    const ctx = context({ ...base, regulations: [listing], designations: [designation('ntu', listing.id, null)] });
    expect(restrictionStatus('ntu', 'h100', '2019-05-15', ctx).restricted).toBe(false);
    expect(restrictionStatus('ntu', 'h100', '2019-05-16', ctx)).toMatchObject({
      restricted: true,
      unverified: false,
      reasons: [{ kind: 'DESIGNATION', since: null, unverified: false }],
    });
  });

  it('does not count a designation under a listing not yet effective', () => {
    const listing = regulation('listing-2023', { kind: 'ENTITY_LISTING', effective: '2023-10-17' });
    const ctx = context({ ...base, regulations: [listing], designations: [designation('ntu', listing.id, null)] });
    expect(restrictionStatus('ntu', 'h100', '2023-10-16', ctx).restricted).toBe(false);
    expect(restrictionStatus('ntu', 'h100', '2023-10-17', ctx).restricted).toBe(true);
  });

  it('stops restricting when the designation ends', () => {
    const ctx = context({ ...base, designations: [designation('ntu', ENTITY_LIST.id, '2020-01-01', '2021-01-01')] });
    expect(restrictionStatus('ntu', 'h100', '2021-01-02', ctx).restricted).toBe(false);
  });
});

describe('restrictionStatus: affiliates', () => {
  const parts = {
    regulations: [ENTITY_LIST, AFFILIATES_RULE],
    entities: [entity('parent', 'CN'), entity('sub', 'SG')],
    designations: [designation('parent', ENTITY_LIST.id, '2019-10-09')],
    ownership: [owns('parent', 'sub', 0.6)],
  };

  it('restricts an entity 50%-owned by a listed party while the rule is in force', () => {
    expect(restrictionStatus('sub', 'h100', '2025-10-01', context(parts)).reasons).toEqual([
      {
        kind: 'AFFILIATE',
        unverified: false,
        regulationId: AFFILIATES_RULE.id,
        citation: '90 FR 47201',
        owners: [{ entityId: 'parent', share: 0.6, unknownChains: 0 }],
        aggregateShare: 0.6,
      },
    ]);
  });

  it('does not restrict it while the rule is suspended', () => {
    expect(restrictionStatus('sub', 'h100', '2026-01-01', context(parts)).restricted).toBe(false);
  });
});

describe('chipCoverageChanges', () => {
  // Every kind of bound: a coverage that starts and ends, a rule suspended then applying
  // again, a rule rescinded, a proposed rule that never took effect.
  const ctx = context({
    regulations: [
      RULE_2022,
      regulation('suspended', {
        effective: '2023-03-01',
        suspendedFrom: '2023-06-15',
        suspendedUntil: '2023-09-01',
        destinations: ['SG'],
      }),
      regulation('rescinded', { effective: '2023-02-01', rescinded: '2024-01-10', headquarteredIn: ['CN'] }),
      regulation('proposed', { kind: 'PROPOSED_RULE', destinations: ['MY'] }),
    ],
    coverage: [
      coverage(RULE_2022.id, 'a100', '2022-12-01', '2023-04-30'),
      coverage('suspended', 'a100'),
      coverage('rescinded', 'a100', '2023-05-20'),
      coverage('proposed', 'a100'),
    ],
    entities: [],
  });
  const shape = (date: string) => {
    const c = chipCoverageAt('a100', date, ctx);
    return { destinations: [...c.destinations].sort(), headquarters: [...c.headquarters].sort() };
  };

  it('lists every day on which the coverage changes, so that it is the same between them', () => {
    const changes = chipCoverageChanges('a100', ctx);
    expect(changes).toEqual([...changes].sort());
    let day = '2022-06-01';
    let spanStart = day;
    let changed = 0;
    while (day <= '2024-06-30') {
      const next = addDays(day, 1);
      const differs = JSON.stringify(shape(next)) !== JSON.stringify(shape(day));
      if (changes.includes(next)) spanStart = next;
      // Between change dates the coverage is the span's first day's.
      expect({ day: next, coverage: shape(next) }).toEqual({ day: next, coverage: shape(spanStart) });
      if (differs) changed += 1;
      day = next;
    }
    // The rule of 2022 takes effect under its coverage, the coverage ends, the suspension starts
    // and ends, the rescinded rule's coverage starts and the rule is rescinded.
    expect(changed).toBeGreaterThanOrEqual(6);
  });

  it('knows nothing of other chips', () => {
    expect(chipCoverageChanges('h100', ctx)).toEqual([
      '2022-10-07',
      '2023-02-01',
      '2023-03-01',
      '2023-06-15',
      '2023-09-01',
      '2024-01-10',
    ]);
  });
});
