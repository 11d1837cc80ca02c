import { importDocument } from '../../src/import/apply';
import { createSeededApp, type TestApp } from '../support/app';

/**
 * Cases that are not in the curated dataset, written as an analyst would (the bulk-import
 * format, beside the curated data), with the answers DOMAIN.md's rules give: who receives a
 * purchase, DIRECT kept for likely violations, one purchase date, corporate groups both ways,
 * evidence that ages, and a regulation status past what the graph knows.
 */
let app: TestApp;

const SOURCE = {
  id: 'src-held-out-2024-08',
  publisher: 'Test wire',
  title: 'Held-out cases for the path rules',
  publishedAt: '2024-08-23',
};

const HELD_OUT = {
  format: 'chip-access-graph/v1',
  sources: [SOURCE],
  nodes: [
    {
      id: 'ho-buyer',
      label: 'Entity',
      name: 'Held-out buyer (Shenzhen)',
      kind: 'COMPANY',
      country: 'CN',
      sources: [SOURCE.id],
    },
    {
      id: 'ho-agent',
      label: 'Entity',
      name: 'Held-out agent (Hong Kong)',
      kind: 'BROKER',
      country: 'HK',
      sources: [SOURCE.id],
    },
    {
      id: 'ho-forwarder',
      label: 'Entity',
      name: 'Held-out forwarder (Singapore)',
      kind: 'BROKER',
      country: 'SG',
      sources: [SOURCE.id],
    },
    { id: 'ho-lab', label: 'Entity', name: 'Held-out lab', kind: 'LAB', country: 'CN', sources: [SOURCE.id] },
    { id: 'ho-group', label: 'Entity', name: 'Held-out group', kind: 'COMPANY', country: 'CN', sources: [SOURCE.id] },
    {
      id: 'ho-sister',
      label: 'Entity',
      name: 'Held-out sister company',
      kind: 'COMPANY',
      country: 'CN',
      sources: [SOURCE.id],
    },
    {
      id: 'ho-university',
      label: 'Entity',
      name: 'Held-out university',
      kind: 'UNIVERSITY',
      country: 'CN',
      sources: [SOURCE.id],
    },
    {
      id: 'ho-ministry',
      label: 'Entity',
      name: 'Held-out ministry',
      kind: 'GOVERNMENT',
      country: 'CN',
      sources: [SOURCE.id],
    },
    {
      id: 'ho-affiliate',
      label: 'Entity',
      name: 'Held-out affiliate of Huawei',
      kind: 'COMPANY',
      country: 'SG',
      sources: [SOURCE.id],
    },
  ],
  relationships: [
    // A buyer in China gets H100s bought in 2023 by a forwarder in Singapore, through an agent.
    {
      id: 'ho-buyer-procures-from-agent',
      type: 'PROCURES_FROM',
      from: 'ho-buyer',
      to: 'ho-agent',
      confidence: 'REPORTED',
      sources: [SOURCE.id],
    },
    {
      id: 'ho-agent-procures-from-forwarder',
      type: 'PROCURES_FROM',
      from: 'ho-agent',
      to: 'ho-forwarder',
      confidence: 'REPORTED',
      sources: [SOURCE.id],
    },
    // `date` only, as the format invites: the step holds from it.
    {
      id: 'ho-forwarder-acquired-h100',
      type: 'ACQUIRED',
      from: 'ho-forwarder',
      to: 'nvidia-h100',
      date: '2023-05-01',
      confidence: 'REPORTED',
      sources: [SOURCE.id],
    },
    // A lab controlled by a group that bought H800s; the group's other company holds H20s.
    {
      id: 'ho-group-controls-lab',
      type: 'CONTROLS',
      from: 'ho-group',
      to: 'ho-lab',
      confidence: 'REPORTED',
      sources: [SOURCE.id],
    },
    {
      id: 'ho-group-acquired-h800',
      type: 'ACQUIRED',
      from: 'ho-group',
      to: 'nvidia-h800',
      startDate: '2023-09-01',
      confidence: 'REPORTED',
      sources: [SOURCE.id],
    },
    {
      id: 'ho-group-owns-sister',
      type: 'OWNS',
      from: 'ho-group',
      to: 'ho-sister',
      share: 1,
      confidence: 'REPORTED',
      sources: [SOURCE.id],
    },
    {
      id: 'ho-sister-acquired-h20',
      type: 'ACQUIRED',
      from: 'ho-sister',
      to: 'nvidia-h20',
      date: '2024-03-01',
      confidence: 'REPORTED',
      sources: [SOURCE.id],
    },
    // A state body controls a university: no climb to the state's compute.
    {
      id: 'ho-ministry-controls-university',
      type: 'CONTROLS',
      from: 'ho-ministry',
      to: 'ho-university',
      confidence: 'REPORTED',
      sources: [SOURCE.id],
    },
    {
      id: 'ho-ministry-acquired-a100',
      type: 'ACQUIRED',
      from: 'ho-ministry',
      to: 'nvidia-a100',
      date: '2021-06-01',
      confidence: 'REPORTED',
      sources: [SOURCE.id],
    },
    // 60% owned by a listed party: caught by the affiliates rule while it is in force.
    {
      id: 'ho-huawei-owns-affiliate',
      type: 'OWNS',
      from: 'huawei',
      to: 'ho-affiliate',
      share: 0.6,
      confidence: 'REPORTED',
      sources: [SOURCE.id],
    },
  ],
};

