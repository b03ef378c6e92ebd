// Nothing the user enters leaves the device: on every built page every request stays on our own
// origin; no answer ever appears in a URL (requests, the address bar, history entries); the
// resident's pages write nothing to localStorage and nothing to IndexedDB; the service worker's
// cache holds the site's own files and no answer; 清除我的信息 removes every answer from sessionStorage.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import type { HouseholdInput } from '../../src/rules/index.ts';
import { openCheck, walkPersona } from './helpers/check.ts';

const PAGES = globSync('**/*.html', { cwd: 'dist' })
  .map((f) => `/${f.replaceAll('\\', '/')}`.replace(/(^|\/)index\.html$/, '$1'))
  .sort();
/** The hotline is a staff tool: it keeps its own settings (no caller data) in localStorage. */
const isHotline = (path: string) => /^(\/en)?\/hotline\//.test(path);
const COMMON = JSON.parse(readFileSync('src/i18n/zh-CN/common.json', 'utf8')) as Record<string, string>;
const CHECK = JSON.parse(readFileSync('src/i18n/zh-CN/check.json', 'utf8')) as Record<string, string>;

/** Distinctive answers: if one of these shows up in a URL, an answer has leaked. */
const AGE = 67;
const INCOME = '4817.5';
const NAME = '外婆测试';
const LEAKS = [INCOME, '4817', NAME, encodeURIComponent(NAME), encodeURIComponent(NAME).toLowerCase()];

const RESIDENT: HouseholdInput = {
  area: 'urban',
  members: [
    { relation: 'applicant', age: AGE, monthlyIncome: INCOME },
    { name: NAME, relation: 'grandparent', age: 91, monthlyIncome: '0' },
  ],
};

/**
 * Records every request, every URL the tab shows (navigations and history.pushState/replaceState)
 * and every localStorage write, from before the page's first script runs.
 */
async function watch(page: Page) {
  const requests: string[] = [];
  const addresses: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) addresses.push(f.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __urls: string[]; __localWrites: string[] };
    w.__urls = [];
    w.__localWrites = [];
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name].bind(history);
      history[name] = (state: unknown, unused: string, url?: string | URL | null) => {
        w.__urls.push(String(url ?? location.href));
        return original(state, unused, url);
      };
    }
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === window.localStorage) w.__localWrites.push(`${key}=${value}`);
      return setItem.call(this, key, value);
    };
  });
  return {
    requests,
    addresses,
    async pageSide() {
      return page.evaluate(() => {
        const w = window as unknown as { __urls: string[]; __localWrites: string[] };
        return { urls: [...w.__urls, location.href], localWrites: w.__localWrites, localLength: localStorage.length };
      });
    },
  };
}

/** Same origin only; data: and blob: never leave the device. */
function outside(urls: string[], baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  return urls.filter((u) => {
    const url = new URL(u);
    return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
  });
}

for (const path of PAGES) {
  test(`${path}: every request stays on our origin${isHotline(path) ? '' : ', nothing written to localStorage'}`, async ({ page, baseURL }) => {
    const w = await watch(page);
    await page.goto(path);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    expect(w.requests.length, 'the page itself was requested').toBeGreaterThan(0);
    expect(outside(w.requests, baseURL!), 'requests that left the site').toEqual([]);
    // a static site needs no query strings: nothing can ride along in one
    expect(w.requests.filter((u) => new URL(u).search !== ''), 'requests with a query string').toEqual([]);
    if (!isHotline(path)) {
      const side = await w.pageSide();
      expect(side.localWrites, 'localStorage writes').toEqual([]);
      expect(side.localLength, 'localStorage entries').toBe(0);
    }
  });
}

test('/check/: walking to the result, no answer is in any URL, nothing leaves the site, localStorage stays empty', async ({ page, baseURL }) => {
  const w = await watch(page);
  await openCheck(page);
  // 长辈模式 is a display preference; turning it on must not put anything in localStorage either
  await page.getByRole('button', { name: COMMON['elder.toggle'] }).click();
  await walkPersona(page, RESIDENT);
  await expect(page.locator('main'), 'the name was really entered').toContainText(NAME);
  await page.waitForLoadState('networkidle');

  const side = await w.pageSide();
  const urls = [...w.requests, ...w.addresses, ...side.urls];
  expect(urls.length).toBeGreaterThan(3);
  for (const url of urls) {
    for (const leak of LEAKS) expect(url, `"${leak}" in a URL`).not.toContain(leak);
    const { search, hash } = new URL(url);
    expect(`${search}${hash}`, `the age ${AGE} in a query or fragment`).not.toContain(String(AGE));
  }
  // the address bar never changed: still /check/, no query, no fragment
  for (const address of [...w.addresses, ...side.urls].filter((u) => u.startsWith('http'))) expect(address).toBe(new URL('/check/', baseURL).href);
  expect(outside(w.requests, baseURL!), 'requests that left the site').toEqual([]);
  expect(side.localWrites, 'localStorage writes').toEqual([]);
  expect(side.localLength, 'localStorage entries').toBe(0);
});

