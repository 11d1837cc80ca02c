import { affiliateStatus, affiliatesCaught, effectiveOwnership, holdingsOf, ownersOf } from '../../../src/domain';
import { AFFILIATES_RULE, ENTITY_LIST, context, designation, owns } from './fixtures';

const IN_FORCE = '2025-10-01';
const SUSPENDED = '2026-01-01';

/** A context where `listed` are on the Entity List and the affiliates rule exists. */
function withListed(listed: string[], ownership: ReturnType<typeof owns>[]) {
  return context({
    regulations: [ENTITY_LIST, AFFILIATES_RULE],
    designations: listed.map((id) => designation(id, ENTITY_LIST.id, '2019-01-01')),
    ownership,
  });
}

const shareOf = (edges: ReturnType<typeof owns>[], owner: string, owned: string, date = IN_FORCE) =>
  ownersOf(edges, owned, date).find((o) => o.entityId === owner)?.share;

describe('effectiveOwnership', () => {
  it('multiplies shares along a chain (0.6 × 0.9 = 0.54)', () => {
    const edges = [owns('A', 'B', 0.6), owns('B', 'C', 0.9)];
    expect(effectiveOwnership(edges, IN_FORCE).shares.get('C')?.get('A')).toBeCloseTo(0.54, 10);
  });

  it('adds parallel chains (A→B 1.0→D 0.3 and A→C 1.0→D 0.3 = 0.6)', () => {
    const edges = [owns('A', 'B', 1), owns('B', 'D', 0.3), owns('A', 'C', 1), owns('C', 'D', 0.3)];
    expect(shareOf(edges, 'A', 'D')).toBeCloseTo(0.6, 10);
    expect(ownersOf(edges, 'D', IN_FORCE).find((o) => o.entityId === 'A')?.chains).toBe(2);
  });

  it('terminates on a cycle A→B→A', () => {
    const edges = [owns('A', 'B', 0.5), owns('B', 'A', 0.5)];
    const owners = ownersOf(edges, 'B', IN_FORCE);
    expect(owners).toEqual([{ entityId: 'A', share: 0.5, chains: 1, unknownChains: 0 }]);
  });

  it('ignores edges not held at the date', () => {
    const edges = [owns('A', 'B', 0.6, '2026-01-01')];
    expect(ownersOf(edges, 'B', '2025-12-31')).toEqual([]);
    expect(shareOf(edges, 'A', 'B', '2026-01-01')).toBe(0.6);
  });

  it('leaves unknown shares out of the sum but reports the chain', () => {
    const edges = [owns('A', 'B', null), owns('B', 'C', 0.9), owns('A', 'C', 0.1)];
    expect(ownersOf(edges, 'C', IN_FORCE).find((o) => o.entityId === 'A')).toEqual({
      entityId: 'A',
      share: 0.1,
      chains: 2,
      unknownChains: 1,
    });
  });

  it('follows chains at most 10 edges long', () => {
    const edges = Array.from({ length: 12 }, (_, i) => owns(`n${i}`, `n${i + 1}`, 1));
    const owners = ownersOf(edges, 'n12', IN_FORCE).map((o) => o.entityId);
    expect(owners).toContain('n2');
    expect(owners).not.toContain('n1');
  });

  it('gives every owner of an entity through ownersOf', () => {
    const result = effectiveOwnership([owns('A', 'B', 0.6), owns('B', 'C', 0.9)], IN_FORCE);
    expect(result.ownersOf('C').map((o) => o.entityId)).toEqual(['B', 'A']);
    expect(result.ownersOf('A')).toEqual([]);
  });

  it('gives what a root holds at every level', () => {
    const holdings = holdingsOf([owns('A', 'B', 0.6), owns('B', 'C', 0.9)], 'A', IN_FORCE);
    expect(holdings.map((h) => [h.entityId, Number(h.share.toFixed(2))])).toEqual([
      ['B', 0.6],
      ['C', 0.54],
    ]);
  });
});

