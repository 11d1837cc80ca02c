import { createSeededApp, type TestApp } from '../support/app';

/**
 * Timelines, trends and rule impact on the curated graph: the README's worked questions, and
 * exact agreement with accessPaths and whoCanReach on random dates and on every boundary.
 */
let app: TestApp;

beforeAll(async () => {
  app = await createSeededApp();
});
afterAll(async () => {
  await app.close();
});

const WINDOW = { start: '2019-01-01', end: '2026-11-30' };

interface Cause {
  date: string;
  kind: string;
  description: string;
  relationship: { id: string } | null;
  regulation: { id: string } | null;
  sources: { id: string; publisher: string | null }[];
}
interface Period {
  start: string;
  end: string;
  restricted: boolean;
  stale: boolean;
  pathways: string[];
  restriction: { reasons: { kind: string; citation: string | null; regulation: { id: string } | null }[] };
  opensWith: Cause[];
  closesWith: Cause[];
}
interface Span {
  start: string;
  end: string;
  fromWindowStart: boolean;
  toWindowEnd: boolean;
  opensWith: Cause[];
}
interface Route {
  id: string;
  origin: { id: string };
  chip: { id: string };
  periods: Period[];
  held: Span[];
  restricted: Span[];
  evidenceCurrent: Span[];
}

const CAUSE = 'date kind description relationship { id } regulation { id } sources { id publisher }';
const ROUTE = `id origin { id } chip { id }
  periods { start end restricted stale pathways restriction { reasons { kind citation regulation { id } } }
            opensWith { ${CAUSE} } closesWith { ${CAUSE} } }
  held { start end fromWindowStart toWindowEnd opensWith { ${CAUSE} } }
  restricted { start end fromWindowStart toWindowEnd opensWith { ${CAUSE} } }
  evidenceCurrent { start end fromWindowStart toWindowEnd opensWith { ${CAUSE} } }`;

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await app.gql<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

async function timeline(variables: Record<string, unknown>): Promise<{ routes: Route[]; dates: string[] }> {
  const data = await ok<{ accessTimeline: { routes: Route[]; dates: string[] } }>(
    `query($from: ID, $to: ID, $start: Date!, $end: Date!, $roles: [ReachRole!]) {
       accessTimeline(from: $from, to: $to, start: $start, end: $end, roles: $roles) { dates routes { ${ROUTE} } } }`,
    { ...WINDOW, ...variables },
  );
  return data.accessTimeline;
}

/** What a route is on a date, from its periods: null when it is not an access path then. */
function stateOn(route: Route, date: string) {
  const p = route.periods.find((x) => x.start <= date && date <= x.end);
  return p ? { restricted: p.restricted, stale: p.stale, pathways: p.pathways } : null;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Dates to check a timeline on: its own boundaries and the days around them, and random days (seeded). */
function checkDates(routes: Route[], random: number, seed: number): string[] {
  const dates = new Set<string>();
  for (const r of routes) {
    for (const p of r.periods) for (const d of [p.start, p.end, addDays(p.start, -1), addDays(p.end, 1)]) dates.add(d);
  }
  let x = seed;
  const span = (Date.parse(WINDOW.end) - Date.parse(WINDOW.start)) / 86_400_000;
  for (let i = 0; i < random; i += 1) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    dates.add(addDays(WINDOW.start, x % (span + 1)));
  }
  return [...dates].filter((d) => d >= WINDOW.start && d <= WINDOW.end).sort();
}

