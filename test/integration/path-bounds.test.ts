import { dateParam, intParam } from '../../src/db/values';
import { importDocument } from '../../src/import/apply';
import { createTestApp, type TestApp } from '../support/app';
import { GraphBuilder } from '../support/graph-builder';

/** Path queries are anchored on the id indexes, bounded, and stopped by the transaction timeout. */
let app: TestApp;

/** A dense graph: every broker procures from every other one, so paths explode with length. */
function denseGraph(size: number): GraphBuilder {
  const g = new GraphBuilder().cloud('cloud').chip('h100').rel('HOSTS', 'cloud', 'h100');
  for (let i = 0; i < size; i += 1) g.entity(`broker-${i}`).rel('RENTS_FROM', `broker-${i}`, 'cloud');
  for (let i = 0; i < size; i += 1)
    for (let j = 0; j < size; j += 1) if (i !== j) g.rel('PROCURES_FROM', `broker-${i}`, `broker-${j}`);
  return g;
}

type Plan = { operatorType: string; arguments: Record<string, unknown>; children: Plan[] };

/** Every operator of a plan with its details, e.g. "NodeByLabelScan chip:Chip". */
const operators = (plan: Plan): string[] => [
  `${plan.operatorType.replace(/@.*$/, '')} ${String(plan.arguments.Details ?? '')}`,
  ...plan.children.flatMap(operators),
];

beforeAll(async () => {
  app = await createTestApp();
  await app.reset();
  expect((await importDocument(app.db, denseGraph(9).build(), { principal: 'test' })).ok).toBe(true);
});
afterAll(async () => {
  await app.close();
});

describe('query plans (PROFILE)', () => {
  const params = {
    types: ['OWNS', 'CONTROLS', 'PROCURES_FROM', 'RENTS_FROM', 'OPERATES', 'HOSTS', 'ACQUIRED'],
    asOf: dateParam('2024-01-01'),
    includeRetracted: false,
    limit: intParam(50),
    contextIds: [],
  };

  async function profile(name: string, extra: Record<string, unknown>) {
    const session = app.db.driver.session();
    try {
      const result = await session.run(`PROFILE ${app.db.cypher.get(name, { maxHops: 3 })}`, { ...params, ...extra });
      const ops = operators(result.summary.profile as unknown as Plan);
      if (process.env.SHOW_PLANS) process.stdout.write(`${name}: ${ops.map((o) => o.slice(0, 70)).join(' < ')}\n`);
      return ops;
    } finally {
      await session.close();
    }
  }

  // The planner may pair the origin with every chip (StatefulShortestPath Into): chips are few,
  // entities are many, so what must never happen is a scan of entities or of all nodes.
  const scansEntities = (ops: string[]) =>
    ops.some((o) => o.startsWith('AllNodesScan') || /LabelScan .*:Entity/.test(o));

  it('starts paths from an entity at its unique id index, with a breadth-first shortest-path search', async () => {
    const ops = await profile('paths/from-entity', { from: 'broker-0' });
    expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek') && o.includes(':Entity'))).toBe(true);
    expect(ops.some((o) => o.startsWith('StatefulShortestPath'))).toBe(true);
    expect(scansEntities(ops)).toBe(false);
  });

  // The chip is not anchored on its id index: bound at both ends, the search would run from both
  // (a widely hosted chip's reverse neighbourhood is far larger than an entity's forward one).
  // With few chips the planner may still pair the origin with each chip; at 100k entities it
  // searches forward from the origin (bench/).
  it('anchors a path between an entity and a chip on the entity id index only', async () => {
    const ops = await profile('paths/between', { from: 'broker-0', to: 'h100' });
    expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek') && o.includes(':Entity'))).toBe(true);
    expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek') && o.includes(':Chip'))).toBe(false);
    expect(ops.some((o) => o.startsWith('StatefulShortestPath'))).toBe(true);
    expect(scansEntities(ops)).toBe(false);
  });

  it('anchors paths to a chip on the chip id index', async () => {
    const ops = await profile('paths/to-chip', { chip: 'h100' });
    expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    // Pairing the chip with each entity (Into) or fanning out from it (All) is the planner's
    // cost-based choice; either way the search is a bounded shortest-path search.
    expect(ops.some((o) => o.startsWith('StatefulShortestPath'))).toBe(true);
    expect(ops.some((o) => o.startsWith('AllNodesScan'))).toBe(false);
  });
});

