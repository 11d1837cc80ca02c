import {
  SCENARIO_LISTING_ID,
  applyScenarioToContext,
  classifyPath,
  cutBy,
  evaluateScenario,
  restrictionStatus,
  stepCuts,
  type ScenarioRules,
} from '../../../src/domain';
import {
  ENTITY_LIST,
  RULE_2022,
  chip,
  cloud,
  context,
  coverage,
  dataCenter,
  designation,
  entity,
  path,
} from './fixtures';

const DATE = '2024-06-01';
const h100 = chip('h100');
const szu = entity('szu', 'CN');
const yunda = entity('yunda', 'CN');
const aws = cloud('aws', 'US');
const bjCo = entity('bj-co', 'CN');
const ctx = context({
  regulations: [RULE_2022, ENTITY_LIST],
  coverage: [coverage(RULE_2022.id, 'h100')],
  entities: [szu, yunda, bjCo, entity('ntu', 'SG')],
});

/** Shenzhen University: PROCURES_FROM Yunda, which RENTS_FROM AWS, which HOSTS H100. */
const shenzhen = path([szu, yunda, aws, h100], ['PROCURES_FROM', 'RENTS_FROM', 'HOSTS']);
/** A Beijing company renting a Brisbane data centre's H100 servers. */
const brisbane = path([bjCo, dataCenter('brisbane-dc', 'AU'), h100], ['RENTS_FROM', 'HOSTS']);

const denyUsClouds: ScenarioRules = {
  denyCloudProvidersHeadquarteredIn: { countries: ['US'], customers: 'RESTRICTED' },
};

describe('stepCuts: places the graph does not know', () => {
  const unknownCloud = { ...cloud('unnamed-cloud', 'US'), headquarters: null };
  const unknownDc = { ...dataCenter('unnamed-dc', 'AU'), country: null };
  const refuses = () => 'refuses';

  it('spares a cloud of unknown headquarters under a denial as the graph knows it, and cuts it at the widest', () => {
    const step = { type: 'RENTS_FROM' };
    expect(stepCuts(step, szu, unknownCloud, 0, denyUsClouds, refuses)).toEqual([]);
    expect(stepCuts(step, szu, unknownCloud, 0, denyUsClouds, refuses, 'cut')).toEqual([
      { stepIndex: 0, rule: 'CLOUD_DENIAL', reason: 'unnamed-cloud (headquarters unknown) refuses' },
    ]);
    // A known headquarters outside the rule is never cut, whatever the mode.
    expect(stepCuts(step, szu, cloud('sg-cloud', 'SG'), 0, denyUsClouds, refuses, 'cut')).toEqual([]);
  });

  it('does the same for a data centre of unknown country under a block of data-centre countries', () => {
    const rules: ScenarioRules = { blockDataCenterCountries: ['AU'] };
    expect(stepCuts({ type: 'HOSTS' }, unknownDc, h100, 1, rules, refuses)).toEqual([]);
    expect(stepCuts({ type: 'HOSTS' }, unknownDc, h100, 1, rules, refuses, 'cut')).toEqual([
      { stepIndex: 1, rule: 'DATA_CENTER_COUNTRY', reason: 'data centre unnamed-dc is in a country not known' },
    ]);
  });
});

