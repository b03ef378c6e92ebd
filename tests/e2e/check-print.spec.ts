// The printable materials checklist: the button calls window.print(); the print view (A4, via
// page.pdf and pdftotext) holds every material of the persona, the date and the rules version, and
// none of the navigation, buttons, questions or results; "打印时不显示个人数字" leaves out names.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { createI18n } from '../../src/i18n/index.ts';
import { lawValues, materialLabel } from '../../src/lib/explain.ts';
import { suggestedMaterials } from '../../src/lib/suggested.ts';
import { WCAG_TAGS, expected, openCheck, persona, walkPersona, words, type Locale } from './helpers/check.ts';
import type { HouseholdInput } from '../../src/rules/index.ts';

// whole walks through the questionnaire take longer than the default 30 s on a busy machine
test.describe.configure({ timeout: 180_000 });

const PDFTOTEXT = process.env.PDFTOTEXT ?? '/usr/bin/pdftotext';

async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  // pdftotext reads the PDF from standard input: nothing is left behind in /tmp
  const text = execFileSync(PDFTOTEXT, ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  return text.replace(/\s+/g, '');
}

const squash = (s: string) => s.replace(/\s+/g, '');

function materialWords(h: HouseholdInput, locale: Locale, anonymous = false): string[] {
  const w = words(locale);
  const res = (ns: string) => Object.fromEntries(Object.entries(w).filter(([k]) => k.startsWith(`${ns}:`)).map(([k, v]) => [k.slice(ns.length + 1), v]));
  const t = createI18n(locale, { common: res('common'), rules: res('rules') }).t;
  const e = expected(h);
  const shown = anonymous ? { ...h, members: h.members.map(({ name: _n, ...m }) => m) } : h;
  return [...e.result.materials.map((m) => materialLabel(t, shown, m, lawValues(e.result))), ...suggestedMaterials(h, e.result).map((id) => w[`rules:suggested.${id}`])];
}

const NOT_PRINTED = (locale: Locale) => {
  const w = words(locale);
  return [
    w['common:nav.check'], w['common:nav.policy'], w['common:nav.hotline'], w['common:elder.toggle'], w['common:clear'],
    w['rules:checklist.print'], w['rules:checklist.hideFigures'], w['check:result.edit'], w['check:file.export'], w['check:file.import'],
    w['rules:result.title'], w['rules:program.dibao'], w['rules:program.medical'], w['rules:result.apply.title'], w['check:checkAnswers.title'],
  ];
};

for (const [name, locale] of [['rigid-medical', 'zh-CN'], ['dibao-uremia', 'zh-CN'], ['divorced-father-en', 'en']] as const) {
  test(`print view of ${name}: only the checklist, every material, the date and the rules version`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    const h = persona(name);
    await openCheck(page, locale);
    await walkPersona(page, h);
    const w = words(locale);
    await page.getByRole('button', { name: w['rules:checklist.print'] }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const text = await printedText(page);
    const e = expected(h);
    for (const label of materialWords(h, locale)) expect(text, `material ${label}`).toContain(squash(label));
    expect(text).toContain(squash(w['rules:checklist.title']));
    expect(text).toContain(e.result.rulesVersion);
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(text).toContain(today);
    for (const word of NOT_PRINTED(locale)) expect(text, `"${word}" printed`).not.toContain(squash(word));
    // axe on the print view
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test('打印时不显示个人数字: names and the family size are left out of the print, the materials stay', async ({ page }) => {
  const h = persona('dibao-uremia');
  await openCheck(page);
  await walkPersona(page, h);
  const w = words('zh-CN');
  let text = await printedText(page);
  expect(text).toContain('残疾人证（妻子）');
  expect(text).toContain(squash('全家共 2 口人'));

  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel(w['rules:checklist.hideFigures']).check();
  text = await printedText(page);
  expect(text).not.toContain('妻子');
  expect(text).not.toContain(squash('全家共 2 口人'));
  // the anonymous print names her by relation, never by her name
  expect(text).toContain('残疾人证（您的配偶）');
  for (const label of materialWords(h, 'zh-CN', true)) expect(text, `material ${label}`).toContain(squash(label));
  // on screen the names are still there
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.checklist')).toContainText('残疾人证（妻子）');
});