describe('one round trip per path question', () => {
  async function statementsFor(query: string): Promise<number> {
    const before = app.db.statementsRun;
    const result = await app.gql(query);
    expect(result.errors).toBeUndefined();
    return app.db.statementsRun - before;
  }

  // The id checks (one node lookup for both ids) go out beside the path statement, which brings
  // the restriction context of its paths with it: two statements, sent at once.
  it('answers accessPaths, with restriction and pathways, in two statements', async () => {
    const statements = await statementsFor(
      '{ accessPaths(from: "broker-0", to: "h100", maxHops: 3, asOf: "2024-01-01") { totalCount nodes { pathways restriction { restricted reasons { kind } } } } }',
    );
    expect(statements).toBe(2);
  });

  it('answers whoCanReach in two statements', async () => {
    const statements = await statementsFor(
      '{ whoCanReach(chip: "h100", maxHops: 3, asOf: "2024-01-01") { entities { listed restricted pathCount } } }',
    );
    expect(statements).toBe(2);
  });

  it('walks no further than maxHops: the search does less work at a lower bound', async () => {
    const hits = async (maxHops: number) => {
      const session = app.db.driver.session();
      try {
        const text = app.db.cypher.get('paths/from-entity', { maxHops });
        const result = await session.run(`PROFILE ${text}`, {
          types: ['PROCURES_FROM', 'RENTS_FROM', 'HOSTS'],
          asOf: null,
          includeRetracted: false,
          limit: intParam(1000),
          contextIds: [],
          from: 'broker-0',
        });
        const sum = (plan: { dbHits: number; children: unknown[] }): number =>
          plan.dbHits + plan.children.reduce<number>((acc, c) => acc + sum(c as typeof plan), 0);
        const row = result.records[0]?.get('paths') as { rels: unknown[] }[];
        return { dbHits: sum(result.summary.profile as never), longest: Math.max(0, ...row.map((p) => p.rels.length)) };
      } finally {
        await session.close();
      }
    };
    const [two, six] = [await hits(2), await hits(6)];
    expect(two.longest).toBe(2);
    expect(six.longest).toBeGreaterThan(2);
    expect(two.dbHits).toBeLessThan(six.dbHits);
  });
});

describe('bounds', () => {
  it('caps the paths considered and says so with truncated', async () => {
    const capped = await createTestApp({ MAX_PATHS: '25' });
    try {
      const result = await capped.gql<{ accessPaths: { totalCount: number; truncated: boolean } }>(
        '{ accessPaths(from: "broker-0", to: "h100", maxHops: 6, asOf: "2024-01-01") { totalCount truncated } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.accessPaths).toEqual({ totalCount: 25, truncated: true });
    } finally {
      await capped.close();
    }
  });

  it('answers QUERY_TIMEOUT when a path query outlives the transaction timeout', async () => {
    // A denser graph than the other tests: its search runs for many seconds, well past the
    // database's timeout check (which runs every two seconds), so the timeout must end it.
    await app.reset();
    expect((await importDocument(app.db, denseGraph(14).build(), { principal: 'test' })).ok).toBe(true);
    const slow = await createTestApp({ NEO4J_TX_TIMEOUT_MS: '300', MAX_PATHS: '100000', MAX_HOPS: '8' });
    try {
      // The code is the proof: without the timeout the search would answer with data. (No bound
      // on the elapsed time: on a busy machine it says nothing about the timeout.)
      const result = await slow.gql(
        '{ whoCanReach(chip: "h100", maxHops: 8, asOf: "2024-01-01") { entities { pathCount } } }',
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    } finally {
      await slow.close();
    }
  });
});
