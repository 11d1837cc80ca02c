import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { onCleanup } from './lifecycle';

/** A real node:http server on a free port (the network and HTTP parsing are part of what is measured). */
export interface HttpServer {
  url: string;
  close(): Promise<void>;
}

export async function listen(handler: http.RequestListener): Promise<HttpServer> {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = onCleanup(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return { url: `http://127.0.0.1:${port}/graphql`, close };
}

export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs a GraphQL request; a response with errors counts as a failed request. */
export async function postGraphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphqlResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlResponse;
  if (!response.ok || (body.errors && body.errors.length > 0)) {
    const first = body.errors?.[0];
    throw new Error(
      `GraphQL request failed (HTTP ${response.status}): ${first?.extensions?.code ?? ''} ${first?.message ?? ''}`,
    );
  }
  return body;
}
