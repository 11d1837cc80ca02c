import { createSeededApp, createTestApp, type TestApp } from '../support/app';
import { API_KEYS, as } from '../support/keys';

/**
 * The trends' month-end table on the curated graph, through the API: trends answered from it are
 * the trends counted without it (two servers on one database, one with a table and one
 * without); it is read instead of counting; a write makes a new version whose trends are
 * counted until its own table is built.
 */
let withTable: TestApp;
let without: TestApp;

beforeAll(async () => {
  withTable = await createSeededApp({ TREND_TABLE_MONTHS: '120', TREND_TABLE_DELAY_MS: '0', API_KEYS });
  without = await createTestApp();
});
afterAll(async () => {
  await withTable.close();
  await without.close();
});

const TREND = `query($chips: [ID!], $start: Date!, $end: Date!, $interval: TrendInterval!, $roles: [ReachRole!], $filter: PathFilter) {
  accessTrends(chips: $chips, start: $start, end: $end, interval: $interval, roles: $roles, filter: $filter) {
    chips { id }
    periods { start end accesses restricted listed listedRestricted stale staleRestricted
              byPathway { pathway count restricted } events { kind date } }
  } }`;

const QUESTIONS: Record<string, unknown>[] = [
  // README's worked question: restricted accesses by pathway, quarterly, 2022-2025.
  { start: '2022-01-01', end: '2025-12-31', interval: 'QUARTER' },
  { start: '2023-01-01', end: '2023-12-31', interval: 'MONTH', chips: ['nvidia-h100', 'nvidia-a100'] },
  // The explorer's question: holders and users, not hosts.
  { start: '2019-01-01', end: '2026-12-31', interval: 'YEAR', roles: ['HOLDER', 'USER'] },
  { start: '2024-01-01', end: '2024-12-31', interval: 'QUARTER', filter: {} },
  // Filters applied to each access are read from the table's cells.
  { start: '2022-01-01', end: '2025-12-31', interval: 'QUARTER', filter: { onlyRestricted: true } },
  {
    start: '2022-01-01',
    end: '2025-12-31',
    interval: 'YEAR',
    filter: { includePathways: ['CLOUD_RENTAL', 'STOCKPILE'], excludePathways: ['SUBSIDIARY'] },
    roles: ['HOLDER', 'USER'],
  },
  // Ends mid-month: its last period's end is counted.
  { start: '2022-07-01', end: '2024-05-15', interval: 'QUARTER', roles: ['USER'] },
];

async function trend(app: TestApp, variables: Record<string, unknown>) {
  const result = await app.gql<{ accessTrends: { periods: { accesses: number }[] } }>(TREND, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.accessTrends;
}

async function tableBuilt(): Promise<string> {
  const snapshot = await withTable.reach.current();
  expect(await withTable.trendTable.ready(snapshot.version)).toBe(true);
  return snapshot.version;
}

describe("the trends' month-end table", () => {
  it('answers the trends of the default search as counting does, with the filters read from its cells, without counting what it holds', async () => {
    await tableBuilt();
    expect(withTable.trendTable.status()).toMatchObject({ months: 120, last: `${new Date().getUTCFullYear()}-12-31` });
    const count = jest.spyOn(withTable.counters, 'count');
    try {
      for (const variables of QUESTIONS) {
        const read = await trend(withTable, variables);
        const counted = await trend(without, variables);
        expect(read).toEqual(counted);
        expect(read?.periods.some((p) => p.accesses > 0)).toBe(true);
      }
      // Only the question ending mid-month counted a date (its last).
      expect(count).toHaveBeenCalledTimes(1);
      expect(count.mock.calls[0]?.[1].dates).toEqual(['2024-05-15']);
    } finally {
      count.mockRestore();
    }
  });

  it('counts a question whose search it does not hold (a filter that chooses steps)', async () => {
    await tableBuilt();
    const count = jest.spyOn(withTable.counters, 'count');
    try {
      const variables = {
        start: '2023-01-01',
        end: '2023-12-31',
        interval: 'QUARTER',
        filter: { minConfidence: 'REPORTED' },
      };
      expect(await trend(withTable, variables)).toEqual(await trend(without, variables));
      expect(count).toHaveBeenCalledTimes(1);
    } finally {
      count.mockRestore();
    }
  });

  it('counts the trends of a new version until its own table is built, then reads that one', async () => {
    const before = await tableBuilt();
    const variables = { start: '2024-01-01', end: '2025-12-31', interval: 'QUARTER' };
    const earlier = await trend(withTable, variables);
    const source = { id: 'src-table-test', publisher: 'Test', title: 'A test report', publishedAt: '2024-07-01' };
    const written = await withTable.gql<{ write: { ok: boolean } }>(
      `mutation($input: WriteInput!) { write(input: $input) { ok } }`,
      {
        input: {
          sources: [source],
          nodes: [
            {
              id: 'table-test-lab',
              label: 'Entity',
              name: 'Table test lab',
              kind: 'COMPANY',
              country: 'CN',
              sources: [source.id],
            },
          ],
          relationships: [
            {
              id: 'table-test-lab-rents-aws',
              type: 'RENTS_FROM',
              from: 'table-test-lab',
              to: 'aws',
              startDate: '2024-06-01',
              confidence: 'REPORTED',
              sources: [source.id],
            },
          ],
        },
      },
      as('analyst'),
    );
    expect(written.errors).toBeUndefined();
    const after = (await withTable.reach.current()).version;
    expect(after).not.toBe(before);
    const count = jest.spyOn(withTable.counters, 'count');
    try {
      const counted = await trend(without, variables);
      expect(counted).not.toEqual(earlier);
      // Asked before the new table is built: counted (the delay is 0, so it may be built already).
      const first = await trend(withTable, variables);
      expect(first).toEqual(counted);
      expect(await withTable.trendTable.ready(after)).toBe(true);
      count.mockClear();
      // Another question of the same shape (not one kept with the snapshot): read from the new table.
      const again = { ...variables, chips: ['nvidia-h100'] };
      expect(await trend(withTable, again)).toEqual(await trend(without, again));
      expect(count).not.toHaveBeenCalled();
    } finally {
      count.mockRestore();
    }
  });
});