describe('accessTimeline agrees with accessPaths on every day', () => {
  const ORIGINS = [
    'shenzhen-university',
    'deepseek',
    'sensetime',
    'iflytek',
    'baidu',
    'unnamed-beijing-company',
    'derek-aw',
    'harbin-institute-of-technology',
  ];

  it.each(ORIGINS)(
    '%s: the paths held, restricted, stale and pathways on random days and on every boundary',
    async (from) => {
      const { routes } = await timeline({ from });
      expect(routes.length).toBeGreaterThan(0);
      for (const date of checkDates(routes, 12, from.length)) {
        const { accessPaths } = await ok<{
          accessPaths: {
            truncated: boolean;
            totalCount: number;
            nodes: {
              id: string;
              pathways: string[];
              restriction: { restricted: boolean };
              evidence: { stale: boolean };
            }[];
          };
        }>(
          `query($from: ID!, $asOf: Date) { accessPaths(from: $from, asOf: $asOf, first: 100) {
           truncated totalCount nodes { id pathways restriction { restricted } evidence { stale } } } }`,
          { from, asOf: date },
        );
        expect(accessPaths.truncated).toBe(false);
        expect(accessPaths.nodes).toHaveLength(accessPaths.totalCount);
        const expected = Object.fromEntries(
          accessPaths.nodes.map((p) => [
            p.id,
            { restricted: p.restriction.restricted, stale: p.evidence.stale, pathways: p.pathways },
          ]),
        );
        const actual = Object.fromEntries(routes.flatMap((r) => (stateOn(r, date) ? [[r.id, stateOn(r, date)]] : [])));
        expect({ date, paths: actual }).toEqual({ date, paths: expected });
      }
    },
  );

  it('ties every boundary inside the window to a cause, and each span to the periods', async () => {
    for (const from of ORIGINS) {
      const { routes } = await timeline({ from });
      for (const route of routes) {
        route.periods.forEach((p, i) => {
          if (p.start !== WINDOW.start) expect(p.opensWith.length).toBeGreaterThan(0);
          if (p.end !== WINDOW.end) expect(p.closesWith.length).toBeGreaterThan(0);
          for (const c of p.opensWith) expect(c.date).toBe(p.start);
          for (const c of p.closesWith) expect(c.date).toBe(addDays(p.end, 1));
          const next = route.periods[i + 1];
          if (next) expect(next.start > p.end).toBe(true);
        });
        const heldDays = route.held.map((s) => [s.start, s.end]);
        expect(heldDays[0]?.[0]).toBe(route.periods[0]?.start);
        for (const s of route.restricted)
          expect(route.held.some((h) => h.start <= s.start && s.end <= h.end)).toBe(true);
      }
    }
  });
});

describe('accessTimeline to a chip agrees with whoCanReach on every day', () => {
  it('every entity that reaches the H100, restricted or not, stale or not, with its best path pathways', async () => {
    const { routes } = await timeline({ to: 'nvidia-h100' });
    expect(routes.length).toBeGreaterThan(3);
    for (const date of checkDates(routes, 10, 7)) {
      const { whoCanReach } = await ok<{
        whoCanReach: {
          totalCount: number;
          entities: { entity: { id: string }; restricted: boolean; stale: boolean; pathways: string[] }[];
        };
      }>(
        `query($asOf: Date) { whoCanReach(chip: "nvidia-h100", asOf: $asOf, first: 100) {
           totalCount entities { entity { id } restricted stale pathways } } }`,
        { asOf: date },
      );
      expect(whoCanReach.entities).toHaveLength(whoCanReach.totalCount);
      const expected = Object.fromEntries(
        whoCanReach.entities.map((e) => [
          `${e.entity.id}|nvidia-h100`,
          { restricted: e.restricted, stale: e.stale, pathways: e.pathways },
        ]),
      );
      const actual = Object.fromEntries(routes.flatMap((r) => (stateOn(r, date) ? [[r.id, stateOn(r, date)]] : [])));
      expect({ date, accesses: actual }).toEqual({ date, accesses: expected });
    }
  });

  it('leaves the hosts out when asked for holders and users only', async () => {
    const all = await timeline({ to: 'nvidia-h100' });
    const reaching = await timeline({ to: 'nvidia-h100', roles: ['HOLDER', 'USER'] });
    expect(all.routes.some((r) => r.origin.id === 'aws')).toBe(true);
    expect(reaching.routes.some((r) => r.origin.id === 'aws')).toBe(false);
    expect(reaching.routes.some((r) => r.origin.id === 'shenzhen-university')).toBe(true);
  });
});

