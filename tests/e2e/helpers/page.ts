// What every browser spec checks the same way: axe's tags, where requests go, sideways scroll.
import { expect, type Page, type Request } from '@playwright/test';

/** axe tags: WCAG 2.2 AA (wcag22aa enables the 24-px target-size rule). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every request the page makes; `outside` leave 127.0.0.1 (data: and blob: stay local); `scripts` are JavaScript. */
export function recordRequests(page: Page): { all: string[]; outside: string[]; scripts: string[] } {
  const all: string[] = [];
  const outside: string[] = [];
  const scripts: string[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    all.push(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') outside.push(request.url());
    if (request.resourceType() === 'script' || /\.m?js$/.test(url.pathname)) scripts.push(request.url());
  });
  return { all, outside, scripts };
}

/** How many pixels the page scrolls sideways (0 when it fits). */
export const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Opens a content page (start, policy) and checks what every one promises: it is there, in its
 * language, with one h1 saying `h1`, the no-referrer meta, and no JavaScript or request that
 * leaves the site, once the network is idle.
 */
export async function openContentPage(page: Page, path: string, lang: string, h1: string): Promise<void> {
  const requests = recordRequests(page);
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  // no script but 长辈模式's inline one (src/lib/elder-mode.ts): no file, nothing of the page's own
  await expect(page.locator('script:not([data-elder-mode])')).toHaveCount(0);
  await expect(page.locator('script[data-elder-mode]')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
  expect(requests.scripts, 'JavaScript requested').toEqual([]);
  expect(requests.outside, 'requests that left 127.0.0.1').toEqual([]);
}
