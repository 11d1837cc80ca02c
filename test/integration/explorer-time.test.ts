import fs from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Download, Page } from 'playwright-core';
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
 * The explorer's time panels in a real browser, on the curated dataset plus a chip reached by
 * 25 organisations: the timeline of the shown routes (what it draws, read from its marks' data
 * attributes), the date slider that redraws the graph, and the trend chart, whose own data
 * (ECharts' getOption) must be accessTrends' counts as the API gives them.
 */

/** A fixed window end, so that the answers do not depend on the day the suite runs. */
const END = '2026-11-30';
const H100 = `org=shenzhen-university&chip=nvidia-h100&asOf=2024-06-01&tlEnd=${END}`;
const CROWD = 25;

interface Series {
  id: string;
  type: string;
  data: number[];
  markLine?: { data: { xAxis: number; name: string; label: { formatter: string } }[] };
}
interface TrendPeriod {
  start: string;
  end: string;
  accesses: number;
  restricted: number;
  byPathway: { pathway: string; count: number; restricted: number }[];
  events: { date: string }[];
}
declare global {
  interface Window {
    trendChart: { getOption(): { series: Series[]; xAxis: { data: string[] }[] } };
  }
}

/** 25 organisations renting one chip from one cloud, a month apart from 2023 on. */
function crowdGraph(): Record<string, unknown> {
  const g = new GraphBuilder().chip('crowd-chip').cloud('crowd-cloud', { name: 'Crowd Cloud' });
  g.rel('HOSTS', 'crowd-cloud', 'crowd-chip', { startDate: '2022-06-01' });
  for (let i = 1; i <= CROWD; i += 1) {
    const id = `crowd-org-${String(i).padStart(2, '0')}`;
    const month = `${2023 + Math.floor((i - 1) / 12)}-${String(((i - 1) % 12) + 1).padStart(2, '0')}-01`;
    g.entity(id, { name: `Crowd Organisation ${String(i).padStart(2, '0')}` });
    g.rel('RENTS_FROM', id, 'crowd-cloud', { startDate: month });
  }
  return g.build();
}

let harness: ExplorerBrowser;
let page: Page;

beforeAll(async () => {
  harness = await startExplorerBrowser(async (app) => {
    await app.reset();
    await seed(app.db, app.config.rootDir);
    const crowd = await importDocument(app.db, crowdGraph(), { principal: 'test' });
    if (!crowd.ok) throw new Error(`the test graph did not import: ${JSON.stringify(crowd)}`);
  });
  page = await (await harness.offlineContext()).newPage();
  harness.watch(page);
}, 120000);

afterAll(async () => {
  await harness?.close();
});

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await harness.app.gql<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/** Waits until both time panels have answered the question shown. */
async function timeReady(p: Page): Promise<void> {
  await p.waitForFunction(
    () =>
      document.getElementById('timeline-panel')?.dataset.state === 'ready' &&
      document.getElementById('trend-panel')?.dataset.state === 'ready',
  );
}

/** Opens a question from a link and waits for the graph and both time panels. */
async function open(p: Page, query: string): Promise<string> {
  await p.goto(`${harness.baseUrl}/?${query}`);
  const status = await settled(p, 0);
  await timeReady(p);
  return status;
}

/** Moves the slider to a date as a person would (the range input's value is a day of the window). */
async function slide(p: Page, date: string): Promise<string> {
  const start = await p.locator('#tl-start').inputValue();
  const day = Math.round((Date.parse(date) - Date.parse(start)) / 86_400_000);
  const before = await ended(p);
  await p.locator('#date-slider').fill(String(day));
  return settled(p, before);
}

async function routes(p: Page) {
  return p.$$eval('#timeline g.route', (gs) =>
    gs.map((g) => ({
      id: g.getAttribute('data-route'),
      opens: g.getAttribute('data-opens'),
      held: g.getAttribute('data-held'),
      restricted: g.getAttribute('data-restricted'),
      stale: g.getAttribute('data-stale'),
      periods: [...g.querySelectorAll('.period')].map((x) => ({
        start: x.getAttribute('data-start'),
        end: x.getAttribute('data-end'),
        restricted: x.getAttribute('data-restricted'),
        stale: x.getAttribute('data-stale'),
      })),
    })),
  );
}

const TRENDS = `query($chips: [ID!], $start: Date!, $end: Date!, $interval: TrendInterval) {
  accessTrends(chips: $chips, start: $start, end: $end, interval: $interval, roles: [HOLDER, USER]) {
    periods { start end accesses restricted byPathway { pathway count restricted } events { date } }
  }
}`;

async function apiTrends(chips: string[] | null, interval: string): Promise<TrendPeriod[]> {
  const data = await gql<{ accessTrends: { periods: TrendPeriod[] } }>(TRENDS, {
    chips,
    start: '2019-01-01',
    end: END,
    interval,
  });
  return data.accessTrends.periods;
}

async function chartSeries(p: Page): Promise<{ series: Series[]; categories: string[] }> {
  return p.evaluate(() => {
    const option = window.trendChart.getOption();
    return {
      series: option.series.map((s) => ({
        id: s.id,
        type: s.type,
        data: s.data,
        markLine: s.markLine
          ? {
              data: s.markLine.data.map((d) => ({
                xAxis: d.xAxis,
                name: d.name,
                label: { formatter: d.label.formatter },
              })),
            }
          : undefined,
      })),
      categories: option.xAxis[0]?.data ?? [],
    };
  });
}

const count = (p: TrendPeriod, pathway: string, key: 'count' | 'restricted') =>
  p.byPathway.find((b) => b.pathway === pathway)?.[key] ?? 0;

async function download(p: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([
    p.waitForEvent('download'),
    p.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const bytes = fs.readFileSync((await file.path()) as string);
  // Kept beside the screenshots, to be looked at.
  fs.writeFileSync(
    path.join(OUTPUT, `download-${file.suggestedFilename().replace(/^.*_(timeline|trends)_.*\./, '$1.')}`),
    bytes,
  );
  return { name: file.suggestedFilename(), bytes };
}

describe('the timeline of the shown routes', () => {
  it('draws Shenzhen University → H100 as one bar from 2024-03-01, restricted throughout, stale from 2026-08-24', async () => {
    await open(page, H100);
    expect(await routes(page)).toEqual([
      {
        id: 'shenzhen-university-procures-from-yunda-technology>yunda-technology-rents-from-aws>aws-hosts-nvidia-h100',
        opens: '2024-03-01',
        held: `2024-03-01..${END}`,
        restricted: `2024-03-01..${END}`,
        stale: `2026-08-24..${END}`,
        periods: [
          { start: '2024-03-01', end: '2026-08-23', restricted: 'true', stale: 'false' },
          { start: '2026-08-24', end: END, restricted: 'true', stale: 'true' },
        ],
      },
    ]);
    // The route reads origin → … → chip; the window and the date asked are drawn.
    const names = await page.locator('#timeline .route-names').textContent();
    expect(names).toContain('Shenzhen University');
    expect(names).toContain('Nvidia H100');
    await expect(page.locator('#timeline .date-asked').getAttribute('data-date')).resolves.toBe('2024-06-01');
    await expect(page.locator('#timeline-status').textContent()).resolves.toContain('1 route held on some day');
  });

  it('marks the rule events on the same axis, each with its citation on hover and focus', async () => {
    const markers = await page.$$eval('#timeline .rule-marker', (ms) =>
      ms.map((m) => ({
        date: m.getAttribute('data-date'),
        citations: m.getAttribute('data-citations'),
        title: m.querySelector('title')?.textContent ?? '',
        label: m.getAttribute('aria-label') ?? '',
        focusable: m.getAttribute('tabindex') === '0',
      })),
    );
    const rule2023 = markers.find((m) => m.citations?.split('|').includes('88 FR 73458'));
    expect(rule2023).toBeDefined();
    expect(rule2023?.date).toBe('2023-11-17');
    expect(rule2023?.title).toContain('88 FR 73458');
    expect(rule2023?.label).toContain('88 FR 73458');
    expect(markers.every((m) => m.focusable)).toBe(true);
    // The rules restricting the route have their citations written on the drawing.
    const written = await page.locator('#timeline .rule-labels').textContent();
    expect(written).toContain('88 FR 73458');
    expect(written).toContain('87 FR 62186');
    // Enter on a focused marker shows its events with their sources.
    await page.locator('#timeline .rule-marker[data-date="2023-11-17"]').focus();
    await page.keyboard.press('Enter');
    const details = (await page.locator('#time-details').textContent()) ?? '';
    expect(details).toContain('2023-11-17 · a rule takes effect');
    expect(details).toContain('88 FR 73458');
    expect(details).toMatch(/Nvidia|Federal Register/);
  });

  it('tells what opened and closed each span, with the sources, and can redraw the graph at its start', async () => {
    await page.locator('#timeline .period[data-start="2024-03-01"]').click();
    const details = (await page.locator('#time-details').textContent()) ?? '';
    for (const said of [
      'Opened on 2024-03-01 by',
      'Shenzhen University PROCURES_FROM Yunda Technology Ltd Co from this date',
      'Reuters',
      'Closed on 2026-08-24 by',
      'more than 24 months old',
      // Why it is restricted: the rules in force, by citation.
      '88 FR 73458',
    ])
      expect(details).toContain(said);
    const title = await page.locator('#timeline .period[data-start="2026-08-24"] title').textContent();
    expect(title).toContain('evidence stale');
    const before = await ended(page);
    await page.getByRole('button', { name: 'Redraw the graph on 2024-03-01' }).click();
    expect(await settled(page, before)).toContain('1 access path at 2024-03-01');
  });

  it('draws who reaches a chip as its accesses (holders and users), 20 a page', async () => {
    const status = await open(page, `chip=crowd-chip&asOf=2025-06-01&tlEnd=${END}`);
    expect(status).toContain(`${CROWD} organisations reach this chip`);
    const api = await gql<{ accessTimeline: { routes: { id: string; periods: { start: string }[] }[] } }>(
      `{ accessTimeline(to: "crowd-chip", start: "2019-01-01", end: "${END}", roles: [HOLDER, USER]) {
           routes { id periods { start } } } }`,
      {},
    );
    expect(api.accessTimeline.routes).toHaveLength(CROWD);
    const first = await routes(page);
    expect(first.map((r) => r.id)).toEqual(api.accessTimeline.routes.slice(0, 20).map((r) => r.id));
    expect(first[0]?.opens).toBe('2023-01-01');
    expect(first.some((r) => r.id === 'crowd-cloud|crowd-chip')).toBe(false);
    await expect(page.locator('#timeline-pager').textContent()).resolves.toContain(`1–20 of ${CROWD}`);
    await page.getByRole('button', { name: 'Next routes' }).click();
    const second = await routes(page);
    expect(second.map((r) => r.id)).toEqual(api.accessTimeline.routes.slice(20).map((r) => r.id));
    expect(second[second.length - 1]?.opens).toBe('2025-01-01');
  });
});

describe('the date slider', () => {
  it('redraws the graph at the date it is moved to; before 2024-03-01 there is no route', async () => {
    await open(page, H100);
    const asked: string[] = [];
    page.on('request', (r) => {
      const op = /"query":"query (\w+)/.exec(r.postData() ?? '')?.[1];
      if (op) asked.push(op);
    });
    const status = await slide(page, '2023-06-01');
    expect(status).toContain('0 access paths at 2023-06-01');
    await expect(page.locator('#answered').textContent()).resolves.toContain(
      'Shenzhen University → Nvidia H100, at 2023-06-01',
    );
    await expect(page.evaluate(() => window.cy.nodes().length)).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2023-06-01');
    await expect(page.getByLabel('Date', { exact: true }).inputValue()).resolves.toBe('2023-06-01');
    await expect(page.locator('#slider-date').textContent()).resolves.toBe('2023-06-01');
    // The timeline's window did not change: it is not asked again, only its date line moves.
    await expect(page.locator('#timeline .date-asked').getAttribute('data-date')).resolves.toBe('2023-06-01');
    expect(asked).toContain('AccessPaths');
    expect(asked).not.toContain('Timeline');
    expect(asked).not.toContain('Trends');

    expect(await slide(page, '2025-01-15')).toContain('1 access path at 2025-01-15');
    await expect(page.evaluate(() => window.cy.nodes().length)).resolves.toBe(4);
  });

  it('lets the latest position win: an answer for an earlier position is dropped', async () => {
    const hold = await holdGraphql(page, (body) => body.includes('AccessPaths') && body.includes('2024-09-01'));
    const before = await ended(page);
    const start = await page.locator('#tl-start').inputValue();
    const day = (date: string) => String(Math.round((Date.parse(date) - Date.parse(start)) / 86_400_000));
    await page.locator('#date-slider').fill(day('2024-09-01'));
    await page.waitForFunction(() => document.getElementById('run')?.getAttribute('aria-busy') === 'true');
    await page.locator('#date-slider').fill(day('2023-02-01'));
    await page.waitForFunction(
      (n) =>
        Number(document.getElementById('status')?.dataset.done ?? 0) > n &&
        document.getElementById('answered')?.textContent?.includes('2023-02-01'),
      before,
    );
    await page.unroute('**/graphql');
    expect(hold.held).toBe(1);
    await expect(page.locator('#answered').textContent()).resolves.toContain('at 2023-02-01');
    await expect(page.locator('#status').textContent()).resolves.toContain('0 access paths at 2023-02-01');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2023-02-01');
  });

  it('keeps the window in the address bar, and a link reopens it', async () => {
    await open(page, `${H100}&tlStart=2023-01-01`);
    await expect(page.locator('#tl-start').inputValue()).resolves.toBe('2023-01-01');
    await expect(page.locator('#slider-start').textContent()).resolves.toBe('2023-01-01');
    await expect(page.locator('#slider-end').textContent()).resolves.toBe(END);
    const max = Number(await page.locator('#date-slider').getAttribute('max'));
    expect(max).toBe(Math.round((Date.parse(END) - Date.parse('2023-01-01')) / 86_400_000));
    await expect(page.locator('#timeline .rule-marker[data-date="2019-05-16"]').count()).resolves.toBe(0);
    await page.locator('#tl-start').fill('2022-01-01');
    await page.locator('#tl-start').dispatchEvent('change');
    await timeReady(page);
    expect(new URL(page.url()).searchParams.get('tlStart')).toBe('2022-01-01');
    await expect(page.locator('#timeline .rule-marker[data-date="2022-10-07"]').count()).resolves.toBe(1);
  });
});

describe('the trend chart', () => {
  it('draws exactly accessTrends’ counts: bars by pathway, restricted and all accesses as lines, rule markers', async () => {
    await open(page, H100);
    const api = await apiTrends(['nvidia-h100'], 'QUARTER');
    const { series, categories } = await chartSeries(page);
    expect(categories).toHaveLength(api.length);
    expect(categories[0]).toBe('2019 Q1');
    const pathways = [...new Set(api.flatMap((p) => p.byPathway.map((b) => b.pathway)))];
    expect(pathways.length).toBeGreaterThan(1);
    const bars = series.filter((s) => s.type === 'bar');
    expect(bars.map((s) => s.id).sort()).toEqual(pathways.map((w) => `pathway:${w}`).sort());
    for (const w of pathways)
      expect(series.find((s) => s.id === `pathway:${w}`)?.data).toEqual(api.map((p) => count(p, w, 'count')));
    expect(series.find((s) => s.id === 'restricted')?.data).toEqual(api.map((p) => p.restricted));
    const all = series.find((s) => s.id === 'accesses');
    expect(all?.data).toEqual(api.map((p) => p.accesses));
    // One rule marker per period holding rule events, on the period's category.
    expect(all?.markLine?.data.map((d) => d.xAxis)).toEqual(
      api.flatMap((p, i) => (p.events.length ? [i] : [])).filter((i, k, a) => a.indexOf(i) === k),
    );
    expect(api.some((p) => p.events.some((e) => e.date === '2023-11-17'))).toBe(true);
    // The H100's release (2022-03-22) marks its quarter, named for what it is.
    const release = all?.markLine?.data.find((d) => d.xAxis === categories.indexOf('2022 Q1'));
    expect(release?.name).toContain('Nvidia H100 is released');
    expect(release?.label.formatter).toBe('chip released');
  });

  it('changes interval and bars, grouped bars split each pathway into restricted and not', async () => {
    await page.getByLabel('Per', { exact: true }).selectOption('YEAR');
    await page.getByLabel('Bars', { exact: true }).selectOption('grouped');
    await timeReady(page);
    await page.waitForFunction(() => window.trendChart.getOption().xAxis[0]?.data[0] === '2019');
    const api = await apiTrends(['nvidia-h100'], 'YEAR');
    const { series, categories } = await chartSeries(page);
    expect(categories).toEqual(api.map((p) => p.start.slice(0, 4)));
    const pathways = [...new Set(api.flatMap((p) => p.byPathway.map((b) => b.pathway)))];
    for (const w of pathways) {
      expect(series.find((s) => s.id === `restricted:${w}`)?.data).toEqual(api.map((p) => count(p, w, 'restricted')));
      expect(series.find((s) => s.id === `open:${w}`)?.data).toEqual(
        api.map((p) => count(p, w, 'count') - count(p, w, 'restricted')),
      );
    }
    const url = new URL(page.url());
    expect(url.searchParams.get('interval')).toBe('YEAR');
    expect(url.searchParams.get('bars')).toBe('grouped');
    // The numbers are in a table too.
    const table = await page.locator('#trend-table tbody tr').allTextContents();
    expect(table).toHaveLength(api.length);
    expect(table[table.length - 1]).toContain(String(api[api.length - 1]?.accesses));
  });

  it('counts every chip when none is picked', async () => {
    await open(page, `org=shenzhen-university&asOf=2024-06-01&tlEnd=${END}`);
    const api = await apiTrends(null, 'QUARTER');
    const { series } = await chartSeries(page);
    expect(series.find((s) => s.id === 'accesses')?.data).toEqual(api.map((p) => p.accesses));
    await expect(page.locator('#trend-chart').getAttribute('aria-label')).resolves.toBeTruthy();
  });
});

describe('pictures and files', () => {
  it('saves the timeline and the chart as PNG and SVG, and their data as CSV and JSON', async () => {
    await open(page, H100);
    for (const button of ['Timeline PNG', 'Chart PNG']) {
      const png = await download(page, button);
      expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.name).toMatch(
        /^chip-access_shenzhen-university_nvidia-h100_(timeline|trends)_2019-01-01_2026-11-30\.png$/,
      );
      // Width and height from the IHDR chunk: a real picture, not an empty canvas.
      expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(600);
      expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(150);
    }
    const timeline = (await download(page, 'Timeline SVG')).bytes.toString('utf8');
    expect(XMLValidator.validate(timeline)).toBe(true);
    expect(timeline).toContain('data-opens="2024-03-01"');
    expect(timeline).toContain('88 FR 73458');
    // A picture cannot be pointed at: its legend says where the citations are instead.
    expect(timeline).toContain('rule event (cited above it where room allows)');
    expect(timeline).not.toContain('point at it');
    const chart = (await download(page, 'Chart SVG')).bytes.toString('utf8');
    expect(XMLValidator.validate(chart)).toBe(true);
    expect(chart).toContain('<svg');
    expect(chart).toContain('2024 Q1');
    expect(chart).toContain('cloud rental');

    const csv = (await download(page, 'timeline CSV')).bytes.toString('utf8').trim().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[1]).toContain('2024-03-01,2026-08-23,true,false');
    const json = JSON.parse((await download(page, 'trends JSON')).bytes.toString('utf8')) as {
      periods: unknown[];
    };
    expect(json.periods).toHaveLength((await apiTrends(['nvidia-h100'], 'QUARTER')).length);
  });
});

describe('reading it', () => {
  it('fits 1366x768, 1024x768 and 390x844, and saves screenshots of the timeline and the chart', async () => {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      for (const [name, query] of [
        ['h100', H100],
        ['who-reaches-a100', `chip=nvidia-a100&asOf=2024-06-01&tlEnd=${END}`],
      ] as const) {
        const ctx = await harness.offlineContext(viewport);
        const p = await ctx.newPage();
        harness.watch(p);
        await open(p, query);
        const fit = await p.evaluate(() => {
          const svg = document.querySelector('#timeline svg')!.getBoundingClientRect();
          const chart = document.getElementById('trend-chart')!.getBoundingClientRect();
          const labels = [...document.querySelectorAll('#timeline .route-names text')].map((t) =>
            t.getBoundingClientRect(),
          );
          return {
            scrollWidth: document.scrollingElement!.scrollWidth,
            svgRight: svg.right,
            chartRight: chart.right,
            chartHeight: chart.height,
            labelsInside: labels.every((b) => b.left >= svg.left && b.right <= svg.right + 0.5),
            fontSizes: [...document.querySelectorAll('#timeline text')].map((t) => Number(t.getAttribute('font-size'))),
          };
        });
        expect({ size, name, wide: fit.scrollWidth <= viewport.width }).toEqual({ size, name, wide: true });
        expect(fit.svgRight).toBeLessThanOrEqual(viewport.width);
        expect(fit.chartRight).toBeLessThanOrEqual(viewport.width);
        expect(fit.chartHeight).toBeGreaterThanOrEqual(360);
        expect(fit.labelsInside).toBe(true);
        expect(Math.min(...fit.fontSizes)).toBeGreaterThanOrEqual(11);
        // The slider sits under the drawing, in view with it.
        const slider = await p.locator('#date-slider').boundingBox();
        const drawing = await p.locator('#cy').boundingBox();
        expect(slider && drawing && slider.y >= drawing.y + drawing.height - 1).toBe(true);
        await p.screenshot({ path: path.join(OUTPUT, `time-${name}-graph-${size}.png`) });
        await p.locator('#time').evaluate((e) => e.scrollIntoView());
        await p.screenshot({ path: path.join(OUTPUT, `time-${name}-${size}.png`) });
        await p.locator('#timeline-panel').screenshot({ path: path.join(OUTPUT, `time-${name}-timeline-${size}.png`) });
        await p.locator('#trend-panel').screenshot({ path: path.join(OUTPUT, `time-${name}-chart-${size}.png`) });
        await ctx.close();
      }
    }
    expect(fs.existsSync(path.join(OUTPUT, 'time-h100-timeline-laptop.png'))).toBe(true);
  });

  it('passes an axe-core audit with the time panels drawn', async () => {
    const axe = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    for (const query of [H100, `chip=nvidia-a100&asOf=2024-06-01&tlEnd=${END}`]) {
      await open(page, query);
      await page.evaluate(axe);
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; impact: string }[] }> };
          }
        ).axe.run(document.getElementById('time'), { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    }
  });

  it('asked nothing of the internet, and ran without a script error or a content-security-policy violation', () => {
    expect(harness.blocked).toEqual([]);
    // Allowed: the aborted request of the slider test (an earlier position superseded).
    expect(harness.browserErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
