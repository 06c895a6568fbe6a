import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ownReportText } from '../src/testing/own-report';
import { launchProfile, openWatchedPage } from './support/browser';
import { sharedBrowser } from './support/shared-browser';
import { seenText } from './support/seen-text';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const profile = mkdtempSync(join(tmpdir(), 'qpdp-profile-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

// The Dương Kinh article of the seed corpus when it is at hand; our own report otherwise.
const seedFile = resolve(process.cwd(), '../shared/corpus/seeds/002_28e9931a7adba90d.txt');
const seed = existsSync(seedFile)
  ? {
      text: readFileSync(seedFile, 'utf8'),
      unit: 'duong-kinh',
      name: 'Quận Dương Kinh',
      date: '21/11/2019',
    }
  : { text: ownReportText, unit: 'thach-that', name: 'Huyện Thạch Thất', date: '05/07/2025' };

const CSP_LISTENER = `window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`;
const violations = (page: Page) => page.evaluate<string[]>('window.__cspViolations');

async function watch(context: BrowserContext, page: Page) {
  await context.addInitScript(CSP_LISTENER);
  const outside: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(baseUrl) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { outside, errors };
}

/** The kept profile opened as a browser of its own, closed afterwards whatever happens. */
async function withProfile(run: (context: BrowserContext, page: Page) => Promise<void>) {
  const context = await launchProfile(profile);
  try {
    await run(context, context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
  }
}

const CORRECTED_TITLE = 'Tổng kết năm (bản nhập thử, đã sửa tiêu đề)';

describe('adding a report in the browser', () => {
  it('pastes an article, fixes a field, saves, and finds it on the timeline after a restart', async () => {
    let reportId = '';
    await withProfile(async (context, page) => {
      const first = await watch(context, page);
      await page.goto(`${baseUrl}/add`);
      await page.getByLabel('Văn bản báo cáo').fill(seed.text);
      await page.getByRole('button', { name: 'Trích xuất' }).click();
      const title = page.getByLabel('Tiêu đề (tiếng Việt)');
      await expect
        .poll(() => page.getByLabel('Đơn vị', { exact: true }).inputValue())
        .toContain(seed.name);
      await expect.poll(() => page.locator('.article-pane mark').count()).toBeGreaterThan(3);
      await title.fill(CORRECTED_TITLE);
      await page.getByRole('button', { name: 'Kiểm tra và lưu' }).click();
      await page.waitForURL(/\/reports\/local-/);
      reportId = new URL(page.url()).pathname.split('/').pop() as string;
      await expect
        .poll(() => page.getByRole('heading', { level: 2 }).innerText())
        .toBe(CORRECTED_TITLE);
      expect(await violations(page)).toEqual([]);
      expect(first.outside).toEqual([]);
      expect(first.errors).toEqual([]);
    });

    await withProfile(async (context, page) => {
      const second = await watch(context, page);
      await page.goto(`${baseUrl}/?unit=${seed.unit}`);
      const entry = page.locator(`[data-testid="timeline-entry"][data-report-id="${reportId}"]`);
      await entry.waitFor();
      expect(await seenText(entry)).toContain('Thêm cục bộ');
      expect(await seenText(entry)).toContain(seed.date);
      await entry.getByRole('link').click();
      await expect
        .poll(() => page.getByRole('heading', { level: 2 }).innerText())
        .toBe(CORRECTED_TITLE);
      expect(await violations(page)).toEqual([]);
      expect(second.outside).toEqual([]);
      expect(second.errors).toEqual([]);
    });
  });

  it('exports the local reports as one file that a fresh browser imports back', async () => {
    const path = join(profile, 'export.json');
    await withProfile(async (_context, page) => {
      await page.goto(`${baseUrl}/local`);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: /^Xuất 1 báo cáo/ }).click();
      await (await download).saveAs(path);
    });
    const exported = JSON.parse(readFileSync(path, 'utf8')) as {
      schemaVersion: number;
      reports: { id: string; title: { vi: string } }[];
      facts: unknown[];
      sources: { kind: string; text?: string }[];
    };
    expect(exported.schemaVersion).toBe(1);
    expect(exported.reports.map((r) => r.title.vi)).toEqual([CORRECTED_TITLE]);
    expect(exported.facts.length).toBeGreaterThan(3);
    expect(exported.sources[0]).toMatchObject({ kind: 'local-entry', text: seed.text });

    const fresh = await openWatchedPage(browser(), baseUrl);
    await fresh.page.goto(`${baseUrl}/local`);
    await fresh.page.getByLabel('Nhập tệp JSON…').setInputFiles(path);
    const preview = fresh.page.getByRole('region', { name: /Xem trước khi nhập/ });
    const row = preview.locator('tbody tr');
    await row.waitFor();
    const action = await row.getAttribute('data-action');
    if (action === 'similar') await row.getByRole('checkbox').check();
    else expect(action).toBe('add');
    await preview.getByRole('button', { name: 'Nhập 1 báo cáo' }).click();
    await fresh.page.getByText('Đã nhập 1 báo cáo, xóa 0.').waitFor();
    await fresh.page.getByRole('link', { name: CORRECTED_TITLE }).click();
    await expect
      .poll(() => fresh.page.getByRole('heading', { level: 2 }).innerText())
      .toBe(CORRECTED_TITLE);
    expect(fresh.outsideRequests).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();
  });
});