describe("a chip's release date", () => {
  it('opens a host route of unknown start on the release day, citing the chip, and no one reaches the chip before', async () => {
    const { routes } = await timeline({ to: 'nvidia-h100' });
    const aws = routes.find((r) => r.origin.id === 'aws') as Route;
    expect(aws.held[0]).toMatchObject({ start: '2022-03-22', fromWindowStart: false });
    const released = aws.held[0]?.opensWith.find((c) => c.kind === 'CHIP_RELEASED');
    expect(released).toMatchObject({ date: '2022-03-22' });
    expect(released?.description).toContain('its start is not known');
    const chip = await ok<{ node: { sources: { id: string }[] } }>(
      `{ node(id: "nvidia-h100") { ... on Chip { sources { id } } } }`,
    );
    expect(chip.node.sources.length).toBeGreaterThan(0);
    expect(released?.sources.map((x) => x.id).sort()).toEqual(chip.node.sources.map((x) => x.id).sort());
    // Each host's route opens with the release of its own step only, not every step into the chip.
    for (const host of ['aws', 'microsoft-azure']) {
      const route = routes.find((r) => r.origin.id === host) as Route;
      const releases = route.held[0]?.opensWith.filter((c) => c.kind === 'CHIP_RELEASED');
      expect({ host, steps: releases?.map((c) => c.relationship?.id) }).toEqual({
        host,
        steps: [`${host}-hosts-nvidia-h100`],
      });
    }
    for (const [asOf, expected] of [
      ['2000-01-01', 0],
      ['2021-06-01', 0],
      ['2022-03-21', 0],
    ] as const) {
      const data = await ok<{ whoCanReach: { totalCount: number } }>(
        `query($asOf: Date) { whoCanReach(chip: "nvidia-h100", asOf: $asOf) { totalCount } }`,
        { asOf },
      );
      expect({ asOf, total: data.whoCanReach.totalCount }).toEqual({ asOf, total: expected });
    }
    const onRelease = await ok<{ whoCanReach: { entities: { entity: { id: string } }[] } }>(
      `{ whoCanReach(chip: "nvidia-h100", asOf: "2022-03-22", first: 100) { entities { entity { id } } } }`,
    );
    expect(onRelease.whoCanReach.entities.map((e) => e.entity.id).sort()).toEqual(['aws', 'microsoft-azure']);
  });
});

describe("a chip's release on a trend's axis", () => {
  it('marks the month the A100 is released, where its first accesses appear, citing the chip', async () => {
    const { accessTrends } = await ok<{
      accessTrends: {
        periods: { start: string; accesses: number; events: { kind: string; date: string }[] }[];
        events: {
          kind: string;
          date: string;
          relationship: { id: string } | null;
          chip: { id: string } | null;
          sources: { id: string }[];
        }[];
      };
    }>(
      `{ accessTrends(chips: ["nvidia-a100"], start: "2020-01-01", end: "2020-12-31", interval: MONTH) {
           periods { start accesses events { kind date } }
           events { kind date relationship { id } chip { id } sources { id } } } }`,
    );
    const month = (start: string) => accessTrends.periods.find((p) => p.start === start);
    expect(month('2020-04-01')?.accesses).toBe(0);
    expect(month('2020-05-01')?.accesses).toBeGreaterThan(0);
    expect(month('2020-05-01')?.events).toEqual([{ kind: 'CHIP_RELEASED', date: '2020-05-14' }]);
    const chip = await ok<{ node: { sources: { id: string }[] } }>(
      `{ node(id: "nvidia-a100") { ... on Chip { sources { id } } } }`,
    );
    expect(accessTrends.events.filter((e) => e.kind === 'CHIP_RELEASED')).toEqual([
      {
        kind: 'CHIP_RELEASED',
        date: '2020-05-14',
        relationship: null,
        chip: { id: 'nvidia-a100' },
        sources: chip.node.sources,
      },
    ]);
  });
});

describe('a release date that is a lower bound (the rule a China-market chip was made to pass)', () => {
  it("counts DeepSeek's undated H800s from 87 FR 62186 (7 Oct 2022) on, not since ever", async () => {
    const reach = async (asOf: string) =>
      (
        await ok<{ whoCanReach: { entities: { entity: { id: string } }[] } }>(
          `query($asOf: Date) { whoCanReach(chip: "nvidia-h800", asOf: $asOf) { entities { entity { id } } } }`,
          { asOf },
        )
      ).whoCanReach.entities.map((e) => e.entity.id);
    expect(await reach('2019-01-01')).toEqual([]);
    expect(await reach('2022-10-06')).toEqual([]);
    expect(await reach('2022-10-07')).toEqual(['deepseek']);
  });

  it('counts no access in the years before any chip of the graph existed', async () => {
    const { accessTrends } = await ok<{ accessTrends: { periods: { start: string; accesses: number }[] } }>(
      `{ accessTrends(start: "2000-01-01", end: "2019-12-31", interval: YEAR) { periods { start accesses } } }`,
    );
    expect(accessTrends.periods).toHaveLength(20);
    expect(accessTrends.periods.filter((p) => p.accesses > 0)).toEqual([]);
  });
});

