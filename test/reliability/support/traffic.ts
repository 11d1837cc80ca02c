import { waitFor } from '../../support/wait';
import { exchange, firstCode, problemsWith } from './responses';

export interface Outcome {
  /** When the request was sent (ms since the epoch). */
  sent: number;
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
  const sent = Date.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60000),
    });
    const ex = await exchange(response);
    return {
      sent,
      at: Date.now(),
      status: ex.status,
      code: firstCode(ex),
      problems: problemsWith(ex, { allowUnavailable: true }),
    };
  } catch (error) {
    return { sent, at: Date.now(), status: 0, code: undefined, problems: [`no answer: ${(error as Error).message}`] };
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
    /** Whether `count` answers came to requests sent at or after `since`, within `timeoutMs`. */
    answered(since: number, count: number, timeoutMs = 60000): Promise<boolean> {
      return waitFor(async () => outcomes.filter((o) => o.sent >= since).length >= count, timeoutMs);
    },
    async stop(): Promise<Outcome[]> {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}
