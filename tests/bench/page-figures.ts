/**
 * What a person waits for in the browser: first paint, a usable dashboard, a filter change
 * reaching every panel, a report page, and the memory it all holds.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { waitInPage } from './page-wait';

export interface PageFigures {
  initialJsKb: number;
  initialJsFiles: number;
  allJsKb: number;
  fcpMs: number;
  usableMs: number;
  allDrawnMs: number;
  /** To the panels in sight updated, each change as soon as the last one is painted. */
  unitChangeMs: number[];
  periodChangeMs: number[];
  /** The same, each change once the page has rested after the last (as a person clicks). */
  spacedUnitChangeMs: number[];
  spacedPeriodChangeMs: number[];
  /** To every panel updated, those held out of sight included. */
  everyPanelChangeMs: number[];
  reportOpenMs: number;
  heapMb: number;
  /** Array buffers and external strings (the typed columns of the fact table live here). */
  backingStoreMb: number;
  /** After a change at the top, straight to each panel: until it shows the change, drawn. */
  scrollDrawMs: number[];
  /** How many of those panels were held out of sight when the change came. */
  scrollHeldPanels: number;
}

/** Usable: the headline cards and the timeline show the data, and the unit search box takes input. */
const usable = `document.querySelector('[data-testid="match-count"]') &&
  document.querySelector('[data-testid="headline-card"]') &&
  document.querySelector('[data-testid="timeline-entry"], [data-testid="timeline-empty"]') &&
  document.querySelector('.filter-panel input:not([disabled])')`;

/** Every panel drawn: the charts (which follow the first screen by a frame) and the map. */
const allDrawn = `!document.querySelector('.chart-panel--pending') &&
  document.querySelectorAll('.chart-panel .recharts-surface').length > 0 &&
  document.querySelector('.leaflet-container')`;

/** In the page: whether every panel held out of sight (see hold-out-of-sight.tsx) shows the filter the dashboard shows. */
const everyPanelCurrent = `[...document.querySelectorAll('.dashboard [data-hold]')].every(
  (hold) => hold.getAttribute('data-filter') === document.querySelector('.dashboard').getAttribute('data-filter'))`;

/**
 * Changes the filter through the URL (as back/forward or a pasted link do), then waits for
 * the dashboard to render that filter in the panels in sight (or, with `everyPanel`, in the
 * panels held out of sight as well) and for the frame after it to be painted.
 */
const changeScript = (search: string, everyPanel = false) => `(async () => {
  const root = () => document.querySelector('.dashboard');
  const before = root().getAttribute('data-filter');
  const started = performance.now();
  history.pushState(null, '', ${JSON.stringify(search)});
  dispatchEvent(new PopStateEvent('popstate', { state: null }));
  await new Promise((resolve, reject) => {
    const check = () =>
      root() && root().getAttribute('data-filter') !== before${everyPanel ? ` && ${everyPanelCurrent}` : ''}
        ? resolve()
        : performance.now() - started > 60000
          ? reject(new Error('the dashboard never showed ' + ${JSON.stringify(search)}))
          : setTimeout(check, 0);
    check();
  });
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - started;
})()`;

/**
 * For each panel: a filter change at the top of the page, then straight to the panel, timed
 * until it shows that filter (a panel held out of sight catches up as it comes near) and the
 * frame that draws it is painted.
 */
const scrollToPanelsScript = (searches: string[]) => `(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const times = [];
  let held = 0;
  const panels = [...document.querySelectorAll('.dashboard [data-panel]')];
  for (const [i, panel] of panels.entries()) {
    const hold = panel.closest('[data-hold]');
    // The browser says a panel is out of sight a frame or two after it leaves the view.
    for (let f = 0; f < 10 && hold && !hold.hasAttribute('data-out-of-sight'); f++) await frame();
    if (hold && hold.hasAttribute('data-out-of-sight')) held++;
    await ${changeScript('__SEARCH__').replaceAll('"__SEARCH__"', `${JSON.stringify(searches)}[i % ${searches.length}]`)};
    const started = performance.now();
    panel.scrollIntoView();
    await new Promise((resolve) => {
      const check = () =>
        !hold || hold.getAttribute('data-filter') === document.querySelector('.dashboard').getAttribute('data-filter')
          ? resolve()
          : requestAnimationFrame(check);
      check();
    });
    await frame();
    times.push(performance.now() - started);
    scrollTo(0, 0);
    await frame();
  }
  return { times, held };
})()`;

const openReportScript = `(async () => {
  const link = document.querySelector('.timeline-entry__link');
  const started = performance.now();
  link.click();
  await new Promise((resolve) => {
    const check = () => (document.querySelector('article.report .report__facts') ? resolve() : setTimeout(check, 0));
    check();
  });
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - started;
})()`;