describe('worked questions (README, "Time as an answer")', () => {
  it("When did Shenzhen University's H100 route open, and which rule restricted it?", async () => {
    const { routes } = await timeline({ from: 'shenzhen-university', to: 'nvidia-h100' });
    expect(routes).toHaveLength(1);
    const [route] = routes as [Route];
    // It opened when the tender's procurement and the rental started (March 2024), sourced by Reuters.
    expect(route.held[0]?.start).toBe('2024-03-01');
    const opened = route.held[0]?.opensWith ?? [];
    expect(opened.map((c) => c.kind)).toEqual(['STEP_STARTS', 'STEP_STARTS']);
    expect(opened.every((c) => c.sources.some((s) => s.publisher === 'Reuters'))).toBe(true);
    // Restricted from the first day: the rules already in force for China covered the H100.
    expect(route.restricted[0]?.start).toBe('2024-03-01');
    const citations = route.periods[0]?.restriction.reasons.map((r) => r.citation);
    expect(citations).toEqual(expect.arrayContaining(['87 FR 62186', '88 FR 73458']));
    // Its evidence (Reuters, 23 Aug 2024) goes stale 24 months later.
    expect(route.evidenceCurrent[0]?.end).toBe('2026-08-23');
    expect(route.periods[1]).toMatchObject({ start: '2026-08-24', stale: true, restricted: true });
  });

  it('Which accesses to A100/H100 did the 2023 rule leave open, and through which pathways?', async () => {
    const { ruleImpact } = await ok<{
      ruleImpact: {
        effective: string;
        chips: { id: string }[];
        leftOpen: {
          count: number;
          byPathway: { pathway: string; count: number }[];
          accesses: { entity: { id: string }; chip: { id: string }; pathways: string[] }[];
        };
      };
    }>(
      `{ ruleImpact(regulation: "reg-2023-10-88fr73458", chips: ["nvidia-a100", "nvidia-h100"], asOf: "2024-06-01") {
           effective chips { id }
           leftOpen { count byPathway { pathway count } accesses(first: 100) { entity { id } chip { id } pathways } } } }`,
    );
    expect(ruleImpact.effective).toBe('2023-11-17');
    expect(ruleImpact.chips.map((c) => c.id)).toEqual(['nvidia-a100', 'nvidia-h100']);
    expect(ruleImpact.leftOpen.accesses).toHaveLength(ruleImpact.leftOpen.count);
    const pathways = Object.fromEntries(ruleImpact.leftOpen.byPathway.map((b) => [b.pathway, b.count]));
    expect(pathways.CLOUD_RENTAL).toBeGreaterThan(0);
    expect(ruleImpact.leftOpen.accesses).toContainEqual({
      entity: { id: 'shenzhen-university' },
      chip: { id: 'nvidia-h100' },
      pathways: ['CLOUD_RENTAL', 'INTERMEDIARY'],
    });
    // Each count agrees with the list.
    for (const { pathway, count } of ruleImpact.leftOpen.byPathway) {
      expect(ruleImpact.leftOpen.accesses.filter((a) => a.pathways.includes(pathway))).toHaveLength(count);
    }
  });

  it('what the 2023 rule made restricted: the A800 stockpiles of the large Chinese platforms', async () => {
    const { ruleImpact } = await ok<{
      ruleImpact: {
        newlyRestricted: { accesses: { entity: { id: string }; chip: { id: string }; pathways: string[] }[] };
      };
    }>(
      `{ ruleImpact(regulation: "reg-2023-10-88fr73458") {
           newlyRestricted { accesses(first: 100) { entity { id } chip { id } pathways } } } }`,
    );
    const a800 = ruleImpact.newlyRestricted.accesses.filter((a) => a.chip.id === 'nvidia-a800');
    expect(a800.map((a) => a.entity.id)).toEqual(expect.arrayContaining(['alibaba', 'baidu', 'bytedance', 'tencent']));
    for (const a of a800) expect(a.pathways).toContain('STOCKPILE');
    // Nothing already restricted the day before is counted as made restricted.
    expect(
      ruleImpact.newlyRestricted.accesses.some((a) => a.chip.id === 'nvidia-h100' && a.entity.id === 'sensetime'),
    ).toBe(false);
  });

  it('Restricted accesses by pathway, quarterly, 2022-2025: each quarter equals whoCanReach on its last day', async () => {
    const { accessTrends } = await ok<{
      accessTrends: {
        chips: { id: string }[];
        periods: {
          start: string;
          end: string;
          accesses: number;
          restricted: number;
          listed: number;
          stale: number;
          byPathway: { pathway: string; count: number; restricted: number }[];
          events: { kind: string; date: string }[];
        }[];
        events: { kind: string; date: string; regulation: { id: string } | null }[];
      };
    }>(
      `{ accessTrends(start: "2022-01-01", end: "2025-12-31", interval: QUARTER) {
           chips { id }
           periods { start end accesses restricted listed stale byPathway { pathway count restricted } events { kind date } }
           events { kind date regulation { id } } } }`,
    );
    expect(accessTrends.periods).toHaveLength(16);
    expect(accessTrends.periods[0]).toMatchObject({ start: '2022-01-01', end: '2022-03-31' });
    expect(accessTrends.periods[15]).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
    expect(accessTrends.events).toContainEqual(
      expect.objectContaining({
        kind: 'RULE_TAKES_EFFECT',
        date: '2023-11-17',
        regulation: { id: 'reg-2023-10-88fr73458' },
      }),
    );
    expect(accessTrends.periods[7]?.events.map((e) => e.date)).toContain('2023-11-17');
    for (const period of accessTrends.periods) {
      const sums = { accesses: 0, restricted: 0, listed: 0, stale: 0, byPathway: new Map<string, number[]>() };
      for (const { id } of accessTrends.chips) {
        const { whoCanReach } = await ok<{
          whoCanReach: {
            totalCount: number;
            restrictedCount: number;
            listedCount: number;
            staleCount: number;
            byPathway: { pathway: string; count: number; restrictedCount: number }[];
          };
        }>(
          `query($chip: ID!, $asOf: Date) { whoCanReach(chip: $chip, asOf: $asOf, first: 1) {
             totalCount restrictedCount listedCount staleCount byPathway { pathway count restrictedCount } } }`,
          { chip: id, asOf: period.end },
        );
        sums.accesses += whoCanReach.totalCount;
        sums.restricted += whoCanReach.restrictedCount;
        sums.listed += whoCanReach.listedCount;
        sums.stale += whoCanReach.staleCount;
        for (const b of whoCanReach.byPathway) {
          const [c, r] = sums.byPathway.get(b.pathway) ?? [0, 0];
          sums.byPathway.set(b.pathway, [(c ?? 0) + b.count, (r ?? 0) + b.restrictedCount]);
        }
      }
      expect(period).toMatchObject({
        accesses: sums.accesses,
        restricted: sums.restricted,
        listed: sums.listed,
        stale: sums.stale,
      });
      expect(Object.fromEntries(period.byPathway.map((b) => [b.pathway, [b.count, b.restricted]]))).toEqual(
        Object.fromEntries(sums.byPathway),
      );
    }
    // Restricted accesses grow as the rules and the reported routes accumulate.
    const restricted = accessTrends.periods.map((p) => p.restricted);
    expect(restricted[15]).toBeGreaterThan(restricted[0] ?? 0);
  });
});

