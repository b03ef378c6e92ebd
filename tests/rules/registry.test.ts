// The programme registry is the one list of programmes: its order works for what each programme
// reads, every code a programme declares has its wording in both locales, and the declarations
// are complete (every step, hint and arithmetic term the engine produces is declared).
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { evaluate, isError, REGISTRY } from '../../src/rules/index.ts';
import type { ProgramDef } from '../../src/rules/program.ts';
import { MATERIAL_IDS } from '../../src/rules/types.ts';
import { sampleHouseholds } from './arbitrary.ts';
import { CASE_FILES } from '../../src/lib/case-files.ts';

const DEFS = REGISTRY as readonly ProgramDef[];
const rules = (locale: string) => JSON.parse(readFileSync(`src/i18n/${locale}/rules.json`, 'utf8')) as Record<string, string>;

/** Every rules: key the registry's declarations call for. */
function declaredKeys(): string[] {
  const keys: string[] = [];
  for (const def of DEFS) {
    keys.push(`program.${def.id}`, `program.${def.id}.short`, `program.${def.id}.about`);
    for (const [code, outcomes] of Object.entries(def.steps)) for (const o of outcomes) keys.push(`step.${code}.${o}`);
    for (const code of def.hints) keys.push(`hint.${code}`);
    for (const code of def.arith) keys.push(`arith.${code}`);
    for (const { code } of def.procedure ?? []) keys.push(`result.apply.${code}`);
  }
  for (const id of MATERIAL_IDS) keys.push(`material.${id}`, `material.${id}.what`);
  return [...new Set(keys)];
}

test('a programme reads only programmes evaluated before it (its `needs`)', () => {
  DEFS.forEach((def, i) => {
    const earlier = DEFS.slice(0, i).map((d) => d.id);
    for (const need of def.needs) assert.ok(earlier.includes(need), `${def.id} needs ${need}, which comes later or does not exist`);
  });
  assert.equal(new Set(DEFS.map((d) => d.id)).size, DEFS.length, 'programme ids are unique');
});

test('every programme, step outcome, hint, arithmetic term and material has its wording in both locales', () => {
  for (const locale of ['zh-CN', 'en']) {
    const words = rules(locale);
    const missing = declaredKeys().filter((k) => words[k] === undefined);
    assert.deepEqual(missing, [], `${locale}: rules.json lacks these keys`);
  }
});

/** The households of every worked case (the contract v2 ones still in tests/cases-v2 too) and a seeded random sample (dates to 2031, every field). */
function households(): unknown[] {
  const files = [...CASE_FILES, ...globSync('tests/cases-v2/*.yaml')];
  const cases = files.flatMap((f) => ((parse(readFileSync(f, 'utf8')) ?? []) as { household?: unknown }[]).map((c) => c.household));
  return [...cases.filter((h) => h !== undefined), ...sampleHouseholds(3000, 20261201)];
}

test('the declarations are complete: every step, hint and arithmetic term a programme reports is declared, and each declared step is reached', () => {
  const undeclared = new Set<string>();
  const reached = new Set<string>();
  for (const h of households()) {
    const e = evaluate(h, { asOf: '2026-03-01' });
    if (isError(e)) continue;
    for (const def of DEFS) {
      const p = (e.result.programs as Record<string, Parameters<typeof def.arithmetic>[0]>)[def.id];
      for (const s of p.reasons) {
        const key = `${def.id} step ${s.code}.${s.outcome}`;
        if (!def.steps[s.code]?.includes(s.outcome)) undeclared.add(key);
        reached.add(key);
      }
      for (const hint of (e.hints as Record<string, { code: string }[]>)[def.id]) if (!def.hints.includes(hint.code)) undeclared.add(`${def.id} hint ${hint.code}`);
      for (const line of def.arithmetic(p)) for (const part of line) if (!def.arith.includes(part.code)) undeclared.add(`${def.id} arith ${part.code}`);
    }
  }
  assert.deepEqual([...undeclared].sort(), []);
  const unreached = DEFS.flatMap((def) => Object.entries(def.steps).flatMap(([code, outcomes]) => outcomes.map((o) => `${def.id} step ${code}.${o}`))).filter(
    (k) => !reached.has(k),
  );
  assert.deepEqual(unreached, [], 'declared but never produced (a stale declaration, or a case is missing)');
});
