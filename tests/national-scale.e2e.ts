import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { writeDataset } from '../mocks/synthetic/cli';
import { generateSyntheticDataset } from '../mocks/synthetic/dataset';
import { openWatchedPage } from './support/browser';
import { exportFrom } from './support/export-from';
import { sharedBrowser } from './support/shared-browser';
import { panelVisibility, seenDashboardText } from './support/seen-text';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const file = 'bench-data/e2e-national.json';

describe('a national-scale dataset in the column layout', () => {
  beforeAll(() => writeDataset(file, generateSyntheticDataset({ reports: 3000, seed: 4 })));
  afterAll(() => rmSync(file, { force: true }));

  it(
    'loads, says it is synthetic, paints the units on one canvas and filters',
    { timeout: 180_000 },
    async () => {
      const { page, outsideRequests, errors } = await openWatchedPage(browser(), baseUrl);
      await page.goto(`${baseUrl}/?data=e2e-national`, { waitUntil: 'commit' });
      const count = page.getByTestId('match-count');
      await count.waitFor({ timeout: 60_000 });
      await expect(count.textContent()).resolves.toMatch(/^3\.000\/3\.000 /);
      await expect(page.locator('.badge--synthetic').textContent()).resolves.toMatch(/GIẢ LẬP/);

      const map = page.locator('[data-panel="map"]');
      await map.locator('.leaflet-units-pane canvas').waitFor({ timeout: 60_000 });
      // Hundreds of units on one canvas, not an SVG circle each.
      expect(await map.locator('path[class*="map-unit"]').count()).toBe(0);
      // At the country's zoom the districts' and communes' circles wait, and the map says so.
      await expect(map.getByTestId('map-zoom-for-more').textContent()).resolves.toMatch(
        /^[\d.]+ quận, huyện, xã có số liệu chưa vẽ/,
      );

      // Counts in the thousands read as Vietnamese numbers (2.365), wherever they are shown;
      // only years, dates and periods ("4/2019") keep four digits together.
      await page.locator('.chart-panel--pending').first().waitFor({ state: 'detached' });
      // At this scale the panels out of sight are left undrawn until scrolled near.
      expect(await panelVisibility(page)).toBe('auto');
      const shown = await seenDashboardText(page);
      const unformatted = [...shown.matchAll(/(?<![\d.,/:-])\d{4,}(?![\d.,/:-])/g)]
        .map(([digits]) => digits)
        .filter((digits) => !(Number(digits) >= 1990 && Number(digits) <= 2100));
      expect(unformatted).toEqual([]);

      const before = await page.getByTestId('headline-card').first().textContent();
      await page.goto(`${baseUrl}/?data=e2e-national&unit=syn-p01`, { waitUntil: 'commit' });
      // Polled from here: waiting inside the page would need eval, which the app's policy forbids.
      await expect
        .poll(() => count.textContent(), { timeout: 60_000, interval: 250 })
        .not.toMatch(/^3\.000\/3\.000 /);
      const filtered = await count.textContent();
      const [matching] = /^[\d.]+/.exec(filtered ?? '') ?? [];
      expect(Number(matching?.replace(/\./g, ''))).toBeGreaterThan(0);
      expect(Number(matching?.replace(/\./g, ''))).toBeLessThan(3000);
      expect(await page.getByTestId('headline-card').first().textContent()).not.toBe(before);

      expect(errors).toEqual([]);
      expect(outsideRequests).toEqual([]);
    },
  );

  it(
    'exports the panels not yet drawn, from the top of the page, as it does once they are seen',
    { timeout: 180_000 },
    async () => {
      const { page, outsideRequests, errors } = await openWatchedPage(browser(), baseUrl);
      await page.goto(`${baseUrl}/?data=e2e-national`, { waitUntil: 'networkidle' });
      const timeline = page.locator('[data-panel="timeline"]');
      await page.locator('[data-panel="map"] .export-menu').waitFor({ timeout: 60_000 });
      // Far below the first screen, the timeline is not drawn yet.
      const heading = timeline.getByRole('heading').first();
      expect(
        await heading.evaluate((node) => node.checkVisibility({ contentVisibilityAuto: true })),
      ).toBe(false);
      const zip = page.waitForEvent('download');
      await page.getByRole('button', { name: /Tải tất cả/ }).click();
      const files = unzipSync(new Uint8Array(await readFile(await (await zip).path())));

      const own = await exportFrom(page, timeline, 'png-2');
      const fromZip = files[own.suggestedFilename()];
      expect(fromZip, own.suggestedFilename()).toBeDefined();
      expect(Buffer.compare(await readFile(await own.path()), Buffer.from(fromZip!))).toBe(0);
      expect(errors).toEqual([]);
      expect(outsideRequests).toEqual([]);
    },
  );

  it(
    'updates the panels in sight first; those out of sight catch up once the filter rests, and export all exports them current',
    { timeout: 180_000 },
    async () => {
      const { page, outsideRequests, errors } = await openWatchedPage(browser(), baseUrl);
      await page.goto(`${baseUrl}/?data=e2e-national`, { waitUntil: 'networkidle' });
      await page.locator('[data-panel="map"] .export-menu').waitFor({ timeout: 60_000 });
      const dashboard = page.locator('.dashboard');
      const held = page.locator('[data-hold="timeline"]');
      // The browser has said that the timeline, far below, is out of sight.
      await page.locator('[data-hold="timeline"][data-out-of-sight]').waitFor();
      const before = await dashboard.getAttribute('data-filter');

      await page.locator('.filter-panel input[type="checkbox"]').first().check();
      await expect
        .poll(() => dashboard.getAttribute('data-filter'), { interval: 10 })
        .not.toBe(before);
      const after = await dashboard.getAttribute('data-filter');
      // Until the filter has rested a quarter of a second, the timeline shows the last one.
      expect(await held.getAttribute('data-filter')).toBe(before);
      expect(await held.getAttribute('aria-busy')).toBe('true');

      const zip = page.waitForEvent('download');
      await page.getByRole('button', { name: /Tải tất cả/ }).click();
      const files = unzipSync(new Uint8Array(await readFile(await (await zip).path())));
      await expect.poll(() => held.getAttribute('data-filter')).toBe(after);
      expect(await held.getAttribute('aria-busy')).toBeNull();
      // The archive's timeline is the one for the new filter, as its own export gives it.
      const own = await exportFrom(page, page.locator('[data-panel="timeline"]'), 'csv');
      const fromZip = files[own.suggestedFilename()];
      expect(fromZip, own.suggestedFilename()).toBeDefined();
      expect(Buffer.from(fromZip!).toString('utf8')).toBe(await readFile(await own.path(), 'utf8'));
      expect(errors).toEqual([]);
      expect(outsideRequests).toEqual([]);
    },
  );
});
