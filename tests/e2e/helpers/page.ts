// What every browser spec checks the same way: axe's tags, where requests go, sideways scroll.
import type { Page, Request } from '@playwright/test';

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
