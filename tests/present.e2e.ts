import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { sharedBrowser } from './support/shared-browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const slideTitle = (page: Page) => page.locator('.presenter__header h1').innerText();
const counter = (page: Page) => page.locator('.presenter__counter').innerText();

describe('presenter mode', () => {
  it('steps through slides with the keyboard and clicker keys, keeps the filters, and leaves with Esc', async () => {
    const { page, outsideRequests, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/?unit=hai-phong`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Trình chiếu', exact: true }).click();
    await page.getByTestId('presenter').waitFor();
    expect(await counter(page)).toBe('Trang 1/8');
    expect(await slideTitle(page)).toBe('Số liệu chính');

    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () => document.querySelector('.presenter__counter')?.textContent === 'Trang 2/8',
    );
    expect(await slideTitle(page)).toBe('Tuyển quân theo đơn vị và kỳ');
    await page.locator('[data-slide="recruitment"] .chart-bar').first().waitFor();
    await page.keyboard.press(' ');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(
      () => document.querySelector('.presenter__counter')?.textContent === 'Trang 4/8',
    );
    expect(await slideTitle(page)).toBe('Giáo dục QP-AN và tập huấn theo đối tượng, đơn vị');
    await page.keyboard.press('PageUp');
    await page.waitForFunction(
      () => document.querySelector('.presenter__counter')?.textContent === 'Trang 3/8',
    );
    expect(await page.locator('.presenter__filters').innerText()).toContain('Thành phố Hải Phòng');

    await page.keyboard.press('Escape');
    await page.waitForURL(
      `${baseUrl}/?unit=hai-phong&slides=headline,recruitment,exercises,education,awards,coverage,map,timeline`,
    );
    await page.getByTestId('timeline-entry').first().waitFor();
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('cycles on its own as a wall display, with no controls and the filters and data shown', async () => {
    const { page, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/present?unit=bac-giang&slides=recruitment,exercises&wall=5`);
    await page.getByTestId('presenter').waitFor();
    expect(await counter(page)).toBe('Trang 1/2');
    expect(await page.locator('.presenter button:visible').count()).toBe(0);
    expect(await page.locator('.presenter__filters').innerText()).toContain('Tỉnh Bắc Giang');
    expect(await page.locator('.presenter__footer').innerText()).toContain('Dữ liệu:');
    await page.waitForFunction(
      () => document.querySelector('.presenter__counter')?.textContent === 'Trang 2/2',
      undefined,
      { timeout: 12_000 },
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('saved views', () => {
  it('save the filters and panels, survive a reload, go out as a file and come back without duplicates', async () => {
    const { page, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/?unit=thach-that`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: /Góc nhìn đã lưu/ }).click();
    await page.getByRole('checkbox', { name: 'Bản đồ đơn vị và địa điểm' }).uncheck();
    expect(await page.locator('[data-panel="map"]').count()).toBe(0);
    await page.getByLabel('Tên góc nhìn').fill('Thạch Thất — giao ban');
    await page.getByRole('button', { name: 'Lưu bộ lọc và bảng hiện tại' }).click();

    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Góc nhìn đã lưu (1)' }).click();
    await page.getByRole('button', { name: 'Thạch Thất — giao ban' }).click();
    await page.waitForURL(`${baseUrl}/?unit=thach-that`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="timeline-entry"]').length === 1,
    );
    expect(await page.locator('[data-panel="map"]').count()).toBe(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải tệp JSON' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('thach-that-giao-ban.qpdp-view.json');
    const text = await readFile(await file.path(), 'utf8');
    expect(JSON.parse(text).views[0]).toMatchObject({ search: '?unit=thach-that' });

    const input = page.locator('.views-menu input[type="file"]');
    await input.setInputFiles({
      name: 'view.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.getByText('Đã nhập 0 góc nhìn; bỏ qua 1 góc nhìn trùng.').waitFor();
    await input.setInputFiles({
      name: 'hong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text.slice(0, 40)),
    });
    expect(await page.getByRole('alert').innerText()).toMatch(/hong\.json không phải JSON hợp lệ/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('printing', () => {
  it('lays every panel on A4 landscape pages without cutting one', async () => {
    const { page, errors } = await openWatchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await page.locator('[data-panel="map"] path.map-area').first().waitFor();
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(
      new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page\b/g)?.length,
    ).toBeGreaterThan(2);

    // A4 landscape less the margins, in CSS pixels: 273 mm × 184 mm.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1032, height: 695 });
    await page.waitForTimeout(500);
    const boxes = await page.locator('[data-panel], .print-cover').evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        // Leaflet's panes reach past the map's box by design; the map clips them.
        const overflow = [...node.querySelectorAll('svg:not(.leaflet-pane svg), table, img')].some(
          (child) => child.getBoundingClientRect().right > box.right + 1,
        );
        return {
          id: node.getAttribute('data-panel') ?? 'cover',
          width: box.width,
          height: box.height,
          overflow,
        };
      }),
    );
    expect(boxes.map((b) => b.id)).toEqual(
      expect.arrayContaining(['cover', 'recruitment', 'map', 'timeline']),
    );
    for (const box of boxes) {
      expect(box.width, box.id).toBeLessThanOrEqual(1032);
      if (box.id !== 'timeline') expect(box.height, box.id).toBeLessThanOrEqual(695);
      expect(box.overflow, box.id).toBe(false);
    }
    await page.screenshot({ path: 'test-results/print-layout.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
