import { AccessGraph, dateKey, type NodeInput, type RelInput } from '../../../src/reach/access-graph';
import {
  chipsReachedBy,
  enumeratePaths,
  reachersOf,
  reachMask,
  reachMasks,
  usableSteps,
  usableStepsBetween,
  type IndexPath,
  type StepRules,
} from '../../../src/reach/search';
import { Prng } from '../../../bench/prng';
import { classifyPath, pathEvidence, restrictedIn, type RestrictionContext } from '../../../src/domain';
import { bestPathTraits } from '../../../src/reach/traits';
import { context, coverage, designation, ENTITY_LIST, RULE_2022 } from '../domain/fixtures';
import { relInput, stepRulesAt } from '../../support/access-inputs';

/** Terse graph building: entities by default, a few labelled kinds. */
function node(id: string, labels: string[] = ['Entity'], kind: string | null = null, country = 'CN'): NodeInput {
  return { id, labels, name: id, kind, country, headquarters: null };
}
const chip = (id: string) => node(id, ['Chip'], null, '');
const cloud = (id: string) => node(id, ['Entity', 'CloudProvider'], 'COMPANY', 'US');
const dc = (id: string, country = 'AU') => node(id, ['DataCenter'], null, country);

let counter = 0;
function rel(type: string, fromId: string, toId: string, props: Partial<RelInput> = {}): RelInput {
  counter += 1;
  return relInput(`r${String(counter).padStart(4, '0')}`, type, fromId, toId, props);
}

const RULES: StepRules = stepRulesAt('2024-06-01');

function search(g: AccessGraph, chipId: string, rules: StepRules = RULES) {
  const ok = usableSteps(g, rules);
  const reach = reachersOf(g, g.index.get(chipId) as number, rules, ok);
  const ids = reach.origins.map((o) => g.ids[o]);
  const pathOf = (id: string) => {
    const p = reach.bestPath(g.index.get(id) as number);
    return p.rels.map((r, i) => `${g.relIds[r]}${p.up[i] ? '^' : ''}`);
  };
  return { ids, reach, pathOf, ok };
}

