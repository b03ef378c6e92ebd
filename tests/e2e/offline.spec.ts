// Offline (issue 12 item 3): one visit to an interactive page installs the service worker, which
// caches the whole site; then, with the server stopped and the browser offline, the start page, a
// policy page, the questionnaire (to a result), the hotline (a member typed, the panel) and the
// caseload (a household file opened, its row) load and work, in Chinese and in English. A new
// build deployed over the served one is announced on the page with 刷新, which switches to it and
// keeps the questionnaire's answers.
//
// Each test serves its own copy of the build with scripts/static-server.ts (not the shared
// preview server), so that it can stop it — the network really is gone — and deploy a new build.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, isError, PROGRAMS, type HouseholdInput } from '../../src/rules/index.ts';
import { PARAMETER_SETS } from '../../src/rules/params.ts';
import { serveDist } from '../../scripts/static-server.ts';
import { writeServiceWorker } from '../../scripts/service-worker.ts';
import { expectResult, expected, fieldId, hydrated, stepId, walkPersona } from './helpers/check.ts';
import { WCAG_TAGS } from './helpers/page.ts';

test.describe.configure({ timeout: 120_000 });

const load = (locale: string, ns: string) => JSON.parse(readFileSync(`src/i18n/${locale}/${ns}.json`, 'utf8')) as Record<string, string>;
const COMMON = load('zh-CN', 'common');
const COMMON_EN = load('en', 'common');
const RULES = load('zh-CN', 'rules');
const RULES_EN = load('en', 'rules');
const CASELOAD = load('zh-CN', 'caseload');

/** What the cache must hold: every file of the build but sw.js, a folder's index.html as the folder's URL. */
const SITE_URLS = globSync('**/*', { cwd: 'dist', withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => `/${join(e.parentPath, e.name).slice('dist/'.length).replaceAll('\\', '/')}`.replace(/(^|\/)index\.html$/, '$1'))
  .filter((url) => url !== '/sw.js')
  .sort();

const COUPLE: HouseholdInput = {
  area: 'urban',
  members: [
    { relation: 'applicant', age: 67, monthlyIncome: '800' },
    { name: '老伴', relation: 'spouse', age: 65, monthlyIncome: '0' },
  ],
};

/** Waits for the service worker to be active (its install, the whole precache, has succeeded); returns the caches and what they hold. */
async function installed(page: Page): Promise<{ names: string[]; urls: string[] }> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return { names, urls };
  });
}

