import fs from 'node:fs';
import path from 'node:path';
import { createSeededApp, type TestApp } from '../support/app';

/**
 * Every query in examples/ runs against the seeded graph here, and its answer is checked.
 * A new example file without checks fails the last test.
 */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const dir = path.resolve(__dirname, '../../examples');
let app: TestApp;

async function run(file: string): Promise<Data> {
  const result = await app.gql<Data>(fs.readFileSync(path.join(dir, file), 'utf8'));
  expect(result.errors).toBeUndefined();
  return result.data as Data;
}

const ids = (list: { id: string }[]) => list.map((x) => x.id);

const checks: Record<string, (data: Data) => void> = {
  'shenzhen-university.graphql': (data) => {
    const rels = data.node.relationships as Data[];
    const procurement = rels.find((r) => r.type === 'PROCURES_FROM' && r.to.id === 'yunda-technology');
    expect(procurement?.sources.map((s: Data) => s.publisher)).toContain('Reuters');
    expect(data.node.country).toBe('CN');
  },
  'listed-before-2020.graphql': (data) => {
    const listed = ids(data.entities.nodes);
    expect(listed).toEqual(
      expect.arrayContaining(['huawei', 'sugon', 'hygon', 'wuxi-jiangnan-institute', 'iflytek', 'sensetime', 'megvii']),
    );
    expect(listed).not.toContain('inspur-group');
    expect(listed).not.toContain('biren-technology');
    const sensetime = data.entities.nodes.find((n: Data) => n.id === 'sensetime');
    expect(sensetime.allSubsidiaries.map((h: Data) => h.entity.id)).toEqual(['sensetime-unlisted-subsidiary']);
  },
  'who-hosts-h100.graphql': (data) => {
    const hosts = data.node.hostedBy.map((r: Data) => r.from);
    expect(ids(hosts)).toEqual(expect.arrayContaining(['aws', 'microsoft-azure', 'brisbane-data-center-derek-aw']));
    expect(hosts.find((h: Data) => h.id === 'brisbane-data-center-derek-aw')).toMatchObject({
      country: 'AU',
      city: 'Brisbane',
    });
  },
  'shenzhen-route.graphql': (data) => {
    expect(data.accessPaths.totalCount).toBe(1);
    const [route] = data.accessPaths.nodes;
    expect(route.pathways).toEqual(['CLOUD_RENTAL', 'INTERMEDIARY']);
    expect(route.restriction.restricted).toBe(true);
    expect(route.steps.map((s: Data) => s.relationship.type)).toEqual(['PROCURES_FROM', 'RENTS_FROM', 'HOSTS']);
  },
  'listed-reach-h100.graphql': (data) => {
    const reaching = data.whoCanReach.entities.map((e: Data) => e.entity.id);
    expect(reaching).toEqual(expect.arrayContaining(['shenzhen-university', 'unnamed-beijing-company']));
    // The EDA centre's AWS account served a model service (Claude 3): no access to the H100.
    expect(reaching).not.toContain('national-eda-innovation-center');
    const pathways = data.whoCanReach.byPathway.map((g: Data) => g.pathway);
    expect(pathways).toEqual(expect.arrayContaining(['CLOUD_RENTAL', 'INTERMEDIARY', 'OFFSHORE_DATA_CENTER']));
  },
  'cloud-kyc-scenario.graphql': (data) => {
    const losing = ids(data.scenario.entitiesLosingAllAccess);
    expect(losing.sort()).toEqual(['shenzhen-university', 'yunda-technology', 'zhejiang-lab']);
    expect(data.scenario.restrictedBefore).toBe(17);
    expect(data.scenario.cut).toHaveLength(6);
    expect(data.scenario.remaining).toHaveLength(11);
    // Of those left, the Suzhou institute's route is left only because its provider is unnamed.
    expect(data.scenario.undeterminedCount).toBe(1);
    expect(data.scenario.undetermined[0].origin.id).toBe('suzhou-institute-for-advanced-research-ustc');
    expect(data.scenario.undetermined[0].steps.map((s: Data) => s.to.id)).toContain(
      'unnamed-cloud-provider-suzhou-tender',
    );
    expect(data.scenario.cut.every((c: Data) => c.cuts[0].rule === 'CLOUD_DENIAL')).toBe(true);
  },
  'brisbane.graphql': (data) => {
    const [route] = data.accessPaths.nodes;
    expect(route.pathways).toContain('OFFSHORE_DATA_CENTER');
    expect(route.chipLocation).toMatchObject({ kind: 'DATA_CENTER', country: 'AU' });
  },
  'stockpiles.graphql': (data) => {
    const names = data.whoCanReach.entities.map((e: Data) => e.entity.name);
    expect(names).toHaveLength(4);
    for (const e of data.whoCanReach.entities) expect(e.bestPath.acquisition.timing).toBe('BEFORE_RESTRICTION');
  },
  'timeline-shenzhen-h100.graphql': (data) => {
    const [route] = data.accessTimeline.routes;
    expect(data.accessTimeline.routes).toHaveLength(1);
    expect(route.held[0].start).toBe('2024-03-01');
    expect(route.held[0].opensWith.map((c: Data) => c.kind)).toEqual(['STEP_STARTS', 'STEP_STARTS']);
    expect(route.held[0].opensWith[0].sources.map((s: Data) => s.publisher)).toContain('Reuters');
    expect(route.periods.map((p: Data) => [p.start, p.end, p.restricted, p.stale])).toEqual([
      ['2024-03-01', '2026-08-23', true, false],
      ['2026-08-24', '2026-11-30', true, true],
    ]);
    const citations = route.periods[0].restriction.reasons.map((r: Data) => r.citation);
    expect(citations).toEqual(expect.arrayContaining(['87 FR 62186', '88 FR 73458']));
    expect(route.periods[0].closesWith.map((c: Data) => c.kind)).toContain('EVIDENCE_AGES');
  },
  'rule-2023-left-open.graphql': (data) => {
    const impact = data.ruleImpact;
    expect(impact.effective).toBe('2023-11-17');
    expect(impact.leftOpen.accesses).toHaveLength(impact.leftOpen.count);
    const byPathway = Object.fromEntries(impact.leftOpen.byPathway.map((b: Data) => [b.pathway, b.count]));
    expect(impact.leftOpen.count).toBe(17);
    expect(byPathway.CLOUD_RENTAL).toBe(9);
    expect(impact.leftOpen.listed).toBe(4);
    const shenzhen = impact.leftOpen.accesses.find(
      (a: Data) => a.entity.id === 'shenzhen-university' && a.chip.id === 'nvidia-h100',
    );
    expect(shenzhen.pathways).toEqual(['CLOUD_RENTAL', 'INTERMEDIARY']);
    // A100 and H100 were already restricted for China: the 2023 rule made none of these newly restricted.
    expect(impact.newlyRestricted.count).toBe(0);
  },
  'trends-quarterly.graphql': (data) => {
    const periods = data.accessTrends.periods;
    expect(periods).toHaveLength(16);
    const q4of2023 = periods.find((p: Data) => p.start === '2023-10-01');
    expect(q4of2023.events.map((e: Data) => e.date)).toContain('2023-11-17');
    for (const p of periods) expect(p.restricted).toBeLessThanOrEqual(p.accesses);
    expect(periods[15].restricted).toBeGreaterThan(periods[0].restricted);
    // Q1 2022: DeepSeek's H800 is not yet counted (the chip exists from 7 Oct 2022 on).
    expect(periods[0]).toMatchObject({ accesses: 12, restricted: 2 });
    expect(periods[3]).toMatchObject({ accesses: 14, restricted: 8 });
    const q2of2024 = periods.find((p: Data) => p.start === '2024-04-01');
    expect(q2of2024).toMatchObject({ accesses: 28, restricted: 22 });
    expect(q2of2024.byPathway.find((b: Data) => b.pathway === 'CLOUD_RENTAL').count).toBe(9);
    // Stale: Azure's undated hosting throughout; the FT's 2023 reports from 2025 on.
    expect(periods.map((p: Data) => p.stale)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 7, 7, 11, 11]);
    expect(periods[2].byPathway.find((b: Data) => b.pathway === 'STOCKPILE').count).toBe(2);
  },
};

beforeAll(async () => {
  app = await createSeededApp();
});
afterAll(async () => {
  await app.close();
});

describe('examples/', () => {
  for (const [file, check] of Object.entries(checks)) {
    it(`answers ${file}`, async () => check(await run(file)));
  }

  it('has a check for every example file', () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    expect(files.sort()).toEqual(Object.keys(checks).sort());
  });
});
