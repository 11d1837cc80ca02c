import { importDocument } from '../../src/import/apply';
import { createTestApp, type TestApp } from '../support/app';
import { GraphBuilder } from '../support/graph-builder';

/** Path questions: one cheap version check, the searches in memory, listings bounded and saying so. */
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

describe('the graph version read before every path question', () => {
  it('costs the count store, not a scan: constant whatever the size of the graph', async () => {
    const session = app.driver.session();
    try {
      const result = await session.run(`PROFILE ${app.db.cypher.get('reach/version')}`);
      const ops = operators(result.summary.profile as unknown as Plan).map((o) => o.split(' ')[0]);
      expect(ops).toEqual(expect.arrayContaining(['NodeCountFromCountStore', 'RelationshipCountFromCountStore']));
      expect(ops.filter((o) => /Scan/.test(o ?? ''))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('statements per path question (the searches run in memory)', () => {
  async function statementsFor(query: string): Promise<number> {
    await app.gql(query); // the first question after a write loads the snapshot
    const before = app.db.statementsRun;
    const result = await app.gql(query);
    expect(result.errors).toBeUndefined();
    return app.db.statementsRun - before;
  }

  // The version check and the id checks (one node lookup for both ids).
  it('answers accessPaths, with restriction and pathways, in two statements', async () => {
    const statements = await statementsFor(
      '{ accessPaths(from: "broker-0", to: "h100", maxHops: 3, asOf: "2024-01-01") { totalCount nodes { pathways restriction { restricted reasons { kind } } } } }',
    );
    expect(statements).toBe(2);
  });

  it('answers whoCanReach in two statements', async () => {
    const statements = await statementsFor(
      '{ whoCanReach(chip: "h100", maxHops: 3, asOf: "2024-01-01") { totalCount entities { listed restricted shortestPaths } } }',
    );
    expect(statements).toBe(2);
  });

  it('reads the steps it shows from the database: one batch of nodes, one of relationships, one of their sources', async () => {
    const statements = await statementsFor(
      '{ accessPaths(from: "broker-0", to: "h100", maxHops: 3, asOf: "2024-01-01", first: 20) { nodes { steps { from { id } relationship { id sources { id } } to { id } } } } }',
    );
    expect(statements).toBe(5);
  });

  it('walks no further than maxHops', async () => {
    const longest = async (maxHops: number) => {
      const result = await app.gql<{ accessPaths: { nodes: { length: number }[] } }>(
        `{ accessPaths(from: "broker-0", to: "h100", maxHops: ${maxHops}, asOf: "2024-01-01", first: 100) { nodes { length } } }`,
      );
      expect(result.errors).toBeUndefined();
      return Math.max(0, ...(result.data?.accessPaths.nodes ?? []).map((p) => p.length));
    };
    expect(await longest(2)).toBe(2);
    expect(await longest(4)).toBe(4);
  });
});

describe('bounds', () => {
  it('caps the paths listed and says so with truncated', async () => {
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

  it('answers whoCanReach complete on a graph whose paths explode with length (reachability, not a listing)', async () => {
    await app.reset();
    expect((await importDocument(app.db, denseGraph(14).build(), { principal: 'test' })).ok).toBe(true);
    const deep = await createTestApp({ MAX_HOPS: '8' });
    try {
      const result = await deep.gql<{
        whoCanReach: {
          totalCount: number;
          truncated: boolean;
          entities: { distance: number; shortestPaths: number }[];
        };
      }>(
        '{ whoCanReach(chip: "h100", maxHops: 8, asOf: "2024-01-01", first: 100) { totalCount truncated entities { distance shortestPaths } } }',
      );
      expect(result.errors).toBeUndefined();
      // Every broker rents from the cloud (two steps), and the cloud hosts the chip itself.
      expect(result.data?.whoCanReach.totalCount).toBe(15);
      expect(result.data?.whoCanReach.truncated).toBe(false);
      // A broker's shortest path is its own rental; the listing of every path would be astronomical.
      expect(result.data?.whoCanReach.entities.filter((e) => e.distance === 2)).toHaveLength(14);
      const listing = await deep.gql<{ accessPaths: { truncated: boolean } }>(
        '{ accessPaths(from: "broker-0", to: "h100", maxHops: 8, asOf: "2024-01-01") { truncated } }',
      );
      expect(listing.data?.accessPaths.truncated).toBe(true);
    } finally {
      await deep.close();
    }
  });
});
