// Accessibility of the questionnaire: axe (WCAG 2.2 AA tags) on every step of full walks, on an
// error state, the check-answers page, the result and the print view; no horizontal scroll at
// 320 px on every step; a keyboard-only walk; 长辈模式 sizes.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS, expectResult, expected, fieldId, openCheck, persona, recordRequests, walkPersona, words } from './helpers/check.ts';

// whole walks through the questionnaire take longer than the default 30 s on a busy machine
test.describe.configure({ timeout: 180_000 });

async function axe(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on ${where}`).toEqual([]);
}

async function noHorizontalScroll(page: Page, where: string) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `horizontal scroll on ${where}`).toBeLessThanOrEqual(client);
}

for (const [name, locale] of [['rigid-medical', 'zh-CN'], ['dibao-uremia', 'zh-CN'], ['student-orphan-en', 'en']] as const) {
  test(`axe on every step of a full walk, the check page and the result: ${name}`, async ({ page }) => {
    const requests = recordRequests(page);
    const h = persona(name);
    await openCheck(page, locale);
    const seen = await walkPersona(page, h, {
      onStep: async (id) => {
        await axe(page, id);
      },
    });
    expect(seen).toContain('check');
    await axe(page, 'result');
    await expectResult(page, expected(h), locale);
    expect(requests.outside).toEqual([]);
  });
}

test('axe on error states (a choice, a number, a money field, the illness list)', async ({ page }) => {
  await openCheck(page);
  await page.locator('.check-main form button[type=submit]').click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await axe(page, 'area with an error');
  await page.locator(`label[for="${fieldId('area', 'urban')}"]`).click();
  await page.locator('.check-main form button[type=submit]').click();
  await page.locator('#f-age').fill('abc');
  await page.locator('.check-main form button[type=submit]').click();
  await expect(page.locator('#f-age-error')).toBeVisible();
  await axe(page, 'age with an error');
  await page.locator('#f-age').fill('60');
  await page.locator('.check-main form button[type=submit]').click();
  await page.locator('#f-monthlyIncome').fill('1,2,3');
  await page.locator('.check-main form button[type=submit]').click();
  await expect(page.locator('#f-monthlyIncome-error')).toBeVisible();
  await axe(page, 'income with an error');
  await page.locator('#f-monthlyIncome').fill('500');
  await page.locator('.check-main form button[type=submit]').click();
  await page.locator(`label[for="${fieldId('conditions', 'ill')}"]`).click();
  await page.locator('.check-main form button[type=submit]').click();
  await page.locator('#illness-search').fill('脑');
  await expect(page.locator('.illness-picker .checkbox label')).toHaveText(['脑梗死（脑梗塞）', '脑出血后遗症']);
  await page.locator('.check-main form button[type=submit]').click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await axe(page, 'illness list with an error');
});

test('no horizontal scroll at 320 px on every step of a walk, the check page and the result', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openCheck(page);
  await walkPersona(page, persona('dibao-uremia'), { onStep: (id) => noHorizontalScroll(page, id) });
  await noHorizontalScroll(page, 'result');
  // also in 长辈模式, where everything is larger
  await page.getByRole('button', { name: words('zh-CN')['common:elder.toggle'] }).click();
  await noHorizontalScroll(page, 'result in 长辈模式');
});

test('a keyboard-only walk completes a persona (page.keyboard only)', async ({ page }) => {
  const h = persona('childless-couple');
  await openCheck(page);
  await walkPersona(page, h, { keyboard: true });
  await expectResult(page, expected(h), 'zh-CN');
});

test('a keyboard-only walk in English with a student and an illness search', async ({ page }) => {
  const h = persona('rigid-medical');
  await openCheck(page, 'en');
  await walkPersona(page, h, { keyboard: true });
  await expectResult(page, expected(h), 'en');
});

async function sizes(page: Page) {
  return page.evaluate(() => {
    const heights = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => e.offsetParent !== null).map((e) => e.getBoundingClientRect().height);
    return {
      body: parseFloat(getComputedStyle(document.body).fontSize),
      question: parseFloat(getComputedStyle(document.querySelector('.check-main .hint') ?? document.body).fontSize),
      buttons: heights('.check-app button, .site-header button'),
      inputs: heights('.check-app input[type=text], .check-app input[type=search]'),
      labels: heights('.check-app .radio label, .check-app .checkbox label'),
    };
  });
}

test('default sizes: body ≥ 18 px, targets ≥ 44 px; 长辈模式: body ≥ 22 px, targets ≥ 60 px, kept on reload', async ({ page }) => {
  await openCheck(page);
  const toggle = page.getByRole('button', { name: words('zh-CN')['common:elder.toggle'] });
  let s = await sizes(page);
  expect(s.body).toBeGreaterThanOrEqual(18);
  for (const hgt of [...s.buttons, ...s.labels]) expect(hgt).toBeGreaterThanOrEqual(44);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  s = await sizes(page);
  expect(s.body).toBeGreaterThanOrEqual(22);
  expect(s.question).toBeGreaterThanOrEqual(22);
  expect(s.buttons.length).toBeGreaterThan(2);
  for (const hgt of [...s.buttons, ...s.labels]) expect(hgt).toBeGreaterThanOrEqual(60);
  await axe(page, '长辈模式');

  // a text field in 长辈模式
  await page.locator(`label[for="${fieldId('area', 'urban')}"]`).click();
  await page.locator('.check-main form button[type=submit]').click();
  s = await sizes(page);
  expect(s.inputs.length).toBe(1);
  for (const hgt of [...s.buttons, ...s.inputs]) expect(hgt).toBeGreaterThanOrEqual(60);

  // the preference is kept in this tab, in sessionStorage only
  await page.reload();
  await expect(page.getByRole('button', { name: words('zh-CN')['common:elder.toggle'] })).toHaveAttribute('aria-pressed', 'true');
  expect((await sizes(page)).body).toBeGreaterThanOrEqual(22);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
