// No law number in the wording: every figure of the law a sentence of rules.json or policy.json
// needs comes in as a placeholder, from the step's figures or from the parameter set
// (src/lib/explain.ts paramValues), so a new notice changes params.ts, sources.ts and the
// cases, never the locale files. The figures are read from params.ts itself, never typed here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Decimal } from '../../src/rules/money.ts';
import { PARAMETER_SETS, type Param } from '../../src/rules/params.ts';
import { longDate, paramValues } from '../../src/lib/explain.ts';
import { makeT } from '../../src/i18n/runtime.ts';

const LOCALES = ['zh-CN', 'en'] as const;
const NAMESPACES = ['rules', 'policy'] as const;
const load = (locale: string, ns: string) => JSON.parse(readFileSync(`src/i18n/${locale}/${ns}.json`, 'utf8')) as Record<string, string>;

/** Every number and every date of every parameter set: values, ratios as percentages, grade limits, dates in force. */
function lawFigures(): { numbers: Set<string>; dates: Set<string> } {
  const numbers = new Set<string>();
  const dates = new Set<string>();
  const number = (v: string) => numbers.add(new Decimal(v).toString());
  for (const set of PARAMETER_SETS) {
    dates.add(set.from);
    for (const group of Object.values(set.params))
      for (const p of Object.values(group as Record<string, Param<unknown>>)) {
        dates.add(p.effective);
        const v = p.value;
        if (p.unit === 'date') dates.add(String(v));
        else if (typeof v === 'number' || (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v))) {
          number(String(v));
          // a ratio is worded as a percentage (0.6 → "60%", 津民规〔2025〕5号 第五条(三))
          if (p.unit === 'ratio') number(new Decimal(String(v)).times(100).toString());
        } else if (p.unit === 'grade') for (const g of Object.values(v as Record<string, number>)) number(String(g));
      }
  }
  return { numbers, dates };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const iso = (y: string, m: string | number, d: string) => `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;

/** The dates and the numbers a sentence types (placeholders left out; a date's parts are not numbers). */
function typedFigures(text: string): { numbers: string[]; dates: string[] } {
  const dates: string[] = [];
  let rest = text.replace(/\{\{\s*[\w.]+\s*\}\}/g, ' ');
  rest = rest.replace(/(\d{4})-(\d{2})-(\d{2})/g, (_, y, m, d) => (dates.push(iso(y, m, d)), ' '));
  rest = rest.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/g, (_, y, m, d) => (dates.push(iso(y, m, d)), ' '));
  rest = rest.replace(new RegExp(`(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})`, 'g'), (_, d, m, y) => (dates.push(iso(y, MONTHS.indexOf(m) + 1, d)), ' '));
  const numbers = [...rest.matchAll(/\d+(?:\.\d+)?/g)].map((m) => new Decimal(m[0]).toString());
  return { numbers, dates };
}

/**
 * Numbers a sentence may type although a parameter has the same value, because they are not that
 * parameter. Each entry: `ns:key`, the number, and why. Keep it short; a figure the law sets and
 * the engine computes with belongs in params.ts, not here.
 */
const ALLOWED: readonly { key: string; number: string; why: string }[] = [
  // the disability grade scale itself (grade 1 is the most severe), not a grade limit of a rule
  { key: 'policy:grades.one', number: '1', why: 'grade 1 names the top of the scale' },
  { key: 'policy:grades.range', number: '1', why: 'a range of grades starts at grade 1' },
  // the engine asks yes/no whether someone refused work "连续3次" (津民规〔2025〕5号 第七条): the
  // count is the question's words, no parameter; it only happens to equal a grade limit (3)
  { key: 'rules:step.rigid-conduct.not-met', number: '3', why: '第七条 words of a yes/no answer' },
  { key: 'policy:example.conduct.refusedJobsThreeTimes', number: '3', why: '第七条 words of a yes/no answer' },
  // names: "Type 1 diabetes" (I型糖尿病) and a hospital of "grade 2A" (二级甲等), not figures of a rule
  { key: 'rules:illness.type-1-diabetes', number: '1', why: 'the name of an illness' },
  { key: 'rules:material.diagnosis.what', number: '2', why: 'the hospital grade 二级甲等 (2A)' },
  // a floor area or a car value of nothing, in a validation message (no home, no car), not the 低保 car limit (0)
  { key: 'rules:issue.area-without-home', number: '0', why: 'nothing: no home, no floor area' },
  { key: 'rules:issue.value-without-car', number: '0', why: 'nothing: no car, no value' },
  // the 12 months before applying over which 5号 第五条(三) counts expenses: the period the resident is
  // asked about, which the engine never computes with; it only equals 第十七条's validity (12 months)
  ...['rules:step.rigid-expense-share.met', 'rules:step.rigid-expense-share.not-met', 'rules:material.expense-receipts.what', 'policy:example.expenses', 'policy:summary.rigid.who'].map((key) => ({
    key,
    number: '12',
    why: '第五条(三) 提出申请前 12 个月内, the period asked about',
  })),
  // how many illnesses 7号 二(一)2 lists in a tier besides the one named (catalog.ts), not the pre-school age (7)
  { key: 'policy:param.deduction.illnessTier2', number: '7', why: 'a count of the illnesses listed in the tier' },
  { key: 'policy:param.deduction.illnessTier1', number: '7', why: 'a count of the illnesses listed in the tier' },
];

const allowed = (key: string, n: string) => ALLOWED.some((a) => a.key === key && a.number === n);

test('no locale string of rules.json or policy.json types a figure of the law', () => {
  const { numbers, dates } = lawFigures();
  // the set is read from params.ts: if this fails, the reading above is wrong, not the wording
  for (const n of ['1045', '1.5', '60', '16', '314', '100000']) assert.ok(numbers.has(n), `law figures should include ${n}`);
  const found: string[] = [];
  for (const locale of LOCALES)
    for (const ns of NAMESPACES)
      for (const [key, text] of Object.entries(load(locale, ns))) {
        const typed = typedFigures(text);
        for (const n of typed.numbers) if (numbers.has(n) && !allowed(`${ns}:${key}`, n)) found.push(`${locale} ${ns}:${key}: ${n}`);
        for (const d of typed.dates) if (dates.has(d)) found.push(`${locale} ${ns}:${key}: date ${d}`);
      }
  assert.deepEqual(found, []);
});

test('the check reads a typed figure: one law number in a sentence is found', () => {
  const { numbers } = lawFigures();
  const typed = typedFigures('收入比低保标准高一点（不到1.5倍），达到家庭年收入的60%，2025年9月1日 起');
  assert.deepEqual(typed.numbers.filter((n) => numbers.has(n)), ['1.5', '60']);
  assert.deepEqual(typed.dates, ['2025-09-01']);
  assert.deepEqual(typedFigures('{{edgeMultiple}}倍，{{rigidExpenseSharePercent}}%').numbers, []);
});

test('every allow-list entry is still needed', () => {
  for (const a of ALLOWED) {
    const [ns, key] = [a.key.slice(0, a.key.indexOf(':')), a.key.slice(a.key.indexOf(':') + 1)];
    const typed = LOCALES.flatMap((l) => typedFigures(load(l, ns)[key] ?? '').numbers);
    assert.ok(typed.includes(a.number), `${a.key} no longer types ${a.number}: remove it from ALLOWED`);
  }
});

test('paramValues names each figure once from params.ts, ratios also as a percentage', () => {
  for (const set of PARAMETER_SETS) {
    const v = paramValues(set.params);
    assert.equal(v.dibaoStandard, set.params.dibao.standard.value);
    assert.equal(v.edgeMultiple, set.params.edge.multiple.value);
    assert.equal(v.tekunMinorAge, String(set.params.tekun.minorAge.value));
    assert.equal(v.rigidMaxCars, String(set.params.rigid.maxCars.value));
    assert.equal(v.rigidExpenseSharePercent, new Decimal(set.params.rigid.expenseShare.value).times(100).toString());
    // rules in words and grade tables give no value
    assert.equal(v.tekunOwnIncome, undefined);
    assert.equal(v.tekunIncapacityGrades, undefined);
  }
});

test('a sentence shows the figures of the set it is given, not typed ones', () => {
  const set = PARAMETER_SETS[PARAMETER_SETS.length - 1];
  const changed = structuredClone(set.params);
  changed.rigid.expenseShare.value = '0.55';
  changed.tekun.minorAge.value = 18;
  for (const locale of LOCALES) {
    const t = makeT({ rules: load(locale, 'rules'), common: load(locale, 'common') });
    const share = t('rules:step.rigid-expense-share.met', { ...paramValues(changed), rigidTotal: '1', annualIncome: '2', needed: '1.1' });
    assert.match(share, /55%/, locale);
    assert.doesNotMatch(share, /60%/, locale);
    const work = t('rules:step.tekun-no-work-capacity.met', { ...paramValues(changed), member: 'M', age: '17' });
    assert.match(work, /18/, locale);
    assert.doesNotMatch(work, /16/, locale);
  }
});

test('a long date is worded per locale from its parts', () => {
  const zh = makeT({ common: load('zh-CN', 'common') });
  const en = makeT({ common: load('en', 'common') });
  assert.equal(longDate(zh, '2025-09-01'), '2025年9月1日');
  assert.equal(longDate(en, '2025-09-01'), '1 September 2025');
  assert.equal(longDate(en, '2026-12-31'), '31 December 2026');
});
