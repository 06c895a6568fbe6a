import type { Locator, Page } from 'playwright-core';

const nextFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );

/**
 * An element's text as a reader sees it. On a large dataset the dashboard's panels draw only
 * near the screen (content-visibility: auto), and a panel not drawn has no rendered text, as
 * for a reader who has not scrolled to it: the element is scrolled into view and given a frame
 * to draw first.
 */
export async function seenText(locator: Locator): Promise<string> {
  await locator.scrollIntoViewIfNeeded();
  await nextFrames(locator.page());
  return locator.innerText();
}

/** The dashboard's text as a reader scrolling down the page sees it, panel by panel. */
export async function seenDashboardText(page: Page): Promise<string> {
  // What lies outside the panels (the filters, the status line) is always drawn.
  const parts = [await page.locator('.dashboard').innerText()];
  const panels = page.locator('.dashboard [data-panel]');
  for (let i = 0; i < (await panels.count()); i++) parts.push(await seenText(panels.nth(i)));
  return parts.join('\n');
}

/** Whether the dashboard leaves its panels out of sight undrawn ('auto') or draws them all ('visible'). */
export const panelVisibility = (page: Page) =>
  page
    .locator('[data-panel="timeline"]')
    .evaluate((panel) => getComputedStyle(panel).contentVisibility);
