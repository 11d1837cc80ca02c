import { Kind, parse, type SelectionSetNode } from 'graphql';
import type { Database } from '../src/db/database';
import { postGraphql } from './http';
import { summarize, timed, type LatencySummary } from './stats';

/** 100 entities with their owners, rentals and sources: the listing a network view starts from. */
export const NESTED_QUERY = `{
  entities(first: 100) {
    nodes {
      id
      name
      sources { title }
      owners { share from { name } sources { title } }
      rentsFrom { to { name } sources { title } }
    }
  }
}`;

/** Nesting depth: the longest chain of fields that have a selection set (leaves not counted). */
export function queryDepth(query: string): number {
  const depthOf = (set: SelectionSetNode | undefined): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD && s.selectionSet) max = Math.max(max, 1 + depthOf(s.selectionSet));
      if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(s.selectionSet));
    }
    return max;
  };
  const doc = parse(query);
  return Math.max(
    0,
    ...doc.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? depthOf(d.selectionSet) : 0)),
  );
}

export interface NestedVariant {
  roundTrips: number;
  latency: LatencySummary;
}

export interface NestedFigures {
  entities: number;
  depth: number;
  withLoader: NestedVariant;
  withoutLoader: NestedVariant;
}

async function measure(url: string, db: Database, runs: number): Promise<NestedVariant & { entities: number }> {
  let entities = 0;
  let roundTrips = 0;
  const samples: number[] = [];
  for (let i = 0; i <= runs; i += 1) {
    const before = db.statementsRun;
    const t = await timed(() => postGraphql(url, NESTED_QUERY, {}));
    // Requests run one at a time, so the counter's change is this request's round trips.
    roundTrips = db.statementsRun - before;
    entities = (t.value.data as { entities: { nodes: unknown[] } }).entities.nodes.length;
    if (i > 0) samples.push(t.ms); // the first run warms up
  }
  return { entities, roundTrips, latency: summarize(samples) };
}

/** The nested listing through the server with DataLoader and through a variant without it. */
export async function benchNested(
  urls: { withLoader: string; withoutLoader: string },
  db: Database,
  runs: number,
  log: (m: string) => void,
): Promise<NestedFigures> {
  const withLoader = await measure(urls.withLoader, db, runs);
  const withoutLoader = await measure(urls.withoutLoader, db, runs);
  log(
    `nested listing of ${withLoader.entities} entities: ${withLoader.roundTrips} round trips, p50 ${withLoader.latency.p50Ms} ms with DataLoader; ` +
      `${withoutLoader.roundTrips} round trips, p50 ${withoutLoader.latency.p50Ms} ms without`,
  );
  return {
    entities: withLoader.entities,
    depth: queryDepth(NESTED_QUERY),
    withLoader: { roundTrips: withLoader.roundTrips, latency: withLoader.latency },
    withoutLoader: { roundTrips: withoutLoader.roundTrips, latency: withoutLoader.latency },
  };
}
