import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database';

/**
 * `GET /healthz`: 200 with the database's version when Neo4j answers, 503 when it does not.
 * Load balancers and the start script poll it; it never throws.
 */
export function useHealth(db: Database, mode: string): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== '/healthz' || request.method !== 'GET') return;
      const started = Date.now();
      return db.serverInfo().then(
        (info) =>
          endResponse(
            fetchAPI.Response.json(
              {
                status: 'ok',
                database: {
                  state: 'up',
                  mode,
                  address: info.address ?? null,
                  agent: info.agent ?? null,
                  latencyMs: Date.now() - started,
                },
              },
              { status: 200 },
            ),
          ),
        (error: unknown) =>
          endResponse(
            fetchAPI.Response.json(
              {
                status: 'unavailable',
                database: {
                  state: 'down',
                  mode,
                  error: (error as { extensions?: { code?: string } }).extensions?.code ?? 'SERVICE_UNAVAILABLE',
                },
              },
              { status: 503 },
            ),
          ),
      );
    },
  };
}
