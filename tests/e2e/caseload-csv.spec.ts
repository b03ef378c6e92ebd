// The caseload's spreadsheet import (/caseload/): the template downloaded from the page, filled
// with 3 families by hand, goes through import → table → export with the standings and totals
// worked out below; a GB18030 file reads the same (names shown right, the encoding named); a
// broken row is reported at its row and column and the other families load; a file too large,
// too many rows, a file that is neither CSV nor JSON, wrong bytes, unknown and missing columns
// each give their message and keep the families already loaded; axe is clean with the problems
// shown; nothing leaves the site.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WCAG_TAGS, recordRequests } from './helpers/page.ts';

test.describe.configure({ timeout: 90_000 });

const load = (locale: string, ns: string) => JSON.parse(readFileSync(`src/i18n/${locale}/${ns}.json`, 'utf8')) as Record<string, string>;
const CL = load('zh-CN', 'caseload');
const RULES = load('zh-CN', 'rules');
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k]));
const status = (s: 'likely' | 'review' | 'unlikely') => `${RULES[`status.${s}.icon`]} ${RULES[`status.${s}`]}`;

let dir = '';
test.beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'jzc-caseload-csv-'))));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

async function openCaseload(page: Page, path = '/caseload/') {
  await page.goto(path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

async function choose(page: Page, paths: string[], rows: number) {
  await page.locator('#cl-files').setInputFiles(paths);
  await expect(page.locator('.cl-message')).toContainText(fill(CL['progress.done'], { n: rows }), { timeout: 30_000 });
  await expect(page.locator('.cl-table tbody tr')).toHaveCount(rows);
}

/** The rows of the table: label, members, each programme's standing by id, the total. */
const tableRows = (page: Page) =>
  page.locator('.cl-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.children].map((c) => c.textContent?.trim() ?? '');
      const status = Object.fromEntries([...tr.querySelectorAll('td[data-program]')].map((td) => [td.getAttribute('data-program'), td.getAttribute('data-status')]));
      return { label: cells[0], members: cells[1], status, total: cells.at(-2) };
    }),
  );

// Three families, as a community worker fills the template in (the cells in Chinese words).
// Worked out with S = 1045 (低保标准 from 2025-09-01; 估算日期 2026-03-01):
//   A01 王秀兰, 67, alone, 600 a month, supporters able (empty cell = 有能力): N = 1, I = 600, no
//       deduction, P = 600 < 1045 → 低保 likely; 1·1045 − 600 + 300 (aged ≥ 60) = 745.00;
//       边缘 unlikely (P < S); 特困 unlikely (an able supporter).
//   B02 李建国 45 (3000, 肢体3级) + 张红 43 (1000) + 李明 15 (初中): N = 3, I = 4000, grade 3
//       physical deducts nothing, P = 1333.33: 低保 unlikely (≥ 1045); 1045 ≤ P < 1567.50 → 边缘
//       likely, and with a disabled member its cash payment 314.00; 特困 unlikely.
//   C03 赵大爷, 70, no income, no supporter (没有): every 特困 condition met, so he is supported
//       on his own: 特困 likely, 1870.00 (urban); the family unit is empty: 低保, 边缘 unlikely.
const FAMILIES: Record<string, string>[] = [
  { 家庭编号: 'A01', 姓名: '王秀兰', 与申请人关系: '申请人', 年龄: '67', 每月收入: '600', 估算日期: '2026-03-01', 城镇或农村: '城镇' },
  { 家庭编号: 'B02', 姓名: '李建国', 与申请人关系: '申请人', 年龄: '45', 每月收入: '3000', 残疾: '肢体3级', 估算日期: '2026-03-01', 城镇或农村: '城镇', 现在领的救助: '都没有' },
  { 家庭编号: 'B02', 姓名: '张红', 与申请人关系: '配偶', 年龄: '43', 每月收入: '1000', 有退休金: '否' },
  { 家庭编号: 'B02', 姓名: '李明', 与申请人关系: '子女', 年龄: '15', 上学阶段: '初中', 全日制: '是' },
  { 家庭编号: 'C03', 姓名: '赵大爷', 与申请人关系: '申请人', 年龄: '70', 每月收入: '0', 赡养人或抚养人: '没有', 估算日期: '2026-03-01', 城镇或农村: '城镇' },
];
const EXPECTED = [
  { label: 'A01 王秀兰', members: '1', dibao: 'likely', edge: 'unlikely', tekun: 'unlikely', total: '745.00' },
  { label: 'B02 李建国', members: '3', dibao: 'unlikely', edge: 'likely', tekun: 'unlikely', total: '314.00' },
  { label: 'C03 赵大爷', members: '1', dibao: 'unlikely', edge: 'unlikely', tekun: 'likely', total: '1870.00' },
] as const;