describe('reachersOf: the path grammar applied while searching', () => {
  it('finds a purchase through chains of one, two and three brokers, and each broker', () => {
    const g = new AccessGraph(
      [node('buyer'), node('b1', ['Entity'], 'BROKER', 'SG'), node('b2'), node('b3'), chip('h100')],
      [
        rel('PROCURES_FROM', 'buyer', 'b1'),
        rel('PROCURES_FROM', 'b1', 'b2'),
        rel('PROCURES_FROM', 'b2', 'b3'),
        rel('ACQUIRED', 'b3', 'h100', { date: '2023-03-01', startDate: '2023-03-01' }),
      ],
    );
    const { ids, reach } = search(g, 'h100');
    expect(ids).toEqual(['b3', 'b2', 'b1', 'buyer']);
    expect(reach.distance).toEqual([1, 2, 3, 4]);
  });

  it('lets a controlled company climb to its controller and use what the controller holds', () => {
    const g = new AccessGraph(
      [node('lab', ['Entity'], 'LAB'), node('group'), node('fund', ['Entity'], 'INVESTOR'), chip('a100')],
      [
        rel('CONTROLS', 'group', 'lab'),
        rel('OWNS', 'fund', 'group', { share: 0.6 }),
        rel('ACQUIRED', 'fund', 'a100', { date: '2022-01-01' }),
      ],
    );
    const { ids, pathOf } = search(g, 'a100');
    expect(ids).toEqual(['fund', 'group', 'lab']);
    const lab = pathOf('lab');
    expect(lab).toHaveLength(3);
    expect(lab.slice(0, 2).every((s) => s.endsWith('^'))).toBe(true);
  });

  it('never climbs to a state body, nor through an owner of less than half', () => {
    const g = new AccessGraph(
      [
        node('university', ['Entity'], 'UNIVERSITY'),
        node('ministry', ['Entity'], 'GOVERNMENT'),
        node('minority'),
        chip('a100'),
      ],
      [
        rel('CONTROLS', 'ministry', 'university'),
        rel('OWNS', 'minority', 'university', { share: 0.3 }),
        rel('ACQUIRED', 'ministry', 'a100'),
        rel('ACQUIRED', 'minority', 'a100'),
      ],
    );
    const { ids } = search(g, 'a100');
    // The ministry and the minority owner reach their own chips; the university reaches neither.
    expect(ids.sort()).toEqual(['ministry', 'minority']);
  });

  it('climbs at the start only, at most two levels, and never down to a sibling after climbing', () => {
    const g = new AccessGraph(
      [node('sub'), node('sibling'), node('parent'), node('grandparent'), node('top'), chip('h100'), chip('a100')],
      [
        rel('CONTROLS', 'parent', 'sub'),
        rel('CONTROLS', 'parent', 'sibling'),
        rel('ACQUIRED', 'sibling', 'h100'),
        rel('CONTROLS', 'grandparent', 'parent'),
        rel('CONTROLS', 'top', 'grandparent'),
        rel('ACQUIRED', 'top', 'a100'),
      ],
    );
    const h100 = search(g, 'h100').ids.sort();
    // The parent reaches its subsidiary's chips (down); sub does not get them by climbing then descending.
    expect(h100).toEqual(['grandparent', 'parent', 'sibling', 'top']);
    const a100 = search(g, 'a100').ids.sort();
    // parent climbs 2 levels to top; sub would need 3.
    expect(a100).toEqual(['grandparent', 'parent', 'top']);
    expect(search(g, 'a100', { ...RULES, climb: false }).ids).toEqual(['top']);
  });

  it('finds the valid longer path when every shortest one breaks the step rule (after RENTS_FROM comes HOSTS)', () => {
    const g = new AccessGraph(
      [node('renter'), cloud('cloud'), node('broker'), cloud('cloud2'), chip('h100')],
      [
        rel('RENTS_FROM', 'renter', 'cloud'),
        rel('ACQUIRED', 'cloud', 'h100'), // renting from a cloud does not reach what it bought
        rel('PROCURES_FROM', 'renter', 'broker'),
        rel('RENTS_FROM', 'broker', 'cloud2'),
        rel('HOSTS', 'cloud2', 'h100'),
      ],
    );
    const { ids, reach } = search(g, 'h100');
    const i = ids.indexOf('renter');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(reach.distance[i]).toBe(3);
  });

  it('reads dates, retraction, confidence and evidence age as step rules', () => {
    const g = new AccessGraph(
      [node('a'), node('b'), node('c'), node('d'), chip('h100')],
      [
        rel('ACQUIRED', 'a', 'h100', { startDate: '2025-01-01' }),
        rel('ACQUIRED', 'b', 'h100', { retracted: true }),
        rel('ACQUIRED', 'c', 'h100', { confidence: 'ALLEGED', lastEvidence: '2024-05-01' }),
        rel('ACQUIRED', 'd', 'h100', { lastEvidence: '2021-01-01' }),
      ],
    );
    expect(search(g, 'h100').ids.sort()).toEqual(['c', 'd']);
    expect(search(g, 'h100', { ...RULES, includeRetracted: true }).ids.sort()).toEqual(['b', 'c', 'd']);
    expect(search(g, 'h100', { ...RULES, weakestConfidence: 1 }).ids).toEqual(['d']);
    expect(search(g, 'h100', { ...RULES, freshSince: dateKey('2022-06-01') }).ids).toEqual(['c']);
  });

  it('counts shortest paths and picks the surest as best', () => {
    const g = new AccessGraph(
      [node('o'), node('x'), node('y'), chip('h100')],
      [
        rel('PROCURES_FROM', 'o', 'x', { confidence: 'ALLEGED' }),
        rel('PROCURES_FROM', 'o', 'y'),
        rel('ACQUIRED', 'x', 'h100'),
        rel('ACQUIRED', 'y', 'h100'),
      ],
    );
    const { ids, reach } = search(g, 'h100');
    const i = ids.indexOf('o');
    expect(reach.shortestPaths[i]).toBe(2);
    const best = reach.bestPath(g.index.get('o') as number);
    expect(best.nodes.map((n) => g.ids[n])).toEqual(['o', 'y', 'h100']);
  });
});

