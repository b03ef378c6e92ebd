// The policy pages: /policy/ and one page per programme, in both locales.
// What a reader relies on: every figure the engine uses and every article its steps cite can be
// found on the programme's page (the result page links to `#citationAnchor(c)`), with the
// article's exact words; figures from outside the policy texts are marked as such; the pages
// are accessible, readable at 320 px, and load no JavaScript and nothing from elsewhere. The
// worked examples speak the page's language (the household, the engine's answer, the policy it
// rests on) and keep the tests' English arithmetic for staff in a closed <details>.
import { readFileSync } from 'node:fs';
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { evaluate, isError, PROGRAMS, REGISTRY, type Citation, type Program, type Result } from '../../src/rules/index.ts';
import type { ProgramDef } from '../../src/rules/program.ts';
import { Decimal } from '../../src/rules/money.ts';
import { PARAMETER_SETS, type Param } from '../../src/rules/params.ts';
import { SOURCES, articleText } from '../../src/rules/sources.ts';
import { citationAnchor } from '../../src/lib/explain.ts';
import { CASE_FILES, programCasesFile } from '../../src/lib/case-files.ts';
import { WCAG_TAGS, horizontalOverflow, openContentPage } from './helpers/page.ts';

const LOCALES = [
  { lang: 'zh-CN', prefix: '' },
  { lang: 'en', prefix: '/en' },
] as const;
type Lang = (typeof LOCALES)[number]['lang'];

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
const COMMON: Record<Lang, Record<string, string>> = { 'zh-CN': json('src/i18n/zh-CN/common.json'), en: json('src/i18n/en/common.json') };
const RULES: Record<Lang, Record<string, string>> = { 'zh-CN': json('src/i18n/zh-CN/rules.json'), en: json('src/i18n/en/rules.json') };
const POLICY: Record<Lang, Record<string, string>> = { 'zh-CN': json('src/i18n/zh-CN/policy.json'), en: json('src/i18n/en/policy.json') };

// ---- what each programme's page must carry (computed from the engine, not from the page code) --

const key = (c: Citation) => `${c.doc}|${c.article}`;
const perProgram = <V>(make: () => V) => Object.fromEntries(PROGRAMS.map((p) => [p, make()])) as Record<Program, V>;
const expected = perProgram(() => new Map<string, Citation>());
const add = (program: Program, c: Citation | null) => c && expected[program].set(key(c), c);

/**
 * Parameters → the programme pages that must show them, by group (`dibao`: every 低保 figure) or
 * by one parameter (`dibao.standard`). The 低保标准 is the line of 低保, 边缘, 单人保, 特困 and 刚性支出
 * and the measure of 临时救助's ceilings; the deduction applies to 低保 and 边缘; supplements to 低保
 * and 单人保's candidates; the asset screen (contract §4.4) to 低保, 边缘, 单人保 and 特困; 单人保 reads
 * the 边缘 band, 重度 and the end of 7号; 特困 leaves minors whose parents are unavailable to 孤儿.
 */
const PAGES_OF_PARAM: Record<string, readonly Program[]> = {
  dibao: ['dibao'],
  'dibao.standard': ['edge', 'singlePersonDibao', 'tekun', 'rigid', 'temporary'],
  edge: ['edge'],
  'edge.multiple': ['singlePersonDibao'],
  assetScreen: ['dibao', 'edge', 'singlePersonDibao', 'tekun'],
  singlePerson: ['singlePersonDibao'],
  orphan: ['orphan'],
  'orphan.minorAge': ['tekun'],
  'disability.livingSevere': ['disabilityLiving'],
  'disability.livingOther': ['disabilityLiving'],
  'disability.care': ['disabilityCare'],
  'disability.severeGrade': ['disabilityLiving', 'disabilityCare', 'singlePersonDibao'],
  temporary: ['temporary'],
  medical: ['medical'],
  tekun: ['tekun'],
  deduction: ['dibao', 'edge'],
  supplement: ['dibao', 'singlePersonDibao'],
  rigid: ['rigid'],
};
const paramsOfPage = perProgram((): Param<unknown>[] => []);
for (const set of PARAMETER_SETS)
  for (const [group, params] of Object.entries(set.params))
    for (const [name, param] of Object.entries(params as Record<string, Param<unknown>>)) {
      const pages = new Set([...(PAGES_OF_PARAM[group] ?? []), ...(PAGES_OF_PARAM[`${group}.${name}`] ?? [])]);
      if (pages.size === 0) throw new Error(`parameter ${group}.${name} has no policy page in this test: add it to PAGES_OF_PARAM`);
      for (const program of pages) {
        paramsOfPage[program].push(param);
        add(program, param.citation);
      }
    }

