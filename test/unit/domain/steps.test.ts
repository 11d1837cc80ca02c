import { isAccessStep, serviceKindOf } from '../../../src/domain';

describe('serviceKindOf: what a rental rents', () => {
  it('reads a RENTS_FROM as COMPUTE when it records nothing, and as what it records otherwise', () => {
    expect(serviceKindOf({ type: 'RENTS_FROM' })).toBe('COMPUTE');
    expect(serviceKindOf({ type: 'RENTS_FROM', serviceKind: null })).toBe('COMPUTE');
    expect(serviceKindOf({ type: 'RENTS_FROM', serviceKind: 'COMPUTE' })).toBe('COMPUTE');
    expect(serviceKindOf({ type: 'RENTS_FROM', serviceKind: 'MODEL' })).toBe('MODEL');
  });

  it('has no service kind for any other type', () => {
    expect(serviceKindOf({ type: 'HOSTS' })).toBeNull();
    expect(serviceKindOf({ type: 'FUNDS', serviceKind: 'MODEL' })).toBeNull();
  });
});

describe('isAccessStep: a model service gives no use of the chips', () => {
  it('takes every access type, a compute rental included', () => {
    for (const type of ['OWNS', 'CONTROLS', 'PROCURES_FROM', 'RENTS_FROM', 'OPERATES', 'HOSTS', 'ACQUIRED'])
      expect(isAccessStep({ type })).toBe(true);
    expect(isAccessStep({ type: 'RENTS_FROM', serviceKind: 'COMPUTE' })).toBe(true);
  });

  it('refuses the rental of a model service', () => {
    expect(isAccessStep({ type: 'RENTS_FROM', serviceKind: 'MODEL' })).toBe(false);
  });

  it('refuses the context types', () => {
    for (const type of ['FUNDS', 'MANUFACTURES', 'DESIGNATED_UNDER', 'RESTRICTS', 'SUPERSEDES'])
      expect(isAccessStep({ type })).toBe(false);
  });
});
