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

const SCRIPT = 'text/javascript; charset=utf-8';

/** Browser builds of npm packages, by the URL the page loads them from. */
const VENDOR: [url: string, pkg: string, file: string][] = [
  ['/vendor/cytoscape.min.js', 'cytoscape', 'dist/cytoscape.min.js'],
  // The layered layout (dagre, bundled in this build).
  ['/vendor/cytoscape-dagre.min.js', 'cytoscape-dagre', 'dist/cytoscape-dagre.min.js'],
  // SVG export of the drawing.
  ['/vendor/cytoscape-svg.js', 'cytoscape-svg', 'cytoscape-svg.js'],
  // The trend chart (Apache ECharts): canvas on the page, SVG for export, no eval in what it runs.
  ['/vendor/echarts.min.js', 'echarts', 'dist/echarts.min.js'],
];

/**
 * A file of an installed package: its folder is the one above its entry point that holds its
 * package.json (a package's `exports` may hide both its dist files and its package.json).
 */
function packageFile(pkg: string, file: string): string {
  let dir = path.dirname(require.resolve(pkg));
  while (!fs.existsSync(path.join(dir, 'package.json')) || path.basename(dir) !== path.basename(pkg)) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`the folder of the package ${pkg} was not found`);
    dir = up;
  }
  return path.join(dir, file);
}

/** The explorer's files by URL path: a fixed list, so no request path ever reaches the disk. */
export function explorerFiles(rootDir: string): Map<string, StaticFile> {
  const publicDir = path.join(rootDir, 'public');
  const read = (file: string, type: string): StaticFile => ({ body: fs.readFileSync(file, 'utf8'), type });
  const page = read(path.join(publicDir, 'index.html'), 'text/html; charset=utf-8');
  return new Map([
    ['/', page],
    ['/index.html', page],
    ['/explorer.js', read(path.join(publicDir, 'explorer.js'), SCRIPT)],
    ['/timeline.js', read(path.join(publicDir, 'timeline.js'), SCRIPT)],
    ['/trend-chart.js', read(path.join(publicDir, 'trend-chart.js'), SCRIPT)],
    ['/explorer.css', read(path.join(publicDir, 'explorer.css'), 'text/css; charset=utf-8')],
    // The in-page guide links here: the README travels with the server.
    ['/README.md', read(path.join(rootDir, 'README.md'), 'text/plain; charset=utf-8')],
    // Installed from npm and served from here: the page needs no CDN.
    ...VENDOR.map(([url, pkg, file]): [string, StaticFile] => [url, read(packageFile(pkg, file), SCRIPT)]),
  ]);
}

/**
 * The explorer page at `/` and its scripts (public/, and cytoscape and echarts from node_modules),
 * read once at boot: a missing file stops the boot, not a user.
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
