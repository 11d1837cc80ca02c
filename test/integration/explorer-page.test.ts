import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { importDocument } from '../../src/import/apply';
import { seed } from '../../src/import/seed';
import {
  ended,
  holdGraphql,
  OUTPUT,
  settled,
  startExplorerBrowser,
  VIEWPORTS,
  type ExplorerBrowser,
} from '../support/explorer-browser';
import { GraphBuilder } from '../support/graph-builder';

/**
 * The explorer page in a real browser (test/support/explorer-browser.ts: Debian's headless
 * Chromium, a real server, introspection off, nothing but the server reachable), on the curated
 * dataset plus a wide hand-built chip (50 organisations).
 */

const WIDE_ORGS = 50;
/** Every tenth organisation rents through an agent of its own, which reaches the chip too. */
const WIDE_REACHING = WIDE_ORGS + WIDE_ORGS / 10;

interface CyElement {
  id(): string;
  data(key: string): string;
  hasClass(name: string): boolean;
  renderedPosition(): { x: number; y: number };
  renderedMidpoint(): { x: number; y: number };
  renderedBoundingBox(options?: Record<string, boolean>): { x1: number; y1: number; x2: number; y2: number };
}
interface CyCollection {
  length: number;
  map<T>(f: (e: CyElement) => T): T[];
}
declare global {
  interface Window {
    cy: {
      nodes(selector?: string): CyCollection;
      edges(selector?: string): CyCollection;
      $id(id: string): CyElement;
      zoom(): number;
    };
    axe: {
      run(
        context: Document,
        options: unknown,
      ): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
    };
  }
}

/** 50 organisations renting from five clouds that host one chip, some through intermediaries. */
function wideGraph(): Record<string, unknown> {
  const g = new GraphBuilder().chip('wide-chip');
  for (let c = 1; c <= 5; c += 1)
    g.cloud(`wide-cloud-${c}`, { name: `Wide Cloud ${c}` }).rel('HOSTS', `wide-cloud-${c}`, 'wide-chip');
  for (let i = 1; i <= WIDE_ORGS; i += 1) {
    const id = `wide-org-${String(i).padStart(2, '0')}`;
    g.entity(id, { name: `Wide Test Organisation ${String(i).padStart(2, '0')}` });
    if (i % 10 === 0) {
      g.entity(`${id}-agent`, { name: `Agent of organisation ${i}` });
      g.rel('PROCURES_FROM', id, `${id}-agent`, { startDate: '2024-01-01' });
      g.rel('RENTS_FROM', `${id}-agent`, `wide-cloud-${(i % 5) + 1}`, { startDate: '2024-01-01' });
    } else g.rel('RENTS_FROM', id, `wide-cloud-${(i % 5) + 1}`, { startDate: '2024-01-01' });
  }
  return g.build();
}

let harness: ExplorerBrowser;
let baseUrl: string;
let page: Page;
let blocked: string[];
let browserErrors: string[];
const offlineContext: ExplorerBrowser['offlineContext'] = (viewport) => harness.offlineContext(viewport);
const watch = (p: Page) => harness.watch(p);

beforeAll(async () => {
  harness = await startExplorerBrowser(async (app) => {
    await app.reset();
    await seed(app.db, app.config.rootDir);
    const wide = await importDocument(app.db, wideGraph(), { principal: 'test' });
    if (!wide.ok) throw new Error(`the wide test graph did not import: ${JSON.stringify(wide)}`);
  });
  ({ baseUrl, blocked, browserErrors } = harness);
  const context = await offlineContext();
  page = await context.newPage();
  watch(page);
}, 120000);

afterAll(async () => {
  await harness?.close();
});

async function ask(p: Page = page): Promise<string> {
  const before = await ended(p);
  await p.getByRole('button', { name: 'Show access paths' }).click();
  return settled(p, before);
}

async function openQuestion(p: Page, query: string): Promise<string> {
  await p.goto(`${baseUrl}/?${query}`);
  return settled(p, 0);
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
  if (!box) throw new Error('the drawing is not on screen');
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

async function shoot(name: string, query: string): Promise<void> {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    const ctx = await offlineContext(viewport);
    const p = await ctx.newPage();
    watch(p);
    await openQuestion(p, query);
    await p.screenshot({ path: path.join(OUTPUT, `${name}-${size}.png`) });
    await ctx.close();
  }
}

