// The printable materials checklist, read back from the A4 PDF (page.pdf, pdftotext per page):
// the button calls window.print(); the print holds only the checklist — lines for the applicant's
// name, the date and the office, where to apply, the numbers to call, each person's papers under
// their name or relation (one 户口簿/身份证 box each), the family's papers and what happens next —
// and none of the navigation, buttons, questions or results; no heading ends a page, also in
// 长辈模式, where the headings stay larger than the items; "清单上不写家人的名字" leaves names out.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createI18n } from '../../src/i18n/index.ts';
import { lawValues, memberLabel } from '../../src/lib/explain.ts';
import { printedPages, squash } from './helpers/print.ts';
import { WCAG_TAGS, expected, openCheck, persona, walkPersona, words, type Locale } from './helpers/check.ts';
import type { HouseholdInput } from '../../src/rules/index.ts';

// whole walks through the questionnaire take longer than the default 30 s on a busy machine
test.describe.configure({ timeout: 180_000 });

const joined = (pages: string[][]) => squash(pages.flat().join(''));

function translator(locale: Locale) {
  const w = words(locale);
  const res = (ns: string) => Object.fromEntries(Object.entries(w).filter(([k]) => k.startsWith(`${ns}:`)).map(([k, v]) => [k.slice(ns.length + 1), v]));
  return createI18n(locale, { common: res('common'), rules: res('rules') }).t;
}

/** The names of the papers the engine asks of the household (each once, whoever it is for). */
function materialNames(h: HouseholdInput, locale: Locale): string[] {
  const t = translator(locale);
  const r = expected(h).result;
  return r.materials.map((m) => t(`rules:material.${m.id}`, lawValues(r)));
}

/** Every page's last line is not a heading: a heading always goes over with its first item. */
function expectNoHeadingAtFoot(pages: string[][], headings: string[]) {
  pages.forEach((lines, i) => expect(headings, `page ${i + 1} ends with the heading "${lines.at(-1)}"`).not.toContain(lines.at(-1)));
}

const NOT_PRINTED = (locale: Locale) => {
  const w = words(locale);
  return [
    w['common:nav.check'], w['common:nav.policy'], w['common:nav.hotline'], w['common:elder.toggle'], w['common:clear'],
    w['rules:checklist.print'], w['rules:checklist.hideNames'], w['check:result.edit'], w['check:file.export'], w['check:file.import'],
    w['rules:result.title'], w['rules:program.dibao'], w['rules:result.apply.title'], w['check:checkAnswers.title'],
  ];
};

async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
}

