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

/** What a window of load can observe besides the responses. */
export interface Probes {
  /** The Neo4j JVM's pid, for its CPU time. */
  neo4jPid?: number;
  /** Statements sent so far by this server's Database. */
  statements?: () => number;
}

/** What one window of load observed. */
interface Window {
  samples: number[];
  errors: number;
  seconds: number;
  statements: number | null;
  neo4jCpuMs: number | null;
  nodeCpuMs: number;
}

/**
 * Closed-loop load: `concurrency` clients, each sending its next request as soon as the last one
 * answered, for `seconds`. Entity ids come from `sequence`, starting at `offset`.
 */
async function window(
  url: string,
  query: string,
  sequence: readonly string[],
  offset: number,
  options: { concurrency: number; seconds: number },
  probes: Probes,
): Promise<Window> {
  let next = offset;
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
  const jvmAfter = processCpuMs(probes.neo4jPid);
  const statementsAfter = probes.statements?.() ?? null;
  return {
    samples,
    errors,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    statements: statementsBefore === null || statementsAfter === null ? null : statementsAfter - statementsBefore,
    neo4jCpuMs: jvmBefore === null || jvmAfter === null ? null : jvmAfter - jvmBefore,
    nodeCpuMs: ownCpuMs() - nodeBefore,
  };
}

/** The figures of several windows of one target taken together. */
function combine(windows: Window[]): LoadResult {
  const samples = windows.flatMap((w) => w.samples);
  const errors = windows.reduce((sum, w) => sum + w.errors, 0);
  const seconds = windows.reduce((sum, w) => sum + w.seconds, 0);
  const requests = Math.max(1, samples.length + errors);
  const total = (pick: (w: Window) => number | null): number | null =>
    windows.some((w) => pick(w) === null) ? null : windows.reduce((sum, w) => sum + (pick(w) ?? 0), 0);
  const perRequest = (value: number | null) => (value === null ? null : round(value / requests));
  return {
    requests: samples.length,
    errors,
    seconds: Math.round(seconds * 10) / 10,
    requestsPerSec: Math.round((samples.length / seconds) * 10) / 10,
    latency: summarize(samples, errors),
    statementsPerRequest: perRequest(total((w) => w.statements)),
    neo4jCpuMsPerRequest: perRequest(total((w) => w.neo4jCpuMs)),
    nodeCpuMsPerRequest: round(windows.reduce((sum, w) => sum + w.nodeCpuMs, 0) / requests),
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

/** Rounds of load per target: the two targets alternate A B B A, so that drift in the machine's load falls on both alike. */
const ROUNDS = 4;

/**
 * Both servers on the same ids, `seconds` each, in alternating rounds (a short warm-up for each
 * first): a server measured only first, right after the import, or only second would carry
 * whatever the machine and the database were doing at that moment.
 */
export async function benchThroughput(
  targets: { thisServer: string; neo4jGraphql: { url: string; query: string } },
  ids: readonly string[],
  options: { concurrency: number; seconds: number; seed: number; log: (m: string) => void },
  probes: { neo4jPid?: number; statements: () => number },
): Promise<ThroughputFigures> {
  const prng = new Prng(options.seed);
  const sequence = Array.from({ length: 5000 }, () => prng.pick(ids));
  const ours = { url: targets.thisServer, query: NEIGHBOURHOOD_QUERY, probes, windows: [] as Window[] };
  const theirs = { ...targets.neo4jGraphql, probes: { neo4jPid: probes.neo4jPid }, windows: [] as Window[] };
  const warm = { concurrency: options.concurrency, seconds: Math.min(3, options.seconds) };
  for (const t of [ours, theirs]) await window(t.url, t.query, sequence, 0, warm, {});
  const perRound = { concurrency: options.concurrency, seconds: options.seconds / ROUNDS };
  for (let r = 0; r < ROUNDS; r += 1) {
    // Each round starts at the same place in the id sequence for both targets.
    const order = r % 2 === 0 ? [ours, theirs] : [theirs, ours];
    for (const t of order) t.windows.push(await window(t.url, t.query, sequence, r * 997, perRound, t.probes));
  }
  const thisServer = combine(ours.windows);
  const neo4jGraphql = combine(theirs.windows);
  options.log(
    `throughput at concurrency ${options.concurrency} (${ROUNDS} alternating rounds): this server ${thisServer.requestsPerSec} req/s (p50 ${thisServer.latency.p50Ms} ms, ${thisServer.errors} errors), ` +
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
