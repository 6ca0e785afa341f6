/** Shared by the Chromium tests of the Excel pane and the Sheets sidebar. */
import type { Page } from 'playwright-core';

/**
 * The page's Content-Security-Policy at work: a script injected into the page (as a cross-site
 * scripting bug would) is refused, and so is an inline event handler, while the page itself runs.
 */
export async function expectInjectionBlocked(page: Page): Promise<void> {
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { __injected?: number; __handler?: number };
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 1';
    document.head.appendChild(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="window.__handler = 1">';
    document.body.appendChild(holder);
    await new Promise((resolve) => setTimeout(resolve, 200));
    holder.remove();
    return { injected: w.__injected, handler: w.__handler, violations };
  });
  expect(outcome.injected).toBeUndefined();
  expect(outcome.handler).toBeUndefined();
  expect(outcome.violations.filter((d) => d.startsWith('script-src')).length).toBeGreaterThanOrEqual(2);
}
