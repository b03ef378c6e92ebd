// The caseload (/caseload/): many household files at once, evaluated in a Web Worker; the table's
// standings are the engine's (evaluate() of each file, here in Node); a broken file is named with
// its problems and the others load; "可能符合但还没有领" and the other filters keep the right
// families; the CSV export has a BOM and one line per family; one family opens into the result
// view and is saved as a household file; axe is clean; nothing leaves the site or is stored.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, isError, PROGRAMS, type Evaluation, type HouseholdInput } from '../../src/rules/index.ts';
import { sampleHouseholds } from '../rules/arbitrary.ts';
import { WCAG_TAGS, recordRequests } from './helpers/page.ts';

test.describe.configure({ timeout: 90_000 });

const load = (locale: string, ns: string) => JSON.parse(readFileSync(`src/i18n/${locale}/${ns}.json`, 'utf8')) as Record<string, string>;
const CL = load('zh-CN', 'caseload');
const RULES = load('zh-CN', 'rules');
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));

const N = 200;
const HOUSEHOLDS = sampleHouseholds(N, 20261202) as unknown as HouseholdInput[];
const name = (i: number) => `family-${String(i).padStart(3, '0')}.json`;
const EVALUATED: Evaluation[] = HOUSEHOLDS.map((h) => {
  const out = evaluate(h);
  if (isError(out)) throw new Error(`the generator gave an invalid household: ${JSON.stringify(out.issues)}`);
  return out;
});
/** some programme likely that is not what the family receives now */
const missed = (i: number) => PROGRAMS.some((p) => EVALUATED[i].result.programs[p].status === 'likely' && p !== (HOUSEHOLDS[i].household?.currentCoverage ?? 'none'));

let dir = '';
let files: string[] = [];
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jzc-caseload-'));
  files = HOUSEHOLDS.map((h, i) => {
    const file = join(dir, name(i));
    writeFileSync(file, JSON.stringify(h));
    return file;
  });
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openCaseload(page: Page, path = '/caseload/') {
  await page.goto(path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Chooses `paths` in the file input and waits until the run has ended with `rows` families in the table. */
async function choose(page: Page, paths: string[], rows: number) {
  await page.locator('#cl-files').setInputFiles(paths);
  await expect(page.locator('.cl-message')).toHaveText(fill(CL['progress.done'], { n: rows }), { timeout: 30_000 });
  await expect(page.locator('.cl-table tbody tr')).toHaveCount(rows);
}

/** Every row of the table: its source (file name) and each programme's standing, in table order. */
const tableRows = (page: Page) =>
  page.locator('.cl-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      source: tr.getAttribute('data-source') ?? '',
      status: Object.fromEntries([...tr.querySelectorAll('td[data-program]')].map((td) => [td.getAttribute('data-program'), td.getAttribute('data-status')])),
      text: [...tr.querySelectorAll('td[data-program]')].map((td) => td.textContent?.trim()),
      cells: [...tr.children].map((c) => c.textContent?.trim() ?? ''),
    })),
  );

test('200 household files chosen at once give 200 rows whose standings are evaluate() of each', async ({ page }) => {
  const requests = recordRequests(page);
  await openCaseload(page);
  await choose(page, files, N);
  const rows = await tableRows(page);
  expect(rows.map((r) => r.source).sort()).toEqual(HOUSEHOLDS.map((_, i) => name(i)).sort());
  for (const row of rows) {
    const i = Number(/\d+/.exec(row.source)![0]);
    const r = EVALUATED[i].result;
    expect(row.status, row.source).toEqual(Object.fromEntries(PROGRAMS.map((p) => [p, r.programs[p].status])));
    // word and symbol, not colour alone
    expect(row.text, row.source).toEqual(PROGRAMS.map((p) => `${RULES[`status.${r.programs[p].status}.icon`]} ${RULES[`status.${r.programs[p].status}`]}`));
    // members, then the programmes, the monthly total, and the items to verify
    expect(row.cells[1], row.source).toBe(String(HOUSEHOLDS[i].members.length));
    expect(row.cells.at(-1), row.source).toBe(String(r.unknownAnswers.length));
  }
  // sorting by members: ascending, then descending
  const members = async () => (await tableRows(page)).map((r) => Number(r.cells[1]));
  const sortButton = page.locator('.cl-table thead th').nth(1).getByRole('button');
  await sortButton.click();
  await expect(page.locator('.cl-table thead th').nth(1)).toHaveAttribute('aria-sort', 'ascending');
  const up = await members();
  expect(up).toEqual([...up].sort((a, b) => a - b));
  await sortButton.click();
  await expect(page.locator('.cl-table thead th').nth(1)).toHaveAttribute('aria-sort', 'descending');
  const down = await members();
  expect(down).toEqual([...down].sort((a, b) => b - a));

  // nothing left the site, nothing was stored
  expect(requests.outside).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  // 清除 empties the caseload
  await page.getByRole('button', { name: CL['clear'], exact: true }).click();
  await expect(page.locator('.cl-table')).toHaveCount(0);
  await expect(page.locator('.cl-message')).toHaveText(CL['cleared']);
});

