import { PATHWAYS, classifyPath, type RestrictionContext } from '../../../src/domain';
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
  regulation,
} from './fixtures';

const DATE = '2024-06-01';
const h100 = chip('h100');
const ctx: RestrictionContext = context({
  regulations: [RULE_2022, ENTITY_LIST],
  coverage: [coverage(RULE_2022.id, 'h100'), coverage(RULE_2022.id, 'a100')],
  entities: [entity('szu', 'CN'), entity('bj-co', 'CN'), entity('yunda', 'CN')],
});

describe('classifyPath: step pathways', () => {
  it('classifies rental through an intermediary from a cloud provider', () => {
    const p = path(
      [entity('szu', 'CN'), entity('yunda', 'CN'), cloud('aws', 'US'), h100],
      ['PROCURES_FROM', 'RENTS_FROM', 'HOSTS'],
    );
    const result = classifyPath(p, DATE, ctx);
    expect(result.pathways).toEqual(['CLOUD_RENTAL', 'INTERMEDIARY']);
    expect(result.chipLocation).toEqual({ nodeId: 'aws', country: null, kind: 'CLOUD_PROVIDER' });
    expect(result.acquisition).toBeUndefined();
  });

  it('classifies access through an owned or controlled entity as SUBSIDIARY', () => {
    const owned = path([entity('sensetime', 'CN'), entity('sub', 'CN'), h100], ['OWNS', 'ACQUIRED']);
    const controlled = path([entity('state', 'CN'), entity('lab', 'CN'), h100], ['CONTROLS', 'ACQUIRED']);
    expect(classifyPath(owned, DATE, ctx).pathways).toContain('SUBSIDIARY');
    expect(classifyPath(controlled, DATE, ctx).pathways).toContain('SUBSIDIARY');
  });

  it('does not call renting from a plain entity CLOUD_RENTAL', () => {
    const p = path([entity('a', 'CN'), entity('broker', 'CN'), h100], ['RENTS_FROM', 'ACQUIRED']);
    expect(classifyPath(p, DATE, ctx).pathways).not.toContain('CLOUD_RENTAL');
  });

  it('lists several pathways in the fixed order', () => {
    const p = path(
      [entity('parent', 'CN'), entity('sub', 'CN'), entity('agent', 'HK'), dataCenter('dc-au', 'AU'), h100],
      ['OWNS', 'PROCURES_FROM', 'RENTS_FROM', 'HOSTS'],
    );
    const pathways = classifyPath(p, DATE, ctx).pathways;
    expect(pathways).toEqual(['CLOUD_RENTAL', 'INTERMEDIARY', 'SUBSIDIARY', 'OFFSHORE_DATA_CENTER']);
    expect(pathways).toEqual(PATHWAYS.filter((w) => pathways.includes(w)));
  });
});

describe('classifyPath: offshore data centres', () => {
  const offshore = path([entity('bj-co', 'CN'), dataCenter('brisbane-dc', 'AU'), h100], ['RENTS_FROM', 'HOSTS']);

  it('marks chips sitting in a country no regulation covers as OFFSHORE_DATA_CENTER', () => {
    const result = classifyPath(offshore, DATE, ctx);
    expect(result.pathways).toEqual(['CLOUD_RENTAL', 'OFFSHORE_DATA_CENTER']);
    expect(result.chipLocation).toEqual({ nodeId: 'brisbane-dc', country: 'AU', kind: 'DATA_CENTER' });
  });

  it('does not when a regulation in force covers the chip for that country', () => {
    const auRule = regulation('au-rule', { effective: '2024-01-01', destinations: ['AU'] });
    const covered = context({ regulations: [RULE_2022, auRule], coverage: [coverage('au-rule', 'h100')] });
    expect(classifyPath(offshore, DATE, covered).pathways).toEqual(['CLOUD_RENTAL']);
  });

  it('does not when the data centre is in the origin country', () => {
    const home = path([entity('bj-co', 'CN'), dataCenter('bj-dc', 'CN'), h100], ['RENTS_FROM', 'HOSTS']);
    expect(classifyPath(home, DATE, ctx).pathways).toEqual(['CLOUD_RENTAL']);
  });

  it('does not when the cloud provider location is unknown', () => {
    const p = path([entity('bj-co', 'CN'), cloud('aws', 'US'), h100], ['RENTS_FROM', 'HOSTS']);
    expect(classifyPath(p, DATE, ctx).pathways).toEqual(['CLOUD_RENTAL']);
  });
});

describe('classifyPath: acquisitions', () => {
  const acquired = (date: string | null) =>
    path(
      [entity('iflytek-renter', 'CN'), entity('ai-galaxy', 'CN'), chip('a100')],
      ['RENTS_FROM', { type: 'ACQUIRED', date }],
    );

  it('calls chips bought before the rule and restricted now a STOCKPILE', () => {
    const result = classifyPath(acquired('2022-06-01'), DATE, ctx);
    expect(result.pathways).toEqual(['STOCKPILE']);
    expect(result.acquisition).toEqual({ acquirerId: 'ai-galaxy', date: '2022-06-01', timing: 'BEFORE_RESTRICTION' });
    expect(result.chipLocation).toEqual({ nodeId: 'ai-galaxy', country: 'CN', kind: 'HOLDER' });
  });

  it('calls chips bought after the rule DIRECT, a likely violation', () => {
    const result = classifyPath(acquired('2023-03-01'), DATE, ctx);
    expect(result.pathways).toEqual(['DIRECT']);
    expect(result.acquisition?.timing).toBe('AFTER_RESTRICTION');
  });

  it('uses the step start date when the acquisition date is missing', () => {
    const p = path([entity('ai-galaxy', 'CN'), chip('a100')], [{ type: 'ACQUIRED', startDate: '2022-01-01' }]);
    expect(classifyPath(p, DATE, ctx).acquisition).toEqual({
      acquirerId: 'ai-galaxy',
      date: '2022-01-01',
      timing: 'BEFORE_RESTRICTION',
    });
  });

  it('calls a purchase of a never-restricted chip DIRECT with timing NOT_RESTRICTED', () => {
    const p = path([entity('ntu', 'SG'), chip('a100')], [{ type: 'ACQUIRED', date: '2023-01-01' }]);
    const result = classifyPath(p, DATE, ctx);
    expect(result.pathways).toEqual(['DIRECT']);
    expect(result.acquisition?.timing).toBe('NOT_RESTRICTED');
  });

  it('calls an acquisition without any date DIRECT with timing UNKNOWN', () => {
    const result = classifyPath(acquired(null), DATE, ctx);
    expect(result.pathways).toEqual(['DIRECT']);
    expect(result.acquisition).toEqual({ acquirerId: 'ai-galaxy', date: null, timing: 'UNKNOWN' });
  });

  it('counts a stockpile restricted now only for the origin (a listed renter)', () => {
    const listedCtx = context({
      regulations: [ENTITY_LIST],
      designations: [designation('iflytek', ENTITY_LIST.id, '2019-10-09')],
      entities: [entity('iflytek', 'CN'), entity('rental-firm', 'SG')],
    });
    const p = path(
      [entity('iflytek', 'CN'), entity('rental-firm', 'SG'), chip('a100')],
      ['RENTS_FROM', { type: 'ACQUIRED', date: '2021-01-01' }],
    );
    expect(classifyPath(p, DATE, listedCtx).acquisition?.timing).toBe('BEFORE_RESTRICTION');
  });
});
