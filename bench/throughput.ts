import { postGraphql } from './http';
import { Prng } from './prng';
import { ratio, summarize, timed, type LatencySummary } from './stats';

/** An entity's neighbourhood as a network view asks for it: owners, subsidiaries, brokers, rentals, chips. */
export const NEIGHBOURHOOD_QUERY = `query Neighbourhood($id: ID!) {
  node(id: $id) {
    ... on Entity {
      id
      name
      kind
      country
      owners { share from { id name } }
      subsidiaries { share to { id name } }
      procuresFrom { to { id name } }
      rentsFrom { to { id name } }
      acquired { quantity to { id name } }
    }
  }
}`;

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSec: number;
  latency: LatencySummary;
}

/**
 * Closed-loop load: `concurrency` clients, each sending its next request as soon as the last one
 * answered, for `seconds`. Entity ids come from a seeded sequence, the same for every target.
 */
export async function load(
  url: string,
  query: string,
  ids: readonly string[],
  options: { concurrency: number; seconds: number; seed: number },
): Promise<LoadResult> {
  const prng = new Prng(options.seed);
  const sequence = Array.from({ length: 5000 }, () => prng.pick(ids));
  let next = 0;
  let errors = 0;
  const samples: number[] = [];
  const deadline = Date.now() + options.seconds * 1000;
  const started = process.hrtime.bigint();
  const client = async () => {
    while (Date.now() < deadline) {
      const id = sequence[next % sequence.length] as string;
      next += 1;
      try {
        samples.push((await timed(() => postGraphql(url, query, { id }))).ms);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    requests: samples.length,
    errors,
    seconds: Math.round(seconds * 10) / 10,
    requestsPerSec: Math.round((samples.length / seconds) * 10) / 10,
    latency: summarize(samples, errors),
  };
}

export interface ThroughputFigures {
  concurrency: number;
  seconds: number;
  thisServer: LoadResult;
  neo4jGraphql: LoadResult;
  /** This server's requests per second / @neo4j/graphql's. */
  ratio: number | null;
}

/** Both servers, one after the other, on the same ids; a short warm-up for each first. */
export async function benchThroughput(
  targets: { thisServer: string; neo4jGraphql: { url: string; query: string } },
  ids: readonly string[],
  options: { concurrency: number; seconds: number; seed: number; log: (m: string) => void },
): Promise<ThroughputFigures> {
  const warm = { ...options, seconds: Math.min(3, options.seconds) };
  await load(targets.thisServer, NEIGHBOURHOOD_QUERY, ids, warm);
  await load(targets.neo4jGraphql.url, targets.neo4jGraphql.query, ids, warm);
  const thisServer = await load(targets.thisServer, NEIGHBOURHOOD_QUERY, ids, options);
  const neo4jGraphql = await load(targets.neo4jGraphql.url, targets.neo4jGraphql.query, ids, options);
  options.log(
    `throughput at concurrency ${options.concurrency}: this server ${thisServer.requestsPerSec} req/s (p50 ${thisServer.latency.p50Ms} ms, ${thisServer.errors} errors), ` +
      `@neo4j/graphql ${neo4jGraphql.requestsPerSec} req/s (p50 ${neo4jGraphql.latency.p50Ms} ms, ${neo4jGraphql.errors} errors)`,
  );
  return {
    concurrency: options.concurrency,
    seconds: options.seconds,
    thisServer,
    neo4jGraphql,
    ratio: ratio(thisServer.requestsPerSec, neo4jGraphql.requestsPerSec),
  };
}