/** The template's header line, and the rows below it with each family's cells under their column (the name before the brackets). */
function filled(templateHeader: string): string {
  const names = templateHeader.split(',').map((h) => h.replace(/（.*$/, ''));
  for (const row of FAMILIES) for (const k of Object.keys(row)) expect(names, `the template has the column ${k}`).toContain(k);
  return [templateHeader, ...FAMILIES.map((row) => names.map((n) => row[n] ?? '').join(','))].join('\r\n');
}

async function downloadTemplate(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: CL['csv.template'] }).click()]);
  expect(download.url()).toMatch(/^blob:/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)], 'UTF-8 with a BOM').toEqual([0xef, 0xbb, 0xbf]);
  expect(download.suggestedFilename()).toBe(CL['csv.template.name']);
  return bytes.toString('utf8').slice(1);
}

test('the template, filled with 3 families, round-trips: import → table → export', async ({ page }) => {
  const requests = recordRequests(page);
  await openCaseload(page);
  const template = await downloadTemplate(page);
  const [header, ...example] = template.split('\r\n').filter(Boolean);
  expect(header.startsWith('家庭编号（')).toBe(true);
  expect(example, 'one example family of three').toHaveLength(3);
  expect(example[0]).toContain(CL['csv.example.family']);
  expect(example[0]).toContain('肢体2级');

  await choose(page, [write('filled.csv', `\uFEFF${filled(header)}`)], 3);
  const rows = await tableRows(page);
  expect(rows.map(({ label, members, status, total }) => ({ label, members, dibao: status.dibao, edge: status.edge, tekun: status.tekun, total }))).toEqual(EXPECTED);
  await expect(page.locator('.cl-problems')).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: CL['export.csv'] }).click()]);
  const lines = readFileSync((await download.path())!).toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(4);
  const head = lines[0].split(',');
  const col = (name: string) => head.indexOf(name);
  for (const [i, e] of EXPECTED.entries()) {
    const cells = lines[i + 1].split(',');
    expect(cells[col(CL['col.label'])]).toBe(e.label);
    expect(cells[col(CL['col.members'])]).toBe(e.members);
    expect(cells[col(RULES['program.dibao'])]).toBe(status(e.dibao));
    expect(cells[col(RULES['program.edge'])]).toBe(status(e.edge));
    expect(cells[col(RULES['program.tekun'])]).toBe(status(e.tekun));
    expect(cells[col(CL['col.total'])]).toBe(e.total);
  }
  expect(requests.outside).toEqual([]);
});

test('a GB18030 file (as Excel saves on Chinese Windows) reads right, and the page says which encoding it read', async ({ page }) => {
  const requests = recordRequests(page);
  await openCaseload(page);
  const header = (await downloadTemplate(page)).split('\r\n')[0];
  const file = write('gb.csv', iconv.encode(filled(header), 'gb18030'));
  await choose(page, [file], 3);
  expect((await tableRows(page)).map((r) => r.label)).toEqual(EXPECTED.map((e) => e.label));
  await expect(page.locator('.cl-message')).toContainText(fill(CL['csv.gb18030'], { file: 'gb.csv' }));
  // the family opens with its members' names
  await page.getByRole('button', { name: 'B02 李建国' }).click();
  await expect(page.locator('#cl-detail-h')).toHaveText(fill(CL['detail.title'], { label: 'B02 李建国' }));
  expect(requests.outside).toEqual([]);
});