for (const [name, locale] of [['rigid-medical', 'zh-CN'], ['dibao-uremia', 'zh-CN'], ['divorced-father-en', 'en']] as const) {
  test(`print view of ${name}: only the checklist, every material, the date and the rules version`, async ({ page }) => {
    await stubPrint(page);
    const h = persona(name);
    await openCheck(page, locale);
    await walkPersona(page, h);
    const w = words(locale);
    await page.getByRole('button', { name: w['rules:checklist.print'] }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const text = joined(await printedPages(page));
    const e = expected(h);
    for (const label of materialNames(h, locale)) expect(text, `material ${label}`).toContain(squash(label));
    expect(text).toContain(squash(w['rules:checklist.title']));
    expect(text).toContain(e.result.rulesVersion);
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(text).toContain(today);
    for (const word of NOT_PRINTED(locale)) expect(text, `"${word}" printed`).not.toContain(squash(word));
    // axe on the print view
    await page.emulateMedia({ media: 'print' });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

for (const elder of [false, true]) {
  test(`the family of four's checklist${elder ? ' in 长辈模式' : ''}: by person, with the lines to fill in, the office, the numbers and the next steps; no heading alone at a page foot`, async ({ page }) => {
    const h = persona('owner-family-of-four');
    const w = words('zh-CN');
    await openCheck(page);
    if (elder) await page.getByRole('button', { name: w['common:elder.toggle'] }).click();
    await walkPersona(page, h);
    if (elder) await expect(page.locator('html')).toHaveClass(/\belder\b/);
    // a box focused from the keyboard: no focus ring on paper
    const box = page.locator('.checklist li.material input').first();
    await box.focus();
    await page.keyboard.press('Space');
    const pages = await printedPages(page);
    const lines = pages.flat();
    const text = joined(pages);

    // the people as the result names them (memberLabel: 您, then their relation, as no name was typed)
    const t = translator('zh-CN');
    const people = h.members.map((_, i) => memberLabel(t, h.members, i));
    expect(people[0]).toBe('您');
    const headings = [w['rules:checklist.title'], w['rules:checklist.fill.title'], ...people, w['rules:checklist.family'], w['rules:checklist.next.title']];

    // one 户口簿和身份证 box per person, 4 people
    expect(lines.filter((l) => l === '户口簿和身份证')).toHaveLength(4);
    // each person's heading, then their own papers, in this order (written by hand from the persona):
    // 您 肢体二级 → 残疾人证; the spouse earns 2600 → 收入证明; the pupil of 15 → 在学证明;
    // the parent of 72 after hemiplegia on a 900 pension → 诊断证明和病历复印件, 收入证明
    const expectedOrder = [
      people[0], '户口簿和身份证', '残疾人证',
      people[1], '户口簿和身份证', '收入证明',
      people[2], '户口簿和身份证', '在学证明',
      people[3], '户口簿和身份证', '诊断证明和病历复印件', '收入证明',
      '全家的材料', '申请书', '家庭经济状况查询核对授权书', '承诺书',
      '交了以后',
    ];
    const shown = lines.filter((l) => expectedOrder.includes(l));
    expect(shown).toEqual(expectedOrder);

    // the lines to fill in, where to apply and the numbers to call
    expect(lines).toContain('申请人姓名：');
    expect(lines).toContain('交材料的日期：');
    expect(lines).toContain('交到哪里（街道办事处或乡镇人民政府）：');
    expect(text).toContain(squash('到户籍所在地的街道办事处或乡镇人民政府申请'));
    expect(text).toContain('12345政务服务便民热线');
    expect(text).toContain(squash('12349 社会救助服务热线（部分区已开通）'));
    // what happens next, per programme the family may get, from its own text only: no time limit
    // is borrowed for 低保 from 刚性支出's 5号; 第十八条 and 医疗救助's 2号 第十二条 are cited
    expect(text).toContain(squash('我们收录的文件没有写低保审核要多长时间'));
    expect(text).toContain(squash('依据：津民规〔2025〕5号 第十八条'));
    expect(text).toContain(squash('依据：津政办规〔2026〕2号 第十二条'));
    expect(text).not.toContain(squash('依据：津民规〔2025〕5号 第十一条'));

    expectNoHeadingAtFoot(pages, headings);
    if (elder) expect(pages.length, '长辈模式 takes more than one page').toBeGreaterThan(1);

    // headings larger than the items, printed (in 长辈模式 too); the focused box has no outline on paper
    await page.emulateMedia({ media: 'print' });
    const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const item = await size('.checklist li.material strong');
    expect(await size('.checklist .checklist-group h3')).toBeGreaterThan(item);
    expect(await size('.checklist .checklist-title')).toBeGreaterThan(item);
    expect(await box.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
    if (elder) expect(item).toBeGreaterThanOrEqual(22);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test('清单上不写家人的名字: on screen and in the print the members are named by their relation, the papers stay', async ({ page }) => {
  const h = persona('dibao-uremia');
  await openCheck(page);
  await walkPersona(page, h);
  const w = words('zh-CN');
  let text = joined(await printedPages(page));
  // 妻子 is the name typed for the spouse
  expect(text).toContain('妻子');

  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel(w['rules:checklist.hideNames']).check();
  await expect(page.locator('.checklist')).not.toContainText('妻子');
  text = joined(await printedPages(page));
  expect(text).not.toContain('妻子');
  // she is there by her relation, with her papers
  expect(text).toContain(w['rules:relation.spouse']);
  for (const label of materialNames(h, 'zh-CN')) expect(text, `material ${label}`).toContain(squash(label));
  // the rest of the result still names her
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.result')).toContainText('妻子');
});
