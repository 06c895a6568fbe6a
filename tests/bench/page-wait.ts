import type { Page } from 'playwright-core';

/**
 * Waits in the page, frame by frame, until `condition` (an expression) holds, and returns the
 * page's clock (ms since navigation) at that frame. page.waitForFunction would compile the
 * expression with eval, which the app's policy forbids.
 */
export function waitInPage(page: Page, condition: string, timeoutMs = 300_000): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      if (${condition}) resolve(performance.now());
      else if (performance.now() - started > ${timeoutMs})
        reject(new Error('timed out waiting for ' + ${JSON.stringify(condition)}));
      else requestAnimationFrame(check);
    };
    check();
  })`);
}
