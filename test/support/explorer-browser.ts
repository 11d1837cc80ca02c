import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import pino from 'pino';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createNodeHandler } from '../../src/http/node-handler';
import { createServer } from '../../src/server';
import { createTestApp, type TestApp } from './app';

/**
 * The explorer page in a real browser, for the browser suites: Debian's headless Chromium driven
 * by playwright-core (never a downloaded browser), against a real server on a free port, with
 * introspection off (the page must not need it) and every request to anything but the server
 * blocked (the page must work offline), the blocked requests and the browser's errors kept.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUTPUT = path.resolve(__dirname, '../../test-output/explorer');
export const VIEWPORTS = {
  laptop: { width: 1366, height: 768 },
  small: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
};
export type Viewport = (typeof VIEWPORTS)[keyof typeof VIEWPORTS];

const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

export interface ExplorerBrowser {
  app: TestApp;
  baseUrl: string;
  browser: Browser;
  /** Requests the page tried to send elsewhere than the server. */
  blocked: string[];
  /** Script errors and console errors (content-security-policy violations among them). */
  browserErrors: string[];
  /** A browser context that can reach the server only, as on a machine without internet. */
  offlineContext(viewport?: Viewport): Promise<BrowserContext>;
  /** Keeps a page's script and console errors in `browserErrors`. */
  watch(page: Page): void;
  close(): Promise<void>;
}

/** Starts the app (after `prepare` has filled its database), a server on a free port and Chromium. */
export async function startExplorerBrowser(prepare: (app: TestApp) => Promise<void>): Promise<ExplorerBrowser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (see README)`);
  const app = await createTestApp();
  await prepare(app);
  const yoga = createServer({
    config: app.config,
    db: app.db,
    log: pino({ level: 'silent' }),
    databaseMode: 'external',
    plugins: [noIntrospection],
  });
  const server = http.createServer(createNodeHandler(yoga, app.config.http.maxBodyBytes));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  fs.mkdirSync(OUTPUT, { recursive: true });
  const blocked: string[] = [];
  const browserErrors: string[] = [];
  return {
    app,
    baseUrl,
    browser,
    blocked,
    browserErrors,
    async offlineContext(viewport = VIEWPORTS.laptop) {
      const ctx = await browser.newContext({ viewport, acceptDownloads: true });
      await ctx.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        blocked.push(url);
        return route.abort('internetdisconnected');
      });
      return ctx;
    },
    watch(page) {
      page.on('console', (message) => {
        if (message.type() === 'error') browserErrors.push(message.text());
      });
      page.on('pageerror', (error) => browserErrors.push(error.message));
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await app.close();
    },
  };
}

/** How many questions the page has ended (answered, refused or failed). */
export async function ended(p: Page): Promise<number> {
  return Number((await p.locator('#status').getAttribute('data-done')) ?? 0);
}

/** Waits until the page has ended a question after the `before`-th, and returns the status line. */
export async function settled(p: Page, before: number): Promise<string> {
  await p.waitForFunction((n) => Number(document.getElementById('status')?.dataset.done ?? 0) > n, before);
  return (await p.locator('#status').textContent()) ?? '';
}

/**
 * Holds back for `ms` the page's GraphQL requests whose body `matches`, and counts them: a slow
 * answer on demand, to check that a newer question supersedes it. `page.unroute('**\/graphql')`
 * ends it.
 */
export async function holdGraphql(p: Page, matches: (body: string) => boolean, ms = 1500): Promise<{ held: number }> {
  const hold = { held: 0 };
  await p.route('**/graphql', async (route) => {
    if (matches(route.request().postData() ?? '')) {
      hold.held += 1;
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    await route.continue().catch(() => undefined);
  });
  return hold;
}