interface Step {
  direction: string;
  from: { id: string };
  to: { id: string };
}
interface Path {
  pathways: string[];
  steps: Step[];
  acquisition: {
    via: string;
    acquirer: { id: string };
    receiver: { id: string };
    date: string | null;
    timing: string;
    acquirerTiming: string | null;
  } | null;
  evidence: { lastEvidence: string | null; ageDays: number | null; oldestStepIndex: number | null; stale: boolean };
  restriction: { restricted: boolean; unverified: boolean };
}

const PATH_FIELDS = `pathways steps { direction from { id } to { id } }
  acquisition { via acquirer { id } receiver { id } date timing acquirerTiming }
  evidence { lastEvidence ageDays oldestStepIndex stale } restriction { restricted unverified }`;

async function paths(from: string, to: string, asOf: string, filter: Record<string, unknown> = {}): Promise<Path[]> {
  const result = await app.gql<{ accessPaths: { nodes: Path[] } }>(
    `query($from: ID!, $to: ID, $asOf: Date, $filter: PathFilter) {
      accessPaths(from: $from, to: $to, asOf: $asOf, filter: $filter) { nodes { ${PATH_FIELDS} } } }`,
    { from, to, asOf, filter },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.accessPaths.nodes ?? [];
}

beforeAll(async () => {
  app = await createSeededApp();
  const report = await importDocument(app.db, HELD_OUT, { principal: 'analyst-test' });
  expect(report.rejected).toEqual([]);
});
afterAll(async () => {
  await app.close();
});

describe('who the timing of a purchase is judged for', () => {
  it('judges a forwarded purchase for the buyer that receives the chips: DIRECT, not a stockpile', async () => {
    const [found] = await paths('ho-buyer', 'nvidia-h100', '2024-06-01');
    expect(found?.pathways).toEqual(['INTERMEDIARY', 'DIRECT']);
    expect(found?.acquisition).toEqual({
      via: 'ACQUIRED',
      acquirer: { id: 'ho-forwarder' },
      receiver: { id: 'ho-buyer' },
      date: '2023-05-01',
      timing: 'AFTER_RESTRICTION',
      acquirerTiming: 'NOT_RESTRICTED',
    });
  });

  it('calls the forwarder’s own holding an ordinary purchase: never DIRECT for a party it was never restricted for', async () => {
    const [found] = await paths('ho-forwarder', 'nvidia-h100', '2024-06-01');
    expect(found?.pathways).toEqual(['ORDINARY_PURCHASE']);
  });

  it('holds a purchase step from its date only (the importer filled startDate from date)', async () => {
    expect(await paths('ho-buyer', 'nvidia-h100', '2023-04-30')).toEqual([]);
    expect(await paths('ho-buyer', 'nvidia-h100', '2023-05-01')).toHaveLength(1);
  });

  it('refuses a purchase whose date and startDate disagree, naming the field', async () => {
    const report = await importDocument(
      app.db,
      {
        format: 'chip-access-graph/v1',
        sources: [],
        nodes: [],
        relationships: [
          {
            id: 'ho-bad-dates',
            type: 'ACQUIRED',
            from: 'ho-buyer',
            to: 'nvidia-a100',
            date: '2023-05-01',
            startDate: '2022-01-01',
            confidence: 'REPORTED',
            sources: [SOURCE.id],
          },
        ],
      },
      { principal: 'analyst-test' },
    );
    expect(report.rejected).toEqual([
      expect.objectContaining({
        path: ['relationships', 0, 'startDate'],
        message: expect.stringContaining('must equal date'),
      }),
    ]);
  });
});

describe('corporate groups work both ways', () => {
  it('lets a controlled lab climb to its controller and use the chips it bought, the step saying UP', async () => {
    const [found] = await paths('ho-lab', 'nvidia-h800', '2024-06-01');
    expect(found?.steps).toEqual([
      { direction: 'UP', from: { id: 'ho-lab' }, to: { id: 'ho-group' } },
      { direction: 'ALONG', from: { id: 'ho-group' }, to: { id: 'nvidia-h800' } },
    ]);
    expect(found?.pathways).toContain('SUBSIDIARY');
    expect(found?.acquisition?.receiver).toEqual({ id: 'ho-group' });
  });

  it('does not climb then descend to the controller’s other companies', async () => {
    expect(await paths('ho-lab', 'nvidia-h20', '2024-06-01')).toEqual([]);
    const [parent] = await paths('ho-group', 'nvidia-h20', '2024-06-01');
    expect(parent?.steps.map((s) => s.direction)).toEqual(['DOWN', 'ALONG']);
  });

  it('never climbs to a state body', async () => {
    const result = await app.gql<{ reachableChips: { chip: { id: string } }[] }>(
      `{ reachableChips(from: "ho-university", asOf: "2024-06-01") { chip { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.reachableChips).toEqual([]);
  });

  it('can be turned off per question', async () => {
    expect(await paths('ho-lab', 'nvidia-h800', '2024-06-01', { climbToControllers: false })).toEqual([]);
  });
});

describe('evidence ages', () => {
  it('says how old a path’s evidence is and which step, and marks it stale after 24 months', async () => {
    const [fresh] = await paths('ho-lab', 'nvidia-h800', '2025-06-01');
    expect(fresh?.evidence).toEqual({ lastEvidence: '2024-08-23', ageDays: 282, oldestStepIndex: 0, stale: false });
    const [old] = await paths('ho-lab', 'nvidia-h800', '2026-11-30');
    expect(old?.evidence).toMatchObject({ lastEvidence: '2024-08-23', ageDays: 829, stale: true });
  });

  it('keeps only recent evidence when asked, and counts stale accesses apart in whoCanReach', async () => {
    expect(await paths('ho-lab', 'nvidia-h800', '2026-11-30', { excludeStale: true })).toEqual([]);
    const result = await app.gql<{ whoCanReach: { totalCount: number; staleCount: number } }>(
      `{ whoCanReach(chip: "nvidia-h800", asOf: "2026-11-30") { totalCount staleCount } }`,
    );
    expect(result.errors).toBeUndefined();
    const counts = result.data?.whoCanReach;
    expect(counts?.staleCount).toBeGreaterThanOrEqual(2);
    expect(counts?.staleCount).toBeLessThanOrEqual(counts?.totalCount ?? 0);
  });
});

describe('a regulation status past what the graph knows', () => {
  const query = `query($asOf: Date) { restrictionStatus(entity: "ho-affiliate", chip: "nvidia-h100", asOf: $asOf) {
    restricted unverified reasons { kind unverified } } }`;

  it('catches a 60%-owned affiliate of a listed party while the rule is in force, verified', async () => {
    const result = await app.gql<{ restrictionStatus: unknown }>(query, { asOf: '2025-10-15' });
    expect(result.data?.restrictionStatus).toEqual({
      restricted: true,
      unverified: false,
      reasons: [{ kind: 'AFFILIATE', unverified: false }],
    });
  });

  it('does not while the rule is suspended', async () => {
    const result = await app.gql<{ restrictionStatus: { restricted: boolean } }>(query, { asOf: '2026-06-01' });
    expect(result.data?.restrictionStatus.restricted).toBe(false);
  });

  it('marks the catch unverified after the suspension ran out (9 Nov 2026): no silent change of status', async () => {
    const result = await app.gql<{ restrictionStatus: unknown }>(query, { asOf: '2026-11-30' });
    expect(result.data?.restrictionStatus).toEqual({
      restricted: true,
      unverified: true,
      reasons: [{ kind: 'AFFILIATE', unverified: true }],
    });
  });
});

describe('whoCanReach is complete and sees every write', () => {
  it('counts exactly the entities that have an access path to the chip (checked entity by entity)', async () => {
    const asOf = '2024-06-01';
    const who = await app.gql<{ whoCanReach: { totalCount: number; entities: { entity: { id: string } }[] } }>(
      `{ whoCanReach(chip: "nvidia-a100", asOf: "${asOf}", first: 100) { totalCount entities { entity { id } } } }`,
    );
    expect(who.errors).toBeUndefined();
    const listed = await app.gql<{ entities: { nodes: { id: string }[] } }>(
      `{ entities(first: 100) { nodes { id } } }`,
    );
    const reaching: string[] = [];
    for (const { id } of listed.data?.entities.nodes ?? []) {
      if ((await paths(id, 'nvidia-a100', asOf)).length > 0) reaching.push(id);
    }
    expect(reaching.length).toBeGreaterThan(5);
    expect(who.data?.whoCanReach.totalCount).toBe(reaching.length);
    expect(who.data?.whoCanReach.entities.map((e) => e.entity.id).sort()).toEqual(reaching.sort());
  });

  it('answers from the new graph right after a write', async () => {
    const query = `{ whoCanReach(chip: "nvidia-b200", asOf: "2025-06-01") { totalCount } }`;
    const before = (await app.gql<{ whoCanReach: { totalCount: number } }>(query)).data?.whoCanReach.totalCount ?? 0;
    const report = await importDocument(
      app.db,
      {
        format: 'chip-access-graph/v1',
        sources: [],
        nodes: [],
        relationships: [
          {
            id: 'ho-sister-acquired-b200',
            type: 'ACQUIRED',
            from: 'ho-sister',
            to: 'nvidia-b200',
            date: '2025-01-01',
            confidence: 'ALLEGED',
            sources: [SOURCE.id],
          },
        ],
      },
      { principal: 'analyst-test' },
    );
    expect(report.rejected).toEqual([]);
    const after = (await app.gql<{ whoCanReach: { totalCount: number } }>(query)).data?.whoCanReach.totalCount;
    // The sister company and its parent group.
    expect(after).toBe(before + 2);
  });
});
