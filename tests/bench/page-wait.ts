import type { Page } from 'playwright-core';

/**
 * Waits in the page, frame by frame, until `condition` (an expression) holds, and returns the
 * page's clock (ms since navigation) once that frame is drawn: a check runs before the frame's
 * style, layout and paint, which for a national dashboard take a good part of a second.
 * page.waitForFunction would compile the expression with eval, which the app's policy forbids.
 */
export function waitInPage(page: Page, condition: string, timeoutMs = 300_000): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      if (${condition}) setTimeout(() => resolve(performance.now()), 0);
      else if (performance.now() - started > ${timeoutMs})
        reject(new Error('timed out waiting for ' + ${JSON.stringify(condition)}));
      else requestAnimationFrame(check);
    };
    check();
  })`);
}
