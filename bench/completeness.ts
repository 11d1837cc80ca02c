import type { Driver } from 'neo4j-driver';
import type { AccessIndex } from '../src/reach/access-index';
import { PathService } from '../src/services/path-service';
import { bruteForceReachers } from './brute-force';
import { ask, type InProcess } from './reach-bench';

/**
 * whoCanReach's totalCount for every chip against the brute-force count of bench/brute-force.ts
 * (its own statement, every simple path walked): complete only when every chip matches.
 */
export interface CompletenessFigures {
  asOf: string;
  maxHops: number;
  chips: number;
  matched: number;
  complete: boolean;
  /** Reaching (entity, chip) pairs over every chip, by the API and by the brute force. */
  apiPairs: number;
  bruteForcePairs: number;
  bruteForceMs: number;
  /** Path steps the brute force tried. */
  bruteForceWork: number;
  mismatches: { chip: string; api: number; bruteForce: number; onlyApi: string[]; onlyBruteForce: string[] }[];
}

const COUNT_QUERY = `query ReachCount($chip: ID!, $asOf: Date, $maxHops: Int) {
  whoCanReach(chip: $chip, asOf: $asOf, maxHops: $maxHops, first: 1) { totalCount truncated }
}`;

export async function checkCompleteness(o: {
  /** The benchmark's own driver, for the brute force's statement. */
  driver: Driver;
  database: string;
  index: AccessIndex;
  limits: { maxHops: number; maxPaths: number; staleAfterMonths: number };
  inProcess: InProcess;
  chipIds: readonly string[];
  asOf: string;
  maxHops: number;
  log: (m: string) => void;
}): Promise<CompletenessFigures> {
  const brute = await bruteForceReachers(o.driver, o.database, o.asOf, o.maxHops);
  o.log(
    `brute force: ${brute.steps} usable steps, ${brute.origins} entities walked, ${brute.work} path steps tried in ${brute.ms} ms`,
  );
  const service = new PathService(o.index, o.limits);
  const mismatches: CompletenessFigures['mismatches'] = [];
  let matched = 0;
  let apiPairs = 0;
  let bruteForcePairs = 0;
  for (const chip of o.chipIds) {
    const data = (await ask(o.inProcess, COUNT_QUERY, { chip, asOf: o.asOf, maxHops: o.maxHops })) as {
      whoCanReach: { totalCount: number; truncated: boolean };
    };
    const api = data.whoCanReach.totalCount;
    const expected = brute.reachers.get(chip) ?? new Set<string>();
    apiPairs += api;
    bruteForcePairs += expected.size;
    if (api === expected.size && !data.whoCanReach.truncated) {
      matched += 1;
      continue;
    }
    const listed = new Set(
      (await service.whoCanReach(chip, o.asOf, o.maxHops, null, null)).reaches.map((r) => r.originId),
    );
    mismatches.push({
      chip,
      api,
      bruteForce: expected.size,
      onlyApi: [...listed].filter((id) => !expected.has(id)).slice(0, 5),
      onlyBruteForce: [...expected].filter((id) => !listed.has(id)).slice(0, 5),
    });
  }
  const figures = {
    asOf: o.asOf,
    maxHops: o.maxHops,
    chips: o.chipIds.length,
    matched,
    complete: matched === o.chipIds.length,
    apiPairs,
    bruteForcePairs,
    bruteForceMs: brute.ms,
    bruteForceWork: brute.work,
    mismatches,
  };
  o.log(
    `completeness (maxHops ${o.maxHops}): whoCanReach totalCount equals the brute-force count for ${matched}/${figures.chips} chips ` +
      `(${apiPairs} against ${bruteForcePairs} entity-chip pairs)${mismatches.length ? `; first mismatch ${JSON.stringify(mismatches[0])}` : ''}`,
  );
  return figures;
}
