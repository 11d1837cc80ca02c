import { Prng } from '../../../bench/prng';
import type { Pathway, ReachRole } from '../../../src/domain';
import { AccessGraph, type NodeInput, type RelInput } from '../../../src/reach/access-graph';
import { AnswerCache, type AccessSnapshot } from '../../../src/reach/access-index';
import { PathService, type PathFilterInput, type ReachCounts } from '../../../src/services/path-service';
import {
  AFFILIATES_RULE,
  context,
  coverage,
  designation,
  ENTITY_LIST,
  owns,
  RULE_2022,
  RULE_2023,
} from '../domain/fixtures';

/**
 * reachCountsOver (one search per chip for many dates at once) against reachCountsIn (one
 * search per chip and date, whoCanReach's own counts) on random graphs whose steps start and
 * end at many dates, under random filters, roles and hop limits.
 */

const DAYS = [
  '2020-06-30',
  '2021-03-01',
  '2021-12-31',
  '2022-10-07',
  '2023-05-01',
  '2023-11-17',
  '2024-06-30',
  '2025-09-29',
];

function node(id: string, labels: string[], kind: string | null, country: string | null): NodeInput {
  return { id, labels, name: id, kind, country, headquarters: null };
}

function randomSnapshot(seed: number): AccessSnapshot {
  const prng = new Prng(seed);
  const rnd = () => prng.next();
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const maybe = <T>(p: number, x: T) => (rnd() < p ? x : null);
  const entities = Array.from({ length: 18 }, (_, i) =>
    node(
      `e${String(i).padStart(2, '0')}`,
      ['Entity'],
      rnd() < 0.08 ? 'GOVERNMENT' : 'COMPANY',
      pick(['CN', 'SG', 'US', 'CN']),
    ),
  );
  const clouds = [
    node('c0', ['Entity', 'CloudProvider'], 'COMPANY', 'US'),
    node('c1', ['Entity', 'CloudProvider'], 'COMPANY', 'CN'),
  ];
  const dcs = [
    node('d0', ['DataCenter'], null, 'AU'),
    node('d1', ['DataCenter'], null, 'CN'),
    node('d2', ['DataCenter'], null, 'SG'),
  ];
  const chips = [node('k0', ['Chip'], null, null), node('k1', ['Chip'], null, null), node('k2', ['Chip'], null, null)];
  const parties = [...entities, ...clouds];
  const rels: RelInput[] = [];
  let counter = 0;
  const add = (type: string, fromId: string, toId: string, props: Partial<RelInput>) => {
    if (fromId === toId) return;
    counter += 1;
    rels.push({
      id: `r${String(counter).padStart(3, '0')}`,
      type,
      fromId,
      toId,
      startDate: null,
      endDate: null,
      date: null,
      retracted: false,
      confidence: 'CONFIRMED',
      share: null,
      lastEvidence: null,
      ...props,
    });
  };
  for (let i = 0; i < 55; i += 1) {
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
    const dated = {
      startDate: maybe(0.5, pick(DAYS)),
      endDate: maybe(0.3, pick(DAYS)),
      confidence: pick<RelInput['confidence']>(['CONFIRMED', 'CONFIRMED', 'REPORTED', 'ALLEGED', 'DISPUTED']),
      lastEvidence: maybe(0.7, pick(DAYS)),
      retracted: rnd() < 0.05,
    };
    if (type === 'HOSTS') add(type, pick([...clouds, ...dcs]).id, pick(chips).id, dated);
    else if (type === 'ACQUIRED') add(type, pick(parties).id, pick(chips).id, dated);
    else if (type === 'RENTS_FROM' || type === 'OPERATES')
      add(type, pick(parties).id, pick([...clouds, ...dcs]).id, dated);
    else
      add(type, pick(parties).id, pick(parties).id, {
        ...dated,
        share: type === 'OWNS' ? pick([0.2, 0.5, 0.9, null]) : null,
      });
  }
  const graph = new AccessGraph([...entities, ...clouds, ...dcs, ...chips], rels);
  const listed = entities.filter(() => rnd() < 0.15);
  return {
    version: `random-${seed}`,
    graph,
    context: context({
      regulations: [RULE_2022, RULE_2023, ENTITY_LIST, AFFILIATES_RULE],
      coverage: [
        ...chips.map((c) => ({ ...coverage(RULE_2022.id, c.id), startDate: null })),
        coverage(RULE_2023.id, 'k1'),
        coverage(RULE_2023.id, 'k2', '2024-01-01'),
      ],
      designations: listed.map((e) => designation(e.id, ENTITY_LIST.id, pick(DAYS), maybe(0.3, '2025-01-01'))),
      ownership: rels
        .filter((r) => r.type === 'OWNS' && r.share !== null)
        .map((r) => owns(r.fromId, r.toId, r.share, r.startDate, r.endDate)),
      entities: [...entities, ...clouds].map((n) => ({
        id: n.id,
        labels: [...n.labels],
        name: n.name,
        country: n.country,
        kind: n.kind,
      })),
    }),
    loadedAt: new Date(),
    loadMs: 0,
    answers: new AnswerCache(),
    steps: new AnswerCache(64),
  };
}

