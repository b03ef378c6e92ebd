// The household file: export → clear → import gives the same result; a broken file shows every
// problem in plain words and leaves the current answers as they were.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { evaluate, isError } from '../../src/rules/index.ts';
import type { Page } from '@playwright/test';
import { asWritten, expectResult, expected, openCheck, persona, recordRequests, storage, walkPersona, words } from './helpers/check.ts';

// whole walks through the questionnaire take longer than the default 30 s on a busy machine
test.describe.configure({ timeout: 180_000 });

const w = words('zh-CN');

/** Saves the household file from the result page; its text. */
async function saveFile(page: Page): Promise<{ path: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w['check:file.export'] }).click()]);
  const path = (await download.path())!;
  return { path, text: readFileSync(path, 'utf8') };
}

test('export → clear → import restores the same answers and result', async ({ page }) => {
  const requests = recordRequests(page);
  const h = persona('dibao-uremia');
  await openCheck(page);
  await walkPersona(page, h);
  await expectResult(page, expected(h), 'zh-CN');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w['check:file.export'] }).click()]);
  expect(download.suggestedFilename()).toMatch(/^津助查-家庭情况-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, 'utf8'));
  // the persona is a v1 file: what the questionnaire writes is v2
  expect(file.schemaVersion).toBe(2);
  const fromFile = evaluate(file);
  if (isError(fromFile)) throw new Error(JSON.stringify(fromFile.issues));
  expect(fromFile.result).toEqual(expected(h).result);

  await page.getByRole('button', { name: w['common:clear'] }).click();
  await page.locator('.confirm').getByRole('button', { name: w['check:clear.yes'] }).click();
  await expect(page.locator('.check-main [data-step]')).toHaveAttribute('data-step', 'area');
  expect((await storage(page)).sessionText).not.toContain('96.5');

  await page.locator('#import-file').setInputFiles(path);
  await expect(page.locator('.check-main [data-step]')).toHaveAttribute('data-step', 'check');
  await expect(page.locator('.message')).toHaveText(w['check:file.imported']);
  await page.locator('.check-answers button.primary').click();
  await expectResult(page, expected(h), 'zh-CN');
  // her papers under her name
  await expect(page.locator('.checklist-group', { has: page.getByRole('heading', { name: '妻子', exact: true }) })).toContainText('残疾人证');
  expect(requests.outside).toEqual([]);
});

test('a broken file: every problem in plain words, and the answers stay as they were', async ({ page }) => {
  const h = persona('widowed-mother');
  await openCheck(page);
  await walkPersona(page, h, { stopAt: 'check' });
  const before = (await storage(page)).sessionText;
  const rowsBefore = await page.locator('.summary-row').allTextContents();

  const broken = {
    members: [
      { relation: 'applicant', age: 39, monthlyIncome: '1800' },
      { relation: 'child', age: 200, monthlyIncome: '12.345' },
      { relation: 'parent', age: 68, favouriteColour: 'red' },
    ],
    household: { childless: true },
  };
  await page.locator('#import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const problems = page.locator('.import-problems');
  await expect(problems).toBeVisible();
  await expect(problems).toContainText('这个文件打不开，有 4 个问题');
  await expect(problems.locator('li')).toHaveText([
    // each member named by their relation to 您 as the file gives it, never by number
    '您的孩子 的年龄：数字太大了。',
    '您的孩子 的每月收入：请填写金额，例如 3000 或 3000.5（最多两位小数）。',
    '您的父亲或母亲 的favouriteColour：文件里有本工具不认识的项目。',
    '无子女：家里有子女时不能选“无子女”。',
  ]);
  // nothing changed
  await expect(page.locator('.check-main [data-step]')).toHaveAttribute('data-step', 'check');
  expect(await page.locator('.summary-row').allTextContents()).toEqual(rowsBefore);
  expect((await storage(page)).sessionText).toBe(before);

  // not JSON at all
  await page.locator('#import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('这不是文件{') });
  await expect(problems.locator('li')).toHaveText([`${w['check:path.file']}：${w['rules:issue.invalid-json']}`]);
  expect((await storage(page)).sessionText).toBe(before);
  await page.locator('.check-answers button.primary').click();
  await expectResult(page, expected(h), 'zh-CN');
});

test('a file can be opened on the first page too, in English', async ({ page }) => {
  const h = persona('student-orphan-en');
  await openCheck(page, 'en');
  await page.locator('#import-file').setInputFiles({ name: 'h.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(h)) });
  await expect(page.locator('.check-main [data-step]')).toHaveAttribute('data-step', 'check');
  await page.locator('.check-answers button.primary').click();
  await expectResult(page, expected(h), 'en');
});

test('不确定 for a disability grade is saved as grade null, never a guessed grade, and opens as 不确定 again', async ({ page }) => {
  const h = persona('edge-hearing');
  await openCheck(page);
  const seen = await walkPersona(page, h, { unsure: true });
  const written = asWritten(h, seen);
  await expectResult(page, expected(written), 'zh-CN');
  const { path, text } = await saveFile(page);
  const file = JSON.parse(text);
  expect(file.schemaVersion).toBe(2);
  expect(file.members[1].disabilities).toEqual([{ type: 'hearing', grade: null }]);
  expect(isError(evaluate(file))).toBe(false);

  await page.getByRole('button', { name: w['common:clear'] }).click();
  await page.locator('.confirm').getByRole('button', { name: w['check:clear.yes'] }).click();
  await page.locator('#import-file').setInputFiles(path);
  await expect(page.locator('.check-main [data-step]')).toHaveAttribute('data-step', 'check');
  await expect(page.locator('.summary-row').filter({ hasText: '老伴的听力残疾是几级？' })).toContainText(w['common:unsure']);
  await page.locator('.check-answers button.primary').click();
  await expectResult(page, expected(written), 'zh-CN');
  expect(JSON.parse((await saveFile(page)).text).members[1].disabilities).toEqual([{ type: 'hearing', grade: null }]);
});

test('a v1 file with singlePersonCoverage opens without a problem and is saved back as v2, without the flag', async ({ page }) => {
  const v1 = {
    schemaVersion: 1,
    members: [{ relation: 'applicant', age: 45, monthlyIncome: '0', disabilities: [{ type: 'physical', grade: 1 }] }],
    household: { singlePersonCoverage: true },
  };
  await openCheck(page);
  await page.locator('#import-file').setInputFiles({ name: 'v1.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v1)) });
  await expect(page.locator('.check-main [data-step]')).toHaveAttribute('data-step', 'check');
  await expect(page.locator('.message')).toHaveText(w['check:file.imported']);
  await expect(page.locator('.import-problems')).toHaveCount(0);
  await page.locator('.check-answers button.primary').click();
  await expectResult(page, expected(v1 as never), 'zh-CN');
  const { text } = await saveFile(page);
  const file = JSON.parse(text);
  expect(file.schemaVersion).toBe(2);
  expect(text).not.toContain('singlePersonCoverage');
  expect(file.members).toHaveLength(1);
  expect(file.members[0]).toMatchObject(v1.members[0]);
  // and the saved file is a valid v2 file
  expect(isError(evaluate(file))).toBe(false);
});
