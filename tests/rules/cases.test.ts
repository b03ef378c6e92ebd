// The worked examples (src/lib/case-files.ts: each programme's beside its rules, the others in
// tests/cases/), one test per case ("<file>: <name>").
//
// A case is `{ name, cite, household, expect }` or `{ name, cite, household, error, paths }`:
//   - `expect` is a deep partial of the result: objects match on the keys they list, arrays
//     must match exactly in length and order (each element deep-partial), anything else ===.
//   - `error` is `invalid-household` or `rules-not-encoded`; every path of `paths` must be among
//     the reported issue paths.
//   - `hasReason: { <programme>: <code> | [<code>…] }`, at the case's level or inside `expect`:
//     some reason of that programme has that code.
// Every case names its article (`cite`), and every `expect` case carries its arithmetic in a
// `#` comment line inside the case (DESIGN.md: "the arithmetic in a comment").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isMap, isSeq, parseDocument } from 'yaml';
import { evaluate, isError, PROGRAMS } from '../../src/rules/index.ts';
import { CASE_FILES, programCasesFile } from '../../src/lib/case-files.ts';

const ERROR_CODES = ['invalid-household', 'rules-not-encoded'];
const CASE_KEYS = new Set(['name', 'cite', 'household', 'expect', 'error', 'paths', 'hasReason']);

type Diff = { path: string; expected: unknown; actual: unknown; note?: string };

const show = (v: unknown): string => {
  if (v === undefined) return '(missing)';
  const s = JSON.stringify(v);
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
};
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Deep-partial comparison of contract results (see the header). */
export function match(expected: unknown, actual: unknown, path: string, diffs: Diff[]): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) {
      diffs.push({ path, expected, actual, note: 'expected an array' });
      return;
    }
    if (expected.length !== actual.length) {
      diffs.push({ path, expected, actual, note: `expected ${expected.length} element(s), got ${actual.length}` });
      return;
    }
    expected.forEach((e, i) => match(e, actual[i], path ? `${path}.${i}` : String(i), diffs));
    return;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) {
      diffs.push({ path, expected, actual, note: 'expected an object' });
      return;
    }
    for (const [k, v] of Object.entries(expected)) match(v, actual[k], path ? `${path}.${k}` : k, diffs);
    return;
  }
  if (!Object.is(expected, actual)) {
    const note =
      typeof expected !== typeof actual && expected !== null && actual !== null && actual !== undefined
        ? `type differs: expected ${typeof expected}, got ${typeof actual}${typeof expected === 'number' ? ' (money and ratios are strings: quote them in the YAML)' : ''}`
        : undefined;
    diffs.push({ path, expected, actual, ...(note ? { note } : {}) });
  }
}

function report(diffs: Diff[]): string {
  return `${diffs.length} mismatch(es):\n${diffs
    .map((d) => `  at ${d.path || '(root)'}${d.note ? ` — ${d.note}` : ''}\n    expected: ${show(d.expected)}\n    actual:   ${show(d.actual)}`)
    .join('\n')}`;
}

interface LoadedCase {
  file: string;
  index: number;
  value: unknown;
  /** the YAML source of the case */
  source: string;
}

function load(file: string): { cases: LoadedCase[]; problem?: string } {
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) return { cases: [], problem: doc.errors.map((e) => e.message).join('\n') };
  if (!isSeq(doc.contents)) return { cases: [], problem: 'the file must hold a YAML list of cases' };
  const values = doc.toJS() as unknown[];
  const cases = doc.contents.items.map((node, index) => {
    const range = isMap(node) ? node.range : undefined;
    // range[1] is the end of the case's value: a comment after its last line (e.g. the heading
    // of the next group of cases) is not counted as this case's comment.
    const source = range ? text.slice(range[0], range[1]) : '';
    return { file, index, value: values[index], source };
  });
  return { cases };
}

