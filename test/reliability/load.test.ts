import fs from 'node:fs';
import path from 'node:path';
import type { TestApp } from '../support/app';
import { API_KEYS, as } from '../support/keys';
import { Prng } from '../../bench/prng';
import { root, seededApp } from './support/seeded';
import { startServer, type ServerProcess } from './support/server-process';

/**
 * LOAD_CLIENTS (50) concurrent clients for LOAD_SECONDS (60) against a real server on the seeded
 * graph, mixing path queries, lookups, search and analysts' writes that collide on the same ids:
 * no errors, no duplicate nodes or relationships, p99 latency and the server's resident memory
 * recorded to test-output/load.json, memory growth bounded (final RSS < 2x the RSS after warm-up).
 */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50);
const WARMUP_SECONDS = Math.min(10, SECONDS / 5);
/** Writers share this many ids, so concurrent writes of the same node are the rule, not the exception. */
const WRITE_POOL = 20;

const ORIGINS = [
  'shenzhen-university',
  'yunda-technology',
  'zhejiang-lab',
  'iflytek',
  'sensetime',
  'baidu',
  'unnamed-beijing-company',
];
const CHIPS = ['nvidia-a100', 'nvidia-h100', 'nvidia-a800', 'nvidia-h800', 'amd-mi250'];
const DATES = ['2023-06-01', '2024-06-01', '2025-01-01', '2025-10-15'];
const WORDS = ['huawei', 'shenzhen', 'nvidia', 'cloud', 'amazon', 'data centre', 'sense'];

interface Request {
  kind: string;
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

/** One client's next request, drawn from the mix. */
function nextRequest(prng: Prng, client: number): Request {
  const roll = prng.next();
  const none = {};
  if (roll < 0.4) {
    return {
      kind: 'accessPaths',
      query: `query($from: ID!, $to: ID, $asOf: Date) { accessPaths(from: $from, to: $to, asOf: $asOf, first: 20) {
        totalCount truncated nodes { id pathways confidence restriction { restricted } steps { index relationship { id type } } } } }`,
      variables: { from: prng.pick(ORIGINS), to: prng.chance(0.7) ? prng.pick(CHIPS) : null, asOf: prng.pick(DATES) },
      headers: none,
    };
  }
  if (roll < 0.55) {
    return {
      kind: 'whoCanReach',
      query: `query($chip: ID!, $asOf: Date) { whoCanReach(chip: $chip, asOf: $asOf, onlyRestricted: true) { truncated entities { pathCount } } }`,
      variables: { chip: prng.pick(CHIPS), asOf: prng.pick(DATES) },
      headers: none,
    };
  }
  if (roll < 0.72) {
    return {
      kind: 'node',
      query: `query($id: ID!) { node(id: $id) { id name ... on Entity { owners { id from { id name } } subsidiaries { id to { id } } designations { id } } } }`,
      variables: { id: prng.pick(ORIGINS) },
      headers: none,
    };
  }
  if (roll < 0.82) {
    return {
      kind: 'search',
      query: `query($t: String!) { search(text: $t, first: 10) { score node { id } } }`,
      variables: { t: prng.pick(WORDS) },
      headers: none,
    };
  }
  if (roll < 0.9) {
    return {
      kind: 'entities',
      query: `{ entities(first: 50) { totalCount nodes { id name country } } }`,
      variables: {},
      headers: none,
    };
  }
  // A write of a node and a relationship to a seeded entity, ids shared by every client.
  const k = prng.int(0, WRITE_POOL - 1);
  return {
    kind: 'write',
    query: `mutation($input: WriteInput!) { write(input: $input) { ok rejected { message } } }`,
    variables: {
      input: {
        nodes: [
          {
            id: `load-entity-${k}`,
            label: 'Entity',
            name: `Load entity ${k} (client ${client})`,
            country: 'CN',
            sources: ['src-load'],
          },
        ],
        relationships: [
          {
            id: `load-procures-${k}`,
            type: 'PROCURES_FROM',
            from: `load-entity-${k}`,
            to: 'yunda-technology',
            confidence: 'ALLEGED',
            sources: ['src-load'],
            note: `client ${client}`,
          },
        ],
        reason: 'load test',
      },
    },
    headers: as('analyst'),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

let app: TestApp;
let server: ServerProcess;

beforeAll(async () => {
  app = await seededApp();
  // The suite judges errors, duplicates and memory, not speed: on a shared 2-core machine under
  // load (a load average of 25 was seen) 50 clients queue statements past the default 15 s
  // transaction timeout, a QUERY_TIMEOUT that says nothing about the code under test.
  server = await startServer({
    NEO4J_URI: process.env.NEO4J_TEST_URI ?? '',
    API_KEYS,
    LOG_LEVEL: 'warn',
    NEO4J_TX_TIMEOUT_MS: '120000',
  });
  const source = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...as('analyst') },
    body: JSON.stringify({
      query: 'mutation($input: WriteInput!) { write(input: $input) { ok } }',
      variables: { input: { sources: [{ id: 'src-load', publisher: 'Test', title: 'Load test' }] } },
    }),
  });
  expect(await source.json()).toEqual({ data: { write: { ok: true } } });
}, 180000);

afterAll(async () => {
  await server?.stop();
  await app?.close();
});

