import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Download } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage } from './support/browser';
import { exportFrom } from './support/export-from';
import { sharedBrowser } from './support/shared-browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const BOM = [0xef, 0xbb, 0xbf];

/** The width and height an image's IHDR chunk gives. */
function pngSize(bytes: Uint8Array) {
  expect([...bytes.slice(0, 8)]).toEqual(PNG_MAGIC);
  expect(new TextDecoder().decode(bytes.slice(12, 16))).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const bytesOf = async (download: Download) => new Uint8Array(await readFile(await download.path()));

async function openDashboard(query = '') {
  const watched = await openWatchedPage(browser(), baseUrl);
  await watched.page.goto(`${baseUrl}/${query}`, { waitUntil: 'networkidle' });
  const panel = watched.page.locator('[data-panel="recruitment"]');
  await panel.locator('.chart-bar').first().waitFor();
  return { ...watched, panel };
}

describe('exporting a panel', () => {
  it('downloads the recruitment chart as a PNG at twice the panel’s width, named by the filter', async () => {
    const { page, panel, outsideRequests, errors } = await openDashboard(
      '?unit=hai-phong&period=2024-Q1',
    );
    const cssWidth = await panel.evaluate((node) => node.getBoundingClientRect().width);
    const download = await exportFrom(page, panel, 'png-2');
    expect(download.suggestedFilename()).toBe('tuyen-quan_hai-phong_2024-Q1.png');
    const { width, height } = pngSize(await bytesOf(download));
    expect(Math.abs(width - 2 * cssWidth)).toBeLessThanOrEqual(2);
    expect(height).toBeGreaterThan(300);
    expect(await panel.getByRole('status').innerText()).toContain(
      'tuyen-quan_hai-phong_2024-Q1.png',
    );
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads an SVG that parses and carries the title, a legend label and the hatch patterns', async () => {
    const { page, outsideRequests, errors } = await openDashboard();
    const download = await exportFrom(page, page.locator('[data-panel="exercises"]'), 'svg');
    expect(download.suggestedFilename()).toBe('dien-tap_tat-ca-don-vi_moi-thoi-gian.svg');
    const svg = new TextDecoder().decode(await bytesOf(download));
    // Parsed by the browser, as another program opening the file would: in a blank page, as
    // the app's own policy refuses the file's inline font styles, rightly.
    const parsed = await (
      await page.context().newPage()
    ).evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
      const hatched = [...doc.querySelectorAll('[style*="url(#hatch-"]')].map(
        (node) => /url\(#(hatch-[^)]+)\)/.exec(node.getAttribute('style') ?? '')?.[1],
      );
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts,
        hatched: hatched.length,
        missing: hatched.filter((id) => !doc.getElementById(id ?? '')),
        fonts: doc.querySelector('style')?.textContent?.match(/@font-face/g)?.length ?? 0,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.texts).toContain('Diễn tập theo loại và tình trạng');
    expect(parsed.texts).toContain('Diễn tập KVPT');
    expect(parsed.hatched).toBeGreaterThan(0);
    expect(parsed.missing).toEqual([]);
    expect(parsed.fonts).toBeGreaterThanOrEqual(3);
    expect(svg).not.toMatch(/var\(--|light-dark\(|https?:\/\/(?!www\.w3\.org)/);
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the recruitment table as CSV with a BOM and machine numbers, from the keyboard', async () => {
    const { page, panel, errors } = await openDashboard();
    const button = panel.getByRole('button', { name: /^Xuất/ });
    await button.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ảnh PNG 1×');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'menuitem',
    );
    await page.keyboard.press('Escape');
    expect(await panel.getByRole('menu').count()).toBe(0);
    expect(await button.evaluate((node) => node === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    const csvItem = page.getByRole('menuitem', { name: 'Bảng số liệu CSV' });
    while (!(await csvItem.evaluate((node) => node === document.activeElement))) {
      await page.keyboard.press('ArrowDown');
    }
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const bytes = await bytesOf(await download);
    expect([...bytes.slice(0, 3)]).toEqual(BOM);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('Đơn vị,Kỳ,Thanh niên nhập ngũ,% chỉ tiêu,Báo cáo nguồn');
    expect(lines.find((l) => l.startsWith('Thành phố Hải Phòng'))).toMatch(
      /^Thành phố Hải Phòng,Quý 1\/2024,2550,100,/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('downloading everything at once', () => {
  it('zips a 2× PNG and a CSV of every panel shown, named by the filter', async () => {
    const { page, outsideRequests, errors } = await openDashboard();
    await page.locator('[data-panel="map"] .export-menu').waitFor();
    const panels = await page
      .locator('[data-panel]:has(.export-menu)')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-panel')));
    // A panel showing its table still gives its chart.
    await page.locator('[data-panel="education"]').getByRole('button', { name: 'Bảng' }).click();
    expect(panels).toEqual([
      'recruitment',
      'exercises',
      'education',
      'awards',
      'coverage',
      'map',
      'timeline',
    ]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Tải tất cả/ }).click();
    expect((await download).suggestedFilename()).toBe('qpdp_tat-ca-don-vi_moi-thoi-gian.zip');
    const files = unzipSync(await bytesOf(await download));
    const names = Object.keys(files);
    expect(names.filter((n) => n.endsWith('.png'))).toHaveLength(panels.length);
    expect(names.filter((n) => n.endsWith('.csv'))).toHaveLength(panels.length);
    expect(names).toContain('tuyen-quan_tat-ca-don-vi_moi-thoi-gian.png');
    for (const name of names.filter((n) => n.endsWith('.png'))) {
      expect(pngSize(files[name] as Uint8Array).width, name).toBeGreaterThan(600);
    }
    const csv = new TextDecoder().decode(files['tuyen-quan_tat-ca-don-vi_moi-thoi-gian.csv']);
    expect(csv).toContain(',2550,');
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('exporting the map', () => {
  it('draws the provinces, the archipelagos inset, the names and the legend into the SVG', async () => {
    const { page, outsideRequests, errors } = await openDashboard('?map=enlisted');
    const map = page.locator('[data-panel="map"]');
    await map.locator('path.map-area--p31').waitFor();
    const download = await exportFrom(page, map, 'svg');
    expect(download.suggestedFilename()).toBe('ban-do_tat-ca-don-vi_moi-thoi-gian.svg');
    const svg = new TextDecoder().decode(await bytesOf(download));
    const parsed = await (
      await page.context().newPage()
    ).evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        paths: doc.querySelectorAll('path').length,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    // 65 shapes and the inset's land and islands, at least.
    expect(parsed.paths).toBeGreaterThan(65);
    expect(parsed.texts).toContain('Bản đồ đơn vị và địa điểm');
    expect(parsed.texts).toContain('Hoàng Sa');
    expect(parsed.texts).toContain('Trường Sa');
    expect(parsed.texts.some((t) => t.includes('Không có số liệu'))).toBe(true);
    expect(parsed.texts.some((t) => t.includes('GeoNames'))).toBe(true);

    const png = await exportFrom(page, map, 'png-1');
    expect(pngSize(await bytesOf(png)).width).toBeGreaterThan(400);
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