async function heapAfterGc(page: Page): Promise<{ heapMb: number; backingStoreMb: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  // usedSize is JSHeapUsedSize; the typed arrays' contents are counted apart, outside it.
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { heapMb: usage.usedSize / 2 ** 20, backingStoreMb: usage.backingStorageSize / 2 ** 20 };
}

/**
 * The pause before each change of the spaced series: about the quickest a person clicks from
 * one unit to the next, and time for what the last change left (a panel it brought near the
 * view catching up, a garbage collection) to be done.
 */
export const REST_BETWEEN_CLICKS_MS = 300;

/** Changes timed until every panel is current: each waits for the filter to rest, so few. */
export const EVERY_PANEL_CHANGES = 6;

export interface LoadFigures {
  fcpMs: number;
  usableMs: number;
  allDrawnMs: number;
}

/** One more load in a fresh context: first paint, usable, every panel drawn. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const usableMs = await waitInPage(page, usable);
  const allDrawnMs = await waitInPage(page, allDrawn);
  const fcpMs = await page.evaluate<number>(
    `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN`,
  );
  await context.close();
  return { fcpMs, usableMs, allDrawnMs };
}

export async function measurePage(
  browser: Browser,
  url: string,
  changes: { units: string[]; periods: string[] },
): Promise<PageFigures> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  const scripts = new Map<string, Promise<Buffer>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.set(response.url(), response.body());
  });
  await page.goto(url, { waitUntil: 'commit' });
  const usableMs = await waitInPage(page, usable);
  const allDrawnMs = await waitInPage(page, allDrawn);
  // First load: the entry and what it imports statically, all run before DOMContentLoaded;
  // lazy chunks (the map, rare pages) start later.
  const loaded = await page.evaluate<{ name: string; start: number }[]>(`(() => {
    const domReady = performance.getEntriesByType('navigation')[0].domContentLoadedEventStart;
    return performance.getEntriesByType('resource')
      .filter((e) => e.startTime < domReady)
      .map((e) => ({ name: e.name, start: e.startTime }));
  })()`);
  const fcpMs = await page.evaluate<number>(
    `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN`,
  );
  const gzKb = async (urls: string[]) => {
    let bytes = 0;
    for (const u of urls) bytes += gzipSync((await scripts.get(u)) ?? Buffer.alloc(0)).length;
    return bytes / 1024;
  };
  const initialUrls = loaded.filter((e) => scripts.has(e.name)).map((e) => e.name);
  const initialJsKb = await gzKb(initialUrls);

  const base = new URL(url);
  const search = (extra: Record<string, string>) => {
    const params = new URLSearchParams(base.search);
    for (const [k, v] of Object.entries(extra)) params.set(k, v);
    return `/?${params}`;
  };
  const timeChanges = async (searches: string[], restMs: number) => {
    const times: number[] = [];
    for (const next of searches) {
      if (restMs > 0) await page.waitForTimeout(restMs);
      times.push(await page.evaluate<number>(changeScript(next)));
    }
    return times;
  };
  const unitSearches = changes.units.map((unit) => search({ unit }));
  const periodSearches = changes.periods.map((period) => search({ period }));
  const unitChangeMs = await timeChanges(unitSearches, 0);
  const periodChangeMs = await timeChanges(periodSearches, 0);
  const spacedUnitChangeMs = await timeChanges(unitSearches, REST_BETWEEN_CLICKS_MS);
  const spacedPeriodChangeMs = await timeChanges(periodSearches, REST_BETWEEN_CLICKS_MS);
  const everyPanelChangeMs: number[] = [];
  for (const unit of changes.units.slice(0, EVERY_PANEL_CHANGES))
    everyPanelChangeMs.push(await page.evaluate<number>(changeScript(search({ unit }), true)));
  const { times: scrollDrawMs, held: scrollHeldPanels } = await page.evaluate<{
    times: number[];
    held: number;
  }>(scrollToPanelsScript(changes.units.slice(0, 2).map((unit) => search({ unit }))));

  await page.evaluate<number>(changeScript(search({})));
  await page.waitForTimeout(500);
  const allJsKb = await gzKb([...scripts.keys()]);
  const { heapMb, backingStoreMb } = await heapAfterGc(page);
  const reportOpenMs = await page.evaluate<number>(openReportScript);
  await context.close();
  return {
    initialJsKb,
    initialJsFiles: initialUrls.length,
    allJsKb,
    fcpMs,
    usableMs,
    allDrawnMs,
    unitChangeMs,
    periodChangeMs,
    spacedUnitChangeMs,
    spacedPeriodChangeMs,
    everyPanelChangeMs,
    reportOpenMs,
    heapMb,
    backingStoreMb,
    scrollDrawMs,
    scrollHeldPanels,
  };
}