it(
  `serves ${CLIENTS} concurrent clients for ${SECONDS} s without errors, duplicates or unbounded memory`,
  async () => {
    const latencies = new Map<string, number[]>();
    const errors: string[] = [];
    const rss: { t: number; bytes: number }[] = [];
    const started = Date.now();
    const warmupEnds = started + WARMUP_SECONDS * 1000;
    const deadline = started + SECONDS * 1000;

    const sampler = setInterval(() => rss.push({ t: (Date.now() - started) / 1000, bytes: server.rssBytes() }), 1000);
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const prng = new Prng(1000 + client);
        while (Date.now() < deadline) {
          const request = nextRequest(prng, client);
          const t0 = performance.now();
          try {
            const response = await fetch(`${server.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...request.headers },
              body: JSON.stringify({ query: request.query, variables: request.variables }),
              // A bound against a hang, not a latency target: on a shared 2-core machine a
              // request can queue for tens of seconds; each statement is bounded by the
              // server's own transaction timeout (QUERY_TIMEOUT, counted as an error).
              signal: AbortSignal.timeout(180000),
            });
            const body = (await response.json()) as {
              data?: Record<string, { ok?: boolean }>;
              errors?: { message: string; extensions?: { code?: string } }[];
            };
            const ms = performance.now() - t0;
            if (
              response.status !== 200 ||
              body.errors?.length ||
              (request.kind === 'write' && body.data?.write?.ok !== true)
            ) {
              errors.push(
                `${request.kind}: ${response.status} ${JSON.stringify(body.errors ?? body.data).slice(0, 200)}`,
              );
            } else if (Date.now() >= warmupEnds) {
              const list = latencies.get(request.kind) ?? [];
              list.push(ms);
              latencies.set(request.kind, list);
            }
          } catch (error) {
            // fetch's own message ("fetch failed") says little: its cause names the socket error.
            const cause = (error as { cause?: { code?: string; message?: string } }).cause;
            errors.push(
              `${request.kind}: ${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}`,
            );
          }
        }
      }),
    );
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;
    rss.push({ t: seconds, bytes: server.rssBytes() });

    const all = [...latencies.values()].flat().sort((a, b) => a - b);
    const byKind = Object.fromEntries(
      [...latencies].map(([kind, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        return [
          kind,
          {
            requests: sorted.length,
            p50: percentile(sorted, 50),
            p95: percentile(sorted, 95),
            p99: percentile(sorted, 99),
            max: sorted[sorted.length - 1] ?? 0,
          },
        ];
      }),
    );
    const afterWarmup = rss.find((s) => s.t >= WARMUP_SECONDS) ?? rss[0];
    const final = rss[rss.length - 1];
    const mb = (bytes: number | undefined) => Math.round(((bytes ?? 0) / 1048576) * 10) / 10;
    const report = {
      clients: CLIENTS,
      seconds: Math.round(seconds * 10) / 10,
      warmupSeconds: WARMUP_SECONDS,
      requestsMeasured: all.length,
      throughputPerSecond: Math.round((all.length / (seconds - WARMUP_SECONDS)) * 10) / 10,
      errors: errors.length,
      latencyMs: {
        p50: percentile(all, 50),
        p95: percentile(all, 95),
        p99: percentile(all, 99),
        max: all[all.length - 1] ?? 0,
      },
      byKind,
      rssMb: {
        afterWarmup: mb(afterWarmup?.bytes),
        final: mb(final?.bytes),
        max: mb(Math.max(...rss.map((s) => s.bytes))),
        samples: rss.map((s) => [Math.round(s.t), mb(s.bytes)]),
      },
      firstErrors: errors.slice(0, 20),
    };
    fs.mkdirSync(path.join(root, 'test-output'), { recursive: true });
    fs.writeFileSync(path.join(root, 'test-output', 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      `load: ${CLIENTS} clients, ${report.seconds} s, ${all.length} requests measured (${report.throughputPerSecond}/s), ${errors.length} errors; ` +
        `latency p50 ${report.latencyMs.p50.toFixed(0)} ms, p99 ${report.latencyMs.p99.toFixed(0)} ms; ` +
        `server RSS ${report.rssMb.afterWarmup} MB after warm-up, ${report.rssMb.final} MB at the end (max ${report.rssMb.max} MB)\n`,
    );

    expect(errors.slice(0, 10)).toEqual([]);
    expect(all.length).toBeGreaterThan(CLIENTS);
    expect(latencies.get('write')?.length ?? 0).toBeGreaterThan(0);
    expect(final?.bytes ?? 0).toBeLessThan(2 * (afterWarmup?.bytes ?? 0));

    // Concurrent writes of the same ids made one node and one relationship per id, and no placeholder survived.
    const session = app.driver.session();
    try {
      const check = await session.run(`
      CALL () { MATCH (n:Node) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS duplicateNodes }
      CALL () { MATCH ()-[r]->() WHERE r.id IS NOT NULL WITH r.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS duplicateRelationships }
      CALL () { MATCH (n) WHERE n.__pending = true RETURN count(n) AS placeholders }
      CALL () { MATCH (n:Node) WHERE n.id STARTS WITH 'load-entity-' RETURN count(n) AS loadNodes }
      CALL () { MATCH ()-[r:PROCURES_FROM]->() WHERE r.id STARTS WITH 'load-procures-' RETURN count(r) AS loadRelationships }
      RETURN duplicateNodes, duplicateRelationships, placeholders, loadNodes, loadRelationships`);
      const row = check.records[0];
      const counts = Object.fromEntries(
        ['duplicateNodes', 'duplicateRelationships', 'placeholders', 'loadNodes', 'loadRelationships'].map((k) => [
          k,
          Number(row?.get(k)),
        ]),
      );
      expect(counts.duplicateNodes).toBe(0);
      expect(counts.duplicateRelationships).toBe(0);
      expect(counts.placeholders).toBe(0);
      expect(counts.loadNodes).toBeLessThanOrEqual(WRITE_POOL);
      expect(counts.loadRelationships).toBe(counts.loadNodes);
    } finally {
      await session.close();
    }
    expect(server.alive()).toBe(true);
  },
  (SECONDS + 240) * 1000,
);