describe('cutBy', () => {
  it('cuts the Shenzhen-University-like path when US-headquartered clouds refuse restricted customers', () => {
    expect(cutBy(shenzhen, denyUsClouds, DATE, ctx)).toEqual([
      {
        stepIndex: 1,
        rule: 'CLOUD_DENIAL',
        reason: 'aws (headquartered in US) refuses yunda, for whom h100 is restricted',
      },
    ]);
  });

  it('keeps the offshore data-centre path under the same rule', () => {
    expect(cutBy(brisbane, denyUsClouds, DATE, ctx)).toEqual([]);
  });

  it('classifies the kept path as OFFSHORE_DATA_CENTER when no regulation covers AU', () => {
    expect(classifyPath(brisbane, DATE, ctx).pathways).toContain('OFFSHORE_DATA_CENTER');
  });

  it('lets an unrestricted renter through unless the rule sees through to the origin', () => {
    const sgRenter = path([szu, entity('ntu', 'SG'), aws, h100], ['PROCURES_FROM', 'RENTS_FROM', 'HOSTS']);
    expect(cutBy(sgRenter, denyUsClouds, DATE, ctx)).toEqual([]);
    const kyc: ScenarioRules = {
      denyCloudProvidersHeadquarteredIn: { countries: ['US'], customers: 'RESTRICTED', seeThroughIntermediaries: true },
    };
    expect(cutBy(sgRenter, kyc, DATE, ctx).map((c) => c.rule)).toEqual(['CLOUD_DENIAL']);
  });

  it('refuses only listed customers with customers LISTED', () => {
    const listed = context({ ...ctxParts(), designations: [designation('yunda', ENTITY_LIST.id, '2024-01-01')] });
    const rule: ScenarioRules = { denyCloudProvidersHeadquarteredIn: { countries: ['US'], customers: 'LISTED' } };
    expect(cutBy(shenzhen, rule, DATE, ctx)).toEqual([]);
    expect(cutBy(shenzhen, rule, DATE, listed).map((c) => c.stepIndex)).toEqual([1]);
  });

  it('refuses everyone with customers ALL, but only clouds headquartered in the listed countries', () => {
    expect(
      cutBy(shenzhen, { denyCloudProvidersHeadquarteredIn: { countries: ['US'], customers: 'ALL' } }, DATE, ctx),
    ).toHaveLength(1);
    expect(
      cutBy(shenzhen, { denyCloudProvidersHeadquarteredIn: { countries: ['IE'], customers: 'ALL' } }, DATE, ctx),
    ).toEqual([]);
  });

  it('cuts rental from and hosting in data centres of blocked countries', () => {
    expect(cutBy(brisbane, { blockDataCenterCountries: ['AU'] }, DATE, ctx)).toEqual([
      { stepIndex: 0, rule: 'DATA_CENTER_COUNTRY', reason: 'data centre brisbane-dc is in AU' },
      { stepIndex: 1, rule: 'DATA_CENTER_COUNTRY', reason: 'data centre brisbane-dc is in AU' },
    ]);
  });

  it('cuts intermediary and subsidiary steps when asked', () => {
    const p = path(
      [entity('parent', 'CN'), entity('sub', 'CN'), yunda, aws, h100],
      ['OWNS', 'PROCURES_FROM', 'RENTS_FROM', 'HOSTS'],
    );
    expect(
      cutBy(p, { blockIntermediaries: true, blockSubsidiaries: true }, DATE, ctx).map((c) => [c.stepIndex, c.rule]),
    ).toEqual([
      [0, 'SUBSIDIARY'],
      [1, 'INTERMEDIARY'],
    ]);
  });
});

function ctxParts() {
  return {
    regulations: [RULE_2022, ENTITY_LIST],
    coverage: [coverage(RULE_2022.id, 'h100')],
    entities: [szu, yunda, bjCo],
  };
}

describe('applyScenarioToContext', () => {
  it('adds hypothetical coverage and designations under scenario: ids, leaving the real context alone', () => {
    const rules: ScenarioRules = {
      addChipCoverage: [{ chipId: 'h20', destinations: ['CN'], effective: '2025-04-09' }],
      designate: [{ entityId: 'ntu', effective: '2024-01-01' }],
    };
    const applied = applyScenarioToContext(ctx, rules);
    expect([...applied.regulations.keys()].filter((id) => id.startsWith('scenario:'))).toEqual([
      'scenario:coverage-1',
      SCENARIO_LISTING_ID,
    ]);
    expect(applied.coverage).toContainEqual({
      regulationId: 'scenario:coverage-1',
      chipId: 'h20',
      startDate: '2025-04-09',
      endDate: null,
    });
    expect(restrictionStatus('szu', 'h20', '2025-04-09', applied).restricted).toBe(true);
    expect(restrictionStatus('szu', 'h20', '2025-04-08', applied).restricted).toBe(false);
    expect(restrictionStatus('ntu', 'h100', DATE, applied).reasons[0]).toMatchObject({
      kind: 'DESIGNATION',
      since: '2024-01-01',
    });
    expect(ctx.regulations.size).toBe(2);
    expect(ctx.coverage).toHaveLength(1);
  });

  it('names the hypothetical regulation after a real one when given its id', () => {
    const applied = applyScenarioToContext(ctx, {
      addChipCoverage: [{ chipId: 'h20', destinations: ['CN'], effective: '2025-04-09', regulationId: RULE_2022.id }],
    });
    expect(applied.regulations.get(`scenario:${RULE_2022.id}`)).toMatchObject({
      citation: '87 FR 62186',
      kind: 'EXPORT_CONTROL',
    });
    expect(applied.regulations.get(RULE_2022.id)).toBe(RULE_2022);
  });
});