describe('refusals', () => {
  async function code(query: string): Promise<string | undefined> {
    const result = await app.gql(query);
    expect(result.data ?? null).toBeNull();
    return result.errors?.[0]?.extensions?.code as string | undefined;
  }

  it('says what is wrong, with a code', async () => {
    expect(await code('{ accessTimeline(start: "2024-01-01", end: "2024-12-31") { dates } }')).toBe('BAD_USER_INPUT');
    expect(
      await code('{ accessTimeline(from: "shenzhen-university", start: "2024-12-31", end: "2024-01-01") { dates } }'),
    ).toBe('BAD_USER_INPUT');
    expect(
      await code('{ accessTimeline(from: "no-such-entity", start: "2024-01-01", end: "2024-12-31") { dates } }'),
    ).toBe('NOT_FOUND');
    expect(await code('{ ruleImpact(regulation: "reg-2024-01-89fr5698-iaas-kyc") { effective } }')).toBe(
      'BAD_USER_INPUT',
    );
    expect(await code('{ ruleImpact(regulation: "reg-2023-10-88fr73458", asOf: "2023-01-01") { effective } }')).toBe(
      'BAD_USER_INPUT',
    );
    expect(await code('{ accessTrends(start: "2000-01-01", end: "2025-12-31", interval: MONTH) { interval } }')).toBe(
      'LIMIT_EXCEEDED',
    );
    expect(await code('{ accessTrends(chips: ["nope"], start: "2024-01-01", end: "2024-12-31") { interval } }')).toBe(
      'NOT_FOUND',
    );
    // An empty list would count nothing and read as "nobody reaches anything": refused.
    expect(await code('{ accessTrends(chips: [], start: "2024-01-01", end: "2024-12-31") { interval } }')).toBe(
      'BAD_USER_INPUT',
    );
    expect(await code('{ ruleImpact(regulation: "reg-2023-10-88fr73458", chips: []) { effective } }')).toBe(
      'BAD_USER_INPUT',
    );
    expect(await code('{ scenario(rules: { blockIntermediaries: true }, chips: []) { chipCount } }')).toBe(
      'BAD_USER_INPUT',
    );
    expect(await code('{ scenario(rules: { blockIntermediaries: true }, origins: []) { chipCount } }')).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses filter lists that narrow to nothing, as it refuses an empty list of chips', async () => {
    const problems = async (query: string) => {
      const result = await app.gql(query);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return (result.errors?.[0]?.extensions?.problems as { path: string[] }[]).map((p) => p.path.join('.'));
    };
    expect(
      await problems(
        '{ whoCanReach(chip: "nvidia-h100", filter: { includePathways: [], relationshipTypes: [] }) { totalCount } }',
      ),
    ).toEqual(['filter.includePathways', 'filter.relationshipTypes']);
    expect(await problems('{ whoCanReach(chip: "nvidia-h100", roles: []) { totalCount } }')).toEqual(['roles']);
    expect(await problems('{ accessTrends(start: "2024-01-01", end: "2024-06-30", roles: []) { interval } }')).toEqual([
      'roles',
    ]);
    expect(
      await problems(
        '{ accessTimeline(from: "shenzhen-university", start: "2024-01-01", end: "2024-06-30", roles: [USER]) { dates } }',
      ),
    ).toEqual(['roles']);
  });

  it('names every unknown id at once', async () => {
    const result = await app.gql(
      '{ accessTimeline(from: "nobody", to: "nothing", start: "2024-01-01", end: "2024-06-30") { dates } }',
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      problems: [{ path: ['from'] }, { path: ['to'] }],
    });
    const rule = await app.gql(
      '{ ruleImpact(regulation: "reg-2023-10-88fr73458", chips: ["nvidia-h100", "nope", "nada"]) { effective } }',
    );
    expect(rule.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      problems: [{ path: ['chips', 1] }, { path: ['chips', 2] }],
    });
  });
});

