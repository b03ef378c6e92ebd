// Printing the caseload's checklists in one go (issue 12): 打印全部清单 prints one checklist per
// family in the table, 打印选中的清单 only the ticked ones (row boxes, from the keyboard, and a
// select-all), each family from a new A4 page with its label at the top — read back from the PDF
// with pdftotext, page by page. The screen stays as it was; axe is clean with the boxes ticked and
// in the print view.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WCAG_TAGS } from './helpers/page.ts';
import { persona } from './helpers/check.ts';
import { printedPages, squash } from './helpers/print.ts';

test.describe.configure({ timeout: 90_000 });

const CL = JSON.parse(readFileSync('src/i18n/zh-CN/caseload.json', 'utf8')) as Record<string, string>;
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));

// three families; the third's applicant has a name, which is its label (the others: the file's name)
const zhao = persona('rigid-medical');
zhao.members[0] = { ...zhao.members[0], name: '赵桂英' };
const FAMILIES = [
  { file: 'wang.json', h: persona('owner-family-of-four'), label: 'wang.json', members: 4 },
  { file: 'li.json', h: persona('dibao-uremia'), label: 'li.json', members: 2 },
  { file: 'zhao.json', h: zhao, label: '赵桂英', members: 3 },
];
/** a family's heading as pdftotext gives it (-layout may space out a Latin file name) */
const heading = (label: string) => squash(fill(CL['print.heading'], { label }));

let dir = '';
let paths: string[] = [];
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jzc-caseload-print-'));
  paths = FAMILIES.map(({ file, h }) => {
    writeFileSync(join(dir, file), JSON.stringify(h));
    return join(dir, file);
  });
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openWithFamilies(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.goto('/caseload/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.locator('#cl-files').setInputFiles(paths);
  await expect(page.locator('.cl-message')).toHaveText(fill(CL['progress.done'], { n: 3 }), { timeout: 30_000 });
}

const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

/** Each family's checklist as the pages from the one its heading tops to the next family's. */
function byFamily(pages: string[][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] = [];
  for (const lines of pages) {
    const family = FAMILIES.find((f) => squash(lines[0]) === heading(f.label));
    if (family) out.set(family.label, (current = []));
    current.push(...lines);
  }
  return out;
}

test('打印全部清单: the three families, each from a new page under its label, one 户口簿/身份证 box per member', async ({ page }) => {
  await openWithFamilies(page);
  await page.getByRole('button', { name: CL['print.all'] }).click();
  expect(await printed(page)).toBe(1);
  const pages = await printedPages(page);
  // every page starts either a family (its label on top) or goes on with the one before
  expect(squash(pages[0][0])).toBe(heading('wang.json'));
  const families = byFamily(pages);
  expect([...families.keys()]).toEqual(['wang.json', 'li.json', '赵桂英']);
  for (const f of FAMILIES) {
    const lines = families.get(f.label)!;
    expect(lines.filter((l) => l === '户口簿和身份证'), f.label).toHaveLength(f.members);
    // nothing of the table or the page is printed
    expect(lines.join(''), f.label).not.toContain(CL['table.title']);
  }
  // the caseload speaks of the applicant as 申请人 (staff's words)
  expect(families.get('wang.json')).toContain('申请人');
  // the screen is as it was
  await expect(page.locator('.cl-print')).toBeHidden();
  await expect(page.locator('.cl-table tbody tr')).toHaveCount(3);
});

test('打印选中的清单: two families ticked from the keyboard print two checklists; select-all ticks and unticks all', async ({ page }) => {
  await openWithFamilies(page);
  const box = (label: string) => page.getByRole('checkbox', { name: fill(CL['select.one'], { label }) });
  await box('wang.json').focus();
  await page.keyboard.press('Space');
  await box('赵桂英').focus();
  await page.keyboard.press('Space');
  await expect(box('wang.json')).toBeChecked();
  await expect(box('li.json')).not.toBeChecked();
  const printSelected = page.getByRole('button', { name: fill(CL['print.selected'], { n: 2 }) });
  await printSelected.focus();
  await page.keyboard.press('Enter');
  expect(await printed(page)).toBe(1);
  const families = byFamily(await printedPages(page));
  expect([...families.keys()]).toEqual(['wang.json', '赵桂英']);

  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  // select-all: all three, then none; with none ticked nothing prints and the page says why
  const all = page.getByRole('checkbox', { name: fill(CL['select.all'], { n: 3 }) });
  await all.check();
  for (const f of FAMILIES) await expect(box(f.label)).toBeChecked();
  await expect(page.getByRole('button', { name: fill(CL['print.selected'], { n: 3 }) })).toBeVisible();
  await all.uncheck();
  for (const f of FAMILIES) await expect(box(f.label)).not.toBeChecked();
  await page.getByRole('button', { name: fill(CL['print.selected'], { n: 0 }) }).click();
  await expect(page.locator('.cl-message')).toHaveText(CL['print.none']);
  expect(await printed(page)).toBe(1);
});

test('axe is clean on the print view of the checklists', async ({ page }) => {
  await openWithFamilies(page);
  await page.getByRole('button', { name: CL['print.all'] }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cl-print')).toBeVisible();
  await expect(page.locator('.cl-table')).toBeHidden();
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
