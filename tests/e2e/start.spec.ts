// The start pages (/ and /en/) and the site chrome every page shares: skip link, header,
// navigation, language switch, footer, large text and targets, 长辈模式, print.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PARAMETER_SETS } from '../../src/rules/params.ts';
import { articleText } from '../../src/rules/sources.ts';
import { citationAnchor } from '../../src/lib/explain.ts';
import { WCAG_TAGS, horizontalOverflow, openContentPage } from './helpers/page.ts';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
const COMMON = { 'zh-CN': json('src/i18n/zh-CN/common.json'), en: json('src/i18n/en/common.json') };

const px = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((e, p) => parseFloat(getComputedStyle(e).getPropertyValue(p)), property);

const START_PAGES = [
  { path: '/', lang: 'zh-CN', prefix: '', other: { lang: 'en', href: '/en/' } },
  { path: '/en/', lang: 'en', prefix: '/en', other: { lang: 'zh-CN', href: '/' } },
] as const;

for (const { path, lang, prefix, other } of START_PAGES) {
  const t = COMMON[lang];
  test.describe(`start page ${path}`, () => {
    test('one h1, the right lang, a title; no JavaScript and nothing from elsewhere', async ({ page }) => {
      await openContentPage(page, path, lang, t['start.title']);
      await expect(page).toHaveTitle(new RegExp(t['site.name']));
      await expect(page.locator('meta[name="viewport"]')).toHaveAttribute('content', /width=device-width/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
    });

    test('has no axe violations (WCAG 2.2 AA), also in 长辈模式', async ({ page }) => {
      await page.goto(path);
      expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
      await page.evaluate(() => document.documentElement.classList.add('elder'));
      expect((await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
    });

    test('says it is an estimate, what it keeps private, what to have ready', async ({ page }) => {
      await page.goto(path);
      const main = page.getByRole('main');
      for (const k of ['start.notDecision', 'start.privacy', 'start.haveReady.1', 'start.haveReady.4']) await expect(main).toContainText(t[k]);
      await expect(page.getByRole('contentinfo')).toContainText(t['footer.estimate']);
      await expect(page.getByRole('contentinfo')).toContainText(PARAMETER_SETS[PARAMETER_SETS.length - 1].id);
    });

    test('the start link is large and leads to the questionnaire; the policy link to the policy pages', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const cta = page.getByRole('main').getByRole('link', { name: t['start.cta'], exact: true });
      await expect(cta).toHaveAttribute('href', `${prefix}/check/`);
      const box = (await cta.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      await expect(page.getByRole('link', { name: t['start.policyLink'] })).toHaveAttribute('href', `${prefix}/policy/`);
    });

    test('hotlines can be dialled and their basis is quoted on the policy page', async ({ page }) => {
      await page.goto(path);
      const hotlines = [
        { tel: '12345', label: t['start.help.12345'], cite: { doc: '津民发〔2022〕14号', article: '三、11' } },
        { tel: '12349', label: t['start.help.12349'], cite: { doc: '社会救助重点举措(征求意见稿)', article: '19' } },
      ];
      for (const h of hotlines) {
        await expect(page.getByRole('link', { name: h.label })).toHaveAttribute('href', `tel:${h.tel}`);
        const anchor = citationAnchor(h.cite);
        const basis = page.locator(`a[href="${prefix}/policy/#${anchor}"]`);
        await expect(basis).toContainText(h.cite.doc);
        // the quoted words say what the start page claims
        expect(articleText(h.cite.doc, h.cite.article)).toContain(h.tel);
        await basis.click();
        await expect(page.locator(`#${anchor}`)).toContainText(articleText(h.cite.doc, h.cite.article)!);
        await page.goBack();
      }
    });

    test('the language switch is a plain link to the same page in the other language', async ({ page }) => {
      await page.goto(path);
      // the one shown (in 长辈模式 on a phone the header's 菜单 holds it instead)
      const link = page.locator(`header a[hreflang="${other.lang}"]:visible`);
      await expect(link).toHaveAttribute('lang', other.lang);
      await expect(link).toHaveAttribute('href', other.href);
      await expect(link).toHaveText(t['nav.language']);
      await link.click();
      await expect(page.locator('html')).toHaveAttribute('lang', other.lang);
    });

    test('no horizontal scroll at 320 px, also in 长辈模式', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.evaluate(() => document.documentElement.classList.add('elder'));
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  });
}

test.describe('site chrome', () => {
  test('the skip link is the first Tab stop, is visible when focused, and moves focus to the content', async ({ page }) => {
    await page.goto('/policy/dibao/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: COMMON['zh-CN']['nav.skip'] });
    await expect(skip).toBeFocused();
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.height).toBeGreaterThanOrEqual(44);
    // visible focus: a 3 px outline
    expect(await px(page, '.skip-link', 'outline-width')).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    // the next Tab stop is inside the content, not back in the header
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  test('header: site name links home, navigation has the three sections with large targets', async ({ page }) => {
    await page.goto('/');
    const t = COMMON['zh-CN'];
    await expect(page.getByRole('banner').getByRole('link', { name: t['site.name'], exact: true })).toHaveAttribute('href', '/');
    const nav = page.getByRole('navigation', { name: t['nav.main'] });
    const expected = [
      [t['nav.check'], '/check/'],
      [t['nav.policy'], '/policy/'],
      [t['nav.hotline'], '/hotline/'],
    ];
    for (const [name, href] of expected) {
      const link = nav.getByRole('link', { name, exact: true });
      await expect(link).toHaveAttribute('href', href);
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await page.goto('/policy/');
    await expect(page.getByRole('navigation', { name: t['nav.main'] }).getByRole('link', { name: t['nav.policy'] })).toHaveAttribute('aria-current', 'page');
  });

  test('text is at least 18 px with 1.6 line height; 长辈模式 gives 22 px and 60 px targets', async ({ page }) => {
    await page.goto('/');
    expect(await px(page, 'body', 'font-size')).toBeGreaterThanOrEqual(18);
    const size = await px(page, 'body', 'font-size');
    expect((await px(page, 'body', 'line-height')) / size).toBeGreaterThanOrEqual(1.6);
    await page.evaluate(() => document.documentElement.classList.add('elder'));
    expect(await px(page, 'body', 'font-size')).toBeGreaterThanOrEqual(22);
    const nav = page.getByRole('navigation').getByRole('link');
    for (let i = 0; i < (await nav.count()); i++) expect((await nav.nth(i).boundingBox())!.height).toBeGreaterThanOrEqual(60);
    expect((await page.getByRole('main').getByRole('link', { name: COMMON['zh-CN']['start.cta'] }).boundingBox())!.height).toBeGreaterThanOrEqual(60);
  });

  test('print shows the content only: no header, navigation, footer or buttons', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('header')).toBeHidden();
    for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.getByRole('link', { name: COMMON['zh-CN']['start.cta'] })).toBeHidden();
  });
});