function hasArithmeticComment(source: string): boolean {
  return source.split('\n').some((line) => /^\s*#\s*\S/.test(line));
}

function checkReasons(hasReason: unknown, programs: Record<string, { reasons?: { code: string }[] }>): Diff[] {
  const diffs: Diff[] = [];
  if (!isObject(hasReason)) return [{ path: 'hasReason', expected: '{ <programme>: <code> }', actual: hasReason, note: 'malformed hasReason' }];
  for (const [program, want] of Object.entries(hasReason)) {
    const codes = (Array.isArray(want) ? want : [want]) as unknown[];
    const reasons = programs[program]?.reasons;
    for (const code of codes) {
      if (!reasons || !reasons.some((r) => r.code === code))
        diffs.push({ path: `programs.${program}.reasons[*].code`, expected: code, actual: reasons?.map((r) => r.code), note: 'no reason with this code' });
    }
  }
  return diffs;
}

/** What every case must be, before it is run: its keys, its citation, its arithmetic. */
function checkShape(c: LoadedCase): Record<string, unknown> {
  assert.ok(isObject(c.value), 'a case must be a mapping');
  const kase = c.value;
  assert.ok(typeof kase.name === 'string' && kase.name.trim() !== '', 'the case has no `name`');
  const unknown = Object.keys(kase).filter((k) => !CASE_KEYS.has(k));
  assert.deepEqual(unknown, [], `unknown key(s) in the case: ${unknown.join(', ')} (allowed: ${[...CASE_KEYS].join(', ')})`);
  const cite = kase.cite;
  const citeOk =
    (typeof cite === 'string' && cite.trim() !== '') ||
    (Array.isArray(cite) && cite.length > 0 && cite.every((x) => typeof x === 'string' && x.trim() !== ''));
  assert.ok(citeOk, 'the case has no `cite` (the article that makes it right)');
  assert.ok('household' in kase, 'the case has no `household`');
  const hasExpect = 'expect' in kase;
  const hasError = 'error' in kase;
  assert.ok(hasExpect !== hasError, 'a case has exactly one of `expect` and `error`');
  if (hasExpect) assert.ok(hasArithmeticComment(c.source), 'an `expect` case must carry its arithmetic in a `#` comment line inside the case');
  return kase;
}

function runCase(c: LoadedCase): void {
  const kase = checkShape(c);
  const hasError = 'error' in kase;
  const out = evaluate(kase.household);

  if (hasError) {
    assert.ok(ERROR_CODES.includes(kase.error as string), `error must be one of ${ERROR_CODES.join(', ')}, got ${show(kase.error)}`);
    if (!isError(out)) assert.fail(`expected error ${show(kase.error)}, got a result:\n  ${show(out.result.programs)}`);
    const reported = out.issues.map((i) => i.path);
    const diffs: Diff[] = [];
    if (out.error !== kase.error) diffs.push({ path: 'error', expected: kase.error, actual: out.error, note: `issues: ${show(out.issues)}` });
    const paths = kase.paths ?? [];
    assert.ok(Array.isArray(paths), '`paths` must be a list');
    for (const p of paths as unknown[])
      if (!reported.includes(String(p))) diffs.push({ path: 'issues[*].path', expected: p, actual: reported, note: 'this path is not among the reported issue paths' });
    if (diffs.length > 0) assert.fail(report(diffs));
    return;
  }

  if (isError(out)) assert.fail(`expected a result, got error ${out.error}:\n${out.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  const expect = kase.expect;
  assert.ok(isObject(expect), '`expect` must be a mapping');
  const { hasReason: innerHasReason, ...partial } = expect;
  const diffs: Diff[] = [];
  match(partial, out.result, '', diffs);
  for (const hr of [innerHasReason, kase.hasReason]) if (hr !== undefined) diffs.push(...checkReasons(hr, out.result.programs as never));
  if (diffs.length > 0) assert.fail(report(diffs));
}

// The matcher itself must not pass vacuously.
test('matcher: reports value, type, length and missing-key differences', () => {
  const diffsOf = (e: unknown, a: unknown) => {
    const d: Diff[] = [];
    match(e, a, '', d);
    return d.map((x) => x.path);
  };
  assert.deepEqual(diffsOf({ a: { b: '1.00' } }, { a: { b: '1.00', c: 2 } }), []);
  assert.deepEqual(diffsOf({ a: { b: '1.00' } }, { a: { b: '2.00' } }), ['a.b']);
  assert.deepEqual(diffsOf({ a: 935 }, { a: '935.00' }), ['a']);
  assert.deepEqual(diffsOf({ a: null }, {}), ['a']);
  assert.deepEqual(diffsOf({ a: [{ id: 'x' }] }, { a: [{ id: 'x' }, { id: 'y' }] }), ['a']);
  assert.deepEqual(diffsOf({ a: [{ id: 'x' }, { id: 'z' }] }, { a: [{ id: 'x', m: 1 }, { id: 'y' }] }), ['a.1.id']);
  assert.deepEqual(diffsOf({ a: [] }, { a: [] }), []);
  assert.deepEqual(diffsOf({ a: {} }, { a: null }), ['a']);
  assert.ok(hasArithmeticComment('name: x\n  # 1 + 1 = 2\n  cite: y'));
  assert.ok(!hasArithmeticComment('name: x # not a line\n  cite: y'));
});

test('every programme has its worked cases, and tests/cases holds the others', () => {
  for (const id of PROGRAMS) assert.ok(CASE_FILES.includes(programCasesFile(id)), `${programCasesFile(id)} is missing`);
  assert.ok(CASE_FILES.some((f) => f.startsWith('tests/cases/')));
});

for (const file of CASE_FILES) {
  const { cases, problem } = load(file);
  if (problem !== undefined) {
    test(`${file}: (file)`, () => assert.fail(`cannot read ${file}:\n${problem}`));
    continue;
  }
  for (const c of cases) {
    const name = isObject(c.value) && typeof c.value.name === 'string' && c.value.name.trim() !== '' ? c.value.name : `case #${c.index + 1} (no name)`;
    test(`${file}: ${name}`, () => runCase(c));
  }
}