/** A random access graph: entities (some state bodies), clouds, data centres, chips. */
function randomGraph(seed: number) {
  const prng = new Prng(seed);
  const rnd = () => prng.next();
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const entities = Array.from({ length: 14 }, (_, i) =>
    node(
      `e${String(i).padStart(2, '0')}`,
      ['Entity'],
      rnd() < 0.1 ? 'GOVERNMENT' : 'COMPANY',
      pick(['CN', 'SG', 'CN']),
    ),
  );
  const clouds = [cloud('c0'), cloud('c1')];
  const dcs = [dc('d0'), dc('d1', 'CN')];
  const chips = [chip('k0'), chip('k1'), chip('k2')];
  const rels: RelInput[] = [];
  const parties = [...entities, ...clouds];
  for (let i = 0; i < 30; i += 1) {
    const type = pick([
      'OWNS',
      'CONTROLS',
      'PROCURES_FROM',
      'PROCURES_FROM',
      'RENTS_FROM',
      'OPERATES',
      'ACQUIRED',
      'HOSTS',
    ]);
    const from = pick(parties).id;
    let to: string;
    if (type === 'ACQUIRED') to = pick(chips).id;
    else if (type === 'HOSTS') {
      const host = pick([...clouds, ...dcs]);
      rels.push(rel('HOSTS', host.id, pick(chips).id, { startDate: pick([null, '2021-03-01', '2023-05-01']) }));
      continue;
    } else if (type === 'RENTS_FROM' || type === 'OPERATES') to = pick([...clouds, ...dcs]).id;
    else to = pick(parties).id;
    if (to === from) continue;
    rels.push(
      rel(type, from, to, {
        share: type === 'OWNS' ? pick([0.2, 0.5, 0.9, null]) : null,
        confidence: pick(['CONFIRMED', 'REPORTED', 'ALLEGED']),
        endDate: rnd() < 0.1 ? '2020-01-01' : rnd() < 0.1 ? '2030-01-01' : null,
        startDate: type === 'ACQUIRED' ? pick([null, '2021-06-01', '2023-06-01']) : null,
        date: null,
        lastEvidence: pick([null, '2021-01-01', '2024-01-01']),
      }),
    );
  }
  return new AccessGraph([...entities, ...clouds, ...dcs, ...chips], rels);
}

function chipOf(p: IndexPath): number {
  return p.nodes[p.nodes.length - 1] ?? -1;
}

describe('the backward and forward searches agree with a listing of every simple path', () => {
  // The listing (enumeratePaths) walks the grammar forwards depth first, one path at a time;
  // reachersOf walks it backwards breadth first over states: two implementations of the rules.
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('random graph %i', (seed) => {
    const g = randomGraph(seed);
    const rules = { ...RULES, maxHops: 5 };
    const ok = usableSteps(g, rules);
    const everything = new Map<number, IndexPath[]>();
    for (let e = 0; e < g.nodeCount; e += 1) {
      if (!((g.flags[e] ?? 0) & 1)) continue;
      everything.set(e, enumeratePaths(g, e, { ...rules }, ok, { budget: 1e7, maxPaths: 1e7 }, null).paths);
    }
    for (let k = 0; k < g.nodeCount; k += 1) {
      if (!((g.flags[k] ?? 0) & 8)) continue;
      const expected = new Map<number, { d: number; n: number }>();
      for (const [e, paths] of everything) {
        if (!((g.flags[e] ?? 0) & 1)) continue;
        const toChip = paths.filter((p) => chipOf(p) === k);
        if (toChip.length === 0) continue;
        const d = Math.min(...toChip.map((p) => p.rels.length));
        expected.set(e, { d, n: toChip.filter((p) => p.rels.length === d).length });
      }
      const reach = reachersOf(g, k, rules, ok);
      const got = new Map(reach.origins.map((o, i) => [o, { d: reach.distance[i], n: reach.shortestPaths[i] }]));
      expect(got).toEqual(expected);
      const mask = reachMask(g, k, rules, ok);
      expect([...mask.keys()].filter((i) => mask[i]).sort((a, b) => a - b)).toEqual(
        [...expected.keys()].sort((a, b) => a - b),
      );
      for (const o of reach.origins) {
        const best = reach.bestPath(o);
        expect(best.rels.length).toBe(expected.get(o)?.d);
        expect(new Set(best.nodes).size).toBe(best.nodes.length);
        expect(everything.get(o)?.some((p) => p.rels.join() === best.rels.join())).toBe(true);
      }
    }
    for (const [e, paths] of everything) {
      const reached = chipsReachedBy(g, e, rules, ok);
      const expectedChips = new Map<number, number>();
      for (const p of paths) expectedChips.set(chipOf(p), Math.min(expectedChips.get(chipOf(p)) ?? 99, p.rels.length));
      expect(new Map(reached.map((r) => [r.chip, r.distance]))).toEqual(expectedChips);
    }
  });
});

