// The result answers on its first screen (issue 11, items 1–3, 5, 6): at 360×740 in 长辈模式, for
// three residents walked through the questionnaire, the first 740 px show what they can probably
// get, the figure with whom it is for, and a phone number; every answer of 不确定 is "? 待核实" with
// what is at stake; nothing they were not asked is stated as a fact; the arithmetic labels every
// term with its reason and its person; what happens after applying is said per programme, cited.
// Figures by hand: S = 1045 (津民规〔2025〕6号), 特困 1.3·S rounded = 1870 (contract §4.7),
// 60岁及以上 +300 a month (7号 二(二)2), 肢体二级 deducts 1000 (7号 二(一)1).
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS } from './helpers/page.ts';
import { openCheck, persona, walkPersona, words } from './helpers/check.ts';

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 360, height: 740 } });

const w = words('zh-CN');
const answer = (page: Page) => page.locator('.result .answer');

async function walkInElderMode(page: Page, name: string, unsure = false) {
  await openCheck(page);
  await page.getByRole('button', { name: w['common:elder.toggle'] }).click();
  await expect(page.locator('html')).toHaveClass(/\belder\b/);
  await walkPersona(page, persona(name), { unsure });
  await expect(page.locator('.check-main [data-step="result"]')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Wholly inside the first screen of 740 px, with the page scrolled to its top. */
async function onFirstScreen(l: Locator, what: string) {
  await expect(l, what).toBeVisible();
  const box = await l.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.y + box!.height, `${what}: bottom at ${Math.round(box!.y + box!.height)} px`).toBeLessThanOrEqual(740);
}

async function phoneOnFirstScreen(page: Page) {
  await onFirstScreen(answer(page).locator('a[href="tel:12345"]'), 'the 12345 number');
}

async function axeClean(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags([...WCAG_TAGS]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), state).toEqual([]);
}

test('a 72-year-old living alone on a 900 元 pension: 特困 1870 for her, 低保 1345 if it is refused, the number to call — all on the first screen', async ({ page }) => {
  await walkInElderMode(page, 'owner-alone-elder');
  // 特困: no one to support her, income 900 < S → 1870 for her (also the persona's own file, age 70)
  const first = answer(page).locator('.overview-list li').first();
  await expect(first).toHaveText('✓ 特困：您每月约 1870 元');
  await onFirstScreen(first, 'the standing with its figure and for whom');
  await phoneOnFirstScreen(page);
  // fallback over her alone: 1045 − 0 + 300 = 1345 (her income is routed with her; §4.2)
  await expect(answer(page)).toContainText('如果特困没有批下来，就按全家一起算低保：可能符合，每月约 1345 元');
  // her expenses were never asked (no expense could change a standing): 刚性支出 says so and states
  // none as a fact — neither "没有…支出" nor the living-cost default as "必需支出共"
  const rigid = page.locator('section.program:has(#program-rigid)');
  await expect(rigid).toContainText(w['rules:result.notAsked.rigidExpenses']);
  await expect(rigid).not.toContainText('必需支出共');
  await expect(rigid).not.toContainText('没有看病、上学');
  await axeClean(page, 'the result of a lone elder in 长辈模式');
});

test('a lone elder who answers 不确定 about supporters: 低保 likely, 特困 under review, and the 不确定 said with what it could open', async ({ page }) => {
  await walkInElderMode(page, 'owner-unsure-supporters', true);
  // 72, no income: 低保 1045 − 0 + 300 = 1345 for her; 特困 only if no one can support her: 1870
  await expect(answer(page).locator('.overview-list').first().locator('li').first()).toHaveText('✓ 低保：您每月约 1345 元');
  await onFirstScreen(answer(page).locator('.overview-list li').first(), 'the 低保 line');
  await phoneOnFirstScreen(page);
  const pending = answer(page).locator('.unknowns li');
  await expect(pending).toHaveCount(1);
  await expect(pending).toContainText('待核实');
  await expect(pending).toContainText('如果没有，可能可以申请：特困（您每月约 1870 元）');
  // 特困's card keeps its open condition in sight, not folded away
  const tekun = page.locator('section.program:has(#program-tekun)');
  await expect(tekun.locator('.steps.open .step-unknown').first()).toBeVisible();
  await axeClean(page, 'a 不确定 answer in 长辈模式');
});

test('a family of four with a disabled father and a grandmother after a stroke: 低保 for the whole family, every term of it labelled, the rest one line each', async ({ page }) => {
  await walkInElderMode(page, 'owner-family-of-four');
  // I = 2600 + 900 = 3500; D = 1000 (the father's 肢体二级; 偏瘫 is tier 2, not higher: the larger, 择一)
  // C = 2500; 4 × 1045 = 4180; 4180 − 2500 + 300 (the grandmother, 72) = 1980
  const first = answer(page).locator('.overview-list li').first();
  await expect(first).toHaveText('✓ 低保：全家 4 口人每月约 1980 元');
  await onFirstScreen(first, 'the family’s 低保 with its figure');
  await phoneOnFirstScreen(page);

  const dibao = page.locator('section.program:has(#program-dibao)');
  await dibao.getByText(w['rules:result.how']).click();
  await expect(dibao.locator('.arithmetic p')).toHaveText([
    '低保标准 1045 元 × 全家 4 人 = 4180 元',
    '− 2500 元：全家每月收入 3500 元，减去扣减 1000 元（残疾人扣减：您的肢体残疾（2级））',
    '+ 300 元：您的父亲或母亲（72 岁），60岁及以上老人每月加发',
    '= 每月 1980 元',
  ]);

  // the programmes the family probably cannot get: one line each, their reasons behind 为什么
  for (const p of ['edge', 'tekun', 'rigid'] as const) {
    const card = page.locator(`section.program:has(#program-${p})`);
    await expect(card).toHaveClass(/\bfolded\b/);
    await expect(card.locator('details.conditions > summary')).toHaveText(w['rules:result.why']);
    await expect(card.locator('details.conditions')).not.toHaveAttribute('open');
  }
  // people by their relation, never 成员N
  await expect(page.locator('.result')).not.toContainText(/成员\d/);

  // after applying, per programme: no time limit is borrowed for 低保; 医疗救助 needs no application
  const after = page.locator('section.apply');
  await expect(after).toContainText('我们收录的文件没有写低保审核要多长时间');
  await expect(after).toContainText('如果没有批下来，但符合刚性支出困难家庭的条件');
  await expect(after).toContainText('医疗救助不用单独申请');
  await expect(after.getByRole('link', { name: /津民规〔2025〕5号 第十八条/ }).first()).toBeVisible();
  await axeClean(page, 'the family of four in 长辈模式, 怎么算的 open');
});
