// Every sentence a result gives is whole: for each worked case, in both locales, each step, hint
// and arithmetic line has all its placeholders filled (a "{{line}}" left in shows to a resident).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { evaluate, isError, PROGRAMS } from '../../src/rules/index.ts';
import { arithmetic, hintText, lawValues, stepText } from '../../src/lib/explain.ts';
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
