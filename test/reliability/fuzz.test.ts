import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import type { TestApp } from '../support/app';
import { API_KEYS, KEYS } from '../support/keys';
import { graphChecksum, type GraphChecksum } from './support/checksum';
import { injectionCases, randomCase, type FuzzRequest } from './support/fuzz-cases';
import { Prng } from '../../bench/prng';
import { exchange, firstCode, problemsWith } from './support/responses';
import { root, seededApp } from './support/seeded';
import { startServer, type ServerProcess } from './support/server-process';

/**
 * Hostile input against a real server on a free port, on the seeded graph: at least FUZZ_COUNT
 * requests (2,400 by default) from FUZZ_SEED (replay a failure with the seed it prints). Every
 * answer must be a well-formed GraphQL response with a known code and no internals, the server
 * must stay up, and the graph must not change.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20240823);
const COUNT = Number(process.env.FUZZ_COUNT ?? 2400);
const CONCURRENCY = 8;

let app: TestApp;
let server: ServerProcess;
let schema: GraphQLSchema;
let before: GraphChecksum;

beforeAll(async () => {
  app = await seededApp();
  server = await startServer({ NEO4J_URI: process.env.NEO4J_TEST_URI ?? '', API_KEYS, LOG_LEVEL: 'warn' });
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  schema = buildClientSchema(((await response.json()) as { data: IntrospectionQuery }).data);
  before = await graphChecksum(app.driver);
}, 180000);

afterAll(async () => {
  await server?.stop();
  await app?.close();
});

async function send(request: FuzzRequest): Promise<{ status: number; code?: string; problems: string[] }> {
  try {
    const response = await fetch(`${server.url}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(30000),
    });
    const ex = await exchange(response);
    return { status: ex.status, code: firstCode(ex), problems: problemsWith(ex) };
  } catch (error) {
    return { status: 0, problems: [`no answer: ${(error as Error).message}`] };
  }
}

it(`answers ${COUNT}+ hostile requests (seed ${SEED}) with well-formed GraphQL errors, stays up, changes nothing`, async () => {
  const prng = new Prng(SEED);
  const keys = { reader: KEYS.reader, analyst: KEYS.analyst };
  const requests: FuzzRequest[] = injectionCases(schema);
  const injections = requests.length;
  while (requests.length < COUNT) requests.push(randomCase(schema, prng, keys));

  const failures: string[] = [];
  const byFamily = new Map<string, Map<string, number>>();
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const index = next++;
        const request = requests[index] as FuzzRequest;
        const result = await send(request);
        const family = request.family.split(':')[0] as string;
        const outcomes = byFamily.get(family) ?? new Map<string, number>();
        const key = `${result.status} ${result.code ?? 'data'}`;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        byFamily.set(family, outcomes);
        if (result.problems.length > 0)
          failures.push(
            `#${index} ${request.family} ${request.method} ${request.path.slice(0, 80)}: ${result.problems.join('; ')}`,
          );
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;

  const summary = {
    seed: SEED,
    requests: requests.length,
    injections,
    seconds,
    failures: failures.length,
    outcomes: Object.fromEntries([...byFamily].map(([family, m]) => [family, Object.fromEntries(m)])),
  };
  fs.mkdirSync(path.join(root, 'test-output'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'test-output', 'fuzz.json'),
    `${JSON.stringify({ ...summary, firstFailures: failures.slice(0, 50) }, null, 2)}\n`,
  );
  process.stdout.write(
    `fuzz: ${requests.length} requests (${injections} injections), seed ${SEED}, ${seconds.toFixed(1)} s, ${failures.length} failures\n`,
  );

  expect(failures.slice(0, 20)).toEqual([]);
  expect(requests.length).toBeGreaterThanOrEqual(2000);
  // The server is still up and healthy, and nothing was written.
  expect(server.alive()).toBe(true);
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  expect(await graphChecksum(app.driver)).toEqual(before);
  // Nothing reached the error log: client mistakes are not server errors.
  expect(server.logs()).not.toMatch(/"level":50/);
}, 300000);
