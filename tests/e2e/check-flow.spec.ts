// How the questionnaire moves: one question per page, the back button, reload, check-answers with
// "修改", errors that keep what was typed, members added and removed, clearing, and what is not asked.
import { test, expect, type Page } from '@playwright/test';
import type { HouseholdInput } from '../../src/rules/index.ts';
import { CHECK_PATH, expectResult, expected, fieldId, openCheck, persona, stepId, storage, walkPersona, words } from './helpers/check.ts';

// whole walks through the questionnaire take longer than the default 30 s on a busy machine
test.describe.configure({ timeout: 180_000 });

const w = words('zh-CN');
const step = (page: Page) => page.locator('.check-main [data-step]');
const cont = (page: Page) => page.locator('.check-main form button[type=submit]').click();
const choose = (page: Page, key: string, value: string) => page.locator(`label[for="${fieldId(key, value)}"]`).click();

test('each step asks one question as its h1, with a hint and the progress', async ({ page }) => {
  await openCheck(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('legend h1')).toHaveText(w['check:q.area']);
  await expect(page.locator('.hint').first()).toHaveText(w['check:q.area.hint']);
  // the part of the questionnaire, from a fixed list of five: not a count of steps that changes
  await expect(page.locator('.progress')).toHaveText(`第 1/5 部分：${w['check:part.members']}`);
  await choose(page, 'area', 'urban');
  await cont(page);
  await expect(page.locator('h1 label')).toHaveText(w['check:q.age_self']);
  await expect(page.locator('.progress')).toHaveText(`第 1/5 部分：${w['check:part.members']}`);
  await expect(page.locator('h1')).toBeFocused();
});

test('the browser back button goes back one question and keeps every answer; the address never changes', async ({ page, baseURL }) => {
  await openCheck(page);
  const address = new URL(CHECK_PATH['zh-CN'], baseURL).href;
  await choose(page, 'area', 'rural');
  await cont(page);
  await page.locator('#f-age').fill('67');
  await cont(page);
  await expect(step(page)).toHaveAttribute('data-step', 'm0.monthlyIncome');
  await page.locator('#f-monthlyIncome').fill('1200');
  await cont(page);
  await expect(step(page)).toHaveAttribute('data-step', 'm0.conditions');
  expect(page.url()).toBe(address);

  await page.goBack();
  await expect(step(page)).toHaveAttribute('data-step', 'm0.monthlyIncome');
  await expect(page.locator('#f-monthlyIncome')).toHaveValue('1200');
  await page.goBack();
  await expect(step(page)).toHaveAttribute('data-step', 'm0.age');
  await expect(page.locator('#f-age')).toHaveValue('67');
  await page.goBack();
  await expect(step(page)).toHaveAttribute('data-step', 'area');
  await expect(page.locator(`#${fieldId('area', 'rural')}`)).toBeChecked();
  expect(page.url()).toBe(address);
  // forward again: the answers are still there
  await page.goForward();
  await expect(page.locator('#f-age')).toHaveValue('67');
  // the in-page back link does the same as the browser's
  await page.locator('.back-link').click();
  await expect(step(page)).toHaveAttribute('data-step', 'area');
  // the history holds step ids only, never an answer
  const state = await page.evaluate(() => JSON.stringify(history.state));
  expect(state).not.toContain('67');
  expect(state).not.toContain('rural');
});

test('a reload keeps the answers and the question in this tab (sessionStorage, one key)', async ({ page }) => {
  await openCheck(page);
  await choose(page, 'area', 'urban');
  await cont(page);
  await page.locator('#f-age').fill('58');
  await cont(page);
  await expect(step(page)).toHaveAttribute('data-step', 'm0.monthlyIncome');
  await page.reload();
  await expect(step(page)).toHaveAttribute('data-step', 'm0.monthlyIncome');
  await page.goBack();
  await expect(page.locator('#f-age')).toHaveValue('58');
  const kept = await storage(page);
  expect(kept.session).toEqual(['jinzhucha.check']);
  expect(kept.local).toBe(0);
});

