// 长辈模式 on a 360×740 phone (issue 11 item 7): every yes/no, choice and number question shows
// its question, its answers and 继续 on the first screen; the family of four reaches its result in
// at most 28 screens and 60 taps; the switch in the site header stays on for the whole visit
// (this tab's sessionStorage, never localStorage), on content pages too.
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import type { HouseholdInput } from '../../src/rules/index.ts';
import { WCAG_TAGS, expectResult, expected, openCheck, persona, stepId, walkPersona, words } from './helpers/check.ts';

const PHONE = { width: 360, height: 740 };
const w = words('zh-CN');
const ELDER = w['common:elder.toggle'];

/** The question a step asks: 'm2.grade.0' → 'grade', 'exp.medical' stays. */
const questionOf = (id: string) => id.replace(/^m\d+\./, '').replace(/^grade\.\d+$/, 'grade');

/**
 * Every question with yes/no, choice or number answers (and the short check lists) the
 * questionnaire can ask, written out by hand from src/components/check/questions.ts. Not here:
 * the illness list (a search box over a long list) and the members list, which grows with the family.
 */
const QUESTIONS = [
  'area', 'relation', 'age', 'monthlyIncome', 'conditions', 'dtypes', 'grade', 'student', 'fullTime', 'bothParentsUnavailable', 'supporters', 'ruralCare',
  'singleParent', 'childless', 'pension', 'familyPlanningSupport', 'currentCoverage', 'illnessDeductionSince',
  'monetary', 'monetaryFromSellingOnlyHomeForIllness', 'homesTotalArea', 'carsTotalValue',
  'expKinds', 'exp.medical', 'exp.education', 'exp.rehabilitation', 'exp.disasterAccident', 'exp.other', 'conduct', 'applyingByProxy',
];
const NOT_MEASURED = new Set(['members', 'check', 'illnesses']);

/** Households that reach what the personas do not: a sibling (其他人 → the relation question), every expense, savings over the limit, a car. */
const MORE: Record<string, HouseholdInput> = {
  'sibling, every expense': {
    area: 'urban',
    members: [
      { relation: 'applicant', age: 50, monthlyIncome: '1500', illnesses: ['leukemia'] },
      { relation: 'sibling', age: 47, monthlyIncome: '1200' },
    ],
    assets: { monetary: '5000', homes: 1, cars: 1, carsTotalValue: '12000' },
    rigidExpenses: { medical: '60000', education: '3000', rehabilitation: '2000', disasterAccident: '1000', other: '500' },
  },
  'savings over the limit, from selling the only home': {
    area: 'urban',
    members: [{ relation: 'applicant', age: 66, monthlyIncome: '800', illnesses: ['uremia'] }],
    assets: { monetary: '400000', monetaryFromSellingOnlyHomeForIllness: '380000' },
  },
};

async function elderPhone(page: Page) {
  await page.setViewportSize(PHONE);
  await openCheck(page);
  await page.getByRole('button', { name: ELDER }).click();
  await expect(page.locator('html')).toHaveClass(/\belder\b/);
}

/** On this step, at the top of the page: the heading and 继续 lie inside the first 740 px, the answers above 继续. */
async function fitsFirstScreen(page: Page, id: string) {
  expect(await page.evaluate(() => window.scrollY), `${id}: at the top`).toBe(0);
  const heading = await page.locator('.check-main h1').boundingBox();
  const submit = await page.locator('.check-main form button[type=submit]').boundingBox();
  expect(heading && heading.y >= 0 && heading.y + heading.height <= PHONE.height, `${id}: the question is on the first screen`).toBe(true);
  expect.soft(submit, `${id}: 继续`).not.toBeNull();
  if (submit) expect.soft(submit.y + submit.height, `${id}: 继续 ends inside the first 740 px`).toBeLessThanOrEqual(PHONE.height);
  // 长辈模式 itself: text ≥ 22 px, the answers and 继续 ≥ 60 px high
  const sizes = await page.evaluate(() => ({
    text: parseFloat(getComputedStyle(document.body).fontSize),
    targets: [...document.querySelectorAll('.check-main .radio label, .check-main .checkbox label, .check-main button, .check-main input[type=text]')].map((e) => e.getBoundingClientRect().height),
  }));
  expect(sizes.text).toBeGreaterThanOrEqual(22);
  for (const h of sizes.targets) expect.soft(h, `${id}: a target's height`).toBeGreaterThanOrEqual(60);
}

