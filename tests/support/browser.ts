import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A browser on a profile kept in `dir`: closing and launching it again is a browser restart. */
export function launchProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    locale: 'vi-VN',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
}

export interface WatchedPage {
  page: Page;
  /** Every request that left the page's origin (the app must make none). */
  outsideRequests: string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

export async function openWatchedPage(
  browser: Browser,
  baseUrl: string,
  options: { locale?: string; bypassCSP?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'vi-VN',
    viewport: { width: 1366, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const outsideRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) outsideRequests.push(url);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, outsideRequests, errors };
}
