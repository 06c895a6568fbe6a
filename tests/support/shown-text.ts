import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The text of a part of the page as a reader sees it once scrolled to: panels below the fold
 * are laid out only when they near the screen (content-visibility), so until then they have
 * no rendered text.
 */
export async function shownText(locator: Locator): Promise<string> {
  await locator.scrollIntoViewIfNeeded();
  let text = '';
  await expect.poll(async () => (text = await locator.innerText()), { timeout: 5000 }).not.toBe('');
  return text;
}
