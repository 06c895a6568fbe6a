import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { sharedBrowser } from './support/shared-browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const entryCount = (page: Page) => page.getByTestId('timeline-entry').count();

describe('charts', () => {
  it('draw bars that show their figure on hover, and a click on one filters the whole dashboard; a second click clears it', async () => {
    const { page, outsideRequests, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    const panel = page.locator('[data-panel="recruitment"]');
    const bars = panel.locator('.chart-bar');
    await bars.first().waitFor();
    expect(await bars.count()).toBeGreaterThanOrEqual(4);
    // The axes: the names down the side, counts below in the Vietnamese way, quota above.
    expect(await panel.locator('.axis-labels--left').textContent()).toContain('Quận Dương Kinh');
    expect(await panel.locator('.axis-labels--bottom').textContent()).toBe('01.0002.0003.000');
    expect(await panel.locator('.axis-labels--top').textContent()).toBe('0%25%50%75%100%');

    // The enlisted series has one bar: Hải Phòng's 2,550 in Q1 2024.
    const enlisted = panel.locator('.chart-bars').first().locator('.chart-bar').first();
    await enlisted.hover();
    const tooltip = panel.locator('.recharts-tooltip-wrapper');
    await expect.poll(() => tooltip.innerText()).toContain('2.550');
    expect(await tooltip.innerText()).toContain('Thành phố Hải Phòng');
    await enlisted.click();
    await page.waitForURL(`${baseUrl}/?unit=hai-phong`);
    expect(await entryCount(page)).toBe(3);
    expect(await page.getByRole('list', { name: 'Đang lọc' }).innerText()).toContain(
      'Thành phố Hải Phòng',
    );

    await enlisted.click();
    await page.waitForURL(`${baseUrl}/`);
    expect(await entryCount(page)).toBe(5);
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('take their new height in the same frame as their new bars when a filter changes the number of rows', async () => {
    const { page, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    const panel = page.locator('[data-panel="recruitment"]');
    await panel.locator('.chart-bar').first().waitFor();
    const heightBefore = await panel.locator('svg.recharts-surface').getAttribute('height');
    // Every DOM update from here on: is the drawing as tall as the box the panel gives it?
    await panel.evaluate((element) => {
      const updates: string[] = [];
      (window as unknown as { chartHeights: string[] }).chartHeights = updates;
      new MutationObserver(() => {
        const svg = element.querySelector('svg.recharts-surface');
        const box = element.querySelector('.chart-panel__chart > *');
        if (svg && box) updates.push(`${svg.getAttribute('height')}/${box.clientHeight}`);
      }).observe(element, { subtree: true, childList: true, attributes: true });
    });
    await panel.locator('.chart-bars').first().locator('.chart-bar').first().click();
    await page.waitForURL(`${baseUrl}/?unit=hai-phong`);
    await expect
      .poll(() => panel.locator('svg.recharts-surface').getAttribute('height'))
      .not.toBe(heightBefore);
    const updates = await page.evaluate(
      () => (window as unknown as { chartHeights: string[] }).chartHeights,
    );
    expect(updates.length).toBeGreaterThan(0);
    // Recharts' own responsive mode drew the new bars in the old height first, for a frame.
    expect(updates.filter((update) => update.split('/')[0] !== update.split('/')[1])).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('mark each year that held conferences, and name them on hover', async () => {
    const { page, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    const marks = page.locator('[data-panel="exercises"] .conference-marks > g');
    await marks.first().waitFor();
    // 2024 held two of the five conferences: Hải Phòng's Q1 review and Thạch Thất's half-year.
    const year2024 = marks.filter({ hasText: '▼2' });
    expect(await year2024.count()).toBe(1);
    const title = (await year2024.locator('title').textContent()) ?? '';
    expect(title.split('\n')).toEqual([
      'Hội nghị: Huyện Thạch Thất – Sơ kết 6 tháng (28/06/2024)',
      'Hội nghị: Thành phố Hải Phòng – Sơ kết quý, Ra nghị quyết (03/04/2024)',
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