describe('evaluateScenario', () => {
  it('splits restricted paths into remaining and cut', () => {
    const result = evaluateScenario([shenzhen, brisbane], denyUsClouds, DATE, ctx);
    expect(result.restrictedBefore).toBe(2);
    expect(result.remaining.map((r) => r.path)).toEqual([brisbane]);
    expect(result.remaining[0]?.cuts).toEqual([]);
    expect(result.cut.map((c) => [c.originId, c.cuts.map((x) => x.rule)])).toEqual([['szu', ['CLOUD_DENIAL']]]);
    expect(result.newlyRestricted).toEqual([]);
  });

  it('names the origins losing all access to restricted chips', () => {
    const szuViaAu = path([szu, dataCenter('brisbane-dc', 'AU'), h100], ['RENTS_FROM', 'HOSTS']);
    const rules: ScenarioRules = { ...denyUsClouds, blockDataCenterCountries: ['MY'] };
    expect(evaluateScenario([shenzhen, brisbane], rules, DATE, ctx).entitiesLosingAllAccess).toEqual(['szu']);
    expect(evaluateScenario([shenzhen, szuViaAu, brisbane], rules, DATE, ctx).entitiesLosingAllAccess).toEqual([]);
    const both: ScenarioRules = { ...denyUsClouds, blockDataCenterCountries: ['AU'] };
    expect(evaluateScenario([shenzhen, szuViaAu, brisbane], both, DATE, ctx).entitiesLosingAllAccess).toEqual([
      'bj-co',
      'szu',
    ]);
  });

  it('reports paths restricted only under the scenario as newly restricted', () => {
    const ntuPath = path([entity('ntu', 'SG'), aws, h100], ['RENTS_FROM', 'HOSTS']);
    const rules: ScenarioRules = { ...denyUsClouds, designate: [{ entityId: 'ntu', effective: '2024-01-01' }] };
    const result = evaluateScenario([ntuPath], rules, DATE, ctx);
    expect(result.restrictedBefore).toBe(0);
    expect(result.newlyRestricted.map((r) => r.path)).toEqual([ntuPath]);
    expect(result.cut.map((c) => c.originId)).toEqual(['ntu']);
    expect(result.entitiesLosingAllAccess).toEqual(['ntu']);
  });

  it('leaves unrestricted paths out of remaining and cut', () => {
    const ntuPath = path([entity('ntu', 'SG'), aws, h100], ['RENTS_FROM', 'HOSTS']);
    const result = evaluateScenario([ntuPath], denyUsClouds, DATE, ctx);
    expect(result).toMatchObject({ remaining: [], cut: [], newlyRestricted: [], entitiesLosingAllAccess: [] });
  });

  it('skips paths with a step not yet valid at the date', () => {
    const future = path(
      [bjCo, dataCenter('brisbane-dc', 'AU'), h100],
      [{ type: 'RENTS_FROM', startDate: '2024-06-02' }, 'HOSTS'],
    );
    const result = evaluateScenario([future], denyUsClouds, DATE, ctx);
    expect(result.skipped).toEqual([future]);
    expect(result.remaining).toEqual([]);
  });
});