/** A copy of dist/ served on its own port, to stop or to deploy a new build over. */
async function servedCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'jzc-offline-'));
  cpSync('dist', dir, { recursive: true });
  const server = await serveDist(dir);
  let closed = false;
  return {
    dir,
    origin: server.origin,
    async stop() {
      if (!closed) await server.close();
      closed = true;
    },
    async remove() {
      await this.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function goOffline(context: BrowserContext, site: { stop: () => Promise<void> }) {
  await site.stop();
  await context.setOffline(true);
}

test('after one visit to /check/, with the network gone, every kind of page loads and works', async ({ page, context }) => {
  const site = await servedCopy();
  try {
    await page.goto(`${site.origin}/check/`);
    await hydrated(page);
    const cache = await installed(page);
    expect(cache.names, 'one cache, named with the build version').toHaveLength(1);
    expect(cache.names[0]).toMatch(/^jinzhucha-[0-9a-f]{16}$/);
    expect(cache.urls.map((u) => u.replace(site.origin, '')).sort(), 'the whole site is cached').toEqual(SITE_URLS);

    await goOffline(context, site);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // content pages: no JavaScript file of their own (only 长辈模式's inline script), served by the worker all the same
    const start = await page.goto(`${site.origin}/`);
    expect(start?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(COMMON['start.title']);
    await expect(page.locator('script:not([data-elder-mode])')).toHaveCount(0);
    await page.goto(`${site.origin}/policy/dibao/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(RULES['program.dibao']);
    await page.goto(`${site.origin}/en/policy/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(COMMON_EN['policy.title']);
    // a folder typed without its slash goes to it, as on the server
    await page.goto(`${site.origin}/policy`);
    expect(new URL(page.url()).pathname).toBe('/policy/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(COMMON['policy.title']);

    // the questionnaire, from the first question to the result
    await page.goto(`${site.origin}/check/`);
    await hydrated(page);
    await walkPersona(page, COUPLE);
    await expectResult(page, expected(COUPLE), 'zh-CN');

    // the hotline: a member typed, the panel evaluated — in English
    await page.goto(`${site.origin}/en/hotline/`);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await page.fill('#hl-f-members-0-age', '70');
    await page.fill('#hl-f-members-0-monthlyIncome', '500');
    const caller = evaluate({ area: 'urban', members: [{ relation: 'applicant', age: 70, monthlyIncome: '500', supporters: 'unknown' }] });
    if (isError(caller)) throw new Error(JSON.stringify(caller.issues));
    await expect(page.locator('.hl-panel')).not.toHaveClass(/is-stale/);
    for (const p of PROGRAMS) {
      const section = page.locator(`section.program:has(#program-${p})`);
      await expect(section, p).toHaveClass(new RegExp(`status-${caller.result.programs[p].status}`));
    }
    await expect(page.locator('.hl-panel')).toContainText(RULES_EN['program.dibao']);

    // the caseload: a household file opened in its Web Worker (its chunk from the cache), its row
    await page.goto(`${site.origin}/caseload/`);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    const family = evaluate(COUPLE);
    if (isError(family)) throw new Error(JSON.stringify(family.issues));
    await page.locator('#cl-files').setInputFiles({ name: 'couple.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(COUPLE)) });
    // "已算完，表格里共有 1 户。"
    await expect(page.locator('.cl-message')).toHaveText(CASELOAD['progress.done'].replace('{{n}}', '1'));
    const row = page.locator('.cl-table tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-source', 'couple.json');
    for (const p of PROGRAMS) await expect(row.locator(`td[data-program="${p}"]`), p).toHaveAttribute('data-status', family.result.programs[p].status);
  } finally {
    await site.remove();
  }
});

test('a new build deployed: the page offers 刷新, which switches to it and keeps the answers; axe clean with the notice', async ({ page, context }) => {
  const site = await servedCopy();
  try {
    await page.goto(`${site.origin}/check/`);
    await hydrated(page);
    const first = await installed(page);
    await walkPersona(page, COUPLE, { stopAt: 'm0.age' });
    const notice = page.getByRole('status').filter({ hasText: COMMON['offline.update'] });
    await expect(notice, 'nothing to say while the build is the same').toHaveCount(0);

    // Deploy a new build over the served one: new rules (their version is in every page's
    // footer), and the service worker written again for it, as `npm run build` does.
    const rules = PARAMETER_SETS[PARAMETER_SETS.length - 1].id;
    const next = `${rules}-next`;
    for (const file of globSync('**/*.html', { cwd: site.dir })) {
      const path = join(site.dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll(rules, next));
    }
    const { version } = writeServiceWorker(site.dir);
    expect(first.names).not.toContain(`jinzhucha-${version}`);

    // Opening the page again: the browser finds the new worker, which caches the new build and
    // waits; the page still shows the build it has, and says a new one is ready.
    await page.reload();
    await hydrated(page);
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.site-footer')).not.toContainText(next);
    expect(await stepId(page), 'the answers are still there').toBe('m0.age');
    const button = notice.getByRole('button', { name: COMMON['offline.reload'] });
    await expect(button).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // the caseload, open in another tab, says the same, and that a reload empties its table
    const caseload = await context.newPage();
    await caseload.goto(`${site.origin}/caseload/`);
    await expect(caseload.getByRole('status').filter({ hasText: COMMON['offline.updateCaseload'] })).toBeVisible();
    await caseload.close();

    // 刷新: the new build, the same question, the area answered before still chosen
    await Promise.all([page.waitForEvent('load'), button.click()]);
    await hydrated(page);
    await expect(page.locator('.site-footer')).toContainText(next);
    await expect(notice).toHaveCount(0);
    expect(await stepId(page)).toBe('m0.age');
    await page.goBack();
    await expect(page.locator('.check-main [data-step]')).toHaveAttribute('data-step', 'area');
    await expect(page.locator(`#${fieldId('area', 'urban')}`)).toBeChecked();
    // the old build's cache is gone, the new one holds the site
    const now = await installed(page);
    expect(now.names).toEqual([`jinzhucha-${version}`]);
    expect(now.urls.map((u) => u.replace(site.origin, '')).sort()).toEqual(SITE_URLS);
  } finally {
    await site.remove();
  }
});
