import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { dateParam, intParam } from '../src/db/values';
import { ACCESS_TYPES } from '../src/domain';
import { generateGraph } from './generate';
import { benchImport } from './import-bench';
import { installSignalHandlers, runScript, startBenchDatabase } from './lifecycle';
import { Prng } from './prng';
import { flagValue, scaleNamed } from './scales';
import { percentile } from './stats';

/**
 * Checks paths/between.cypher on a generated graph, for the pairs the path benchmark uses:
 * - its paths equal paths/from-entity.cypher's paths kept to the same chip (SHORTEST k GROUPS
 *   selects per pair, so searching forward from the entity and keeping one chip loses nothing);
 * - its db hits against the same search with the chip anchored too (the form it replaced, which
 *   lets the planner search from both ends).
 * npx tsx bench/between-check.ts [--scale 10k|100k] [--pairs 150] [--seed 42]. Writes no result file.
 */

const argv = process.argv.slice(2);
const value = (flag: string, fallback: string) => flagValue(argv, flag) ?? fallback;
const log = (m: string) => process.stdout.write(`[between ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

/** The same statement with the chip anchored on its id index before the search. */
function anchoredForm(text: string): string {
  const anchored = text
    .replace('MATCH p = SHORTEST', 'MATCH (chip:Chip {id: $to})\nUSING INDEX chip:Chip(id)\nMATCH p = SHORTEST')
    .replace(/\}\(chip:Chip\)\n/, '}(chip)\n');
  if (anchored === text || !anchored.includes('}(chip)\n')) throw new Error('paths/between.cypher changed shape');
  return anchored;
}

type Plan = { dbHits?: number; children: Plan[] };
const hitsOf = (plan: Plan): number => (plan.dbHits ?? 0) + plan.children.reduce((sum, c) => sum + hitsOf(c), 0);

async function profiledHits(driver: Driver, database: string, text: string, params: Record<string, unknown>) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${text}`, params);
    return hitsOf(result.summary.profile as unknown as Plan);
  } finally {
    await session.close();
  }
}

const pathIds = (rows: Record<string, unknown>[], chip: string): string[] =>
  ((rows[0]?.paths as { nodes: { id: string }[]; rels: { id: string }[] }[] | undefined) ?? [])
    .filter((p) => p.nodes[p.nodes.length - 1]?.id === chip)
    .map((p) => p.rels.map((r) => r.id).join('>'));

async function main(): Promise<void> {
  const scale = scaleNamed(value('--scale', '100k'));
  const seed = Number(value('--seed', '42'));
  installSignalHandlers(log);
  const bench = await startBenchDatabase(path.resolve(__dirname, '..'), `between-${scale.name}`, scale, log);
  try {
    const { db, driver, config } = bench;
    const database = config.neo4j.database;
    const graph = generateGraph({ nodes: scale.nodes, seed, chunkRecords: 50000 });
    await benchImport(db, graph, { driver, database, sampleSize: 100, batchSize: 1000, log });
    const prng = new Prng(seed + 11); // the pairs of bench/path-bench.ts
    const pairs = Array.from({ length: Number(value('--pairs', '150')) }, () => ({
      from: prng.pick(graph.entityIds),
      to: prng.pick(graph.chipIds),
    }));
    for (const maxHops of [4, 6]) {
      const between = db.cypher.get('paths/between', { maxHops });
      const anchored = anchoredForm(between);
      let same = 0;
      let capped = 0;
      let withPaths = 0;
      const hits: number[] = [];
      const anchoredHits: number[] = [];
      let worst = { pair: '', hits: 0, anchoredHits: 0 };
      for (const pair of pairs) {
        const params = {
          types: [...ACCESS_TYPES],
          asOf: dateParam('2024-06-30'),
          includeRetracted: false,
          limit: intParam(config.limits.maxPaths + 1),
          contextIds: [pair.from],
          ...pair,
        };
        const slots = { maxHops };
        const one = pathIds(await db.read({ name: 'paths/between', slots }, params), pair.to);
        const everyRows = await db.read({ name: 'paths/from-entity', slots }, params);
        const every = pathIds(everyRows, pair.to);
        // Past the path cap the search to every chip keeps the shortest paths of all chips, so
        // some of this chip's may be left out: such a pair says nothing about the equivalence.
        if (((everyRows[0]?.paths as unknown[] | undefined)?.length ?? 0) > config.limits.maxPaths) capped += 1;
        else if (JSON.stringify(one) === JSON.stringify(every)) same += 1;
        else log(`different paths for ${pair.from} -> ${pair.to}: ${one.length} against ${every.length}`);
        if (one.length > 0) withPaths += 1;
        const h = await profiledHits(driver, database, between, params);
        const a = await profiledHits(driver, database, anchored, params);
        hits.push(h);
        anchoredHits.push(a);
        if (a > worst.anchoredHits) worst = { pair: `${pair.from} -> ${pair.to}`, hits: h, anchoredHits: a };
      }
      const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y);
      log(
        `maxHops ${maxHops}: ${same}/${pairs.length - capped} pairs give the same paths (${withPaths} with paths; ` +
          `${capped} left out, the search to every chip reaching the ${config.limits.maxPaths}-path cap); ` +
          `db hits p50/p95/max ${percentile(sorted(hits), 50)}/${percentile(sorted(hits), 95)}/${Math.max(...hits)}, ` +
          `chip anchored too ${percentile(sorted(anchoredHits), 50)}/${percentile(sorted(anchoredHits), 95)}/${Math.max(...anchoredHits)}; ` +
          `worst anchored pair ${worst.pair}: ${worst.anchoredHits} against ${worst.hits}`,
      );
    }
  } finally {
    await bench.stop();
  }
}

runScript(main);
