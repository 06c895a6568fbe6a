import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { sharedBrowser } from './support/shared-browser';
import { panelVisibility, seenDashboardText } from './support/seen-text';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('the dashboard on its built-in data', () => {
  it('shows the five conferences and asks nothing of the internet', async () => {
    const { page, outsideRequests, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    const items = page.getByTestId('timeline-entry');
    await items.first().waitFor();
    expect(await items.count()).toBe(5);
    const ids = await items.evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('data-report-id')),
    );
    expect(ids).toEqual([
      'duong-kinh-pc-2019-annual',
      'hp-mpc-2020-annual',
      'bac-giang-mpc-2024-resolution',
      'hp-mpc-2024-q1',
      'thach-that-pc-2024-h1',
    ]);
    // Five reports draw every panel: a full-page capture shows them all.
    expect(await panelVisibility(page)).toBe('visible');
    const text = await seenDashboardText(page);
    expect(text).toContain('2.550 thanh niên nhập ngũ');
    expect(text).toContain('03/04/2024');
    expect(await page.getByTestId('data-status').innerText()).toContain('5 báo cáo');
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a report page whose figures show their source in one click, and survives a reload', async () => {
    const { page, outsideRequests, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Tỉnh Bắc Giang', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /Bắc Giang/ }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/reports/bac-giang-mpc-2024-resolution`);
    expect(await page.locator('article').innerText()).toContain('Thiếu tướng Hoàng Văn Hữu');

    const dateSource = page
      .locator('.report__facts')
      .getByRole('button', { name: /Suy luận/ })
      .first();
    await dateSource.click();
    const note = page.getByRole('note').first();
    expect(await note.innerText()).toContain('003_132c1d7636f895d6.txt');
    expect(await note.innerText()).toContain('năm 2023 suy ra');

    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 2, name: /Bắc Giang/ }).waitFor();
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches to English and remembers the choice after a reload', async () => {
    const { page, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Conference timeline' }).waitFor();
    expect(await seenDashboardText(page)).toContain('2,550 youths enlisted');
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Conference timeline' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