const FILTERS: (PathFilterInput | null)[] = [
  null,
  { onlyRestricted: true },
  { excludeStale: true },
  { minConfidence: 'REPORTED', includeRetracted: true },
  { includePathways: ['STOCKPILE', 'DIRECT', 'OFFSHORE_DATA_CENTER'] },
  { excludePathways: ['CLOUD_RENTAL'], climbToControllers: false },
  { relationshipTypes: ['ACQUIRED', 'PROCURES_FROM', 'HOSTS', 'OWNS'] },
];
const ROLES: (ReachRole[] | null)[] = [null, ['USER'], ['HOST', 'HOLDER']];

function comparable(total: number, counts: ReachCounts) {
  const { byPathway, ...rest } = counts;
  return { total, ...rest, byPathway: [...byPathway].sort(([a], [b]) => a.localeCompare(b)) };
}

function randomDates(prng: Prng, count: number): string[] {
  const dates = new Set<string>();
  while (dates.size < count) {
    const year = 2020 + Math.floor(prng.next() * 6);
    const month = 1 + Math.floor(prng.next() * 12);
    const day = 1 + Math.floor(prng.next() * 28);
    dates.add(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  // The days on which steps start or end, and the days before them, are where answers change.
  return [...dates, ...DAYS, '2022-10-06', '2023-11-16', '2025-09-28'].sort();
}

describe('reachCountsOver: whoCanReach counts at many dates in one search per chip', () => {
  it.each(Array.from({ length: 30 }, (_, i) => i + 1))('random graph %i', (seed) => {
    const snapshot = randomSnapshot(seed);
    const paths = new PathService({ current: async () => snapshot } as never, {
      maxHops: 8,
      maxPaths: 1000,
      staleAfterMonths: 24,
    });
    const prng = new Prng(seed * 7919);
    const chips = ['k0', 'k1', 'k2'];
    // More dates than one search serves (32), so that the chunks are exercised too.
    const dates = randomDates(prng, seed % 3 === 0 ? 30 : 6);
    const filter = FILTERS[seed % FILTERS.length] ?? null;
    const roles = ROLES[Math.floor(seed / FILTERS.length) % ROLES.length] ?? null;
    const hops = [6, 3, 2, 8][seed % 4] as number;
    const over = paths.reachCountsOver(snapshot, chips, dates, hops, filter, roles);
    expect(over).toHaveLength(dates.length);
    dates.forEach((date, t) => {
      let total = 0;
      const sum: ReachCounts = {
        restricted: 0,
        listed: 0,
        listedRestricted: 0,
        stale: 0,
        staleRestricted: 0,
        byPathway: new Map(),
      };
      for (const chip of chips) {
        const one = paths.reachCountsIn(snapshot, chip, date, hops, filter, roles);
        total += one.total;
        sum.restricted += one.counts.restricted;
        sum.listed += one.counts.listed;
        sum.listedRestricted += one.counts.listedRestricted;
        sum.stale += one.counts.stale;
        sum.staleRestricted += one.counts.staleRestricted;
        for (const [pathway, tally] of one.counts.byPathway) {
          const kept = sum.byPathway.get(pathway) ?? { count: 0, restricted: 0 };
          sum.byPathway.set(pathway as Pathway, {
            count: kept.count + tally.count,
            restricted: kept.restricted + tally.restricted,
          });
        }
      }
      const got = over[t];
      expect({ date, ...comparable(got?.total ?? -1, got?.counts ?? sum) }).toEqual({
        date,
        ...comparable(total, sum),
      });
    });
  });

  it('meets what the comparison is for: accesses that come and go, restricted ones, every pathway', () => {
    const seen = new Set<string>();
    let changing = 0;
    for (let seed = 1; seed <= 30; seed += 1) {
      const snapshot = randomSnapshot(seed);
      const paths = new PathService({ current: async () => snapshot } as never, {
        maxHops: 8,
        maxPaths: 1000,
        staleAfterMonths: 24,
      });
      const over = paths.reachCountsOver(snapshot, ['k0', 'k1', 'k2'], DAYS, 6, null, null);
      if (new Set(over.map((c) => c.total)).size > 1) changing += 1;
      for (const { counts } of over) {
        if (counts.restricted > 0) seen.add('restricted');
        if (counts.listed > 0) seen.add('listed');
        if (counts.stale > 0) seen.add('stale');
        for (const pathway of counts.byPathway.keys()) seen.add(pathway);
      }
    }
    expect(changing).toBeGreaterThan(20);
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
        'listed',
        'restricted',
        'stale',
      ].sort(),
    );
  });
});
