import type { Download, Locator, Page } from 'playwright-core';

/** Opens a panel's export menu, picks one item (`png-2`, `svg`, `csv`…) and waits for its file. */
export async function exportFrom(page: Page, panel: Locator, item: string): Promise<Download> {
  await panel.getByRole('button', { name: /^Xuất/ }).click();
  const download = page.waitForEvent('download');
  await panel
    .getByRole('menuitem')
    .and(panel.locator(`[data-export="${item}"]`))
    .click();
  return download;
}