/** Households that reach every step: every worked case, plus the branches the cases may not reach. */
function households(): unknown[] {
  const out: unknown[] = [];
  for (const file of CASE_FILES) {
    const cases = parse(readFileSync(file, 'utf8')) as { household?: unknown }[] | null;
    for (const c of cases ?? []) if (c && typeof c === 'object' && 'household' in c) out.push(c.household);
  }
  const applicant = (extra: object = {}) => ({ relation: 'applicant', age: 70, monthlyIncome: '500', ...extra });
  out.push(
    // deduction after the classification notice ends (7号 四(四))
    { asOf: '2030-09-01', members: [applicant({ illnesses: ['uremia'] })] },
    // 刚性支出 likely after the trial (5号 第二十二条)
    {
      asOf: '2028-09-01',
      members: [{ relation: 'applicant', age: 40, monthlyIncome: '3000' }],
      rigidExpenses: { medical: '30000' },
      assumptions: { priorYearCityDisposableIncome: '50000', priorYearCityHousingAreaPerCapita: 30 },
    },
    // 医疗救助 through a 刚性支出 family with a seriously ill member (第三十五条)
    { asOf: '2026-03-01', members: [{ relation: 'applicant', age: 40, monthlyIncome: '3000', illnesses: ['leukemia'] }], rigidExpenses: { medical: '30000' } },
    // 特困 in the country (dispersed) and in town, and one with able supporters
    { asOf: '2026-03-01', area: 'rural', members: [applicant({ supporters: 'none', ruralCare: 'dispersed' })] },
    { asOf: '2026-03-01', members: [applicant({ supporters: 'able' }), { relation: 'spouse', age: 30, monthlyIncome: '5000' }] },
  );
  return out;
}
let evaluated = 0;
for (const h of households()) {
  const e = evaluate(h);
  if (isError(e)) continue;
  evaluated++;
  for (const program of PROGRAMS) for (const step of e.result.programs[program].reasons) add(program, step.citation);
}
// the result page links each programme's procedure to its page (src/components/result/ResultView.tsx)
for (const def of REGISTRY as readonly ProgramDef[]) for (const { citation } of def.procedure ?? []) add(def.id as Program, citation);

// ---- helpers -----------------------------------------------------------------------------------


/** id → textContent of every element with an id. */
async function idTexts(page: Page): Promise<Map<string, string>> {
  const pairs = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => [e.id, e.textContent ?? ''] as [string, string]));
  return new Map(pairs);
}

const PAGES = LOCALES.flatMap(({ lang, prefix }) => [
  { path: `${prefix}/policy/`, lang, program: null },
  ...PROGRAMS.map((program) => ({ path: `${prefix}/policy/${program}/`, lang, program })),
]);

/** The examples of a programme page: the items of the examples list (not the lists inside them). */
const exampleItems = (page: Page) => page.locator('section:has(> h2#examples) > ol > li');

/** What a reader sees of an example without opening its <details>. */
const outsideDetails = (item: Locator) =>
  item.evaluate((li) => {
    const copy = li.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('details').forEach((d) => d.remove());
    return copy.textContent ?? '';
  });

/**
 * A programme's monthly amount as the result gives it, and its most favourable value (特困, 单人保:
 * the members' amounts added up; a reference amount is not a monthly amount, contract §1).
 */
