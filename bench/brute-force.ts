import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { dateParam } from '../src/db/values';

/**
 * The completeness check's count of who reaches each chip, worked out apart from the server's
 * searches: its own statement reads the usable steps (bench/cypher/brute-force-steps.cypher),
 * then a depth-first walk from every entity lists its simple paths (no node twice) of at most
 * maxHops steps under the path grammar, as README and schema/paths.graphql state it:
 *
 *   path = climb{0,2} body* end
 *   climb: from a company up to an Entity that controls it (CONTROLS, or OWNS of at least 0.5),
 *          never to a GOVERNMENT, only at the start
 *   body:  OWNS | CONTROLS | PROCURES_FROM forward to an Entity; after a climb only PROCURES_FROM
 *   end:   ACQUIRED -> Chip | HOSTS -> Chip | (RENTS_FROM | OPERATES) -> host, HOSTS -> Chip
 *
 * No memo, no breadth-first shortcut: every simple path is walked, so its answer does not rest
 * on the searches' argument that shortest walks never repeat a node.
 */

interface Step {
  to: number;
  type: string;
}

export interface BruteForceCount {
  asOf: string;
  maxHops: number;
  /** Entities with at least one usable step. */
  origins: number;
  steps: number;
  /** Reaching entities per chip id. */
  reachers: Map<string, Set<string>>;
  /** Path steps tried by the walk. */
  work: number;
  ms: number;
}

const ORIGIN = 0;
const UP1 = 1;
const UP2 = 2;
const BODY = 3;
const BODY_AFTER_CLIMB = 4;
const RENTED = 5;

export async function bruteForceReachers(
  driver: Driver,
  database: string,
  asOf: string,
  maxHops: number,
): Promise<BruteForceCount> {
  const started = Date.now();
  const text = fs.readFileSync(path.join(__dirname, 'cypher', 'brute-force-steps.cypher'), 'utf8');
  const ids: string[] = [];
  const index = new Map<string, number>();
  const entity: boolean[] = [];
  const government: boolean[] = [];
  const chip: boolean[] = [];
  const out: Step[][] = [];
  const controllers: number[][] = [];
  const node = (id: string, isEntity: boolean, kind: unknown, isChip: boolean) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
      entity.push(isEntity);
      government.push(isEntity && kind === 'GOVERNMENT');
      chip.push(isChip);
      out.push([]);
      controllers.push([]);
    }
    return i;
  };
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let steps = 0;
  try {
    const result = await session.run(text, { asOf: dateParam(asOf) });
    for (const record of result.records) {
      const a = node(String(record.get('fromId')), record.get('fromEntity') === true, record.get('fromKind'), false);
      const b = node(
        String(record.get('toId')),
        record.get('toEntity') === true,
        record.get('toKind'),
        record.get('toChip') === true,
      );
      const type = String(record.get('type'));
      const share = record.get('share') as number | null;
      out[a]?.push({ to: b, type });
      const controls = type === 'CONTROLS' || (type === 'OWNS' && typeof share === 'number' && share >= 0.5);
      if (controls && entity[a] && !government[a] && entity[b]) controllers[b]?.push(a);
      steps += 1;
    }
  } finally {
    await session.close();
  }

  const reachers = new Map<string, Set<string>>();
  const onPath = new Uint8Array(ids.length);
  let work = 0;
  let origins = 0;
  for (let origin = 0; origin < ids.length; origin += 1) {
    if (!entity[origin]) continue;
    origins += 1;
    const originId = ids[origin] as string;
    const reach = (c: number) => {
      const chipId = ids[c] as string;
      let set = reachers.get(chipId);
      if (!set) reachers.set(chipId, (set = new Set()));
      set.add(originId);
    };
    const walk = (at: number, state: number, hops: number): void => {
      // Every move below is one more step; a path has at most maxHops.
      if (hops >= maxHops) return;
      for (const s of out[at] ?? []) {
        work += 1;
        if (onPath[s.to]) continue;
        if (state === RENTED) {
          if (s.type === 'HOSTS' && chip[s.to]) reach(s.to);
          continue;
        }
        if (s.type === 'ACQUIRED' || s.type === 'HOSTS') {
          if (chip[s.to]) reach(s.to);
        } else if (s.type === 'RENTS_FROM' || s.type === 'OPERATES') {
          if (!chip[s.to]) descend(s.to, RENTED, hops);
        } else if (entity[s.to]) {
          const climbed = state === UP1 || state === UP2 || state === BODY_AFTER_CLIMB;
          if (s.type === 'PROCURES_FROM') descend(s.to, climbed ? BODY_AFTER_CLIMB : BODY, hops);
          else if (!climbed) descend(s.to, BODY, hops);
        }
      }
      if (state === ORIGIN || state === UP1) {
        for (const up of controllers[at] ?? []) {
          work += 1;
          if (!onPath[up]) descend(up, state === ORIGIN ? UP1 : UP2, hops);
        }
      }
    };
    const descend = (next: number, state: number, hops: number) => {
      onPath[next] = 1;
      walk(next, state, hops + 1);
      onPath[next] = 0;
    };
    onPath[origin] = 1;
    walk(origin, ORIGIN, 0);
    onPath[origin] = 0;
  }
  return { asOf, maxHops, origins, steps, reachers, work, ms: Date.now() - started };
}
