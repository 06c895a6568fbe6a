import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ownReportText } from '../src/testing/own-report';
import { openWatchedPage } from './support/browser';
import { sharedBrowser } from './support/shared-browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it stands, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** axe is injected as an inline script, which the app's policy rightly refuses. */
const open = () => openWatchedPage(browser(), baseUrl, { bypassCSP: true });

describe('accessibility (axe-core)', () => {
  it('finds nothing serious on the dashboard, in the light and the dark theme', async () => {
    const { page, errors } = await open();
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await page.locator('[data-panel="map"] path.map-area').first().waitFor();
    await page.locator('[data-panel="recruitment"] .chart-bar').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows where the keyboard focus is, on every stop of the first tabs', async () => {
    const { page } = await open();
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await page.getByTestId('timeline-entry').first().waitFor();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate<{ tag: string; outline: string }>(`(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return { tag: el.outerHTML.slice(0, 80), outline: style.outlineStyle + ' ' + style.outlineWidth };
      })()`);
      expect(focus.outline, focus.tag).not.toMatch(/^none|\b0px$/);
    }
    await page.context().close();
  });

  it('finds nothing serious on a report page', async () => {
    const { page, errors } = await open();
    await page.goto(`${baseUrl}/reports/hp-mpc-2024-q1`, { waitUntil: 'networkidle' });
    await page.locator('article.report .report__facts').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds nothing serious in presenter mode', async () => {
    const { page, errors } = await open();
    await page.goto(`${baseUrl}/present`, { waitUntil: 'networkidle' });
    await page.getByTestId('presenter').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds nothing serious in the review of a pasted report, nor on the local data page', async () => {
    const { page, errors } = await open();
    await page.goto(`${baseUrl}/add`, { waitUntil: 'networkidle' });
    await page.getByLabel('Văn bản báo cáo').fill(ownReportText);
    await page.getByRole('button', { name: 'Trích xuất' }).click();
    await page.locator('.article-pane mark').first().waitFor();
    await page.getByRole('button', { name: 'Sửa số liệu 1' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Kiểm tra và lưu' }).click();
    await page.waitForURL(/\/reports\/local-/);
    await page.goto(`${baseUrl}/local`, { waitUntil: 'networkidle' });
    await page.getByRole('table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
