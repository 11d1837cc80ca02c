import { importDocument } from '../../src/import/apply';
import { createTestApp, type TestApp } from '../support/app';
import { GraphBuilder } from '../support/graph-builder';

/** Path semantics on small hand-built graphs with known answers, through the GraphQL API. */
let app: TestApp;

async function load(builder: GraphBuilder): Promise<void> {
  await app.reset();
  const report = await importDocument(app.db, builder.build(), { principal: 'test' });
  expect(report.rejected).toEqual([]);
}

const EXPORT_RULE = { kind: 'EXPORT_CONTROL', effective: '2022-10-07', destinations: ['CN'] };

interface PathView {
  length: number;
  pathways: string[];
  confidence: string;
  confidenceScore: number;
  steps: { to: { id: string } }[];
  restriction: { restricted: boolean };
  acquisition: { timing: string } | null;
}

async function paths(from: string, to: string, asOf: string, extra = ''): Promise<PathView[]> {
  const result = await app.gql<{ accessPaths: { nodes: PathView[]; totalCount: number } }>(
    `query($from: ID!, $to: ID, $asOf: Date) { accessPaths(from: $from, to: $to, asOf: $asOf ${extra}) {
      totalCount nodes { length pathways confidence confidenceScore steps { to { id } } restriction { restricted } acquisition { timing } } } }`,
    { from, to, asOf },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.accessPaths.nodes ?? [];
}

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('path discovery', () => {
  it('terminates on ownership cycles and never repeats a node', async () => {
    await load(
      new GraphBuilder()
        .entity('a')
        .entity('b')
        .cloud('cloud')
        .chip('h100')
        .rel('OWNS', 'a', 'b', { share: 0.6 })
        .rel('OWNS', 'b', 'a', { share: 0.1 })
        .rel('RENTS_FROM', 'b', 'cloud')
        .rel('HOSTS', 'cloud', 'h100'),
    );
    const found = await paths('a', 'h100', '2024-01-01');
    expect(found.map((p) => p.steps.map((s) => s.to.id))).toEqual([['b', 'cloud', 'h100']]);
    expect(found[0]?.pathways).toEqual(['CLOUD_RENTAL', 'SUBSIDIARY']);
  });

  it('returns parallel paths shortest first, the surest first among equals', async () => {
    await load(
      new GraphBuilder()
        .entity('lab')
        .entity('broker-1')
        .entity('broker-2')
        .cloud('cloud')
        .chip('a100')
        .rel('RENTS_FROM', 'lab', 'cloud', { confidence: 'ALLEGED' })
        .rel('PROCURES_FROM', 'lab', 'broker-1', { confidence: 'REPORTED' })
        .rel('PROCURES_FROM', 'lab', 'broker-2')
        .rel('RENTS_FROM', 'broker-1', 'cloud')
        .rel('RENTS_FROM', 'broker-2', 'cloud')
        .rel('HOSTS', 'cloud', 'a100'),
    );
    const found = await paths('lab', 'a100', '2024-01-01');
    expect(found.map((p) => p.length)).toEqual([2, 3, 3]);
    expect(found[0]?.confidence).toBe('ALLEGED');
    expect(found[1]?.steps[0]?.to.id).toBe('broker-2');
    expect(found[2]?.confidenceScore).toBeCloseTo(0.8);
    const direct = await paths('lab', 'a100', '2024-01-01', ', filter: { excludePathways: [INTERMEDIARY] }');
    expect(direct).toHaveLength(1);
    const sure = await paths('lab', 'a100', '2024-01-01', ', filter: { minConfidence: REPORTED }');
    expect(sure).toHaveLength(2);
    const rentOnly = await paths('lab', 'a100', '2024-01-01', ', filter: { relationshipTypes: [RENTS_FROM, HOSTS] }');
    expect(rentOnly).toHaveLength(1);
  });

  it('drops a path whose step does not hold yet at the date', async () => {
    await load(
      new GraphBuilder()
        .entity('lab')
        .cloud('cloud')
        .chip('h100')
        .rel('RENTS_FROM', 'lab', 'cloud', { startDate: '2024-03-01', endDate: '2024-12-31' })
        .rel('HOSTS', 'cloud', 'h100'),
    );
    expect(await paths('lab', 'h100', '2024-02-29')).toEqual([]);
    expect(await paths('lab', 'h100', '2024-03-01')).toHaveLength(1);
    expect(await paths('lab', 'h100', '2025-01-01')).toEqual([]);
  });

  it('tells a stockpile (acquired before the rule) from a direct acquisition (after it)', async () => {
    await load(
      new GraphBuilder()
        .entity('early')
        .entity('late')
        .chip('a800')
        .regulation('rule-2023', { ...EXPORT_RULE, effective: '2023-11-17' })
        .rel('RESTRICTS', 'rule-2023', 'a800', { startDate: '2023-11-17' })
        .rel('ACQUIRED', 'early', 'a800', { date: '2023-08-01' })
        .rel('ACQUIRED', 'late', 'a800', { date: '2024-02-01' }),
    );
    const early = await paths('early', 'a800', '2024-06-01');
    expect(early[0]?.pathways).toEqual(['STOCKPILE']);
    expect(early[0]?.acquisition?.timing).toBe('BEFORE_RESTRICTION');
    const late = await paths('late', 'a800', '2024-06-01');
    expect(late[0]?.pathways).toEqual(['DIRECT']);
    expect(late[0]?.acquisition?.timing).toBe('AFTER_RESTRICTION');
  });

  it('follows a rule suspended on the date asked, and in force again when the suspension ends', async () => {
    await load(
      new GraphBuilder()
        .entity('lab')
        .cloud('cloud')
        .chip('h20')
        .regulation('h20-licence', {
          ...EXPORT_RULE,
          effective: '2025-04-09',
          suspendedFrom: '2025-07-15',
          suspendedUntil: '2025-09-01',
        })
        .rel('RESTRICTS', 'h20-licence', 'h20', { startDate: '2025-04-09' })
        .rel('RENTS_FROM', 'lab', 'cloud')
        .rel('HOSTS', 'cloud', 'h20'),
    );
    expect((await paths('lab', 'h20', '2025-05-01'))[0]?.restriction.restricted).toBe(true);
    expect((await paths('lab', 'h20', '2025-08-01'))[0]?.restriction.restricted).toBe(false);
    expect((await paths('lab', 'h20', '2025-09-01'))[0]?.restriction.restricted).toBe(true);
  });
});

describe('effective ownership and the affiliates (50%) rule', () => {
  const AFFILIATES = {
    kind: 'AFFILIATES_RULE',
    effective: '2025-09-29',
    suspendedFrom: '2025-11-10',
    suspendedUntil: '2026-11-10',
  };
  const LISTING = { kind: 'ENTITY_LISTING', effective: '2019-05-16' };

  beforeAll(async () => {
    await load(
      new GraphBuilder()
        .entity('listed-a')
        .entity('b')
        .entity('c-54')
        .entity('c-48')
        .entity('d')
        .entity('m')
        .entity('n')
        .entity('e-60')
        .entity('u-unknown')
        .chip('any-chip')
        .regulation('affiliates', AFFILIATES)
        .regulation('listing', LISTING)
        .rel('DESIGNATED_UNDER', 'listed-a', 'listing', { startDate: '2019-05-16' })
        .rel('OWNS', 'listed-a', 'b', { share: 0.6 })
        .rel('OWNS', 'b', 'c-54', { share: 0.9 })
        .rel('OWNS', 'b', 'c-48', { share: 0.8 })
        .rel('OWNS', 'listed-a', 'm', { share: 1 })
        .rel('OWNS', 'listed-a', 'n', { share: 1 })
        .rel('OWNS', 'm', 'e-60', { share: 0.3 })
        .rel('OWNS', 'n', 'e-60', { share: 0.3 })
        .rel('OWNS', 'listed-a', 'u-unknown', { share: 0.2 })
        .rel('OWNS', 'b', 'u-unknown', {}),
    );
  });

  const ownership = async (entity: string, asOf: string) => {
    const result = await app.gql<{
      effectiveOwnership: {
        listedShare: number;
        caughtByAffiliatesRule: boolean;
        owners: { owner: { id: string }; share: number }[];
      };
    }>(
      'query($e: ID!, $d: Date) { effectiveOwnership(entity: $e, asOf: $d) { listedShare caughtByAffiliatesRule owners { owner { id } share } } }',
      { e: entity, d: asOf },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.effectiveOwnership;
  };

  it('multiplies along a chain: 0.6 × 0.9 = 0.54 is caught', async () => {
    const o = await ownership('c-54', '2025-10-01');
    expect(o?.listedShare).toBeCloseTo(0.54);
    expect(o?.caughtByAffiliatesRule).toBe(true);
  });

  it('0.6 × 0.8 = 0.48 is not caught', async () => {
    const o = await ownership('c-48', '2025-10-01');
    expect(o?.listedShare).toBeCloseTo(0.48);
    expect(o?.caughtByAffiliatesRule).toBe(false);
  });

  it('adds parallel chains: two 30% chains = 0.60 is caught', async () => {
    const o = await ownership('e-60', '2025-10-01');
    expect(o?.owners.find((x) => x.owner.id === 'listed-a')?.share).toBeCloseTo(0.6);
    expect(o?.caughtByAffiliatesRule).toBe(true);
  });

  it('says when a share is unknown: the listed share is then a lower bound, not a definite "not caught"', async () => {
    const result = await app.gql<{
      effectiveOwnership: {
        listedShare: number;
        listedShareIsLowerBound: boolean;
        caughtByAffiliatesRule: boolean;
        listedOwners: { owner: { id: string }; share: number; unknownChains: number }[];
      };
    }>(
      '{ effectiveOwnership(entity: "u-unknown", asOf: "2025-10-01") { listedShare listedShareIsLowerBound caughtByAffiliatesRule listedOwners { owner { id } share unknownChains } } }',
    );
    expect(result.errors).toBeUndefined();
    const o = result.data?.effectiveOwnership;
    // listed-a holds 20% directly (known) and 60% × unknown through b.
    expect(o?.listedOwners).toEqual([{ owner: { id: 'listed-a' }, share: 0.2, unknownChains: 1 }]);
    expect(o?.listedShare).toBeCloseTo(0.2);
    expect(o?.listedShareIsLowerBound).toBe(true);
    expect(o?.caughtByAffiliatesRule).toBe(false);
    // Known shares throughout: not a lower bound.
    const known = await app.gql<{ effectiveOwnership: { listedShareIsLowerBound: boolean } }>(
      '{ effectiveOwnership(entity: "c-48", asOf: "2025-10-01") { listedShareIsLowerBound } }',
    );
    expect(known.data?.effectiveOwnership.listedShareIsLowerBound).toBe(false);
    // The affiliates reason of a caught entity carries the same figures.
    const reason = await app.gql<{
      restrictionStatus: {
        reasons: { kind: string; owners: { owner: { id: string }; share: number; unknownChains: number }[] | null }[];
      };
    }>(
      '{ restrictionStatus(entity: "c-54", chip: "any-chip", asOf: "2025-10-01") { reasons { kind owners { owner { id } share unknownChains } } } }',
    );
    expect(reason.errors).toBeUndefined();
    const affiliate = reason.data?.restrictionStatus.reasons.find((r) => r.kind === 'AFFILIATE');
    expect(affiliate?.owners).toEqual([{ owner: { id: 'listed-a' }, share: 0.54, unknownChains: 0 }]);
  });

  it('catches nobody while the rule is suspended', async () => {
    expect((await ownership('c-54', '2026-01-15'))?.caughtByAffiliatesRule).toBe(false);
    const all = await app.gql<{ affiliatesCaught: { entity: { id: string } }[] }>(
      '{ affiliatesCaught(asOf: "2026-01-15") { entity { id } } }',
    );
    expect(all.data?.affiliatesCaught).toEqual([]);
  });

  it('lists every entity the rule catches while in force, and restricts chips for them', async () => {
    const all = await app.gql<{ affiliatesCaught: { entity: { id: string }; aggregateShare: number }[] }>(
      '{ affiliatesCaught(asOf: "2025-10-01") { entity { id } aggregateShare listedOwners { owner { id } share } regulation { id } } }',
    );
    expect(all.errors).toBeUndefined();
    expect(all.data?.affiliatesCaught.map((c) => c.entity.id).sort()).toEqual(['b', 'c-54', 'e-60', 'm', 'n']);
  });
});
