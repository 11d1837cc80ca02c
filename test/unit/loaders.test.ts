import { createLoaders, loadAll } from '../../src/loaders';
import type { GraphRepository } from '../../src/repositories/graph-repository';
import type { RelRecord } from '../../src/domain';

/**
 * The loaders' error contract, with a repository stand-in (no database in this tier): a failed
 * statement puts its error in the slots of the keys it was for, and only those.
 */
const owns: RelRecord = {
  id: 'r1',
  type: 'OWNS',
  fromId: 'a',
  toId: 'b',
  startDate: null,
  endDate: null,
  confidence: 'CONFIRMED',
  sources: ['s'],
};

function repository(failing: { in?: boolean; nodes?: boolean }): GraphRepository {
  const unavailable = () => Object.assign(new Error('the graph database is unavailable'), { code: 'X' });
  return {
    async relationshipsOf(ids: readonly string[], direction: 'OUT' | 'IN') {
      if (direction === 'IN' && failing.in) throw unavailable();
      return { byNode: new Map(ids.map((id) => [id, direction === 'OUT' ? [owns] : []])), others: [] };
    },
    async nodesByIds(ids: readonly string[]) {
      if (failing.nodes) throw unavailable();
      return new Map(ids.filter((id) => id !== 'missing').map((id) => [id, { id, name: id, labels: ['Entity'] }]));
    },
  } as unknown as GraphRepository;
}

const key = (direction: 'OUT' | 'IN') => ({ nodeId: 'a', direction, types: ['OWNS'], includeRetracted: false });

describe('loader errors', () => {
  it('keep a failed group to its own keys: the other direction of the same batch still resolves', async () => {
    const loaders = createLoaders(repository({ in: true }));
    const [out, incoming] = await loaders.relations.loadMany([key('OUT'), key('IN')]);
    expect(out).toEqual([owns]);
    expect(incoming).toBeInstanceOf(Error);
  });

  it('loadAll gives null for an id without a node, and throws when a load failed', async () => {
    expect(await loadAll(createLoaders(repository({})).node, ['a', 'missing'])).toEqual([
      { id: 'a', name: 'a', labels: ['Entity'] },
      null,
    ]);
    await expect(loadAll(createLoaders(repository({ nodes: true })).node, ['a'])).rejects.toThrow(/unavailable/);
  });
});