test('every yes/no, choice and number question fits the first screen at 360×740 in 长辈模式, axe clean', async ({ page }) => {
  test.setTimeout(420_000);
  const households: [string, HouseholdInput][] = [
    ...readdirSync('tests/e2e/personas').map((f) => f.replace(/\.json$/, '')).map((name): [string, HouseholdInput] => [name, persona(name)]),
    ...Object.entries(MORE),
  ];
  const measured = new Set<string>();
  const axed = new Set<string>();
  const walks: string[] = [];
  for (const [name, h] of households) {
    await page.goto('/check/');
    await page.evaluate(() => sessionStorage.clear());
    await elderPhone(page);
    const seen = await walkPersona(page, h, {
      onStep: async (id) => {
        const q = questionOf(id);
        if (NOT_MEASURED.has(q)) return;
        await test.step(`${name}: ${id}`, () => fitsFirstScreen(page, id));
        measured.add(q);
        if (axed.has(q)) return;
        axed.add(q);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${id} in 长辈模式`).toEqual([]);
      },
    });
    walks.push(`${name}: ${seen.join(' ')}`);
  }
  expect([...QUESTIONS].filter((q) => !measured.has(q)), `questions no walk reached; the walks:\n${walks.join('\n')}`).toEqual([]);
});

test('the family of four reaches its result in at most 28 screens and 60 taps, and the result is the engine\'s', async ({ page }) => {
  const h = persona('owner-family-of-four');
  await elderPhone(page);
  const taps = { n: 0 };
  const screens = await walkPersona(page, h, { taps });
  // 28 = area; 您: age, income, 残疾/重病, which disability, its grade, who can support you (6);
  // the list (加配偶, 加孩子, 加父母, 继续); the spouse: age and name, income, 残疾/重病 (3); the
  // child: age and name, 残疾/重病, school, both parents (4); the parent: age and name, income,
  // 残疾/重病, which illness, supporters (5); the list again; 计划生育, 已领救助, savings with homes
  // and cars on one page, expenses, the 刚性支出 exclusions, who applies (6); 检查您的回答
  expect(screens.length, screens.join(' → ')).toBeLessThanOrEqual(28);
  expect(taps.n).toBeLessThanOrEqual(60);
  // the relation is the list's button, not a page of its own; the name is on the age's page
  expect(screens.filter((id) => /\.relation$|\.name$/.test(id))).toEqual([]);
  expect(await stepId(page)).toBe('result');
  await expectResult(page, expected(h), 'zh-CN');
});

test('the 长辈模式 switch on the start page stays on at a policy page, /check/, /hotline/, /caseload/, in English and after a reload; never in localStorage', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  const elderClass = /\belder\b/;
  const toggle = page.getByRole('button', { name: ELDER });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveClass(elderClass);
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(elderClass);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(parseFloat(await page.evaluate(() => getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(22);
  for (const path of ['/policy/dibao/', '/check/', '/hotline/', '/caseload/', '/en/', '/en/policy/', '/']) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveClass(elderClass);
    await expect(page.getByRole('button', { name: path.startsWith('/en/') ? 'Senior mode' : ELDER }), path).toHaveAttribute('aria-pressed', 'true');
  }
  await page.reload();
  await expect(page.locator('html')).toHaveClass(elderClass);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['jinzhucha.elder']);
  // and off again, from a content page
  await page.goto('/policy/');
  await page.getByRole('button', { name: ELDER }).click();
  await expect(page.locator('html')).not.toHaveClass(elderClass);
  await page.goto('/check/');
  await expect(page.locator('html')).not.toHaveClass(elderClass);
});

test('in 长辈模式 on the phone the header is one row; 菜单 opens the navigation with the keyboard; axe clean on the start page', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  await page.getByRole('button', { name: ELDER }).click();
  const header = await page.locator('.site-header').boundingBox();
  // one row of 60-px targets and the border: well under a tenth of the screen's height
  expect(header!.height).toBeLessThanOrEqual(80);
  const nav = page.getByRole('navigation', { name: w['common:nav.main'] });
  await expect(nav).toBeHidden();
  await page.locator('.site-menu summary').focus();
  await page.keyboard.press('Enter');
  await expect(nav.getByRole('link', { name: w['common:nav.policy'] })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
