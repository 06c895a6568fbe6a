import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { sharedBrowser } from './support/shared-browser';
import { seenText } from './support/seen-text';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const entryCount = (page: Page) => page.getByTestId('timeline-entry').count();
const mapPanel = (page: Page) => page.locator('[data-panel="map"]');

/** A stand-in outline for Thạch Thất, coded as a boundary file from a deployment would be. */
const thachThatBoundary = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { ten: 'Thạch Thất', ma_huyen: '276' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [105.5, 21.0],
            [105.65, 21.0],
            [105.65, 21.12],
            [105.5, 21.12],
            [105.5, 21.0],
          ],
        ],
      },
    },
  ],
});

describe('the map', () => {
  it('draws the provinces, Hoàng Sa and Trường Sa offline, and filters the dashboard from a click or the list', async () => {
    const { page, outsideRequests, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    const map = mapPanel(page);
    await map.locator('path.map-area--p31').waitFor();
    // 63 provinces and the two archipelagos.
    expect(await map.locator('path.map-area').count()).toBe(65);
    const inset = map.getByRole('img', { name: /Hoàng Sa.*Trường Sa/ });
    expect(await inset.textContent()).toMatch(/Hoàng Sa.*Trường Sa/);
    const credits = await seenText(map.locator('.leaflet-control-attribution'));
    expect(credits).toContain('Made with Natural Earth');
    expect(credits).toContain('© GeoNames (CC BY 4.0)');

    // A click on Bắc Giang filters everything to its one conference; a second click clears it.
    await map.locator('path.map-area--p24').click();
    await page.waitForURL(`${baseUrl}/?unit=bac-giang`);
    expect(await entryCount(page)).toBe(1);
    await map.locator('path.map-area--p24').click();
    await page.waitForURL(`${baseUrl}/`);
    expect(await entryCount(page)).toBe(5);

    // Thạch Thất shares its point with its communes: it keeps the point, they ring it.
    await map.locator('path.map-unit--thach-that').click();
    await page.waitForURL(`${baseUrl}/?unit=thach-that`);
    expect(await entryCount(page)).toBe(1);
    const listed = map.getByRole('button', { name: /Huyện Thạch Thất/ });
    expect(await listed.getAttribute('aria-pressed')).toBe('true');

    // The same from the keyboard, through the list beside the map.
    await listed.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/`);

    // The layer is part of the link.
    await map.getByLabel('Lớp dữ liệu').selectOption('enlisted');
    await page.waitForURL(`${baseUrl}/?map=enlisted`);
    expect(await seenText(map.locator('.map-list__items li').first())).toMatch(
      /Thành phố Hải Phòng\s*2\.550/,
    );

    // Hồ Chí Minh City lies far from the northern view, undrawn: zooming out draws it.
    const farSouth = map.locator('path.map-area--p79');
    const drawnLength = async () => (await farSouth.getAttribute('d'))?.length ?? 0;
    expect(await drawnLength()).toBeLessThan(10);
    for (let step = 0; step < 6 && (await drawnLength()) < 100; step++) {
      await map.locator('.leaflet-control-zoom-out').click();
      await expect.poll(() => map.locator('.leaflet-zoom-anim').count()).toBe(0);
    }
    expect(await drawnLength()).toBeGreaterThan(100);

    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names units only in a close view, and drops the names when a filter change zooms out', async () => {
    const { page, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    const map = mapPanel(page);
    const names = map.locator('.leaflet-tooltip.map-unit-name');
    await map.locator('path.map-unit--thach-that').waitFor();
    expect(await names.count()).toBe(0);

    // Selecting Thạch Thất refits the map close to it in the same render: its name shows.
    await map.locator('path.map-unit--thach-that').click();
    await page.waitForURL(`${baseUrl}/?unit=thach-that`);
    await names.filter({ hasText: /^Huyện Thạch Thất$/ }).waitFor();

    // Clearing it zooms back out: the names go with the close view.
    await map.getByRole('button', { name: /Huyện Thạch Thất/ }).click();
    await page.waitForURL(`${baseUrl}/`);
    await names.first().waitFor({ state: 'detached' });
    expect(await names.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('tells a circle’s unit and figure on hover', async () => {
    const { page, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    const map = mapPanel(page);
    const circle = map.locator('path.map-unit--thach-that');
    await circle.hover();
    const tip = map.locator('.leaflet-tooltip', { hasText: /^Huyện Thạch Thất \(/ });
    expect(await seenText(tip)).toMatch(/^Huyện Thạch Thất \(.+\) — Số báo cáo của đơn vị: \d+/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fills a loaded district boundary, keeps it across a reload, and explains a broken file', async () => {
    const { page, outsideRequests, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    const map = mapPanel(page);
    const input = map.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'huyen.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(thachThatBoundary),
    });
    await map.getByText('1/1 vùng khớp mã đơn vị').waitFor();
    expect(await map.locator('path.map-area--b0').count()).toBe(1);
    expect(await map.locator('path.map-unit--thach-that').count()).toBe(0);

    await page.reload({ waitUntil: 'networkidle' });
    await map.getByText('1/1 vùng khớp mã đơn vị').waitFor();
    expect(await map.locator('path.map-area--b0').count()).toBe(1);

    await input.setInputFiles({
      name: 'hong.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(thachThatBoundary.slice(0, 80)),
    });
    expect(await seenText(map.getByRole('alert'))).toMatch(/hong\.geojson không phải JSON hợp lệ/);
    // The good file is still there.
    expect(await map.locator('path.map-area--b0').count()).toBe(1);

    await map.getByRole('button', { name: 'Bỏ ranh giới đã nạp' }).click();
    await map.locator('path.map-unit--thach-that').waitFor();
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