describe('affiliates (50%) rule', () => {
  it('catches an entity held 0.54 through a chain from a listed owner', () => {
    const ctx = withListed(['A'], [owns('A', 'B', 0.6), owns('B', 'C', 0.9)]);
    const caught = affiliatesCaught(IN_FORCE, ctx).find((c) => c.entityId === 'C');
    expect(caught?.aggregateShare).toBeCloseTo(0.54, 10);
    expect(caught?.owners.map((o) => o.entityId)).toEqual(['A']);
    expect(caught?.regulationId).toBe(AFFILIATES_RULE.id);
  });

  it('does not catch 0.6 × 0.8 = 0.48', () => {
    const ctx = withListed(['A'], [owns('A', 'B', 0.6), owns('B', 'C', 0.8)]);
    expect(affiliatesCaught(IN_FORCE, ctx).map((c) => c.entityId)).toEqual(['B']);
    expect(affiliateStatus('C', IN_FORCE, ctx).aggregateShare).toBeCloseTo(0.48, 10);
  });

  it('catches two parallel 30% chains from one listed owner (0.6)', () => {
    const ctx = withListed(['A'], [owns('A', 'B', 1), owns('B', 'D', 0.3), owns('A', 'C', 1), owns('C', 'D', 0.3)]);
    expect(affiliateStatus('D', IN_FORCE, ctx)).toMatchObject({ caught: true });
    expect(affiliateStatus('D', IN_FORCE, ctx).aggregateShare).toBeCloseTo(0.6, 10);
  });

  it('catches two different listed owners in aggregate (0.3 + 0.25 = 0.55)', () => {
    const ctx = withListed(['A', 'B'], [owns('A', 'D', 0.3), owns('B', 'D', 0.25)]);
    const [caught] = affiliatesCaught(IN_FORCE, ctx);
    expect(caught?.entityId).toBe('D');
    expect(caught?.aggregateShare).toBeCloseTo(0.55, 10);
    expect(caught?.owners).toEqual([
      { entityId: 'A', share: 0.3, unknownChains: 0 },
      { entityId: 'B', share: 0.25, unknownChains: 0 },
    ]);
  });

  it('counts 0.3 + 0.2 as reaching 50%', () => {
    const ctx = withListed(['A', 'B'], [owns('A', 'D', 0.3), owns('B', 'D', 0.2)]);
    expect(affiliateStatus('D', IN_FORCE, ctx).caught).toBe(true);
  });

  it('tolerates float rounding at the threshold (0.7 × 0.7 + 0.01 sums to 0.49999999999999994)', () => {
    const ctx = withListed(['A', 'B'], [owns('A', 'C', 0.7), owns('C', 'D', 0.7), owns('B', 'D', 0.01)]);
    expect(affiliateStatus('D', IN_FORCE, ctx).aggregateShare).toBeLessThan(0.5);
    expect(affiliateStatus('D', IN_FORCE, ctx).caught).toBe(true);
  });

  it('does not count a stake twice when a listed parent owns a listed subsidiary', () => {
    const ctx = withListed(['A', 'B'], [owns('A', 'B', 1), owns('B', 'D', 0.4)]);
    expect(affiliateStatus('D', IN_FORCE, ctx).aggregateShare).toBeCloseTo(0.4, 10);
    expect(affiliateStatus('D', IN_FORCE, ctx).caught).toBe(false);
  });

  it('terminates on an ownership cycle between listed and unlisted parties', () => {
    const ctx = withListed(['A'], [owns('A', 'B', 0.7), owns('B', 'A', 0.7)]);
    expect(affiliatesCaught(IN_FORCE, ctx).map((c) => [c.entityId, c.alsoDesignated])).toEqual([['B', false]]);
  });

  it('catches nobody on a date the rule is suspended', () => {
    const ctx = withListed(['A'], [owns('A', 'B', 1)]);
    expect(affiliatesCaught(SUSPENDED, ctx)).toEqual([]);
    expect(affiliateStatus('B', SUSPENDED, ctx)).toMatchObject({ caught: false, aggregateShare: 1, rules: [] });
  });

  it('catches again the day the suspension ends', () => {
    const ctx = withListed(['A'], [owns('A', 'B', 1)]);
    expect(affiliatesCaught('2026-11-10', ctx).map((c) => c.entityId)).toEqual(['B']);
  });

  it('does not count owners listed only after the date', () => {
    const ctx = context({
      regulations: [ENTITY_LIST, AFFILIATES_RULE],
      designations: [designation('A', ENTITY_LIST.id, '2025-12-01')],
      ownership: [owns('A', 'B', 1)],
    });
    expect(affiliatesCaught(IN_FORCE, ctx)).toEqual([]);
  });
});
