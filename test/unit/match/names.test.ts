import { nameWords, normalizeName, slugify, uniqueId } from '../../../src/match/names';

describe('normalizeName', () => {
  it('ignores case, punctuation, accents and trailing legal forms', () => {
    expect(normalizeName('Huawei Technologies Co., Ltd.')).toBe('huawei technologies');
    expect(normalizeName('HUAWEI TECHNOLOGIES CO LTD')).toBe('huawei technologies');
    expect(normalizeName('  Société Générale S.A. ')).toBe('societe generale s a');
    expect(normalizeName('Inspur Group Co., Ltd.')).toBe('inspur group');
    expect(normalizeName('AT&T Inc.')).toBe('at and t');
  });

  it('keeps a name made only of a legal form, and other scripts', () => {
    expect(normalizeName('Limited')).toBe('limited');
    expect(normalizeName('商汤科技')).toBe('商汤科技');
  });
});

describe('nameWords', () => {
  it('keeps the words worth searching for', () => {
    expect(nameWords('Yunda Technology Ltd Co')).toEqual(['yunda', 'technology']);
    expect(nameWords('A. B. Holdings')).toEqual(['holdings']);
  });
});

describe('slugify and uniqueId', () => {
  it('makes lowercase hyphenated ASCII ids', () => {
    expect(slugify('Beijing Academy of Artificial Intelligence')).toBe('beijing-academy-of-artificial-intelligence');
    expect(slugify('Huawei Technologies Co., Ltd.')).toBe('huawei-technologies-co-ltd');
    expect(slugify('84 FR 22961')).toBe('84-fr-22961');
    expect(slugify('Zürich Instruments & Co')).toBe('zurich-instruments-and-co');
  });

  it('falls back when a name has no ASCII letter, and bounds the length', () => {
    expect(slugify('商汤科技', 'entity')).toBe('entity');
    expect(slugify('x'.repeat(300)).length).toBeLessThanOrEqual(116);
  });

  it('adds -2, -3... until the id is free', () => {
    const taken = new Set(['acme', 'acme-2']);
    expect(uniqueId('acme', (id) => taken.has(id))).toBe('acme-3');
    expect(uniqueId('other', (id) => taken.has(id))).toBe('other');
  });
});
