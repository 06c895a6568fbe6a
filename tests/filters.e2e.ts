import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { sharedBrowser } from './support/shared-browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const entryIds = (page: import('playwright-core').Page) =>
  page
    .getByTestId('timeline-entry')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-report-id')));

describe('filtering by unit', () => {
  it('filters to Bắc Giang through the picker, keeps it in the URL, and shows the same after a reload', async () => {
    const { page, outsideRequests, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await page.getByTestId('timeline-entry').first().waitFor();

    await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('bac giang');
    await page.locator('input[data-unit-id="bac-giang"]').check();
    await page.waitForURL(`${baseUrl}/?unit=bac-giang`);
    expect(await entryIds(page)).toEqual(['bac-giang-mpc-2024-resolution']);
    expect(await page.getByTestId('match-count').innerText()).toContain('1/5');

    await page.reload({ waitUntil: 'networkidle' });
    await page.getByTestId('timeline-entry').first().waitFor();
    expect(page.url()).toBe(`${baseUrl}/?unit=bac-giang`);
    expect(await entryIds(page)).toEqual(['bac-giang-mpc-2024-resolution']);

    await page.goBack();
    await page.waitForURL(`${baseUrl}/`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="timeline-entry"]').length === 5,
    );
    await page.goForward();
    await page.waitForURL(`${baseUrl}/?unit=bac-giang`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="timeline-entry"]').length === 1,
    );

    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a pasted link with a stale unit, says so, and shows the rest', async () => {
    const { page, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/?unit=ha-tay-cu,thach-that&period=2024-H1`, {
      waitUntil: 'networkidle',
    });
    await page.getByTestId('url-notices').waitFor();
    expect(await page.getByTestId('url-notices').innerText()).toContain('ha-tay-cu');
    expect(await entryIds(page)).toEqual(['thach-that-pc-2024-h1']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps that notice when the link also names slides, which stay in the URL', async () => {
    const { page, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/?slides=headline,timeline&unit=ha-tay-cu&period=2024-Q9`, {
      waitUntil: 'networkidle',
    });
    await page.waitForURL(`${baseUrl}/?slides=headline,timeline`);
    await page.getByTestId('timeline-entry').first().waitFor();
    const notices = await page.getByTestId('url-notices').innerText();
    expect(notices).toContain('ha-tay-cu');
    expect(notices).toContain('2024-Q9');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
