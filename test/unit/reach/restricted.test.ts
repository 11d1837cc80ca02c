import { restrictedForEveryChipAt, restrictionJudge, restrictionStatus } from '../../../src/domain';
import { AccessGraph, type NodeInput } from '../../../src/reach/access-graph';
import { nodeMask, restrictedMask } from '../../../src/reach/restricted';
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
} from '../domain/fixtures';

/** Entities in several places, listed, owned by listed parties, under the 2022 and 2023 rules. */
const entities = [
  entity('beijing-lab', 'CN'),
  entity('hk-trader', 'HK'),
  entity('sg-sub-of-cn', 'SG', { headquarters: 'CN' }),
  entity('sg-firm', 'SG'),
  entity('us-cloud', 'US', { labels: ['Entity', 'CloudProvider'], headquarters: 'US' }),
  entity('listed', 'FR'),
  entity('owned-60', 'DE'),
  entity('owned-40', 'DE'),
  entity('no-country', null),
];
const ctx = context({
  regulations: [RULE_2022, RULE_2023, ENTITY_LIST, AFFILIATES_RULE],
  coverage: [coverage(RULE_2022.id, 'a100'), coverage(RULE_2023.id, 'a100'), coverage(RULE_2023.id, 'h800')],
  designations: [designation('listed', ENTITY_LIST.id, '2020-01-01')],
  ownership: [owns('listed', 'owned-60', 0.6), owns('listed', 'owned-40', 0.4)],
  entities,
});
const nodes: NodeInput[] = [
  ...entities.map((e) => ({
    id: e.id,
    labels: e.labels,
    name: e.name,
    kind: 'COMPANY',
    country: e.country ?? null,
    headquarters: e.headquarters ?? null,
  })),
  { id: 'a100', labels: ['Chip'], name: 'a100', kind: null, country: null, headquarters: null },
  { id: 'h800', labels: ['Chip'], name: 'h800', kind: null, country: null, headquarters: null },
];
const g = new AccessGraph(nodes, []);

describe('restrictedMask: restrictionStatus for every entity at once', () => {
  it.each([
    ['2021-06-01'],
    ['2022-10-07'],
    ['2023-06-01'],
    ['2023-11-17'],
    ['2025-10-15'],
    ['2026-06-01'],
    ['2026-11-30'],
  ])('agrees with restrictionStatus and restrictionJudge at %s', (date) => {
    const every = nodeMask(g, restrictedForEveryChipAt(date, ctx));
    const judge = restrictionJudge(date, ctx);
    for (const chip of ['a100', 'h800']) {
      const mask = restrictedMask(g, ctx, chip, date, every);
      for (const e of entities) {
        const expected = restrictionStatus(e.id, chip, date, ctx).restricted;
        expect([e.id, chip, mask[g.index.get(e.id) as number] === 1]).toEqual([e.id, chip, expected]);
        expect([e.id, chip, judge(e.id, chip)]).toEqual([e.id, chip, expected]);
      }
    }
  });

  it('sees every basis at least once across the dates (the comparison is not vacuous)', () => {
    const restricted = (id: string, chip: string, date: string) => restrictionStatus(id, chip, date, ctx).restricted;
    expect(restricted('beijing-lab', 'a100', '2023-06-01')).toBe(true); // destination
    expect(restricted('sg-sub-of-cn', 'h800', '2023-11-17')).toBe(true); // headquarters
    expect(restricted('listed', 'h800', '2021-06-01')).toBe(true); // designation
    expect(restricted('owned-60', 'h800', '2025-10-15')).toBe(true); // affiliates rule in force
    expect(restricted('owned-60', 'h800', '2026-06-01')).toBe(false); // suspended
    expect(restricted('owned-40', 'h800', '2025-10-15')).toBe(false);
  });
});
