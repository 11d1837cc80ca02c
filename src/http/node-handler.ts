import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the handler needs of the server (src/server.ts): yoga's Node request handling. */
export interface HandlesNodeRequests {
  handle(req: IncomingMessage, res: ServerResponse): unknown;
}

/**
 * Node's request handler around yoga. Bodies are limited before they are read: a declared
 * length above `maxBodyBytes` gets 413, a body without a declared length (chunked) gets 411,
 * so a huge upload costs the server nothing.
 */
export function createNodeHandler(yoga: HandlesNodeRequests, maxBodyBytes: number) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
    const length = req.headers['content-length'];
    if (hasBody && length === undefined && req.headers['transfer-encoding'] !== undefined) {
      refuse(res, 411, 'a request body needs a Content-Length header');
      req.destroy();
      return;
    }
    if (Number(length ?? 0) > maxBodyBytes) {
      refuse(res, 413, `request body larger than ${maxBodyBytes} bytes`);
      req.destroy();
      return;
    }
    // Not awaited, and safe: yoga's Node listener answers its own failures (500) and never rejects.
    void yoga.handle(req, res);
  };
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'LIMIT_EXCEEDED' } }] }));
}
