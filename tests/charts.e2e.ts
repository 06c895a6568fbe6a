import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { sharedBrowser } from './support/shared-browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const entryCount = (page: Page) => page.getByTestId('timeline-entry').count();

describe('charts', () => {
  it('draw bars, and a click on one filters the whole dashboard; a second click clears it', async () => {
    const { page, outsideRequests, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    const panel = page.locator('[data-panel="recruitment"]');
    const bars = panel.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect');
    await bars.first().waitFor();
    expect(await bars.count()).toBeGreaterThanOrEqual(4);

    // The enlisted series has one bar: Hải Phòng's 2,550 in Q1 2024.
    await panel.locator('.recharts-bar').first().locator('path, rect').first().click();
    await page.waitForURL(`${baseUrl}/?unit=hai-phong`);
    expect(await entryCount(page)).toBe(3);
    expect(await page.getByRole('list', { name: 'Đang lọc' }).innerText()).toContain(
      'Thành phố Hải Phòng',
    );

    await panel.locator('.recharts-bar').first().locator('path, rect').first().click();
    await page.waitForURL(`${baseUrl}/`);
    expect(await entryCount(page)).toBe(5);
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