const H100_QUESTION = 'org=shenzhen-university&chip=nvidia-h100&asOf=2024-06-01';

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

  it('loads with the chips to pick from, today as the default date, and a guide', async () => {
    await page.goto(baseUrl);
    await expect(page.title()).resolves.toBe('Chip access explorer');
    await page.waitForSelector('#chip option[value="nvidia-h100"]', { state: 'attached' });
    expect(await page.locator('#chip option').count()).toBeGreaterThan(5);
    await expect(page.getByLabel('Date', { exact: true }).inputValue()).resolves.toBe(
      new Date().toISOString().slice(0, 10),
    );
    const guide = (await page.locator('#guide').textContent()) ?? '';
    expect(guide).toContain('restricted');
    for (const pathway of ['cloud rental', 'intermediary', 'subsidiary', 'offshore data centre', 'stockpile', 'direct'])
      expect(guide).toContain(pathway);
    const readme = await page.locator('#guide a[href="/README.md"]').getAttribute('href');
    const response = await fetch(`${baseUrl}${readme}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('### The explorer page');
  });

  it('resolves a typed name before the question runs, and answers that question', async () => {
    await page.getByLabel('Organisation', { exact: true }).fill('Shenzhen University');
    await page.getByLabel('Chip', { exact: true }).selectOption('nvidia-h100');
    await page.getByLabel('Date', { exact: true }).fill('2024-06-01');
    const before = await ended(page);
    await page.getByLabel('Organisation', { exact: true }).press('Enter');
    const status = await settled(page, before);
    expect(status).toContain('1 access path at 2024-06-01');
    await expect(page.locator('#answered').textContent()).resolves.toContain(
      'Shenzhen University → Nvidia H100, at 2024-06-01',
    );
    const drawn = await page.evaluate(() => window.cy.nodes().map((n) => n.id()));
    expect(drawn.sort()).toEqual(['aws', 'nvidia-h100', 'shenzhen-university', 'yunda-technology']);
    const item = (await page.locator('#path-list button.path').first().textContent()) ?? '';
    expect(item).toContain('Shenzhen University → Yunda Technology Ltd Co → Amazon Web Services → Nvidia H100');
    expect(item).toContain('intermediary');
    expect(item).toContain('cloud rental');
    expect(item).toContain('restricted');
    // Step dates and the evidence's date, in the list and on the drawing.
    expect(item).toContain('2024-03-01→');
    expect(item).toContain('last evidence 2024-08-23');
    const labels = await page.evaluate(() => window.cy.edges().map((e) => e.data('label')));
    expect(labels.join(' ')).toContain('2024-03→');
    expect(page.url()).toContain(`?${H100_QUESTION}`);
  });

  it('refuses a misspelt name until one match is picked, leaving the previous answer headed by its question', async () => {
    await page.getByLabel('Organisation', { exact: true }).fill('Shenzen University');
    await page.getByLabel('Chip', { exact: true }).selectOption('nvidia-a100');
    const status = await ask();
    expect(status).toContain('“Shenzen University” matches no organisation exactly');
    expect(status).toContain('Shenzhen University');
    await expect(page.locator('#status').getAttribute('class')).resolves.toContain('error');
    // The drawing still answers the earlier question, and says so.
    await expect(page.locator('#answered').textContent()).resolves.toContain('Shenzhen University → Nvidia H100');
    await expect(page.locator('#answered').getAttribute('class')).resolves.toContain('outdated');
    await page.getByRole('radio', { name: /Shenzhen University/ }).check();
    await expect(page.getByLabel('Organisation', { exact: true }).inputValue()).resolves.toBe('Shenzhen University');
    expect(await ask()).toMatch(/\d+ access paths? at 2024-06-01/);
    await expect(page.locator('#answered').textContent()).resolves.toContain('Shenzhen University → Nvidia A100');
  });

  it('says in words when no organisation matches a name', async () => {
    await page.getByLabel('Organisation', { exact: true }).fill('Qqqzzx Nonexistent Vvvyy');
    const status = await ask();
    expect(status).toContain('No organisation is named like “Qqqzzx Nonexistent Vvvyy”');
  });

  it('finds an organisation despite a typo (findSimilar)', async () => {
    await page.getByLabel('Organisation', { exact: true }).fill('Shenzen Universty');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('radio', { name: /Shenzhen University/ }).waitFor();
  });

  it('lets a newer question supersede an older one: the old answer is aborted and never shown', async () => {
    await openQuestion(page, H100_QUESTION);
    // The A100 question's answer is held back; the H100 question is asked meanwhile.
    const failed: string[] = [];
    page.on('requestfailed', (request) => {
      if ((request.postData() ?? '').includes('nvidia-a100')) failed.push(request.failure()?.errorText ?? '');
    });
    const hold = await holdGraphql(page, (body) => body.includes('AccessPaths') && body.includes('nvidia-a100'));
    await page.getByLabel('Chip', { exact: true }).selectOption('nvidia-a100');
    await page.getByRole('button', { name: 'Show access paths' }).click();
    await page.waitForFunction(() => document.getElementById('run')?.getAttribute('aria-busy') === 'true');
    await expect(page.locator('#run').textContent()).resolves.toContain('Finding');
    await page.getByLabel('Chip', { exact: true }).selectOption('nvidia-h100');
    await page.getByRole('button', { name: /Finding access paths|Show access paths/ }).click();
    await page.waitForFunction(() => document.getElementById('run')?.getAttribute('aria-busy') === 'false');
    await page.waitForTimeout(2000);
    await page.unroute('**/graphql');
    expect(hold.held).toBe(1);
    expect(failed.length).toBe(1);
    await expect(page.locator('#answered').textContent()).resolves.toContain('Nvidia H100');
    const routes = await page.locator('#path-list').textContent();
    expect(routes).toContain('Nvidia H100');
    expect(routes).not.toContain('Nvidia A100');
    await expect(page.locator('#run').getAttribute('aria-busy')).resolves.toBe('false');
  });

  it('shows a server failure and an unreachable server in words', async () => {
    await page.route('**/graphql', (route) =>
      route.fulfill({ status: 502, body: 'Bad Gateway', contentType: 'text/plain' }),
    );
    expect(await ask()).toContain('The query failed: the server answered 502');
    await page.unroute('**/graphql');
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    expect(await ask()).toContain('the server could not be reached');
    await page.unroute('**/graphql');
  });

  it('keeps the whole question in the address bar: Back, Forward and a link in a new browser', async () => {
    await openQuestion(page, H100_QUESTION);
    await page.getByLabel('Chip', { exact: true }).selectOption('nvidia-a100');
    await ask();
    expect(page.url()).toContain('chip=nvidia-a100');
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('answered')?.textContent?.includes('Nvidia H100'));
    await expect(page.getByLabel('Chip', { exact: true }).inputValue()).resolves.toBe('nvidia-h100');
    await page.goForward();
    await page.waitForFunction(() => document.getElementById('answered')?.textContent?.includes('Nvidia A100'));
    // Selecting a route puts it in the address bar too.
    await page.locator('#path-list button.path').first().click();
    expect(new URL(page.url()).searchParams.get('route')).toBe('1');
    const link = `${baseUrl}/?${H100_QUESTION}&minConfidence=REPORTED&deny=US&blockIntermediaries=1&route=1`;
    const other = await offlineContext();
    const fresh = await other.newPage();
    watch(fresh);
    await fresh.goto(link);
    const status = await settled(fresh, 0);
    expect(status).toContain('Scenario at 2024-06-01');
    await expect(fresh.getByLabel('Organisation', { exact: true }).inputValue()).resolves.toBe('Shenzhen University');
    await expect(fresh.getByLabel('Minimum confidence').inputValue()).resolves.toBe('REPORTED');
    await expect(fresh.getByLabel('Intermediaries are blocked').isChecked()).resolves.toBe(true);
    await expect(fresh.locator('#path-list button.path').first().getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(fresh.locator('#details h3').first().textContent()).resolves.toContain('Route 1');
    await other.close();
  });

  it('exports the drawing as PNG and SVG', async () => {
    await openQuestion(page, H100_QUESTION);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG', exact: true }).click(),
    ]);
    const pngBytes = fs.readFileSync((await png.path()) as string);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    expect(png.suggestedFilename()).toBe('chip-access_shenzhen-university_nvidia-h100_2024-06-01.png');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG', exact: true }).click(),
    ]);
    const svgText = fs.readFileSync((await svg.path()) as string, 'utf8');
    expect(svgText).toContain('<svg');
    // Labels wrap: one text element per line.
    expect(svgText).toContain('>Yunda </text>');
    expect(svgText).toContain('>Nvidia H100</text>');
    const height = Number(/height="([\d.]+)"/.exec(svgText)?.[1]);
    const lowest = Math.max(...[...svgText.matchAll(/<text[^>]* y="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(lowest).toBeLessThanOrEqual(height);
  });

  it('offers the drawn routes as downloads in the export formats', async () => {
    const href = await page.getByRole('link', { name: 'GraphML' }).getAttribute('href');
    expect(href).toBe('/export/graphml?from=shenzhen-university&to=nvidia-h100&asOf=2024-06-01');
    const response = await fetch(`${baseUrl}${href}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<node id="yunda-technology">');
  });

  it('shows the sources of a step first (publisher, date, quotation, note), record-keeping apart', async () => {
    await clickElement('yunda-technology', 'node');
    const details = page.locator('#details');
    await expect(details.locator('h3').first().textContent()).resolves.toBe('Yunda Technology Ltd Co');
    await expect(details.locator('.sources').textContent()).resolves.toContain('Reuters · 2024-08-23');
    await expect(details.locator('blockquote').first().textContent()).resolves.toContain('Université de Shenzhen');
    await expect(details.locator('.sources .note').first().textContent()).resolves.toContain('Note:');
    await expect(details.locator('dl.facts').textContent()).resolves.not.toContain('createdAt');
    const recordKeeping = details.locator('details.record-keeping');
    await expect(recordKeeping.getAttribute('open')).resolves.toBeNull();
    await expect(recordKeeping.textContent()).resolves.toContain('createdAt');
    await expect(recordKeeping.locator('summary').textContent()).resolves.toContain('not a fact about the world');
  });

  it('shows the evidence of an edge clicked in the drawing', async () => {
    await clickElement('yunda-technology-rents-from-aws', 'edge');
    const text = await page.locator('#details').textContent();
    expect(text).toContain('RENTS_FROM');
    expect(text).toContain('Reuters');
    expect(text).toContain('CNY');
  });

  it('marks stale routes at the default date (today) and can hide them', async () => {
    const status = await openQuestion(page, 'org=shenzhen-university&chip=nvidia-h100');
    expect(status).toContain(`at ${new Date().toISOString().slice(0, 10)}`);
    expect(status).toContain('1 route is stale: a step has no recent evidence');
    const item = (await page.locator('#path-list button.path').first().textContent()) ?? '';
    expect(item).toContain('stale');
    expect(item).toMatch(/last evidence 2024-08-23 \(\d\.\d years before the date asked\)/);
    await expect(page.evaluate(() => window.cy.edges('.stale').length)).resolves.toBeGreaterThan(0);
    await page.locator('#filters summary').click();
    await page.getByLabel('Hide routes with stale evidence').check();
    const hidden = await ask();
    expect(hidden).toContain('0 access paths');
    expect(hidden).toContain('Stale routes left out.');
    await expect(page.locator('#path-list').textContent()).resolves.toContain('No access path matches.');
    expect(page.url()).toContain('hideStale=1');
  });

  it('lists who can reach a chip: organisations by pathway, hosts apart, listed ones marked, only restricted', async () => {
    const status = await openQuestion(page, 'chip=nvidia-a100&asOf=2024-06-01');
    expect(status).toMatch(
      /(\d+) organisations reach this chip at 2024-06-01 \(\d+ restricted, \d+ listed, \d+ stale\); \d+ hosts apart/,
    );
    const buttons = await page.locator('#path-list button.path').allTextContents();
    // Hosts hold the chips for others: they are not counted among those who reach it.
    expect(buttons.some((b) => b.startsWith('Amazon Web Services'))).toBe(false);
    await expect(page.locator('#summary details.hosts').textContent()).resolves.toContain('Amazon Web Services');
    expect(buttons.some((b) => b.startsWith('iFlytek (Entity List)'))).toBe(true);
    const heads = await page.locator('#path-list li.group-head').allTextContents();
    expect(heads).toContain('cloud rental');
    await expect(page.locator('#summary .by-pathway').textContent()).resolves.toMatch(
      /cloud rental \d+ \(\d+ restricted\)/,
    );
    await page.locator('#filters summary').click();
    await page.getByLabel('Only chips restricted for the organisation').check();
    const restricted = await ask();
    expect(page.url()).toContain('onlyRestricted=1');
    expect(restricted).toMatch(/(\d+) organisations reach this chip at 2024-06-01 \(\1 restricted/);
  });

  it('groups routes past the threshold and keeps labels readable at 50 organisations, with paging', async () => {
    const status = await openQuestion(page, 'chip=wide-chip&asOf=2024-06-01');
    expect(status).toContain(`${WIDE_REACHING} organisations reach this chip`);
    const drawing = await page.evaluate(() => {
      const nodes = window.cy.nodes();
      const boxes = nodes.map((n) => n.renderedBoundingBox({ includeLabels: true }));
      let overlaps = 0;
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps += 1;
        }),
      );
      return {
        nodes: nodes.length,
        groups: window.cy.nodes('[kind = "Group"]').length,
        zoom: window.cy.zoom(),
        overlaps,
      };
    });
    expect(drawing.groups).toBeGreaterThanOrEqual(5);
    expect(drawing.nodes).toBeLessThan(25);
    // 15 px labels at zoom 0.8 or more: at least 12 px on screen.
    expect(drawing.zoom * 15).toBeGreaterThanOrEqual(12);
    expect(drawing.overlaps).toBe(0);
    await expect(page.locator('#pager').textContent()).resolves.toContain(`1–25 of ${WIDE_REACHING}`);
    // Pages come from the server (first/after); the address bar keeps the page.
    let before = await ended(page);
    await page.locator('#pager').getByRole('button', { name: 'Next' }).click();
    await settled(page, before);
    await expect(page.locator('#pager').textContent()).resolves.toContain(`26–50 of ${WIDE_REACHING}`);
    expect(page.url()).toContain('page=2');
    expect(new URL(page.url()).searchParams.get('after')).toBeTruthy();
    before = await ended(page);
    await page.locator('#pager').getByRole('button', { name: 'Previous' }).click();
    await settled(page, before);
    await expect(page.locator('#pager').textContent()).resolves.toContain(`1–25 of ${WIDE_REACHING}`);
    // A group opens to its members.
    const [group] = await page.evaluate(() => window.cy.nodes('[kind = "Group"]').map((n) => n.id()));
    if (!group) throw new Error('no group drawn');
    await clickElement(group, 'node');
    await expect(page.locator('#details h3').textContent()).resolves.toMatch(
      /\d+ organisations whose first step is “rents from” Wide Cloud/,
    );
    // The toolbar shows the whole drawing on demand, whatever the label size.
    await page.getByRole('button', { name: 'Whole drawing' }).click();
    const whole = await page.evaluate(() => {
      const box = document.getElementById('cy')!.getBoundingClientRect();
      return window.cy
        .nodes()
        .map((n) => n.renderedBoundingBox({ includeLabels: true }))
        .every((b) => b.x1 >= 0 && b.x2 <= box.width && b.y1 >= 0 && b.y2 <= box.height);
    });
    expect(whole).toBe(true);
    await page.getByLabel('Group routes past 8').uncheck();
    await expect(page.evaluate(() => window.cy.nodes('[kind = "Group"]').length)).resolves.toBe(0);
    await page.getByLabel('Group routes past 8').check();
  });

  it('expands the neighbourhood of a node into the drawing', async () => {
    await openQuestion(page, H100_QUESTION);
    const before = await page.evaluate(() => window.cy.nodes().length);
    await clickElement('aws', 'node');
    await page.getByRole('button', { name: 'Show its neighbours in the drawing' }).click();
    await page.waitForFunction((n) => window.cy.nodes().length > n, before);
    await expect(page.evaluate(() => window.cy.nodes('.context').length)).resolves.toBeGreaterThan(0);
    expect(page.url()).toContain('expand=aws');
  });

  it('weighs every scenario rule, lists who loses all access, and downloads the scenario', async () => {
    await openQuestion(page, H100_QUESTION);
    await page.locator('#scenario summary').click();
    await page.getByLabel('Providers headquartered in (country codes)').fill('US');
    const status = await ask();
    expect(status).toContain('1 closed, 0 left open');
    expect(status).toContain('1 organisation loses all access');
    await expect(page.locator('#summary').textContent()).resolves.toContain('Who loses all access');
    await expect(page.locator('#summary ul.losing').textContent()).resolves.toContain('Shenzhen University');
    await expect(page.locator('#path-list').textContent()).resolves.toContain('closed by the rule');
    await expect(page.evaluate(() => window.cy.edges('.cut').length)).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: path.join(OUTPUT, 'scenario-cut.png') });
    const [graphml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GraphML' }).click(),
    ]);
    expect(graphml.suggestedFilename()).toContain('scenario');
    expect(fs.readFileSync((await graphml.path()) as string, 'utf8')).toContain('<graphml');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'routes CSV' }).click(),
    ]);
    const rows = fs.readFileSync((await csv.path()) as string, 'utf8');
    expect(rows).toContain('scenario,cut_reason');
    expect(rows).toContain(',closed,');

    // Every other rule the API offers, at once, reaches the API as it should.
    await page.getByLabel('Customers refused').selectOption('ALL');
    await page.getByLabel('Know your customer').uncheck();
    await page.getByLabel('No rental from, or hosting in, data centres in (country codes)').fill('MY');
    await page.getByLabel('Intermediaries are blocked').check();
    await page.getByLabel('Access through subsidiaries is blocked').check();
    await page.locator('#cover-chip').selectOption('nvidia-h20');
    await page.getByLabel('Destinations (country codes)').fill('CN');
    await page.locator('#cover-date').fill('2024-01-01');
    await page.locator('#designate-name').fill('Yunda Technology Ltd Co');
    await page.locator('#designate-date').fill('2024-01-01');
    const all = await ask();
    expect(all).toContain('Scenario at 2024-06-01');
    const url = new URL(page.url());
    expect(url.searchParams.get('cover')).toBe('nvidia-h20~CN~2024-01-01');
    expect(url.searchParams.get('designate')).toBe('yunda-technology~2024-01-01');
    expect(url.searchParams.get('denyCustomers')).toBe('ALL');
    expect(url.searchParams.get('denySeeThrough')).toBe('0');
    expect(url.searchParams.get('blockSubsidiaries')).toBe('1');
    await expect(page.locator('#answered').textContent()).resolves.toContain(
      'Yunda Technology Ltd Co listed from 2024-01-01',
    );
  });

  it('can be used with the keyboard alone', async () => {
    await page.goto(baseUrl);
    await page.waitForSelector('#chip option[value="nvidia-h100"]', { state: 'attached' });
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // guide
    await page.keyboard.press('Tab'); // GraphiQL
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-text');
    await page.keyboard.type('Shenzhen University');
    await page.keyboard.press('Tab'); // Find
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('chip');
    await page.keyboard.type('Nvidia H100');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('as-of');
    await page.keyboard.type('06012024');
    const before = await ended(page);
    await page.keyboard.press('Enter');
    expect(await settled(page, before)).toContain('1 access path at 2024-06-01');
    await page.locator('#path-list button.path').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#path-list button.path').first().getAttribute('aria-pressed')).resolves.toBe('true');
    const text = await page.locator('#details').textContent();
    expect(text).toContain('Steps and their sources');
    expect(text).toContain('Reuters');
    // From a step, the keyboard reaches a node's evidence and its neighbourhood.
    await page.locator('#details .step button', { hasText: 'Amazon Web Services' }).first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#details h3').first().textContent()).resolves.toBe('Amazon Web Services');
  });

  it('passes an axe-core audit with no serious or critical violation', async () => {
    const axe = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    for (const query of [H100_QUESTION, 'chip=nvidia-a100&asOf=2024-06-01', `${H100_QUESTION}&deny=US`]) {
      await openQuestion(page, query);
      // Evaluated through the debugging protocol, which the page's content security policy allows.
      await page.evaluate(axe);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    }
  });

  // The time is printed, not asserted: a timed test fails on a busy machine without a defect
  // (the target, under 1 s on the curated graph, is checked by reading this line on a calm one).
  it('paints a one-route answer opened from a link, and says how long it took', async () => {
    const started = Date.now();
    await openQuestion(page, H100_QUESTION);
    const elapsed = Date.now() - started;
    process.stdout.write(`[explorer] one-route answer from a link drawn in ${elapsed} ms\n`);
    await expect(page.locator('#cy canvas').count()).resolves.toBeGreaterThan(0);
  });

  it('fits a laptop, a 1024 px screen and a phone', async () => {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const ctx = await offlineContext(viewport);
      const p = await ctx.newPage();
      watch(p);
      await openQuestion(p, H100_QUESTION);
      const fit = await p.evaluate(() => {
        const box = document.getElementById('cy')!.getBoundingClientRect();
        const drawn = window.cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
        return {
          scrollWidth: document.scrollingElement!.scrollWidth,
          cyWidth: box.width,
          cyHeight: box.height,
          inside: drawn.every((b) => b.x1 >= 0 && b.x2 <= box.width && b.y1 >= 0 && b.y2 <= box.height),
          zoom: window.cy.zoom(),
        };
      });
      expect({ size, wide: fit.scrollWidth <= viewport.width }).toEqual({ size, wide: true });
      expect(fit.cyHeight).toBeGreaterThan(250);
      if (size !== 'phone') expect(fit.inside).toBe(true);
      expect(fit.zoom).toBeGreaterThanOrEqual(0.8);
      await ctx.close();
    }
  });

  it('saves screenshots at 1366x768, 1024x768 and 390x844', async () => {
    await shoot('one-route', H100_QUESTION);
    await shoot('who-can-reach-a100', 'chip=nvidia-a100&asOf=2024-06-01');
    await shoot('fifty-organisations', 'chip=wide-chip&asOf=2024-06-01');
    await shoot('scenario', `${H100_QUESTION}&deny=US`);
    for (const size of Object.keys(VIEWPORTS))
      expect(fs.existsSync(path.join(OUTPUT, `one-route-${size}.png`))).toBe(true);
  });

  it('serves GraphiQL without the internet and runs a query in it', async () => {
    const ctx = await offlineContext();
    const p = await ctx.newPage();
    watch(p);
    await p.goto(`${baseUrl}/graphql`);
    await p.waitForSelector('.graphiql-container', { timeout: 30000 });
    await p.getByRole('button', { name: /Execute query/ }).click();
    // The result editor renders the lines in view only: its start is enough.
    await p.waitForFunction(
      () => document.querySelector('.result-window')?.textContent?.includes('"whoCanReach"'),
      null,
      {
        timeout: 30000,
      },
    );
    await p.screenshot({ path: path.join(OUTPUT, 'graphiql.png') });
    await ctx.close();
  });

  it('asked nothing of the internet, and ran without a script error or a content-security-policy violation', () => {
    expect(blocked).toEqual([]);
    // Allowed: the failures the error test provokes on purpose, and cytoscape-svg's complaint
    // that canvas2svg cannot turn text into a path (the SVG keeps its labels as text; checked above).
    const unexpected = browserErrors.filter(
      (e) => !/502|Failed to load resource|ERR_CONNECTION_REFUSED|Attempted to apply path command to node text/.test(e),
    );
    expect(unexpected).toEqual([]);
  });
});
