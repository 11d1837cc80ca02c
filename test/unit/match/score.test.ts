import { comparableName, isCertain, nameSimilarity, scoreCandidate } from '../../../src/match/score';

describe('match scores', () => {
  it('compares names across legal forms, word order, typos and Cyrillic', () => {
    expect(comparableName('Технологии Будущего')).toBe('tekhnologii budushchego');
    expect(nameSimilarity(comparableName('Acme Co., Ltd.'), comparableName('ACME Company Limited')).feature).toBe(
      'name:exact',
    );
    expect(nameSimilarity('haoran lin', 'lin haoran')).toEqual({ score: 0.95, feature: 'name:word-order' });
    expect(nameSimilarity('kestral analytics', 'kestrel analytics').score).toBeCloseTo(0.9);
    const namesake = scoreCandidate(
      { name: 'Tianhe Microsystems', country: 'US' },
      { id: 't', name: 'Tianhe Microsystems Co., Ltd.', aliases: [], country: 'CN', identifiers: [] },
    );
    expect(namesake).toMatchObject({ score: 0.7, features: ['name:exact', 'country:different'] });
    expect(isCertain(namesake)).toBe(false);
    const byId = scoreCandidate(
      { name: 'T', identifiers: ['91440300-MA5F000001'] },
      { id: 't', name: 'Tianhe', aliases: [], country: null, identifiers: ['uscCode:91440300MA5F000001'] },
    );
    expect(byId.features).toContain('identifier:uscCode');
    expect(isCertain(byId)).toBe(true);
  });
});