test('a broken row is reported with its row and column; the other families load', async ({ page }) => {
  await openCaseload(page);
  const sheet = [
    '家庭编号,姓名,与申请人关系,年龄,每月收入,有退休金',
    'A01,王秀兰,申请人,67,600,否',
    'B02,李建国,申请人,45,3000,否',
    'B02,张红,老伴儿,43,1000,也许',
    'C03,赵大爷,申请人,70,0,',
  ].join('\n');
  await choose(page, [write('broken-row.csv', sheet)], 2);
  const where = fill(CL['csv.where'], { file: 'broken-row.csv', family: 'B02' });
  const item = page.locator(`.cl-problems li[data-where="${where}"]`);
  // row 4 of the spreadsheet (the header is row 1): two cells, each said with its column
  await expect(item.locator('li')).toHaveText([
    fill(CL['csv.at.cell'], { row: 4, column: '与申请人关系', problem: fill(CL['csv.problem.value'], { value: '老伴儿', allowed: '申请人/配偶/子女/父母/兄弟姐妹/祖父母/孙子女/其他' }) }),
    fill(CL['csv.at.cell'], { row: 4, column: '有退休金', problem: fill(CL['csv.problem.value'], { value: '也许', allowed: '是/否' }) }),
  ]);
  expect((await tableRows(page)).map((r) => r.label)).toEqual(['A01 王秀兰', 'C03 赵大爷']);
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('too large, too many rows, not CSV or JSON, unreadable bytes, unknown and missing columns: each said, the loaded families kept', async ({ page }) => {
  const requests = recordRequests(page);
  await openCaseload(page);
  await choose(page, [write('good.csv', '家庭编号,与申请人关系,年龄\nA,申请人,30\nB,申请人,70\n')], 2);
  const rows = `家庭编号,与申请人关系,年龄\n${'F,申请人,30\n'.repeat(50_001)}`;
  const files = [
    write('big.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41)),
    write('many.csv', rows),
    write('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    write('binary.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff])),
    write('columns.csv', '家庭编号,年级,年龄\nA,1,30\n'),
  ];
  await page.locator('#cl-files').setInputFiles(files);
  await expect(page.locator('.cl-message')).toContainText(fill(CL['progress.done'], { n: 2 }), { timeout: 30_000 });
  const problem = (name: string) => page.locator(`.cl-problems li[data-where="${name}"] li`);
  await expect(problem('big.csv')).toHaveText(fill(CL['problem.tooLarge'], { mb: 10 }));
  await expect(problem('many.csv')).toHaveText(fill(CL['csv.problem.tooManyRows'], { max: '50,000' }));
  await expect(problem('photo.png')).toHaveText(CL['problem.notCsvOrJson']);
  await expect(problem('binary.csv')).toHaveText(CL['csv.problem.encoding']);
  await expect(problem('columns.csv')).toHaveText([
    fill(CL['csv.at.cell'], { row: 1, column: '年级', problem: CL['csv.problem.unknownColumn'] }),
    fill(CL['csv.at.row'], { row: 1, problem: fill(CL['csv.problem.missingColumn'], { column: '与申请人关系' }) }),
  ]);
  await expect(page.locator('.cl-table tbody tr')).toHaveCount(2);
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  expect(requests.outside).toEqual([]);
});

test('the English page: the template in English words, and an English spreadsheet reads', async ({ page }) => {
  const EN = load('en', 'caseload');
  await openCaseload(page, '/en/caseload/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: EN['csv.template'] }).click()]);
  const template = readFileSync((await download.path())!).toString('utf8');
  expect(template.startsWith('\uFEFFFamily (')).toBe(true);
  expect(template).toContain('Wang Xiulan');
  const file = write('english.csv', 'Family,Name,Relation to the applicant,Age,Monthly income,Pension\nE1,Zhang Wei,applicant,67,600,no\nE1,,spouse,twelve,,\n');
  await page.locator('#cl-files').setInputFiles(file);
  await expect(page.locator('.cl-message')).toContainText(fill(EN['progress.done'], { n: 0 }));
  await expect(page.locator('.cl-problems li li')).toHaveText(fill(EN['csv.at.cell'], { row: 3, column: 'Age', problem: fill(EN['csv.problem.count'], { value: 'twelve' }) }));
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
