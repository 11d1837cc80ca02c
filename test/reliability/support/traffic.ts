import { exchange, firstCode, problemsWith } from './responses';

export interface Outcome {
  /** When the answer came (ms since the epoch). */
  at: number;
  status: number;
  /** The first error code, or undefined for data. */
  code: string | undefined;
  problems: string[];
}

/** Sends one GraphQL POST and judges the answer (a 503 SERVICE_UNAVAILABLE counts as well formed). */
export async function ask(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Outcome> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60000),
    });
    const ex = await exchange(response);
    return {
      at: Date.now(),
      status: ex.status,
      code: firstCode(ex),
      problems: problemsWith(ex, { allowUnavailable: true }),
    };
  } catch (error) {
    return { at: Date.now(), status: 0, code: undefined, problems: [`no answer: ${(error as Error).message}`] };
  }
}

/** `clients` loops sending `query` back to back (with a short pause) until stopped. */
export function startTraffic(url: string, clients: number, query: string) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      outcomes.push(await ask(url, query));
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  return {
    outcomes,
    async stop(): Promise<Outcome[]> {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/** Polls `check` every 250 ms until it holds or `timeoutMs` passes; returns whether it held. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