test('a broken file is reported by name with its problems, and the others load', async ({ page }) => {
  await openCaseload(page);
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ "members": [ ');
  const invalid = join(dir, 'invalid.json');
  writeFileSync(invalid, JSON.stringify({ members: [{ relation: 'applicant', age: -3, monthlyIncome: '100' }] }));
  const several = join(dir, 'several.json');
  writeFileSync(several, JSON.stringify([HOUSEHOLDS[0], { members: [] }, HOUSEHOLDS[1]]));
  await choose(page, [...files.slice(0, 5), broken, invalid, several], 7);
  const problems = page.locator('.cl-problems');
  await expect(problems.locator('h2')).toHaveText(fill(CL['problems.title'], { n: 3 }));
  await expect(problems.locator('li[data-where="broken.json"]')).toContainText(CL['problem.invalidJson']);
  // the questionnaire's words for a place in the file: the applicant's age
  await expect(problems.locator('li[data-where="invalid.json"]')).toContainText('申请人 的年龄');
  await expect(problems.locator(`li[data-where="${fill(CL['label.item'], { file: 'several.json', n: 2 })}"]`)).toHaveCount(1);
  const sources = (await tableRows(page)).map((r) => r.source);
  expect(sources).toContain(fill(CL['label.item'], { file: 'several.json', n: 3 }));
  expect(sources).not.toContain('broken.json');
  // axe on a page with a table, filters and problems
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('"可能符合但还没有领", and programme with standing, keep exactly the families evaluate() says', async ({ page }) => {
  await openCaseload(page);
  await choose(page, files, N);
  const shown = async () => (await tableRows(page)).map((r) => r.source).sort();
  const expectedMissed = HOUSEHOLDS.map((_, i) => i).filter(missed).map(name).sort();
  expect(expectedMissed.length, 'the sample has families to find').toBeGreaterThan(0);
  expect(expectedMissed.length, 'and families not to find').toBeLessThan(N);
  await page.getByLabel(CL['filter.missed']).check();
  await expect(page.locator('.cl-table tbody tr')).toHaveCount(expectedMissed.length);
  expect(await shown()).toEqual(expectedMissed);
  await page.getByLabel(CL['filter.missed']).uncheck();
  await page.locator('#cl-program').selectOption('dibao');
  await page.locator('#cl-status').selectOption('review');
  const review = HOUSEHOLDS.map((_, i) => i).filter((i) => EVALUATED[i].result.programs.dibao.status === 'review').map(name).sort();
  if (review.length === 0) await expect(page.getByText(CL['table.none'])).toBeVisible();
  else {
    await expect(page.locator('.cl-table tbody tr')).toHaveCount(review.length);
    expect(await shown()).toEqual(review);
  }
});

test('the CSV export starts with the BOM and has one line per family, with Chinese column names', async ({ page }) => {
  await openCaseload(page);
  await choose(page, files, N);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: CL['export.csv'] }).click()]);
  expect(download.url()).toMatch(/^blob:/);
  expect(download.suggestedFilename()).toMatch(/^津助查-家庭列表-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter((l) => l !== '');
  expect(lines).toHaveLength(N + 1);
  expect(lines[0].split(',').slice(0, 3)).toEqual([CL['col.label'], CL['col.members'], RULES['program.dibao']]);
});

test('one family opens into the result view and is saved as its household file; back to the table', async ({ page }) => {
  await openCaseload(page);
  await choose(page, files.slice(0, 3), 3);
  const row = page.locator(`.cl-table tbody tr[data-source="${name(1)}"]`);
  await row.getByRole('button').click();
  await expect(page.locator('#cl-detail-h')).toBeFocused();
  const r = EVALUATED[1].result;
  for (const p of PROGRAMS) await expect(page.locator(`section.program:has(#program-${p})`), p).toHaveClass(new RegExp(`status-${r.programs[p].status}`));
  await expect(page.locator('.checklist')).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: CL['detail.save'] }).click()]);
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as unknown;
  const again = evaluate(saved);
  expect(isError(again) ? again : again.result.programs).toEqual(r.programs);
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.getByRole('button', { name: CL['detail.back'] }).click();
  await expect(page.locator('.cl-table tbody tr')).toHaveCount(3);
  await expect(row.getByRole('button')).toBeFocused();
});

test('files dropped on the drop zone load; a long run shows its progress and 取消 stops it', async ({ page }) => {
  await openCaseload(page);
  await page.locator('.cl-drop').evaluate((zone, texts) => {
    const data = new DataTransfer();
    texts.forEach((text, i) => data.items.add(new File([text], `dropped-${i}.json`, { type: 'application/json' })));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [JSON.stringify(HOUSEHOLDS[2]), JSON.stringify(HOUSEHOLDS[3])]);
  await expect(page.locator('.cl-table tbody tr')).toHaveCount(2);
  // one file with many households: the progress bar, then 取消
  const many = join(dir, 'many.json');
  writeFileSync(many, JSON.stringify(sampleHouseholds(5_000, 7)));
  await page.locator('#cl-files').setInputFiles(many);
  await expect(page.locator('progress')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: CL['progress.cancel'] }).click();
  await expect(page.locator('.cl-message')).toContainText(CL['progress.cancelled'].slice(0, 4));
  await expect(page.locator('progress')).toHaveCount(0);
  const rows = await page.locator('.cl-table caption').textContent();
  const total = Number(/共 (\d+) 户/.exec(rows ?? '')![1]);
  expect(total).toBeGreaterThanOrEqual(2);
  expect(total).toBeLessThan(5_002);
});

test('the English page: same tool, English words', async ({ page }) => {
  const EN = load('en', 'caseload');
  await openCaseload(page, '/en/caseload/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EN['page.h1']);
  await page.locator('#cl-files').setInputFiles(files.slice(0, 2));
  await expect(page.locator('.cl-message')).toHaveText(fill(EN['progress.done'], { n: 2 }));
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
