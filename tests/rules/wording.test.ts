// Every sentence a result gives is whole: for each worked case, in both locales, each step, hint
// and arithmetic line has all its placeholders filled (a "{{line}}" left in shows to a resident).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { evaluate, isError, PROGRAMS } from '../../src/rules/index.ts';
import { arithmetic, hintText, lawValues, materialLabel, memberLabel, stepText, thirdPersonRules } from '../../src/lib/explain.ts';
import { makeT } from '../../src/i18n/runtime.ts';
import { CASE_FILES } from '../../src/lib/case-files.ts';

const households = CASE_FILES.flatMap((f) =>
  ((parse(readFileSync(f, 'utf8')) ?? []) as { name: string; household?: unknown }[]).filter((c) => c.household !== undefined).map((c) => ({ name: `${f} ${c.name}`, household: c.household })),
);

test('no worded step, hint or arithmetic of a worked case leaves a placeholder', () => {
  assert.ok(households.length > 100, 'the cases are read');
  for (const locale of ['zh-CN', 'en']) {
    const t = makeT(Object.fromEntries(['common', 'rules'].map((ns) => [ns, JSON.parse(readFileSync(`src/i18n/${locale}/${ns}.json`, 'utf8'))])));
    const open: string[] = [];
    for (const { name, household } of households) {
      const e = evaluate(household, { asOf: '2026-03-01' });
      if (isError(e)) continue;
      const h = household as Parameters<typeof stepText>[1];
      const law = lawValues(e.result);
      for (const p of PROGRAMS) {
        const lines = [
          ...e.result.programs[p].reasons.map((s) => stepText(t, h, s, law)),
          ...e.hints[p].map((x) => hintText(t, h, x, law)),
          ...arithmetic(t, h, e.result, p),
        ];
        for (const line of lines) if (line.includes('{{')) open.push(`${locale} ${name}: ${line}`);
      }
    }
    assert.deepEqual(open, []);
  }
});

test('a result names people, not records: 您 for the applicant, the others by their relation to 您 and their age, counted only when relation and age are shared', () => {
  const words = (locale: string) => makeT(Object.fromEntries(['common', 'rules'].map((ns) => [ns, JSON.parse(readFileSync(`src/i18n/${locale}/${ns}.json`, 'utf8'))])));
  // a 70-year-old living alone from the family's view: no one able to support her; two children
  const h = {
    asOf: '2026-03-01',
    members: [
      { relation: 'applicant', age: 70, monthlyIncome: '500', supporters: 'none' },
      { relation: 'spouse', age: 72, monthlyIncome: '0', supporters: 'none' },
      { relation: 'child', age: 40, monthlyIncome: '3000', disabilities: [{ type: 'physical', grade: 3 }] },
      { relation: 'child', age: 12, name: '小明' },
    ],
  } as Parameters<typeof stepText>[1];
  const e = evaluate(h);
  assert.ok(!isError(e));
  const said = (locale: string) => {
    const t = words(locale);
    const law = lawValues(e.result);
    return [
      ...PROGRAMS.flatMap((p) => [...e.result.programs[p].reasons.map((s) => stepText(t, h, s, law)), ...arithmetic(t, h, e.result, p)]),
      ...e.result.materials.map((m) => materialLabel(t, h, m, law)),
    ];
  };
  const zh = said('zh-CN');
  // 特困 for the two elders, each by how the resident would say it
  assert.ok(zh.includes('您：每月 1870 元'), zh.join('\n'));
  assert.ok(zh.includes('您的配偶：每月 1870 元'), zh.join('\n'));
  // the unnamed child by relation and age (the spouse needs no age), the named one by name
  assert.ok(zh.some((l) => l.startsWith('您的孩子（40 岁）')), zh.join('\n'));
  assert.ok(zh.some((l) => l.startsWith('小明：')), zh.join('\n'));
  assert.ok(!zh.some((l) => /成员\d/.test(l)), zh.join('\n'));
  const en = said('en');
  assert.ok(en.includes('You: 1870 yuan a month') && en.includes('Your spouse: 1870 yuan a month'), en.join('\n'));
  assert.ok(!en.some((l) => /Member \d/.test(l)), en.join('\n'));
  // two unnamed children of the same age are counted; staff (thirdPersonRules) say 申请人的…
  const twins = [{ relation: 'applicant', age: 40 }, { relation: 'child', age: 9 }, { relation: 'child', age: 9 }];
  const zhT = words('zh-CN');
  assert.deepEqual([0, 1, 2].map((i) => memberLabel(zhT, twins, i)), ['您', '您的孩子（9 岁）（第 1 位）', '您的孩子（9 岁）（第 2 位）']);
  const staff = makeT({ rules: thirdPersonRules(JSON.parse(readFileSync('src/i18n/zh-CN/rules.json', 'utf8'))) });
  assert.deepEqual([0, 1].map((i) => memberLabel(staff, twins.slice(0, 2), i)), ['申请人', '申请人的孩子（9 岁）']);
});

test('特困 "只差没有能赡养的人" is said of the applicant, never of the applicant\'s own 15-year-old or parent, whose obligor the applicant is', () => {
  // a family of four: the applicant 46 with 肢体二级 (no work capacity, no income), the spouse earning,
  // a 15-year-old pupil and a 72-year-old parent on 900: each of the three is short only of "no supporters"
  const h = JSON.parse(readFileSync('tests/e2e/personas/owner-family-of-four.json', 'utf8'));
  const e = evaluate(h);
  assert.ok(!isError(e));
  assert.deepEqual(
    e.hints.tekun.filter((x) => x.code === 'tekun-supporters-only').map((x) => x.member),
    [0],
  );
});
