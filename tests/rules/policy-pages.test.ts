// Each programme's policy page is declared in its own folder (src/rules/programs/<id>/policy.ts):
// every programme of the registry has one, every declaration names things that exist, and the
// islands never import these build-time files (their JavaScript budgets must not carry them).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { PROGRAMS, REGISTRY } from '../../src/rules/index.ts';
import type { ProgramDef } from '../../src/rules/program.ts';
import { PARAMETER_SETS } from '../../src/rules/params.ts';
import { articleText } from '../../src/rules/sources.ts';
import { POLICY_PAGES, policyOf } from '../../src/rules/programs/policies.ts';

test("each programme's policy.ts is in its own folder and declares its own id", async () => {
  for (const id of PROGRAMS) {
    const file = `src/rules/programs/${id}/policy.ts`;
    assert.ok(existsSync(file), `${file} is missing`);
    const { policy } = (await import(`../../${file}`)) as { policy: { id: string } };
    assert.equal(policy.id, id, file);
    assert.equal(policyOf(id), policy);
  }
});

test('every parameter group and name a page lists exists in every parameter set', () => {
  for (const page of POLICY_PAGES)
    for (const { group, only } of page.params)
      for (const set of PARAMETER_SETS) {
        assert.ok(Object.hasOwn(set.params, group), `${page.id}: no parameter group ${group} in set ${set.id}`);
        for (const name of only ?? []) assert.ok(Object.hasOwn(set.params[group], name), `${page.id}: no parameter ${group}.${name} in set ${set.id}`);
      }
});

test("the steps an example shows when met are steps the programme's rules report as met", () => {
  for (const page of POLICY_PAGES) {
    const def = (REGISTRY as readonly ProgramDef[]).find((d) => d.id === page.id)!;
    for (const code of page.shownWhenMet) assert.ok(def.steps[code]?.includes('met'), `${page.id}: step ${code} is not a met step of its rules`);
  }
});

test('every article a page quotes beyond its parameters has its words in sources.ts', () => {
  for (const page of POLICY_PAGES)
    for (const e of page.extras) assert.notEqual(articleText(e.doc, e.article), undefined, `${page.id}: ${e.doc} ${e.article} (${e.role}) has no text`);
});

/** Every file a module reaches through relative imports (static and dynamic), itself included. */
function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [resolve(entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)(['"])(\.{1,2}\/[^'"]+)\1/g)) todo.push(resolve(dirname(file), m[2]));
  }
  return seen;
}

test('the islands never import the policy pages’ declarations', () => {
  const buildOnly = /src\/rules\/programs\/(?:[^/]+\/policy|policy-common|policies)\.ts$|src\/lib\/policy-pages\.ts$/;
  for (const island of ['src/components/check/CheckApp.tsx', 'src/components/hotline/Hotline.tsx']) {
    const files = [...reached(island)];
    // the walk works: it reaches the engine the island runs
    assert.ok(files.some((f) => f.endsWith('src/rules/registry.ts')), `${island}: the import walk should reach the registry`);
    assert.deepEqual(files.filter((f) => buildOnly.test(f)), [], island);
  }
});

test("every page's plain summary (who, what, how) is worded in both locales, each figure from the law in force", async () => {
  const { contentI18n, lawInForce } = await import('../../src/lib/policy-pages.ts');
  const law = lawInForce();
  for (const lang of ['zh-CN', 'en'] as const) {
    const t = contentI18n(lang);
    for (const id of PROGRAMS)
      for (const part of ['who', 'gets', 'how']) {
        const key = `policy:summary.${id}.${part}`;
        const text = t(key, law);
        assert.notEqual(text, key.slice('policy:'.length), `${lang}: ${key} is missing`);
        assert.notEqual(text, key, `${lang}: ${key} is missing`);
        assert.doesNotMatch(text, /\{\{|undefined/, `${lang}: ${key} leaves a placeholder: ${text}`);
      }
  }
  // the figures come from the parameters: 低保's summary names the standard in force
  assert.match(contentI18n('zh-CN')('policy:summary.dibao.who', law), new RegExp(law.dibaoStandard));
});