describe('ruleImpact says what it weighs', () => {
  it('refuses chips the rule does not cover, naming each, instead of answering zeros', async () => {
    const result = await app.gql(
      '{ ruleImpact(regulation: "reg-2023-10-88fr73458", chips: ["nvidia-h100", "nvidia-h20"]) { effective } }',
    );
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: ['chips', 1] }],
    });
    expect(result.errors?.[0]?.message).toMatch(/not covered by .*which covers .*nvidia-a800/);
  });

  it('says whether the rule was in force on asOf: a rescinded rule left nothing open because it restricted nothing', async () => {
    const ask = (regulation: string, asOf: string) =>
      ok<{ ruleImpact: { inForce: boolean; leftOpen: { count: number } } }>(
        `{ ruleImpact(regulation: "${regulation}", asOf: "${asOf}") { inForce leftOpen { count } } }`,
      );
    const rescinded = await ask('reg-2025-01-90fr4544-ai-diffusion', '2025-06-01');
    expect(rescinded.ruleImpact).toEqual({ inForce: false, leftOpen: { count: 0 } });
    expect((await ask('reg-2025-01-90fr4544-ai-diffusion', '2025-03-01')).ruleImpact.inForce).toBe(true);
    expect((await ask('reg-2023-10-88fr73458', '2024-06-01')).ruleImpact.inForce).toBe(true);
  });

  it('tells a listing with no date apart from a rule that never took effect', async () => {
    const listing = await app.gql('{ ruleImpact(regulation: "el-harbin-institute-of-technology") { effective } }');
    expect(listing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(listing.errors?.[0]?.message).toMatch(/designations apply from their own dates/);
    const proposed = await app.gql('{ ruleImpact(regulation: "reg-2024-01-89fr5698-iaas-kyc") { effective } }');
    expect(proposed.errors?.[0]?.message).toMatch(/never took effect/);
  });
});