function amountOf(p: Result['programs'][Program]): [string | null, string | null] {
  const max = 'monthlyAmountMax' in p ? p.monthlyAmountMax : null;
  if ('members' in p) {
    const amounts = p.members.flatMap((m) => ('monthlyAmount' in m ? [m.monthlyAmount] : []));
    return [amounts.length ? amounts.reduce((sum, a) => sum.plus(a), new Decimal(0)).toFixed(2) : null, null];
  }
  return ['monthlyAmount' in p ? p.monthlyAmount : null, max];
}

/**
 * The programme's cases.yaml read as text: every comment line of the file, and each case with its
 * household and its own comment lines (the hand arithmetic; "see file header" means the header).
 */
function yamlCases(program: Program): { comments: Set<string>; cases: { name: string; household: unknown; arithmetic: string }[] } {
  const text = readFileSync(programCasesFile(program), 'utf8');
  const commentOf = (line: string) => /^\s*#\s?(.*)$/.exec(line)?.[1].trim();
  const comments = new Set(text.split('\n').map(commentOf).filter((c): c is string => !!c));
  const [head, ...chunks] = text.split(/^- name: /m);
  const header = head.split(/\n\s*\n/)[0].split('\n').map((l) => /^#\s?(.*)$/.exec(l)?.[1] ?? '').join('\n').trim();
  const parsed = parse(text) as { name: string; household: unknown }[];
  expect(chunks.length).toBe(parsed.length);
  const cases = parsed.map((c, i) => {
    // the comments inside the item: indented ones (a section heading of the next item is not)
    let arithmetic = chunks[i].split('\n').filter((l) => /^\s+#/.test(l)).map((l) => l.replace(/^\s*#\s?/, '')).join('\n').trim();
    if (arithmetic === 'see file header') arithmetic = header;
    return { name: c.name, household: c.household, arithmetic };
  });
  return { comments, cases };
}

// ---- every policy page ---------------------------------------------------------------------------

for (const { path, lang, program } of PAGES) {
  test.describe(`policy page ${path}`, () => {
    test('one h1, right lang, no JavaScript, nothing from elsewhere, no untranslated keys', async ({ page }) => {
      await openContentPage(page, path, lang, program ? RULES[lang][`program.${program}`] : COMMON[lang]['policy.title']);
      const text = await page.locator('body').innerText();
      // i18next shows a missing key as the key itself ("param.dibao.standard")
      expect(text).not.toMatch(/\b(policy|rules|common):[a-z]|\b(param|role|grades|program|index|doc|article|unit|start|footer|nav|example)\.[a-z]/);
    });

    if (program)
      test('opens with a plain summary — who, what, how — and the way into the self-check, before the figures', async ({ page }) => {
        await page.goto(path);
        const summary = page.locator('section.summary');
        await expect(summary.getByRole('heading', { level: 2 })).toHaveText(POLICY[lang]['summary.title']);
        for (const part of ['who', 'gets', 'how']) await expect(summary.locator('dt')).toContainText([POLICY[lang][`summary.${part}`]]);
        const start = summary.getByRole('link', { name: POLICY[lang]['summary.start'] });
        await expect(start).toHaveAttribute('href', lang === 'en' ? '/en/check/' : '/check/');
        // the summary comes before the figures and the articles
        const order = await page.locator('main h2').allTextContents();
        expect(order[0]).toBe(POLICY[lang]['summary.title']);
      });

    test('has no axe violations (WCAG 2.2 AA)', async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations).toEqual([]);
    });

    test('no horizontal scroll at 320 px, also in 长辈模式', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.evaluate(() => document.documentElement.classList.add('elder'));
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  });
}

// ---- citations on the programme pages ------------------------------------------------------------

test('the test sees the engine: worked cases were evaluated and every programme has citations', () => {
  expect(evaluated).toBeGreaterThan(50);
  for (const program of PROGRAMS) expect(expected[program].size, program).toBeGreaterThan(0);
});

test('every cited article of a document in the policy texts has its words in src/rules/sources.ts', () => {
  const missing = PROGRAMS.flatMap((program) =>
    [...expected[program].values()].filter((c) => SOURCES[c.doc]?.inPolicyTexts !== false && articleText(c.doc, c.article) === undefined).map((c) => `${program}: ${c.doc} ${c.article}`),
  );
  expect(missing, 'citations whose words are not registered').toEqual([]);
});

for (const { lang, prefix } of LOCALES) {
  for (const program of PROGRAMS) {
    const path = `${prefix}/policy/${program}/`;

    test(`${path}: every parameter and step citation has its anchor and its words`, async ({ page }) => {
      await page.goto(path);
      const ids = await idTexts(page);
      const problems: string[] = [];
      for (const c of expected[program].values()) {
        const anchor = citationAnchor(c);
        const text = ids.get(anchor);
        if (text === undefined) problems.push(`no #${anchor} for ${c.doc} ${c.article}`);
        else {
          const words = articleText(c.doc, c.article);
          if (words !== undefined && !text.includes(words)) problems.push(`#${anchor} lacks the words of ${c.doc} ${c.article}`);
        }
      }
      expect(problems).toEqual([]);
    });

    test(`${path}: each figure links to its source on the page`, async ({ page }) => {
      await page.goto(path);
      for (const param of paramsOfPage[program]) {
        const anchor = citationAnchor(param.citation);
        await expect(page.locator(`a[href="#${anchor}"]`).first(), `${param.citation.doc} ${param.citation.article}`).toBeVisible();
      }
    });

    test(`${path}: documents outside the policy texts are marked, with confidence and note`, async ({ page }) => {
      await page.goto(path);
      const outside = [...new Set([...expected[program].values()].map((c) => c.doc))].filter((doc) => SOURCES[doc] && !SOURCES[doc].inPolicyTexts);
      for (const doc of outside) {
        const article = [...expected[program].values()].find((c) => c.doc === doc)!;
        const section = page.locator(`#${citationAnchor(article)}`).locator('xpath=ancestor::section[contains(concat(" ", @class, " "), " doc ")]');
        await expect(section).toContainText(COMMON[lang]['policy.outside']);
        await expect(section).toContainText(COMMON[lang][`policy.confidence.${SOURCES[doc].confidence}`]);
        await expect(section).toContainText(SOURCES[doc].note!);
      }
      // and a document in the texts is not marked
      const inTexts = [...expected[program].values()].find((c) => SOURCES[c.doc]?.inPolicyTexts)!;
      const insideDoc = page.locator(`#${citationAnchor(inTexts)}`).locator('xpath=ancestor::section[contains(concat(" ", @class, " "), " doc ")]');
      await expect(insideDoc).not.toContainText(COMMON[lang]['policy.outside']);
    });

    test(`${path}: 1–8 worked examples in the page's words; the tests' arithmetic is kept closed in <details>`, async ({ page }) => {
      const { comments } = yamlCases(program);
      await page.goto(path);
      const items = exampleItems(page);
      const count = await items.count();
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(8);
      const statuses = ['likely', 'unlikely', 'review'].map((s) => RULES[lang][`status.${s}`]);
      for (let i = 0; i < count; i++) {
        const item = items.nth(i);
        const shown = await outsideDetails(item);
        // developer text stays inside <details>: no "contract §4.2", no English on the Chinese page
        expect(shown, `example ${i + 1}`).not.toMatch(/contract|§/i);
        if (lang === 'zh-CN') expect(shown.match(/[A-Za-z]{3,}/g), `example ${i + 1}: ${shown}`).toBeNull();
        const result = await item.locator('.example-result').innerText();
        expect(statuses.some((s) => result.startsWith(s)), result).toBe(true);
        // the hand arithmetic: closed, labelled, and word for word from the YAML comments
        const details = item.locator('details');
        await expect(details).toHaveCount(1);
        await expect(details).not.toHaveAttribute('open');
        await expect(details.locator('summary')).toHaveText(POLICY[lang]['example.handArithmetic']);
        const pre = details.locator('pre');
        await expect(pre).toBeHidden();
        const lines = ((await pre.textContent()) ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(comments.has(line), `not a comment of ${programCasesFile(program)}: ${line}`).toBe(true);
      }
      // it opens from the keyboard, without JavaScript of ours
      const first = items.first().locator('summary');
      await first.focus();
      await page.keyboard.press('Enter');
      await expect(items.first().locator('details pre')).toBeVisible();
    });

    test(`${path}: each example's standing and amount are the engine's for its household`, async ({ page }) => {
      const { cases } = yamlCases(program);
      await page.goto(path);
      const items = exampleItems(page);
      const count = await items.count();
      let amounts = 0;
      for (let i = 0; i < count; i++) {
        const item = items.nth(i);
        const pre = ((await item.locator('details pre').textContent()) ?? '').trim();
        // the case is the one whose hand arithmetic the example carries (cases may share one: then they must agree)
        const matches = cases.filter((c) => c.arithmetic === pre);
        expect(matches.length, `no case of ${programCasesFile(program)} has the arithmetic of example ${i + 1}`).toBeGreaterThan(0);
        const answers = new Set(
          matches.map((c) => {
            const e = evaluate(c.household);
            if (isError(e)) throw new Error(`${c.name}: ${e.error}`);
            return JSON.stringify([e.result.programs[program].status, amountOf(e.result.programs[program])]);
          }),
        );
        expect(answers.size, 'cases with the same arithmetic and different answers').toBe(1);
        const [status, [amount, max]] = JSON.parse([...answers][0]) as [string, [string | null, string | null]];
        const result = item.locator('.example-result');
        await expect(result).toContainText(RULES[lang][`status.${status}`]);
        const yuan = (s: string) => s.replace(/\.00$/, '');
        // the amount, a range up to the most favourable value of an answer of 不确定, or that value alone
        const words = (key: string, values: Record<string, string>) => RULES[lang][key].replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k]);
        const perMonth = RULES[lang]['amount.perMonth'].split('{{amount}}');
        if (amount === null && max === null) await expect(result).not.toContainText(perMonth[0].trim());
        else {
          amounts++;
          if (amount !== null && max !== null) await expect(result).toContainText(words('amount.range', { amount: yuan(amount), max: yuan(max) }));
          else if (max !== null) await expect(result).toContainText(words('amount.upTo', { max: yuan(max) }));
          else await expect(result).toContainText(words('amount.perMonth', { amount: yuan(amount!) }));
        }
      }
      // 低保, 边缘 and 特困 pay money: at least one of their examples shows an amount
      if (program === 'dibao' || program === 'edge' || program === 'tekun') expect(amounts).toBeGreaterThan(0);
    });
  }
}

test('/policy/ lists every programme and quotes every registered article under its anchor', async ({ page }) => {
  await page.goto('/policy/');
  for (const program of PROGRAMS) await expect(page.getByRole('link', { name: RULES['zh-CN'][`program.${program}`] }).first()).toHaveAttribute('href', `/policy/${program}/`);
  const ids = await idTexts(page);
  for (const doc of Object.values(SOURCES))
    for (const [article, words] of Object.entries(doc.articles)) expect(ids.get(citationAnchor({ doc: doc.id, article })) ?? '', `${doc.id} ${article}`).toContain(words);
});

test('a programme page links to the same page in English, and back', async ({ page }) => {
  await page.goto('/policy/rigid/');
  const toEn = page.locator('a[hreflang="en"]:visible');
  await expect(toEn).toHaveAttribute('lang', 'en');
  await toEn.click();
  await expect(page).toHaveURL(/\/en\/policy\/rigid\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const toZh = page.locator('a[hreflang="zh-CN"]:visible');
  await expect(toZh).toHaveAttribute('lang', 'zh-CN');
  await toZh.click();
  await expect(page).toHaveURL(/\/policy\/rigid\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
