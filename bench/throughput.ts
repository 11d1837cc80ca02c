import { ownCpuMs, processCpuMs } from './cpu';
import { postGraphql } from './http';
import { Prng } from './prng';
import { ratio, round, summarize, timed, type LatencySummary } from './stats';

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
  /** Database statements per request (this server only: @neo4j/graphql's driver use is not counted). */
  statementsPerRequest: number | null;
  /** CPU per request in the Neo4j JVM and in this process (server, client and all). */
  neo4jCpuMsPerRequest: number | null;
  nodeCpuMsPerRequest: number;
}

/** What load() can observe besides the responses. */
export interface Probes {
  /** The Neo4j JVM's pid, for its CPU time. */
  neo4jPid?: number;
  /** Statements sent so far by this server's Database. */
  statements?: () => number;
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
  probes: Probes = {},
): Promise<LoadResult> {
  const prng = new Prng(options.seed);
  const sequence = Array.from({ length: 5000 }, () => prng.pick(ids));
  let next = 0;
  let errors = 0;
  const samples: number[] = [];
  const deadline = Date.now() + options.seconds * 1000;
  const statementsBefore = probes.statements?.() ?? null;
  const jvmBefore = processCpuMs(probes.neo4jPid);
  const nodeBefore = ownCpuMs();
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
  const requests = Math.max(1, samples.length + errors);
  const jvmAfter = processCpuMs(probes.neo4jPid);
  const perRequest = (before: number | null, after: number | null | undefined) =>
    before === null || after === null || after === undefined ? null : round((after - before) / requests);
  return {
    requests: samples.length,
    errors,
    seconds: Math.round(seconds * 10) / 10,
    requestsPerSec: Math.round((samples.length / seconds) * 10) / 10,
    latency: summarize(samples, errors),
    statementsPerRequest: perRequest(statementsBefore, probes.statements?.()),
    neo4jCpuMsPerRequest: perRequest(jvmBefore, jvmAfter),
    nodeCpuMsPerRequest: round((ownCpuMs() - nodeBefore) / requests),
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
  probes: { neo4jPid?: number; statements: () => number },
): Promise<ThroughputFigures> {
  const warm = { ...options, seconds: Math.min(3, options.seconds) };
  await load(targets.thisServer, NEIGHBOURHOOD_QUERY, ids, warm);
  await load(targets.neo4jGraphql.url, targets.neo4jGraphql.query, ids, warm);
  const thisServer = await load(targets.thisServer, NEIGHBOURHOOD_QUERY, ids, options, probes);
  const neo4jGraphql = await load(targets.neo4jGraphql.url, targets.neo4jGraphql.query, ids, options, {
    neo4jPid: probes.neo4jPid,
  });
  options.log(
    `throughput at concurrency ${options.concurrency}: this server ${thisServer.requestsPerSec} req/s (p50 ${thisServer.latency.p50Ms} ms, ${thisServer.errors} errors), ` +
      `@neo4j/graphql ${neo4jGraphql.requestsPerSec} req/s (p50 ${neo4jGraphql.latency.p50Ms} ms, ${neo4jGraphql.errors} errors); ` +
      `Neo4j CPU per request ${thisServer.neo4jCpuMsPerRequest} vs ${neo4jGraphql.neo4jCpuMsPerRequest} ms, ${thisServer.statementsPerRequest} statements per request`,
  );
  return {
    concurrency: options.concurrency,
    seconds: options.seconds,
    thisServer,
    neo4jGraphql,
    ratio: ratio(thisServer.requestsPerSec, neo4jGraphql.requestsPerSec),
  };
}
