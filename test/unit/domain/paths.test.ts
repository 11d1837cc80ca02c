import { pathValidAt, stepHeldAt } from '../../../src/domain';
import { chip, cloud, entity, path } from './fixtures';

const h100 = { ...chip('h100'), releaseDate: '2022-03-22' };
const aws = cloud('aws', 'US');
const lab = entity('lab', 'CN');

describe('stepHeldAt', () => {
  it('holds a step into a chip from the chip release at the earliest', () => {
    const hosts = { type: 'HOSTS', startDate: null, endDate: null };
    expect(stepHeldAt(hosts, h100, '2022-03-21')).toBe(false);
    expect(stepHeldAt(hosts, h100, '2022-03-22')).toBe(true);
    expect(stepHeldAt({ ...hosts, startDate: '2021-01-10' }, h100, '2021-06-01')).toBe(false);
    expect(stepHeldAt({ ...hosts, type: 'ACQUIRED' }, h100, '2022-03-21')).toBe(false);
  });

  it('reads only its own span for other steps, or when the release is unknown', () => {
    const rents = { type: 'RENTS_FROM', startDate: '2020-01-01', endDate: '2020-12-31' };
    expect(stepHeldAt(rents, h100, '2020-06-01')).toBe(true);
    expect(stepHeldAt(rents, h100, '2021-01-01')).toBe(false);
    expect(stepHeldAt({ type: 'HOSTS', startDate: null, endDate: null }, chip('h100'), '2000-01-01')).toBe(true);
    expect(stepHeldAt({ type: 'HOSTS', startDate: null, endDate: '2021-12-31' }, h100, '2022-06-01')).toBe(false);
  });
});

describe('pathValidAt', () => {
  const route = path([lab, aws, h100], ['RENTS_FROM', 'HOSTS']);

  it('is not valid before the chip it ends at was released', () => {
    expect(pathValidAt(route, '2022-03-21')).toBe(false);
    expect(pathValidAt(route, '2022-03-22')).toBe(true);
  });

  it('is not valid when a step is retracted', () => {
    const retracted = { ...route, rels: route.rels.map((r, i) => (i === 0 ? { ...r, retracted: true } : r)) };
    expect(pathValidAt(retracted, '2024-01-01')).toBe(false);
  });
});
