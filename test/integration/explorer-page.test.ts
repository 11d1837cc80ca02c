import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import pino from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createNodeHandler } from '../../src/http/node-handler';
import { seed } from '../../src/import/seed';
import { createServer } from '../../src/server';
import { createTestApp, type TestApp } from '../support/app';

/**
 * The explorer page in a real browser: Debian's headless Chromium driven by playwright-core,
 * against a real server on a free port, on the curated dataset, with introspection off (the
 * page must not need it).
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT = path.resolve(__dirname, '../../test-output');

declare global {
  interface Window {
    cy: {
      nodes(selector?: string): { length: number; map<T>(f: (n: { id(): string }) => T): T[] };
      edges(selector?: string): { length: number; map<T>(f: (e: { id(): string; data(k: string): string }) => T): T[] };
      $id(id: string): { renderedPosition(): { x: number; y: number }; renderedMidpoint(): { x: number; y: number } };
    };
  }
}

const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

let app: TestApp;
let server: http.Server;
let baseUrl: string;
let browser: Browser;
let page: Page;
const browserErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (see README)`);
  app = await createTestApp();
  await app.reset();
  await seed(app.db, app.config.rootDir);
  const yoga = createServer({
    config: app.config,
    db: app.db,
    log: pino({ level: 'silent' }),
    databaseMode: 'external',
    plugins: [noIntrospection],
  });
  server = http.createServer(createNodeHandler(yoga, app.config.http.maxBodyBytes));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
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
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('console', (message) => {
    if (message.type() === 'error') browserErrors.push(message.text());
  });
  page.on('pageerror', (error) => browserErrors.push(error.message));
  fs.mkdirSync(OUTPUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await app?.close();
});

async function runQuery(): Promise<string> {
  const before = await page.locator('#status').textContent();
  await page.getByRole('button', { name: 'Show access paths' }).click();
  await page.waitForFunction((previous) => {
    const text = document.getElementById('status')?.textContent ?? '';
    return text !== previous && (text.includes('Graph:') || text.includes('failed'));
  }, before);
  return (await page.locator('#status').textContent()) ?? '';
}

/** Clicks where cytoscape drew an element, as a person would. */
async function clickElement(id: string, kind: 'node' | 'edge'): Promise<void> {
  const at = await page.evaluate(
    ([elementId, elementKind]) => {
      const element = window.cy.$id(elementId);
      return elementKind === 'node' ? element.renderedPosition() : element.renderedMidpoint();
    },
    [id, kind] as const,
  );
  const box = await page.locator('#cy').boundingBox();
  if (!box) throw new Error('the graph is not on screen');
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

describe('the explorer page', () => {
  it('works with introspection off', async () => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    expect(body.errors?.length).toBeGreaterThan(0);
  });

  it('loads, with the chips to pick from', async () => {
    await page.goto(baseUrl);
    await expect(page.title()).resolves.toBe('Chip access explorer');
    await page.waitForSelector('#chip option[value="nvidia-h100"]', { state: 'attached' });
    expect(await page.locator('#chip option').count()).toBeGreaterThan(5);
  });

  it('finds Shenzhen University when Enter is pressed in the search field', async () => {
    await page.getByLabel('Organisation', { exact: true }).fill('Shenzhen');
    await page.getByLabel('Organisation', { exact: true }).press('Enter');
    const match = page.getByRole('radio', { name: /Shenzhen University/ });
    await match.waitFor();
    await expect(match.isChecked()).resolves.toBe(true);
  });

  it('draws the access path from Shenzhen University to the H100 on 2024-06-01', async () => {
    await page.getByLabel('Chip').selectOption('nvidia-h100');
    await page.getByLabel('Date').fill('2024-06-01');
    const status = await runQuery();
    expect(status).toContain('1 access path at 2024-06-01');
    const drawn = await page.evaluate(() => ({
      nodes: window.cy.nodes().map((n) => n.id()),
      edges: window.cy.edges().map((e) => e.data('label')),
    }));
    expect(drawn.nodes.sort()).toEqual(['aws', 'nvidia-h100', 'shenzhen-university', 'yunda-technology']);
    expect(drawn.edges.sort()).toEqual(['HOSTS', 'PROCURES_FROM', 'RENTS_FROM']);
    const item = page.locator('#path-list button.path');
    await expect(item.count()).resolves.toBe(1);
    const text = await item.first().textContent();
    expect(text).toContain('Shenzhen University → Yunda Technology Ltd Co → Amazon Web Services → Nvidia H100');
    expect(text).toContain('intermediary');
    expect(text).toContain('cloud rental');
    expect(text).toContain('restricted');
  });

  it('shows the properties and sources of a node clicked in the graph', async () => {
    await clickElement('yunda-technology', 'node');
    const details = page.locator('#details');
    await expect(details.locator('h3').first().textContent()).resolves.toBe('Yunda Technology Ltd Co');
    const text = await details.textContent();
    expect(text).toContain('Reuters');
    expect(text).toContain('country');
    expect(text).toContain('CN');
    await page.screenshot({ path: path.join(OUTPUT, 'explorer.png') });
  });

  it('shows the evidence of an edge clicked in the graph', async () => {
    await clickElement('yunda-technology-rents-from-aws', 'edge');
    const text = await page.locator('#details').textContent();
    expect(text).toContain('RENTS_FROM');
    expect(text).toContain('Reuters');
    expect(text).toContain('CNY');
  });

  it('lets the keyboard select a path and read its steps and sources', async () => {
    const item = page.locator('#path-list button.path').first();
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(item.getAttribute('aria-pressed')).resolves.toBe('true');
    const text = await page.locator('#details').textContent();
    expect(text).toContain('Steps and their sources');
    expect(text).toContain('Shenzhen University —PROCURES_FROM→ Yunda Technology Ltd Co');
    expect(text).toContain('Reuters');
  });

  it('offers the drawn paths as downloads in the export formats', async () => {
    const href = await page.getByRole('link', { name: 'GraphML' }).getAttribute('href');
    expect(href).toBe('/export/graphml?from=shenzhen-university&to=nvidia-h100&asOf=2024-06-01');
    const response = await fetch(`${baseUrl}${href}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<node id="yunda-technology">');
  });

  it('filters by minimum confidence', async () => {
    await page.getByLabel('Minimum confidence').selectOption('CONFIRMED');
    const status = await runQuery();
    expect(status).toContain('0 access paths');
    await expect(page.evaluate(() => window.cy.nodes().length)).resolves.toBe(0);
    await page.getByLabel('Minimum confidence').selectOption('');
  });

  it('shows what blocking US-headquartered cloud providers would close', async () => {
    await page.getByLabel('US-headquartered cloud providers refuse restricted customers').check();
    const status = await runQuery();
    expect(status).toContain('1 closed, 0 left open');
    await expect(page.locator('#path-list').textContent()).resolves.toContain('closed by the rule');
    const cut = await page.evaluate(() => window.cy.edges('.cut').map((e) => e.id()));
    expect(cut.length).toBeGreaterThan(0);
    await page.locator('#path-list button.path').first().click();
    await expect(page.locator('#details').textContent()).resolves.toContain('closed');
    await page.screenshot({ path: path.join(OUTPUT, 'explorer-scenario.png') });
    await page.getByLabel('US-headquartered cloud providers refuse restricted customers').uncheck();
  });

  it('draws who can reach a chip when no organisation is picked', async () => {
    await page.getByRole('radio', { name: 'Any organisation' }).check();
    const status = await runQuery();
    expect(status).toMatch(/\d+ organisations can reach this chip/);
    await expect(page.evaluate(() => window.cy.nodes().length)).resolves.toBeGreaterThan(4);
    await page.screenshot({ path: path.join(OUTPUT, 'explorer-who-can-reach.png') });
  });

  it('ran without a script error or a content-security-policy violation', () => {
    expect(browserErrors).toEqual([]);
  });
});
