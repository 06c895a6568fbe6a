import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { malformedDataset } from '../mocks/handlers';
import { openWatchedPage } from './support/browser';
import { sharedBrowser } from './support/shared-browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const DATASET = '**/data/qpdp-dataset.json';

/** The production build with the dataset request answered the way a failing server would. */
async function openWithServer(handle: (route: Route, attempt: number) => Promise<void>) {
  const watched = await openWatchedPage(browser(), baseUrl);
  let attempts = 0;
  await watched.page.route(DATASET, (route) => handle(route, ++attempts));
  await watched.page.goto(`${baseUrl}/`);
  return { ...watched, attempts: () => attempts };
}

const timeline = (page: Page) => page.getByTestId('timeline-entry');

describe('when the data server misbehaves', () => {
  it('retries a server error with backoff, then says what failed and offers a retry that recovers', async () => {
    let healthy = false;
    const { page, attempts, errors, outsideRequests } = await openWithServer((route) =>
      healthy ? route.continue() : route.fulfill({ status: 500, body: 'Internal Server Error' }),
    );
    await expect
      .poll(() => page.getByTestId('data-loading').innerText())
      .toContain('Lần tải thứ 1');
    const alert = page.getByTestId('data-error');
    await alert.waitFor({ timeout: 20_000 });
    expect(attempts()).toBe(4);
    expect(await alert.innerText()).toContain('Máy chủ trả lời 500');
    expect(await alert.innerText()).toContain('/data/qpdp-dataset.json');
    healthy = true;
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await expect.poll(() => timeline(page).count()).toBe(5);
    expect(outsideRequests).toEqual([]);
    expect(errors.filter((e) => !e.includes('500'))).toEqual([]);
    await page.context().close();
  });

  it('treats a request that times out like a network failure: retried, then explained', async () => {
    const { page, attempts } = await openWithServer((route) => route.abort('timedout'));
    const alert = page.getByTestId('data-error');
    await alert.waitFor({ timeout: 20_000 });
    expect(attempts()).toBe(4);
    expect(await alert.innerText()).toContain('Không kết nối được tới');
    await page.context().close();
  });

  it('shows progress while a slow server answers, then the data', async () => {
    const { page } = await openWithServer(async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    const loading = page.getByTestId('data-loading');
    await loading.waitFor();
    await expect.poll(() => loading.innerText(), { timeout: 5000 }).toMatch(/đã \d+ giây/);
    await expect.poll(() => timeline(page).count(), { timeout: 15_000 }).toBe(5);
    await page.context().close();
  });

  it('loads the good records of a malformed payload and names the bad ones', async () => {
    const { page, errors } = await openWithServer((route) =>
      route.fulfill({ json: malformedDataset() }),
    );
    await expect.poll(() => timeline(page).count()).toBe(5);
    const rejected = page.getByRole('button', { name: /3 bản ghi bị loại/ });
    await rejected.click();
    const panel = page.locator('.rejected-panel');
    expect(await panel.innerText()).toContain('broken-report');
    expect(await panel.innerText()).toContain('value');
    expect(await panel.innerText()).toContain('no-such-report');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the data on screen while refreshing, and when the refresh fails', async () => {
    let failing = false;
    const { page } = await openWithServer(async (route) => {
      if (!failing) return route.continue();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.fulfill({ status: 503, body: 'Service Unavailable' });
    });
    await expect.poll(() => timeline(page).count()).toBe(5);
    failing = true;
    await page.getByRole('button', { name: 'Làm mới dữ liệu' }).click();
    await page.getByRole('button', { name: 'Đang cập nhật…' }).waitFor();
    expect(await timeline(page).count()).toBe(5);
    const notice = page.getByText(/Chưa làm mới được/);
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.innerText()).toContain('503');
    expect(await timeline(page).count()).toBe(5);
    await page.context().close();
  });

  it('explains a truncated payload, and the rest of the app keeps working', async () => {
    const { page } = await openWithServer((route) =>
      route.fulfill({
        body: '{"schemaVersion":1,"meta":{"title":"x"',
        contentType: 'application/json',
      }),
    );
    const alert = page.getByTestId('data-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('không phải JSON hợp lệ');
    await page.getByRole('link', { name: 'Thuật ngữ' }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.context().close();
  });
});