test.describe('a script that never arrives', () => {
  // page.route cannot stop a request the service worker answers from its cache (Playwright's
  // documented limit), and a slow phone's first visit has no service worker yet
  test.use({ serviceWorkers: 'block' });

  test('on a reload, until the questionnaire has loaded, question 1 is not shown in place of the saved one; 长辈模式 is on from the start', async ({ page }) => {
    await openCheck(page);
    await page.getByRole('button', { name: w['common:elder.toggle'] }).click();
    await choose(page, 'area', 'urban');
    await cont(page);
    await expect(step(page)).toHaveAttribute('data-step', 'm0.age');

    // a slow phone, taken to the extreme: the questionnaire's script never arrives — nor does the
    // retry Astro's island loader makes after a failed import (the same file with ?astro-retry=…,
    // which a glob on the path alone let through about one run in twelve)
    const script = (url: URL) => /^\/_astro\/CheckApp\.[^/]+\.js$/.test(url.pathname);
    await page.route(script, (route) => route.abort());
    await page.clock.install();
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\belder\b/);
    await expect(page.locator('.restoring-note')).toBeVisible();
    await expect(page.locator('.restoring-note')).toHaveText(w['check:page.restoring']);
    await expect(page.locator('legend h1')).toBeHidden();
    // if it never comes, the page is shown after a few seconds rather than staying blank
    await page.clock.runFor(6_000);
    await expect(page.locator('.restoring-note')).toBeHidden();
    await expect(page.locator('legend h1')).toHaveText(w['check:q.area']);

    await page.unroute(script);
    await page.reload();
    await expect(step(page)).toHaveAttribute('data-step', 'm0.age');
    await expect(page.locator('.restoring-note')).toBeHidden();
    await expect(page.locator('html')).toHaveClass(/\belder\b/);
  });
});

