import { Prng } from '../../bench/prng';
import { AccessGraph, type NodeInput, type RelInput } from '../../src/reach/access-graph';
import { AnswerCache, type AccessSnapshot } from '../../src/reach/access-index';
import { relInput } from './access-inputs';
import {
  AFFILIATES_RULE,
  context,
  coverage,
  designation,
  ENTITY_LIST,
  owns,
  RULE_2022,
  RULE_2023,
} from '../unit/domain/fixtures';

/**
 * Small random access snapshots whose steps start and end on many dates, with the chip rules,
 * listings and the affiliates rule: for the tests that compare two ways of counting.
 */

export const DAYS = [
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

export function randomSnapshot(seed: number): AccessSnapshot {
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
  // Chips released on one of the days (a step into one holds from its release at the earliest), or undated.
  const chips = ['k0', 'k1', 'k2'].map((id) => ({
    ...node(id, ['Chip'], null, null),
    releaseDate: maybe(0.6, pick(DAYS)),
  }));
  const parties = [...entities, ...clouds];
  const rels: RelInput[] = [];
  let counter = 0;
  const add = (type: string, fromId: string, toId: string, props: Partial<RelInput>) => {
    if (fromId === toId) return;
    counter += 1;
    rels.push(relInput(`r${String(counter).padStart(3, '0')}`, type, fromId, toId, props));
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