test('/check/: the service worker caches the site\'s own files only, no answer; nothing is in IndexedDB', async ({ page, baseURL }) => {
  await openCheck(page);
  await walkPersona(page, RESIDENT);
  await expect(page.locator('main'), 'the name was really entered').toContainText(NAME);
  const stored = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const cached: { url: string; body: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) cached.push({ url: request.url, body: (await (await cache.match(request))?.text()) ?? '' });
    }
    return { cached, databases: (await indexedDB.databases()).map((d) => d.name) };
  });
  expect(stored.databases, 'IndexedDB databases').toEqual([]);
  // every entry is a file of the build at its own URL (a folder's index.html as the folder)
  const site = new Set(PAGES.concat(globSync('**/*', { cwd: 'dist', withFileTypes: true }).filter((e) => e.isFile() && !e.name.endsWith('.html')).map((e) => `/${join(e.parentPath, e.name).slice('dist/'.length).replaceAll('\\', '/')}`)));
  expect(stored.cached.length, 'the site is cached').toBeGreaterThan(PAGES.length);
  for (const { url, body } of stored.cached) {
    const { origin, pathname, search, hash } = new URL(url);
    expect(origin).toBe(new URL(baseURL!).origin);
    expect(`${search}${hash}`, url).toBe('');
    expect(site.has(pathname), `${pathname} is a file of the site`).toBe(true);
    for (const leak of [INCOME, NAME]) expect(body, `"${leak}" in the cached ${pathname}`).not.toContain(leak);
  }
});

test('/check/: 清除我的信息 removes every answer from sessionStorage and starts again', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await openCheck(page);
  const first = await page.locator('.check-main [data-step]').getAttribute('data-step');
  await walkPersona(page, RESIDENT, { stopAt: 'm1.age' });
  const before = await page.evaluate(() => Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`).join('\n'));
  expect(before, 'the answers are kept in this tab while working').toContain(INCOME);

  await page.getByRole('button', { name: COMMON['clear'], exact: true }).click();
  // the confirmation is asked in the page (or by the browser's dialog, accepted above)
  const yes = page.getByRole('button', { name: CHECK['clear.yes'] });
  await yes.or(page.getByText(COMMON['clear.done'])).first().waitFor();
  if (await yes.isVisible()) await yes.click();
  await expect(page.getByText(COMMON['clear.done'])).toBeVisible();
  await expect(page.locator('.check-main [data-step]')).toHaveAttribute('data-step', first!);
  // Nothing of the answers is left in sessionStorage: not even an empty record.
  const after = await page.evaluate(() => Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`).join('\n'));
  for (const leak of [INCOME, NAME, 'urban']) expect(after, `"${leak}" still in sessionStorage`).not.toContain(leak);
  expect(after, 'a figure still in sessionStorage').not.toMatch(/\d/);
  expect(after, 'the answers record is still in sessionStorage').not.toContain('answers');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  // a reload finds nothing: the first question again, nothing chosen, no name anywhere
  await page.reload();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.check-main [data-step]')).toHaveAttribute('data-step', first!);
  await expect(page.locator('.check-main input:checked')).toHaveCount(0);
  await expect(page.getByText(NAME)).toHaveCount(0);
});

test('/hotline/: a caller\'s answers are in no URL and not in localStorage', async ({ page, baseURL }) => {
  const w = await watch(page);
  await page.goto('/hotline/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.fill('#hl-f-members-0-age', String(AGE));
  await page.fill('#hl-f-members-0-monthlyIncome', INCOME);
  await page.fill('#hl-f-members-0-name', NAME);
  await expect(page.locator('#hl-f-members-0-name')).toHaveValue(NAME);
  await page.waitForLoadState('networkidle');
  const side = await w.pageSide();
  for (const url of [...w.requests, ...w.addresses, ...side.urls]) for (const leak of LEAKS) expect(url, `"${leak}" in a URL`).not.toContain(leak);
  expect(outside(w.requests, baseURL!)).toEqual([]);
  const local = await page.evaluate(() => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`).join('\n'));
  for (const leak of [INCOME, NAME]) expect(local, 'caller data in localStorage').not.toContain(leak);
  for (const write of side.localWrites) for (const leak of [INCOME, NAME]) expect(write).not.toContain(leak);
});
