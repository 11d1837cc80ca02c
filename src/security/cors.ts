import type { YogaServerOptions } from 'graphql-yoga';

type CorsOption = NonNullable<YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['cors']>;

/**
 * CORS from CORS_ORIGINS: closed when the list is empty (no Access-Control-* header, so a browser
 * page of another origin cannot read answers); otherwise a listed origin, and only that one, gets
 * GET and POST with the headers this API reads. Never with credentials: keys travel in headers.
 */
export function corsFor(origins: readonly string[]): CorsOption {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'x-graphql-csrf'],
      maxAge: 600,
    };
  };
}