describe('timelines and trends as files', () => {
  const get = (url: string) => app.server.fetch(`http://test${url}`);

  it('serves a timeline as CSV, one row a period, and as JSON', async () => {
    const query = 'from=shenzhen-university&to=nvidia-h100&start=2024-01-01&end=2026-11-30';
    const csv = await get(`/export/timeline.csv?${query}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('timeline-from-shenzhen-university-to-nvidia-h100');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^route,origin,origin_name,chip,chip_name,start,end,restricted,stale,pathways,opens_with/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('2024-03-01,2026-08-23,true,false,CLOUD_RENTAL;INTERMEDIARY,STEP_STARTS;STEP_STARTS');
    const json = await get(`/export/timeline.json?${query}`);
    const body = (await json.json()) as { notice: string; routes: { periods: unknown[] }[] };
    expect(body.notice).toMatch(/implies no wrongdoing/i);
    expect(body.routes[0]?.periods).toHaveLength(2);
  });

  it('serves trends as CSV with a column per pathway, and as JSON', async () => {
    const csv = await get(
      '/export/trends.csv?chips=nvidia-a100,nvidia-h100&start=2023-01-01&end=2024-12-31&interval=YEAR',
    );
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toContain(
      'start,end,accesses,restricted,listed,listed_restricted,stale,stale_restricted,cloud_rental',
    );
    expect(lines).toHaveLength(3);
    const json = await get('/export/trends.json?start=2023-01-01&end=2024-12-31&interval=YEAR');
    const body = (await json.json()) as { periods: { accesses: number }[]; interval: string };
    expect(body.interval).toBe('YEAR');
    expect(body.periods).toHaveLength(2);
  });

  it('refuses a bad export URL with every problem', async () => {
    const response = await get('/export/trends.csv?start=2023-13-01&interval=WEEK&colour=red');
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { extensions: { code: string; problems: { path: string[] }[] } }[];
    };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.extensions.problems.map((p) => p.path[0]).sort()).toEqual([
      'colour',
      'end',
      'interval',
      'start',
    ]);
  });

  it('takes roles as the queries do, and leaves the range of maxHops to the server', async () => {
    const hosts = await get('/export/trends.json?chips=nvidia-h100&start=2024-01-01&end=2024-06-30&roles=HOST');
    expect(hosts.status).toBe(200);
    const asked = await ok<{ accessTrends: { periods: { accesses: number }[] } }>(
      '{ accessTrends(chips: ["nvidia-h100"], start: "2024-01-01", end: "2024-06-30", roles: [HOST]) { periods { accesses } } }',
    );
    const body = (await hosts.json()) as { periods: { accesses: number }[] };
    expect(body.periods.map((p) => p.accesses)).toEqual(asked.accessTrends.periods.map((p) => p.accesses));
    const tooFar = await get('/export/trends.csv?start=2024-01-01&end=2024-06-30&maxHops=7');
    const refusal = (await tooFar.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(refusal.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refusal.errors[0]?.message).toMatch(/between 1 and 6/);
  });
});
