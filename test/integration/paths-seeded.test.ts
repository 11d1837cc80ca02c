import { createSeededApp, type TestApp } from '../support/app';

/** The headline questions on the curated real-world graph. */
let app: TestApp;

interface Step {
  from: { id: string };
  to: { id: string };
  relationship: { type: string; sources: { publisher: string; publishedAt: string | null }[] };
}
interface Path {
  id: string;
  length: number;
  pathways: string[];
  confidence: string;
  restriction: {
    restricted: boolean;
    reasons: { kind: string; citation: string | null; regulation: { id: string } | null }[];
  };
  chipLocation: { country: string | null; kind: string } | null;
  acquisition: { timing: string; date: string | null } | null;
  steps: Step[];
}

const PATH_FIELDS = `
  id length pathways confidence
  restriction { restricted reasons { kind citation regulation { id } } }
  chipLocation { country kind }
  acquisition { timing date }
  steps { from { id } to { id } relationship { type sources { publisher publishedAt } } }
`;

async function paths(from: string, to: string, asOf: string): Promise<Path[]> {
  const result = await app.gql<{ accessPaths: { nodes: Path[] } }>(
    `query($from: ID!, $to: ID, $asOf: Date) { accessPaths(from: $from, to: $to, asOf: $asOf, first: 50) { nodes { ${PATH_FIELDS} } } }`,
    { from, to, asOf },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.accessPaths.nodes ?? [];
}

beforeAll(async () => {
  app = await createSeededApp();
});
afterAll(async () => {
  await app.close();
});

describe('accessPaths on the curated graph', () => {
  it('finds Shenzhen University -> Yunda Technology -> AWS -> H100 at 2024-06-01: INTERMEDIARY and CLOUD_RENTAL, restricted, sourced by Reuters', async () => {
    const [path] = await paths('shenzhen-university', 'nvidia-h100', '2024-06-01');
    expect(path?.steps.map((s) => s.to.id)).toEqual(['yunda-technology', 'aws', 'nvidia-h100']);
    expect(path?.pathways).toEqual(['CLOUD_RENTAL', 'INTERMEDIARY']);
    expect(path?.restriction.restricted).toBe(true);
    expect(path?.restriction.reasons.some((r) => r.kind === 'REGULATION')).toBe(true);
    for (const step of path?.steps ?? []) {
      expect(step.relationship.sources.some((s) => s.publisher === 'Reuters' && s.publishedAt === '2024-08-23')).toBe(
        true,
      );
    }
  });

  it('finds no route for Shenzhen University before the tender (every step must hold at the date)', async () => {
    expect(await paths('shenzhen-university', 'nvidia-h100', '2023-06-01')).toEqual([]);
  });

  it("classifies SenseTime's route through its unlisted subsidiary as SUBSIDIARY", async () => {
    const found = await paths('sensetime', 'nvidia-a100', '2022-09-01');
    expect(found[0]?.pathways).toContain('SUBSIDIARY');
    expect(found[0]?.steps[0]?.relationship.type).toBe('OWNS');
    expect(found[0]?.restriction.reasons.map((r) => r.kind)).toContain('DESIGNATION');
  });

  it("classifies iFlytek's rental of A100s stocked before the 2022 rules as CLOUD_RENTAL and STOCKPILE", async () => {
    const found = await paths('iflytek', 'nvidia-a100', '2023-06-01');
    expect(found[0]?.pathways).toEqual(['CLOUD_RENTAL', 'STOCKPILE']);
    expect(found[0]?.restriction.restricted).toBe(true);
    // Before the stock was amassed (2022), the provider held no A100s to rent.
    expect(await paths('iflytek', 'nvidia-a100', '2021-06-01')).toEqual([]);
  });

  it('classifies the Brisbane route as OFFSHORE_DATA_CENTER, with the chips located in Australia', async () => {
    const found = await paths('unnamed-beijing-company', 'nvidia-h100', '2024-07-01');
    expect(found[0]?.pathways).toEqual(['CLOUD_RENTAL', 'OFFSHORE_DATA_CENTER']);
    expect(found[0]?.chipLocation).toEqual({ country: 'AU', kind: 'DATA_CENTER' });
    expect(found[0]?.restriction.restricted).toBe(true);
  });

  it("ages the Brisbane route's evidence from the WSJ story's month, August 2024", async () => {
    const evidenceOn = async (asOf: string) => {
      const result = await app.gql<{
        accessPaths: { nodes: { evidence: { stale: boolean; lastEvidence: string } }[] };
      }>(
        `{ accessPaths(from: "unnamed-beijing-company", to: "nvidia-h100", asOf: "${asOf}") { nodes { evidence { stale lastEvidence } } } }`,
      );
      return result.data?.accessPaths.nodes[0]?.evidence;
    };
    expect(await evidenceOn('2026-08-01')).toEqual({ stale: false, lastEvidence: '2024-08-01' });
    expect(await evidenceOn('2026-08-02')).toEqual({ stale: true, lastEvidence: '2024-08-01' });
  });

  it('classifies A800s acquired before 17 Nov 2023 as STOCKPILE', async () => {
    for (const company of ['baidu', 'bytedance', 'tencent', 'alibaba']) {
      const found = await paths(company, 'nvidia-a800', '2024-06-01');
      expect(found[0]?.pathways).toEqual(['STOCKPILE']);
      expect(found[0]?.acquisition?.timing).toBe('BEFORE_RESTRICTION');
      expect(found[0]?.restriction.restricted).toBe(true);
    }
  });
});

describe('paths to one chip and paths to every chip agree', () => {
  // The search to one chip prunes with the chip's distances: every entity's paths to each chip
  // must be the same as those the search to every chip lists for it.
  it('gives, for every entity with paths in 2024, the same paths to each chip as the search to every chip', async () => {
    const all = await app.gql<{ entities: { nodes: { id: string }[] } }>('{ entities(first: 100) { nodes { id } } }');
    expect(all.errors).toBeUndefined();
    let compared = 0;
    for (const { id } of all.data?.entities.nodes ?? []) {
      const everyChip = await app.gql<{ accessPaths: { nodes: { id: string; steps: { to: { id: string } }[] }[] } }>(
        'query($from: ID!) { accessPaths(from: $from, asOf: "2024-06-01", first: 100) { nodes { id steps { to { id } } } } }',
        { from: id },
      );
      expect(everyChip.errors).toBeUndefined();
      const byChip = new Map<string, string[]>();
      for (const path of everyChip.data?.accessPaths.nodes ?? []) {
        const chip = path.steps[path.steps.length - 1]?.to.id ?? '';
        byChip.set(chip, [...(byChip.get(chip) ?? []), path.id]);
      }
      for (const [chip, ids] of byChip) {
        const oneChip = (await paths(id, chip, '2024-06-01')).map((p) => p.id);
        expect(oneChip).toEqual(ids);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });
});

describe('a model service is recorded but gives no access', () => {
  it("the EDA centre's AWS account (Claude 3) reaches no chip, and stays a Relationship with its sources", async () => {
    const result = await app.gql<{
      whoCanReach: { entities: { entity: { id: string } }[] };
      reachableChips: { chip: { id: string } }[];
      relationship: {
        type: string;
        serviceKind: string;
        from: { id: string };
        to: { id: string };
        sources: { publisher: string }[];
      };
      node: { rentsFrom: { id: string; serviceKind: string }[] };
      compute: { serviceKind: string };
    }>(
      `{ whoCanReach(chip: "nvidia-h100", asOf: "2024-06-01", first: 100) { entities { entity { id } } }
         reachableChips(from: "national-eda-innovation-center", asOf: "2024-06-01") { chip { id } }
         relationship(id: "national-eda-innovation-center-rents-from-aws") {
           type serviceKind from { id } to { id } sources { publisher } }
         node(id: "national-eda-innovation-center") { ... on Entity { rentsFrom(asOf: "2024-06-01") { id serviceKind } } }
         compute: relationship(id: "yunda-technology-rents-from-aws") { serviceKind } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.whoCanReach.entities.map((e) => e.entity.id)).not.toContain('national-eda-innovation-center');
    expect(result.data?.whoCanReach.entities.map((e) => e.entity.id)).toContain('yunda-technology');
    expect(result.data?.reachableChips).toEqual([]);
    expect(result.data?.relationship).toMatchObject({
      type: 'RENTS_FROM',
      serviceKind: 'MODEL',
      from: { id: 'national-eda-innovation-center' },
      to: { id: 'aws' },
    });
    expect(result.data?.relationship.sources.map((s) => s.publisher)).toContain('Reuters');
    expect(result.data?.node.rentsFrom).toEqual([
      { id: 'national-eda-innovation-center-rents-from-aws', serviceKind: 'MODEL' },
    ]);
    // A rental that records no kind is compute.
    expect(result.data?.compute.serviceKind).toBe('COMPUTE');
  });

  it('no path nor timeline of Sichuan University passes through its Azure OpenAI tokens', async () => {
    const result = await app.gql<{ accessPaths: { totalCount: number }; accessTimeline: { routes: unknown[] } }>(
      `{ accessPaths(from: "sichuan-university", asOf: "2024-05-01") { totalCount }
         accessTimeline(from: "sichuan-university", start: "2024-01-01", end: "2024-12-31") { routes { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.accessPaths.totalCount).toBe(0);
    expect(result.data?.accessTimeline.routes).toEqual([]);
  });
});

describe('whoCanReach, reachableChips and restrictionStatus on the curated graph', () => {
  it('lists the organisations that can reach H100s in mid-2024, grouped by pathway', async () => {
    const result = await app.gql<{
      whoCanReach: {
        entities: { entity: { id: string }; restricted: boolean; pathways: string[] }[];
        byPathway: { pathway: string; entities: { entity: { id: string } }[] }[];
      };
    }>(
      '{ whoCanReach(chip: "nvidia-h100", asOf: "2024-06-01", onlyRestricted: true) { entities { entity { id } restricted pathways } byPathway { pathway entities { entity { id } } } } }',
    );
    expect(result.errors).toBeUndefined();
    const ids = result.data?.whoCanReach.entities.map((e) => e.entity.id) ?? [];
    expect(ids.sort()).toEqual(['shenzhen-university', 'unnamed-beijing-company', 'yunda-technology', 'zhejiang-lab']);
    expect(result.data?.whoCanReach.entities.every((e) => e.restricted)).toBe(true);
    const offshore = result.data?.whoCanReach.byPathway.find((g) => g.pathway === 'OFFSHORE_DATA_CENTER');
    expect(offshore?.entities.map((e) => e.entity.id)).toEqual(['unnamed-beijing-company']);
  });

  it('lists the chips Shenzhen University can reach, with the number of paths', async () => {
    const result = await app.gql<{
      reachableChips: { chip: { id: string }; pathCount: number; restriction: { restricted: boolean } }[];
    }>(
      '{ reachableChips(from: "shenzhen-university", asOf: "2024-06-01") { chip { id } pathCount restriction { restricted } } }',
    );
    expect(result.data?.reachableChips.map((c) => c.chip.id).sort()).toEqual(['nvidia-a100', 'nvidia-h100']);
    expect(result.data?.reachableChips.every((c) => c.pathCount === 1 && c.restriction.restricted)).toBe(true);
  });

  it('explains why H100s are restricted for Huawei: a regulation for its country and its Entity List designation', async () => {
    const result = await app.gql<{
      restrictionStatus: { restricted: boolean; reasons: { kind: string; citation: string | null }[] };
    }>(
      '{ restrictionStatus(entity: "huawei", chip: "nvidia-h100", asOf: "2024-06-01") { restricted reasons { kind citation basis country } } }',
    );
    expect(result.data?.restrictionStatus.restricted).toBe(true);
    const kinds = result.data?.restrictionStatus.reasons.map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['REGULATION', 'DESIGNATION']));
    expect(result.data?.restrictionStatus.reasons.find((r) => r.kind === 'DESIGNATION')?.citation).toBe('84 FR 22961');
  });

  it('does not call the unnamed Suzhou cloud provider unrestricted as a finding: its place is unknown', async () => {
    const result = await app.gql<{
      restrictionStatus: { restricted: boolean; unverified: boolean; placeUnknown: boolean };
    }>(
      '{ restrictionStatus(entity: "unnamed-cloud-provider-suzhou-tender", chip: "nvidia-a100", asOf: "2024-06-01") { restricted unverified placeUnknown } }',
    );
    expect(result.data?.restrictionStatus).toEqual({ restricted: false, unverified: true, placeUnknown: true });
    const huawei = await app.gql<{ restrictionStatus: { placeUnknown: boolean } }>(
      '{ restrictionStatus(entity: "huawei", chip: "nvidia-a100", asOf: "2024-06-01") { placeUnknown } }',
    );
    expect(huawei.data?.restrictionStatus.placeUnknown).toBe(false);
  });

  it('rejects an unknown entity with NOT_FOUND and maxHops beyond the cap with BAD_USER_INPUT', async () => {
    const missing = await app.gql('{ accessPaths(from: "nobody") { totalCount } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tooFar = await app.gql('{ accessPaths(from: "shenzhen-university", maxHops: 50) { totalCount } }');
    expect(tooFar.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('scenario on the curated graph', () => {
  it('blocking US-headquartered cloud providers cuts the AWS routes and keeps the Brisbane one', async () => {
    const result = await app.gql<{
      scenario: {
        restrictedBefore: number;
        remaining: { origin: { id: string }; pathways: string[] }[];
        cut: {
          path: { origin: { id: string }; steps: { to: { id: string } }[] };
          cuts: { rule: string; stepIndex: number }[];
        }[];
        entitiesLosingAllAccess: { id: string }[];
      };
    }>(`{
      scenario(rules: { denyCloudProviders: { countries: ["US"] } }, asOf: "2024-04-15", chips: ["nvidia-h100", "nvidia-a100"]) {
        restrictedBefore
        remaining { origin { id } pathways }
        cut { path { origin { id } steps { to { id } } } cuts { rule stepIndex } }
        entitiesLosingAllAccess { id }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const scenario = result.data?.scenario;
    const cutThrough = (cloud: string) =>
      scenario?.cut.filter((c) => c.path.steps.some((s) => s.to.id === cloud)) ?? [];
    expect(cutThrough('aws').length).toBeGreaterThan(0);
    // Sichuan University's Azure purchase (Apr-May 2024) was of model tokens: no access to cut.
    expect(cutThrough('microsoft-azure')).toEqual([]);
    expect(scenario?.cut.every((c) => c.cuts.every((x) => x.rule === 'CLOUD_DENIAL'))).toBe(true);
    expect(scenario?.entitiesLosingAllAccess.map((e) => e.id).sort()).toEqual([
      'shenzhen-university',
      'yunda-technology',
      'zhejiang-lab',
    ]);
    expect(scenario?.remaining.every((p) => !['aws', 'microsoft-azure'].includes(p.origin.id))).toBe(true);
    expect(scenario?.restrictedBefore).toBe((scenario?.remaining.length ?? 0) + (scenario?.cut.length ?? 0));

    const later = await app.gql<{ scenario: { remaining: { origin: { id: string }; pathways: string[] }[] } }>(
      '{ scenario(rules: { denyCloudProviders: { countries: ["US"] } }, asOf: "2024-07-01", chips: ["nvidia-h100"]) { remaining { origin { id } pathways } } }',
    );
    const brisbane = later.data?.scenario.remaining.find((p) => p.origin.id === 'unnamed-beijing-company');
    expect(brisbane?.pathways).toContain('OFFSHORE_DATA_CENTER');
  });

  it("names the scenario's own regulations in the reasons it gives, as hypothetical ones, instead of failing", async () => {
    type Reason = { kind: string; regulation: { id: string; name: string; note: string | null; sources: unknown[] } };
    const result = await app.gql<{
      scenario: { newlyRestricted: { origin: { id: string }; restriction: { reasons: Reason[] } }[] };
    }>(`{
      scenario(
        rules: {
          designate: [{ entity: "derek-aw", effective: "2024-01-01" }]
          addChipCoverage: [{ chip: "nvidia-h100", destinations: ["US"], effective: "2024-01-01" }]
        }
        asOf: "2024-06-01"
        chips: ["nvidia-h100"]
      ) { newlyRestricted { origin { id } restriction { reasons { kind regulation { id name note sources { id } } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const reasons = result.data?.scenario.newlyRestricted.flatMap((a) => a.restriction.reasons) ?? [];
    const hypothetical = reasons.filter((r) => r.regulation.id.startsWith('scenario:'));
    expect(new Set(hypothetical.map((r) => `${r.kind} ${r.regulation.id}`))).toEqual(
      new Set(['DESIGNATION scenario:entity-listing', 'REGULATION scenario:coverage-1']),
    );
    for (const r of hypothetical) {
      expect(r.regulation.note).toMatch(/^Hypothetical/);
      expect(r.regulation.sources).toEqual([]);
    }
  });

  it('refuses a scenario naming an unknown entity or chip, listing each, instead of weighing a rule that does nothing', async () => {
    const result = await app.gql(`{
      scenario(
        rules: {
          designate: [{ entity: "deepseek", effective: "2024-01-01" }, { entity: "no-such-entity", effective: "2024-01-01" }]
          addChipCoverage: [{ chip: "nvidia-h100", destinations: ["CN"], effective: "2024-01-01" }, { chip: "deepseek", destinations: ["CN"], effective: "2024-01-01" }]
        }
        asOf: "2024-06-01"
        chips: ["nvidia-h100", "no-such-chip"]
        origins: ["shenzhen-university", "no-such-origin"]
      ) { restrictedAfter }
    }`);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      problems: [
        { path: ['rules', 'designate', 1, 'entity'], message: 'no Entity with id no-such-entity' },
        { path: ['rules', 'addChipCoverage', 1, 'chip'], message: 'no Chip with id deepseek' },
        { path: ['chips', 1], message: 'no Chip with id no-such-chip' },
        { path: ['origins', 1], message: 'no Entity with id no-such-origin' },
      ],
    });
  });
});
