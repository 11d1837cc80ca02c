import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';

interface StaticFile {
  body: string;
  type: string;
}

// The page only talks to this server; cytoscape sets element styles from script, which CSP allows.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The explorer's files by URL path: a fixed list, so no request path ever reaches the disk. */
export function explorerFiles(rootDir: string): Map<string, StaticFile> {
  const publicDir = path.join(rootDir, 'public');
  const read = (file: string, type: string): StaticFile => ({ body: fs.readFileSync(file, 'utf8'), type });
  const page = read(path.join(publicDir, 'index.html'), 'text/html; charset=utf-8');
  return new Map([
    ['/', page],
    ['/index.html', page],
    ['/explorer.js', read(path.join(publicDir, 'explorer.js'), 'text/javascript; charset=utf-8')],
    ['/explorer.css', read(path.join(publicDir, 'explorer.css'), 'text/css; charset=utf-8')],
    // Installed from npm and served from here: the page needs no CDN.
    [
      '/vendor/cytoscape.min.js',
      read(require.resolve('cytoscape/dist/cytoscape.min.js'), 'text/javascript; charset=utf-8'),
    ],
  ]);
}

/**
 * The explorer page at `/` and its scripts (public/ and cytoscape from node_modules), read once
 * at boot: a missing file stops the boot, not a user.
 */
export function useExplorer(rootDir: string): Plugin {
  const files = explorerFiles(rootDir);
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const file = files.get(url.pathname);
      if (!file) return;
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : file.body, {
          status: 200,
          headers: {
            'content-type': file.type,
            'cache-control': 'no-cache',
            'content-security-policy': CSP,
            'x-content-type-options': 'nosniff',
            'referrer-policy': 'no-referrer',
          },
        }),
      );
    },
  };
}