describe('the random graphs are worth comparing', () => {
  it('hold many accesses, some through climbs and some of several steps', () => {
    let pairs = 0;
    let climbs = 0;
    let long = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const g = randomGraph(seed);
      const ok = usableSteps(g, RULES);
      for (let k = 0; k < g.nodeCount; k += 1) {
        if (!((g.flags[k] ?? 0) & 8)) continue;
        const reach = reachersOf(g, k, RULES, ok);
        pairs += reach.origins.length;
        for (const o of reach.origins) {
          const best = reach.bestPath(o);
          if (best.up.some(Boolean)) climbs += 1;
          if (best.rels.length >= 3) long += 1;
        }
      }
    }
    expect(pairs).toBeGreaterThan(200);
    expect(climbs).toBeGreaterThan(5);
    expect(long).toBeGreaterThan(20);
  });
});

describe('bestPathTraits: what classifyPath and pathEvidence say of every best path, read at once', () => {
  const asOf = '2024-06-01';
  const freshSince = '2022-06-01';
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('random graph %i', (seed) => {
    const g = randomGraph(seed);
    const entities = [...Array(g.nodeCount).keys()].filter((n) => (g.flags[n] ?? 0) & 1).map((n) => g.node(n));
    const ctx: RestrictionContext = context({
      regulations: [RULE_2022, ENTITY_LIST],
      coverage: [coverage(RULE_2022.id, 'k0'), coverage(RULE_2022.id, 'k1')],
      designations: [designation('e03', ENTITY_LIST.id, '2019-01-01')],
      entities,
    });
    const rules = { ...RULES, maxHops: 5, asOf: dateKey(asOf) };
    const ok = usableSteps(g, rules);
    let compared = 0;
    for (let k = 0; k < g.nodeCount; k += 1) {
      if (!((g.flags[k] ?? 0) & 8)) continue;
      const chipId = g.ids[k] ?? '';
      const reach = reachersOf(g, k, rules, ok);
      const traits = bestPathTraits(g, reach.tree, chipId, asOf, ctx, restrictedIn(ctx), dateKey(freshSince));
      for (const o of reach.origins) {
        const ip = reach.bestPath(o);
        const path = { nodes: ip.nodes.map((n) => g.node(n)), rels: ip.rels.map((r) => g.rel(r)) };
        expect([g.ids[o], chipId, traits.pathways(o)]).toEqual([
          g.ids[o],
          chipId,
          classifyPath(path, asOf, ctx).pathways,
        ]);
        expect([g.ids[o], chipId, traits.stale(o)]).toEqual([g.ids[o], chipId, pathEvidence(path, asOf, 24).stale]);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('the traits comparison sees every kind of answer', () => {
  it('meets each pathway and both stale and fresh best paths across the random graphs', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 40; seed += 1) {
      const g = randomGraph(seed);
      const entities = [...Array(g.nodeCount).keys()].filter((n) => (g.flags[n] ?? 0) & 1).map((n) => g.node(n));
      const ctx = context({
        regulations: [RULE_2022],
        coverage: [coverage(RULE_2022.id, 'k0'), coverage(RULE_2022.id, 'k1')],
        entities,
      });
      const rules = { ...RULES, maxHops: 5 };
      const ok = usableSteps(g, rules);
      for (let k = 0; k < g.nodeCount; k += 1) {
        if (!((g.flags[k] ?? 0) & 8)) continue;
        const reach = reachersOf(g, k, rules, ok);
        const traits = bestPathTraits(
          g,
          reach.tree,
          g.ids[k] ?? '',
          '2024-06-01',
          ctx,
          restrictedIn(ctx),
          dateKey('2022-06-01'),
        );
        for (const o of reach.origins) {
          for (const p of traits.pathways(o)) seen.add(p);
          seen.add(traits.stale(o) ? 'stale' : 'fresh');
        }
      }
    }
    expect([...seen].sort()).toEqual(
      [
        'CLOUD_RENTAL',
        'DIRECT',
        'INTERMEDIARY',
        'OFFSHORE_DATA_CENTER',
        'ORDINARY_PURCHASE',
        'STOCKPILE',
        'SUBSIDIARY',
        'UNDATED_PURCHASE',
        'fresh',
        'stale',
      ].sort(),
    );
  });
});

describe('reachMasks: many chips at once', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('equals reachMask chip by chip on random graph %i', (seed) => {
    const g = randomGraph(seed);
    const rules = { ...RULES, maxHops: 5 };
    const ok = usableSteps(g, rules);
    const chips = [...Array(g.nodeCount).keys()].filter((n) => (g.flags[n] ?? 0) & 8);
    // The same chip many times over fills more than one batch of 32.
    const many = Array.from({ length: 70 }, (_, i) => chips[i % chips.length] as number);
    const masks = reachMasks(g, many, rules, ok);
    many.forEach((chip, i) => expect([...(masks[i] ?? [])]).toEqual([...reachMask(g, chip, rules, ok)]));
  });
});

describe("a chip's release date bounds the steps into it", () => {
  const released = { ...chip('h100'), releaseDate: '2022-03-22' };
  const g = new AccessGraph(
    [node('lab'), cloud('cloud'), node('reseller', ['Entity'], 'BROKER', 'SG'), released, node('holding')],
    [
      rel('RENTS_FROM', 'lab', 'cloud'),
      rel('HOSTS', 'cloud', 'h100'),
      rel('ACQUIRED', 'reseller', 'h100', { startDate: '2021-01-10', date: '2021-01-10' }),
      rel('ACQUIRED', 'holding', 'h100', { startDate: '2023-02-01', date: '2023-02-01' }),
    ],
  );
  const relNamed = (type: string, from: string) =>
    g.relIds.findIndex((_, r) => g.rel(r).type === type && g.ids[g.from[r] as number] === from);

  it('holds from the release when its start is unknown or earlier, from its own start when later', () => {
    const heldFrom = (type: string, from: string) => g.heldFrom[relNamed(type, from)];
    expect(heldFrom('HOSTS', 'cloud')).toBe(dateKey('2022-03-22'));
    expect(heldFrom('ACQUIRED', 'reseller')).toBe(dateKey('2022-03-22'));
    expect(heldFrom('ACQUIRED', 'holding')).toBe(dateKey('2023-02-01'));
    // A step not into a chip keeps its own (unknown) start.
    expect(heldFrom('RENTS_FROM', 'lab')).toBe(0);
    // The record's own dates are kept: a purchase is still judged from the date it gives.
    expect(g.rel(relNamed('ACQUIRED', 'reseller')).startDate).toBe('2021-01-10');
    expect(g.rel(relNamed('HOSTS', 'cloud')).startDate).toBeNull();
  });

  it('leaves out, even over a window, a step that ended before the release', () => {
    const early = new AccessGraph(
      [node('lab'), released],
      [rel('ACQUIRED', 'lab', 'h100', { startDate: '2020-01-01', date: '2020-01-01', endDate: '2021-12-31' })],
    );
    const ok = usableStepsBetween(early, stepRulesAt('2019-01-01'), dateKey('2019-01-01'), dateKey('2026-12-31'));
    expect([...ok]).toEqual([0]);
  });

  it('reaches no one before the release, the renter and the reseller on its day, the holding from its purchase', () => {
    const at = (date: string) => search(g, 'h100', stepRulesAt(date)).ids.sort();
    expect(at('2000-01-01')).toEqual([]);
    expect(at('2022-03-21')).toEqual([]);
    expect(at('2022-03-22')).toEqual(['cloud', 'lab', 'reseller']);
    expect(at('2023-02-01')).toEqual(['cloud', 'holding', 'lab', 'reseller']);
  });
});

describe('a model service is no access step', () => {
  // The EDA centre's case: a model bought through an AWS account, next to a compute rental.
  const g = new AccessGraph(
    [node('model-buyer'), node('renter'), node('broker'), node('customer'), cloud('aws'), chip('h100')],
    [
      rel('RENTS_FROM', 'model-buyer', 'aws', { serviceKind: 'MODEL' }),
      rel('RENTS_FROM', 'renter', 'aws', { serviceKind: 'COMPUTE' }),
      rel('PROCURES_FROM', 'customer', 'broker'),
      rel('RENTS_FROM', 'broker', 'aws', { serviceKind: 'MODEL' }),
      rel('HOSTS', 'aws', 'h100'),
    ],
  );

  it('keeps the rentals of compute and leaves those of a model service out of the index', () => {
    const kept = g.relIds.map((_, r) => `${g.ids[g.from[r] as number]}>${g.ids[g.to[r] as number]}`);
    expect(kept.sort()).toEqual(['aws>h100', 'customer>broker', 'renter>aws']);
  });

  it('reaches the chip from the compute renter only, not from a model buyer nor through one', () => {
    expect(search(g, 'h100').ids.sort()).toEqual(['aws', 'renter']);
    const ok = usableSteps(g, RULES);
    expect(chipsReachedBy(g, g.index.get('model-buyer') as number, RULES, ok)).toEqual([]);
    expect(chipsReachedBy(g, g.index.get('customer') as number, RULES, ok)).toEqual([]);
  });
});