test('errors: a summary at the top takes focus and links to the field; the message sits beside it; what was typed stays', async ({ page }) => {
  await openCheck(page);
  // nothing chosen
  await cont(page);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(w['common:error.summary']);
  await expect(summary.locator('a')).toHaveText(w['check:error.choose']);
  await expect(page.locator('fieldset .error-message')).toContainText(w['check:error.choose']);
  await choose(page, 'area', 'urban');
  await cont(page);
  await page.locator('#f-age').fill('45');
  await cont(page);

  // money the parser cannot read
  await page.locator('#f-monthlyIncome').fill('三千块');
  await cont(page);
  await expect(summary).toBeFocused();
  await expect(summary.locator('a')).toHaveText(w['common:money.invalid']);
  await expect(page.locator('#f-monthlyIncome-error')).toContainText(w['common:money.invalid']);
  await expect(page.locator('#f-monthlyIncome')).toHaveValue('三千块');
  await expect(page.locator('#f-monthlyIncome')).toHaveAttribute('aria-invalid', 'true');
  await summary.locator('a').click();
  await expect(page.locator('#f-monthlyIncome')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  await page.locator('#f-monthlyIncome').fill('-20');
  await cont(page);
  await expect(summary.locator('a')).toHaveText(w['common:money.negative']);
  await page.locator('#f-monthlyIncome').fill('3000.555');
  await cont(page);
  await expect(summary.locator('a')).toHaveText(w['common:money.tooManyDecimals']);

  // full-width digits with a full-width comma and 元 are read
  await page.locator('#f-monthlyIncome').fill('３，０００元');
  await cont(page);
  await expect(step(page)).toHaveAttribute('data-step', 'm0.conditions');
  await page.goBack();
  await expect(page.locator('#f-monthlyIncome')).toHaveValue('3000');

  // an age out of range
  await page.goBack();
  await page.locator('#f-age').fill('200');
  await cont(page);
  await expect(summary.locator('a')).toHaveText('请填写 0 到 130 之间的整数。');
  await expect(page.locator('#f-age')).toHaveValue('200');
});

test('check answers: every answer has 修改, which comes back to the check page; new questions are asked on the way', async ({ page }) => {
  const h = persona('disability-family');
  await openCheck(page);
  await walkPersona(page, h, { stopAt: 'check' });
  await expect(page.locator('h1')).toHaveText(w['check:checkAnswers.title']);
  const rows = page.locator('.summary-row');
  await expect(rows.filter({ hasText: '您今年多大年龄？' })).toContainText('44 岁');
  await expect(rows.filter({ hasText: '妻子的残疾人证上写的是哪一类残疾？' })).toContainText('肢体残疾');
  // every row has its change button
  expect(await rows.count()).toBeGreaterThan(10);
  await expect(page.locator('.summary-row .summary-action button')).toHaveCount(await rows.count());

  // change the applicant's income: back to the check page after one question
  await rows.filter({ hasText: '您每月平均收入多少钱？' }).getByRole('button').click();
  await expect(page.locator('#f-monthlyIncome')).toHaveValue('3200');
  await page.locator('#f-monthlyIncome').fill('2800');
  await cont(page);
  await expect(step(page)).toHaveAttribute('data-step', 'check');
  await expect(rows.filter({ hasText: '您每月平均收入多少钱？' })).toContainText('2800 元');

  // change the son's age to 20: on the way back, the question that now matters and was never
  // answered is asked (his income), then the check page again; whether both his parents are
  // unavailable was answered at 13 (every minor is asked) and still holds for a student of 20
  await expect(rows.filter({ hasText: '儿子是不是您的继子女' })).toContainText(w['check:opt.no']);
  await rows.filter({ hasText: '儿子今年多大年龄？' }).getByRole('button').click();
  await page.locator('#f-age').fill('20');
  await cont(page);
  await expect(step(page)).toHaveAttribute('data-step', 'm2.monthlyIncome');
  await page.locator('#f-monthlyIncome').fill('0');
  await cont(page);
  await expect(step(page)).toHaveAttribute('data-step', 'check');
  await expect(rows.filter({ hasText: '儿子是不是您的继子女' })).toContainText(w['check:opt.no']);
  await expect(rows.filter({ hasText: '儿子今年多大年龄？' })).toContainText('20 岁');

  await page.locator('.check-answers button.primary').click();
  await expectResult(page, expected({ ...h, members: [{ ...h.members[0], monthlyIncome: '2800' }, h.members[1], { ...h.members[2], age: 20 }] }), 'zh-CN');
});

test('members: add, change and remove (with a confirmation); the other answers stay', async ({ page }) => {
  await openCheck(page);
  await choose(page, 'area', 'urban');
  await cont(page);
  await page.locator('#f-age').fill('50');
  await cont(page);
  await page.locator('#f-monthlyIncome').fill('2000');
  await cont(page);
  await choose(page, 'conditions', 'none');
  await cont(page);
  await expect(step(page)).toHaveAttribute('data-step', 'members');
  await expect(page.locator('.member-row')).toHaveCount(1);

  for (const [name, age] of [['大女儿', '25'], ['小儿子', '12']] as const) {
    // 加孩子 adds a row and stays on the list; 继续 asks about the new child, the name beside the age
    await page.getByRole('button', { name: w['check:members.add.child'] }).click();
    await expect(page.locator('.member-row').last()).toContainText(w['check:members.notFinished']);
    await page.getByRole('button', { name: w['check:members.done'] }).click();
    await expect(step(page)).toHaveAttribute('data-step', /^m\d\.age$/);
    await page.locator('#f-age').fill(age);
    await page.locator('#f-name').fill(name);
    await cont(page);
    while ((await stepId(page)) !== 'members') {
      const id = (await stepId(page)) ?? '';
      if (id.endsWith('conditions')) await choose(page, 'conditions', 'none');
      else if (id.endsWith('monthlyIncome')) await page.locator('#f-monthlyIncome').fill('0');
      else if (id.endsWith('student')) await choose(page, 'student', 'none');
      else if (id.endsWith('supporters')) await choose(page, 'supporters', 'able');
      else await choose(page, id.split('.')[1], 'no');
      await cont(page);
    }
  }
  await expect(page.locator('.member-row')).toHaveCount(3);
  await expect(page.locator('.member-row').nth(1)).toContainText('大女儿');
  await expect(page.locator('.member-row').nth(2)).toContainText('小儿子');

  // remove asks once more; cancel keeps the member
  const remove = page.getByRole('button', { name: '删除 大女儿' });
  await remove.click();
  await expect(page.locator('.confirm')).toBeFocused();
  await page.locator('.confirm').getByRole('button', { name: w['common:cancel'] }).click();
  await expect(page.locator('.member-row')).toHaveCount(3);
  await remove.click();
  await page.locator('.confirm').getByRole('button', { name: w['check:members.removeYes'] }).click();
  await expect(page.locator('.member-row')).toHaveCount(2);
  await expect(page.locator('.message')).toHaveText('已删除大女儿。');
  await expect(page.locator('.member-row').nth(1)).toContainText('小儿子');

  // change the remaining child: its answers are still there
  await page.getByRole('button', { name: '修改 小儿子' }).click();
  await expect(step(page)).toHaveAttribute('data-step', 'm1.relation');
  await expect(page.locator(`#${fieldId('relation', 'child')}`)).toBeChecked();
  await cont(page);
  await expect(page.locator('#f-name')).toHaveValue('小儿子');
  await expect(page.locator('#f-age')).toHaveValue('12');
});

test('nothing irrelevant is asked', async ({ page }) => {
  // a couple with a child: no single-parent, no childless question; 低保 likely, so no expense
  // amounts — but which kinds of expense (因灾、因意外 points to 临时救助, contract §4.13) and the
  // conduct question (it makes 低保 需进一步核实, §4.5) still matter under contract v2
  await openCheck(page);
  let seen = await walkPersona(page, persona('disability-family'));
  expect(seen).not.toContain('singleParent');
  expect(seen).not.toContain('childless');
  expect(seen).not.toContain('pension');
  expect(seen.filter((s) => s.startsWith('exp.'))).toEqual([]);
  expect(seen).toEqual(expect.arrayContaining(['expKinds', 'conduct']));
  expect(seen).not.toContain('m0.student'); // 44 years old
  expect(seen).not.toContain('m2.monthlyIncome'); // 13 years old
  expect(seen).not.toContain('m0.supporters');
  expect(seen.filter((s) => s.endsWith('ruralCare'))).toEqual([]); // a city household

  // a widowed mother: the single-parent question, and no childless question (there is a child)
  await page.evaluate(() => sessionStorage.clear());
  await openCheck(page);
  seen = await walkPersona(page, persona('widowed-mother'));
  expect(seen).toContain('singleParent');
  expect(seen).not.toContain('childless');
  expect(seen).not.toContain('m2.student'); // 68 years old
  expect(seen).toContain('m1.student');
  expect(seen).not.toContain('m1.fullTime'); // senior school is always full-time

  // an elderly couple without children: childless and who has the pension
  await page.evaluate(() => sessionStorage.clear());
  await openCheck(page);
  seen = await walkPersona(page, persona('childless-couple'));
  expect(seen).toEqual(expect.arrayContaining(['childless', 'pension', 'm1.supporters']));
  expect(seen).not.toContain('singleParent');

  // heavy medical bills: the expenses and the 刚性支出 exclusions are asked
  await page.evaluate(() => sessionStorage.clear());
  await openCheck(page);
  seen = await walkPersona(page, persona('rigid-medical'));
  expect(seen).toEqual(expect.arrayContaining(['expKinds', 'exp.medical', 'exp.education', 'conduct', 'carsTotalValue']));
  expect(seen).not.toContain('exp.rehabilitation');
  expect(seen).not.toContain('homesTotalArea'); // one home
});

test("the parents' situation is asked of a 10-year-old grandchild and a 20-year-old student child, worded for each, with 不确定; not of a 40-year-old spouse", async ({ page }) => {
  const h: HouseholdInput = {
    area: 'urban',
    members: [
      { relation: 'applicant', age: 67, monthlyIncome: '1200', hasPension: true },
      { relation: 'spouse', age: 40, monthlyIncome: '2000' },
      { relation: 'child', name: '大军', age: 20, student: { level: 'undergraduate', fullTime: true } },
      { relation: 'grandchild', name: '小雨', age: 10, student: { level: 'primary', fullTime: true } },
    ],
  };
  const headings = new Map<string, string>();
  const unsure = new Map<string, number>();
  await openCheck(page);
  const seen = await walkPersona(page, h, {
    stopAt: 'check',
    onStep: async (id) => {
      headings.set(id, (await page.locator('.check-main h1').innerText()).trim());
      unsure.set(id, await page.locator(`#${fieldId(id.split('.')[1] ?? id, 'unsure')}`).count());
    },
  });
  expect(seen).toContain('m3.bothParentsUnavailable');
  expect(seen).toContain('m2.bothParentsUnavailable');
  expect(seen).not.toContain('m1.bothParentsUnavailable');
  expect(seen).not.toContain('m0.bothParentsUnavailable');
  expect(headings.get('m3.bothParentsUnavailable')).toBe('小雨的父母是不是都不在了，或者都没法照顾 TA？');
  // of the applicant's own child, only whether it is a stepchild whose parents are gone
  expect(headings.get('m2.bothParentsUnavailable')).toBe('大军是不是您的继子女，而且 TA 的亲生父母都不在了，或者都没法照顾 TA（去世、失踪、服刑、强制隔离戒毒等）？');
  expect(unsure.get('m3.bothParentsUnavailable'), 'the parents question offers 不确定').toBe(1);
  // the grandchild's supporters are asked, in words for a grandchild
  expect(headings.get('m3.supporters')).toBe('小雨的父母，或者您和其他祖父母、外祖父母，有没有人有能力抚养 TA？');
});

test("supporters are never asked about the applicant's own 10-year-old child; the file keeps the default", async ({ page }) => {
  const h: HouseholdInput = {
    area: 'urban',
    members: [
      { relation: 'applicant', age: 38, monthlyIncome: '3000' },
      { relation: 'child', age: 10, student: { level: 'primary', fullTime: true } },
    ],
  };
  await openCheck(page);
  const seen = await walkPersona(page, h);
  expect(seen).toContain('m1.bothParentsUnavailable');
  expect(seen).not.toContain('m1.supporters');
  expect(seen.filter((id) => id.endsWith('.supporters'))).toEqual([]);
  await expectResult(page, expected(h), 'zh-CN');
});

test('清除我的信息 asks first, then wipes the answers and starts again', async ({ page }) => {
  const h = persona('widowed-mother');
  await openCheck(page);
  await walkPersona(page, h, { stopAt: 'check' });
  await page.getByRole('button', { name: w['common:clear'] }).click();
  const confirm = page.locator('.confirm');
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText(w['common:clear.confirm']);
  await confirm.getByRole('button', { name: w['common:cancel'] }).click();
  await expect(step(page)).toHaveAttribute('data-step', 'check');
  await page.getByRole('button', { name: w['common:clear'] }).click();
  await confirm.getByRole('button', { name: w['check:clear.yes'] }).click();
  await expect(step(page)).toHaveAttribute('data-step', 'area');
  await expect(page.locator('.message')).toHaveText(w['common:clear.done']);
  await expect(page.locator('input[name=area]:checked')).toHaveCount(0);
  const kept = await storage(page);
  expect(kept.sessionText).not.toContain('1800');
  expect(kept.local).toBe(0);
  await page.reload();
  await expect(step(page)).toHaveAttribute('data-step', 'area');
  await expect(page.locator('input[name=area]:checked')).toHaveCount(0);
});
