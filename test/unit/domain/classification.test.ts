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
    // The host's installation is reported, undated: it adds no pathway.
    expect(result.acquisition).toEqual({
      via: 'HOSTS',
      acquirerId: 'aws',
      receiverId: 'aws',
      date: null,
      timing: 'UNKNOWN',
      acquirerTiming: null,
    });
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

describe('classifyPath: purchases, timed for the party that receives the chips', () => {
  const held = (date: string | null) =>
    path([entity('ai-galaxy', 'CN'), chip('a100')], [{ type: 'ACQUIRED', date, startDate: date }]);

  it('calls chips bought before the rule and restricted now a STOCKPILE', () => {
    const result = classifyPath(held('2022-06-01'), DATE, ctx);
    expect(result.pathways).toEqual(['STOCKPILE']);
    expect(result.acquisition).toEqual({
      via: 'ACQUIRED',
      acquirerId: 'ai-galaxy',
      receiverId: 'ai-galaxy',
      date: '2022-06-01',
      timing: 'BEFORE_RESTRICTION',
      acquirerTiming: null,
    });
    expect(result.chipLocation).toEqual({ nodeId: 'ai-galaxy', country: 'CN', kind: 'HOLDER' });
  });

  it('calls chips bought while restricted for the receiver DIRECT, a likely violation', () => {
    const result = classifyPath(held('2023-03-01'), DATE, ctx);
    expect(result.pathways).toEqual(['DIRECT']);
    expect(result.acquisition?.timing).toBe('AFTER_RESTRICTION');
  });

  it('reads the purchase date from startDate when date is missing (one date: the step holds from it)', () => {
    const p = path([entity('ai-galaxy', 'CN'), chip('a100')], [{ type: 'ACQUIRED', startDate: '2022-01-01' }]);
    expect(classifyPath(p, DATE, ctx).acquisition).toMatchObject({ date: '2022-01-01', timing: 'BEFORE_RESTRICTION' });
  });

  it('calls a purchase never restricted for its receiver an ORDINARY_PURCHASE, never DIRECT', () => {
    const p = path([entity('ntu', 'SG'), chip('a100')], [{ type: 'ACQUIRED', date: '2023-01-01' }]);
    const result = classifyPath(p, DATE, ctx);
    expect(result.pathways).toEqual(['ORDINARY_PURCHASE']);
    expect(result.acquisition?.timing).toBe('NOT_RESTRICTED');
  });

  it('calls a purchase with no date an UNDATED_PURCHASE, never DIRECT', () => {
    const result = classifyPath(held(null), DATE, ctx);
    expect(result.pathways).toEqual(['UNDATED_PURCHASE']);
    expect(result.acquisition).toMatchObject({ date: null, timing: 'UNKNOWN' });
  });

  // A forwarder in a third country buys H100s in 2023 and delivers them to a buyer in China.
  const chain = (brokers: string[]) =>
    path(
      [entity('buyer', 'CN'), ...brokers.map((b) => entity(b, 'SG')), h100],
      [...brokers.map(() => 'PROCURES_FROM'), { type: 'ACQUIRED', date: '2023-03-01', startDate: '2023-03-01' }],
    );

  it.each([[['forwarder']], [['agent', 'forwarder']], [['front', 'agent', 'forwarder']]])(
    'judges a procurement through %j for the buyer at the head of the chain: DIRECT',
    (brokers) => {
      const result = classifyPath(chain(brokers), DATE, ctx);
      expect(result.pathways).toEqual(['INTERMEDIARY', 'DIRECT']);
      expect(result.acquisition).toMatchObject({
        acquirerId: 'forwarder',
        receiverId: 'buyer',
        timing: 'AFTER_RESTRICTION',
        acquirerTiming: 'NOT_RESTRICTED',
      });
    },
  );

  it('stops the walk back at the first step that is not a procurement: a parent of the buyer does not receive', () => {
    const p = path(
      [entity('parent', 'SG'), entity('buyer', 'CN'), entity('forwarder', 'SG'), h100],
      ['OWNS', 'PROCURES_FROM', { type: 'ACQUIRED', date: '2023-03-01' }],
    );
    expect(classifyPath(p, DATE, ctx).acquisition?.receiverId).toBe('buyer');
  });

  it("times a subsidiary's purchase for the subsidiary: the chips stay with the group company that bought them", () => {
    const p = path(
      [entity('sensetime', 'CN'), entity('unlisted-sub', 'CN'), chip('a100')],
      ['OWNS', { type: 'ACQUIRED', date: '2022-06-01' }],
    );
    const result = classifyPath(p, DATE, ctx);
    expect(result.pathways).toEqual(['SUBSIDIARY', 'STOCKPILE']);
    expect(result.acquisition).toMatchObject({ acquirerId: 'unlisted-sub', receiverId: 'unlisted-sub' });
  });

  it('times a rental of installed chips for the host: a Chinese cloud that installed A100s in early 2022 rents out a STOCKPILE', () => {
    const listed = context({
      regulations: [RULE_2022, ENTITY_LIST],
      coverage: [coverage(RULE_2022.id, 'a100')],
      designations: [designation('iflytek', ENTITY_LIST.id, '2019-10-09')],
      entities: [entity('iflytek', 'CN'), entity('cn-cloud', 'CN')],
    });
    const p = path(
      [entity('iflytek', 'CN'), cloud('cn-cloud', 'CN', 'CN'), chip('a100')],
      ['RENTS_FROM', { type: 'HOSTS', startDate: '2022-02-01' }],
    );
    const result = classifyPath(p, DATE, listed);
    expect(result.pathways).toEqual(['CLOUD_RENTAL', 'STOCKPILE']);
    expect(result.acquisition).toMatchObject({ via: 'HOSTS', receiverId: 'cn-cloud', timing: 'BEFORE_RESTRICTION' });
  });

  it('adds no pathway for a host never restricted (a US cloud): renting is not buying', () => {
    const p = path(
      [entity('szu', 'CN'), cloud('aws', 'US', 'US'), h100],
      ['RENTS_FROM', { type: 'HOSTS', startDate: '2023-06-01' }],
    );
    const result = classifyPath(p, DATE, ctx);
    expect(result.pathways).toEqual(['CLOUD_RENTAL']);
    expect(result.acquisition?.timing).toBe('NOT_RESTRICTED');
  });

  it('classifies a climb to a controller as SUBSIDIARY', () => {
    const p = path(
      [entity('lab', 'CN'), entity('group', 'CN'), h100],
      [
        { type: 'CONTROLS', up: true },
        { type: 'ACQUIRED', date: '2022-06-01' },
      ],
    );
    const result = classifyPath(p, DATE, ctx);
    expect(result.pathways).toEqual(['SUBSIDIARY', 'STOCKPILE']);
    expect(result.acquisition?.receiverId).toBe('group');
  });
});

describe('PATHWAYS', () => {
  it('lists DIRECT apart from ordinary and undated purchases', () => {
    expect(PATHWAYS).toEqual([
      'CLOUD_RENTAL',
      'INTERMEDIARY',
      'SUBSIDIARY',
      'OFFSHORE_DATA_CENTER',
      'STOCKPILE',
      'DIRECT',
      'ORDINARY_PURCHASE',
      'UNDATED_PURCHASE',
    ]);
  });
});
