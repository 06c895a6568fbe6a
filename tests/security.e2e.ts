import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { exportFrom } from './support/export-from';
import { sharedBrowser } from './support/shared-browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const violations = (page: Page) =>
  page.evaluate<string[]>('window.__cspViolations.map((v) => `${v.directive} ${v.blocked}`)');

describe('the content security policy of the production build', () => {
  it('is in the page: own origin only, no inline script, no eval', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replace(/&#39;/g, "'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|https?:/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('lets the dashboard, the map, a report page and PNG and SVG exports work with no violation', async () => {
    const { page, outsideRequests, errors } = await openWatchedPage(browser(), baseUrl);
    await page.addInitScript(`window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber }));`);
    await page.goto(`${baseUrl}/?map=enlisted`, { waitUntil: 'networkidle' });
    await page.getByTestId('timeline-entry').first().waitFor();
    const map = page.locator('[data-panel="map"]');
    await map.locator('path.map-area--p31').waitFor();

    const recruitment = page.locator('[data-panel="recruitment"]');
    await recruitment.locator('.chart-bar').first().waitFor();
    const png = await exportFrom(page, recruitment, 'png-2');
    const pngBytes = new Uint8Array(await readFile((await png.path()) as string));
    expect([...pngBytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const svg = await exportFrom(page, page.locator('[data-panel="exercises"]'), 'svg');
    const svgText = await readFile((await svg.path()) as string, 'utf8');
    // The font travels inside the file, read from the app's own origin.
    expect(svgText).toMatch(/@font-face\{[^}]*src:url\(data:font\/woff2;base64,/);
    const mapPng = await exportFrom(page, map, 'png-1');
    expect((await readFile((await mapPng.path()) as string)).length).toBeGreaterThan(1000);

    await page.getByTestId('timeline-entry').first().getByRole('link').click();
    await page.locator('article.report .report__facts').waitFor();
    const beforeReload = await violations(page);
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('article.report .report__facts').waitFor();

    expect([...beforeReload, ...(await violations(page))]).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
