// Opening a household file never breaks the page and never changes an answer: readHouseholdFile
// (src/lib/household-file.ts) gets random JSON, random text, a 10 MB string, nesting 10 000 deep,
// random bytes, and valid files with one field corrupted. It must always return — never throw,
// never hang — either { ok: true, household } equal to what the file holds, or
// { ok: false, error, issues } with at least one issue that has a path and a message. And the
// engine never changes the household it is given (evaluate on deep-frozen input).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MAX_FILE_BYTES, readHouseholdFile, writeHouseholdFile, type FileRead } from '../../src/lib/household-file.ts';
import { evaluate, isError, type HouseholdInput } from '../../src/rules/index.ts';
import { householdArb, type HouseholdFile } from './arbitrary.ts';

// IMPORT_FUZZ_RUNS=20000 node --test tests/rules/import-fuzz.test.ts for a longer hunt.
const RUNS = { numRuns: Number(process.env.IMPORT_FUZZ_RUNS) || 300 };
const ERRORS = ['invalid-json', 'invalid-household', 'rules-not-encoded', 'too-large'];
/** One read of a 1 MB file must not take the page away from an old phone for long. */
const SLOW_MS = 3000;

/** Reads `text` and checks the shape of the answer; returns it for further checks. */
function read(text: string, label = 'input'): FileRead {
  const started = performance.now();
  let out: FileRead;
  try {
    out = readHouseholdFile(text);
  } catch (error) {
    assert.fail(`readHouseholdFile threw on ${label} (${text.length} chars): ${error instanceof Error ? error.message : String(error)}`);
  }
  const ms = performance.now() - started;
  assert.ok(ms < SLOW_MS, `readHouseholdFile took ${ms.toFixed(0)} ms on ${label}`);
  assert.equal(typeof out, 'object');
  if (out.ok) {
    assert.equal(typeof out.household, 'object');
    // "never a changed answer": what is opened is exactly what the file holds
    assert.deepEqual(out.household, JSON.parse(text));
  } else {
    assert.ok(ERRORS.includes(out.error), `unknown error ${String(out.error)}`);
    assert.ok(Array.isArray(out.issues) && out.issues.length > 0, `${out.error} without issues`);
    for (const issue of out.issues) {
      assert.equal(typeof issue.path, 'string', 'issue path');
      assert.ok(typeof issue.message === 'string' && issue.message.length > 0, 'issue message');
      assert.ok(typeof issue.code === 'string' && issue.code.length > 0, 'issue code');
    }
    assert.doesNotThrow(() => JSON.stringify(out), 'the error can be shown and logged');
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A valid file with one field (at any depth) replaced by any JSON value. */
function corrupt(h: HouseholdFile, pick: number, value: unknown): unknown {
  const file = structuredClone(h) as unknown;
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (path.length > 0) paths.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(file, []);
  const path = paths[pick % paths.length];
  let parent = file as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
  return file;
}

test('valid files open as they are: the same household, nothing changed', () => {
  fc.assert(
    fc.property(householdArb, (h) => {
      const text = writeHouseholdFile(h as HouseholdInput);
      const out = read(text, 'a valid file');
      assert.ok(out.ok, `a valid file was refused: ${JSON.stringify(!out.ok && out.issues)}`);
      // written as v2 (contract §8): schemaVersion 2, and v1's singlePersonCoverage left out
      const { singlePersonCoverage: _, ...household } = h.household ?? {};
      assert.deepEqual(out.household, JSON.parse(JSON.stringify({ ...h, schemaVersion: 2, ...(h.household && { household }) })));
      assert.equal(JSON.parse(text).schemaVersion, 2);
      assert.ok(!text.includes('singlePersonCoverage'));
    }),
    RUNS,
  );
});

test('any JSON value gives an answer, never an exception', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
      read(JSON.stringify(v) ?? 'null', 'a JSON value');
    }),
    RUNS,
  );
});

test('any JSON object shaped like a household (random members and sections) gives an answer', () => {
  const anything = fc.jsonValue({ maxDepth: 3 });
  const shaped = fc.record(
    {
      schemaVersion: anything,
      asOf: fc.oneof(fc.constantFrom('2026-03-01', '2025-08-31', '2026-02-30'), anything),
      area: anything,
      members: fc.oneof(fc.array(fc.dictionary(fc.constantFrom('relation', 'age', 'monthlyIncome', 'name', 'disabilities', 'illnesses', 'student', 'x'), anything), { maxLength: 25 }), anything),
      household: anything,
      assets: anything,
      rigidExpenses: anything,
      conduct: anything,
      assumptions: anything,
    },
    { requiredKeys: [] },
  );
  fc.assert(fc.property(shaped, (v) => void read(JSON.stringify(v), 'a household-shaped object')), RUNS);
});

test('random text, including broken JSON, gives invalid-json or an answer', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 })), (s) => {
      read(s, 'random text');
    }),
    RUNS,
  );
});

test('a valid file cut short or with a character changed never throws', () => {
  fc.assert(
    fc.property(householdArb, fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), (h, at, junk) => {
      const text = writeHouseholdFile(h as HouseholdInput);
      const i = at % text.length;
      read(text.slice(0, i), 'a file cut short');
      read(text.slice(0, i) + junk + text.slice(i + 1), 'a file with a character changed');
    }),
    RUNS,
  );
});

test('random bytes, decoded as UTF-8 or Latin-1, give an answer', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const buffer = Buffer.from(bytes);
      read(buffer.toString('utf8'), 'random bytes as UTF-8');
      read(buffer.toString('latin1'), 'random bytes as Latin-1');
      read(`{"members":[{"relation":"applicant","age":1,"name":${JSON.stringify(buffer.toString('latin1').slice(0, 40))}}]}`, 'bytes in a name');
    }),
    { numRuns: Math.min(RUNS.numRuns, 200) },
  );
});

test('a valid file with one field (at any depth) corrupted gives an answer; a refusal names a path', () => {
  fc.assert(
    fc.property(householdArb, fc.nat(), fc.jsonValue({ maxDepth: 3 }), (h, pick, value) => {
      const text = JSON.stringify(corrupt(h, pick, value));
      read(text, 'a corrupted file');
    }),
    RUNS,
  );
});

test('a 10 MB string is refused as too large, at once', () => {
  const huge = `{"members":[{"relation":"applicant","age":1,"name":"${'x'.repeat(10 * 1024 * 1024)}"}]}`;
  const out = read(huge, 'a 10 MB file');
  assert.ok(!out.ok && out.error === 'too-large');
  const junk = '\u0000'.repeat(10 * 1024 * 1024);
  const out2 = read(junk, '10 MB of NUL');
  assert.ok(!out2.ok && out2.error === 'too-large');
});

test('just under the size limit: a long valid-looking file still answers within the time limit', () => {
  const members = Array.from({ length: 20 }, (_, i) => ({ relation: i === 0 ? 'applicant' : 'other', age: 30, name: '' }));
  const filler = ' '.repeat(MAX_FILE_BYTES - JSON.stringify({ asOf: '2026-03-01', members }).length - 10);
  const out = read(`${JSON.stringify({ asOf: '2026-03-01', members })}${filler}`, 'a file padded to the limit');
  assert.ok(out.ok);
  // 60 000 repeated illnesses: many issues, still quick
  const many = JSON.stringify({ asOf: '2026-03-01', members: [{ relation: 'applicant', age: 1, illnesses: Array.from({ length: 60_000 }, () => 'uremia') }] });
  assert.ok(many.length < MAX_FILE_BYTES);
  const out2 = read(many, '60 000 repeated illnesses');
  assert.ok(!out2.ok && out2.error === 'invalid-household');
});

test('nesting 10 000 (and 400 000) deep, anywhere in the file, gives a clear refusal', () => {
  for (const depth of [10_000, 400_000]) {
    const arrays = '['.repeat(depth) + ']'.repeat(depth);
    const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    if (arrays.length > MAX_FILE_BYTES) continue;
    const places = [
      arrays,
      objects.length <= MAX_FILE_BYTES ? objects : '[]',
      `{"asOf":"2026-03-01","members":${arrays}}`,
      `{"asOf":"2026-03-01","members":[{"relation":"applicant","age":1,"name":${arrays}}]}`,
      `{"asOf":"2026-03-01","members":[{"relation":"applicant","age":1,"disabilities":[{"type":${arrays}}]}]}`,
      `{"asOf":"2026-03-01","members":[{"relation":"applicant","age":1}],"household":${arrays}}`,
      `{"asOf":"2026-03-01","members":[{"relation":"applicant","age":1}],"unknown":${arrays}}`,
      `{"asOf":"2026-03-01","members":[{"relation":"applicant","age":1}],"assets":{"monetary":${arrays}}}`,
      '['.repeat(depth), // unclosed
    ];
    for (const text of places) {
      const out = read(text, `nesting ${depth} deep`);
      assert.ok(!out.ok, `nesting ${depth} deep was accepted`);
      assert.ok(out.error === 'invalid-household' || out.error === 'invalid-json', out.error);
    }
  }
});

test('special keys (__proto__, constructor) are refused as unknown fields and pollute nothing', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    const text = `{"asOf":"2026-03-01","members":[{"relation":"applicant","age":1,"${key}":{"polluted":true}}],"${key}":{"polluted":true}}`;
    const out = read(text, key);
    assert.ok(!out.ok && out.error === 'invalid-household');
    assert.ok(out.issues.some((i) => i.path === key && i.code === 'unknown-field'), JSON.stringify(out.issues));
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was changed');
  }
});

test('the engine never changes the household it is given (deep-frozen input, valid or corrupted)', () => {
  fc.assert(
    fc.property(householdArb, fc.nat(), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), (h, pick, value, broken) => {
      const input = broken ? corrupt(h, pick, value) : structuredClone(h);
      const before = JSON.stringify(input);
      const frozen = deepFreeze(structuredClone(input));
      let out: ReturnType<typeof evaluate>;
      try {
        out = evaluate(frozen);
      } catch (error) {
        assert.fail(`evaluate threw on frozen input (did it write to it?): ${error instanceof Error ? error.message : String(error)}`);
      }
      assert.equal(JSON.stringify(frozen), before, 'the input changed');
      // and the answer for the frozen copy is the answer for a fresh copy
      assert.deepEqual(out, evaluate(structuredClone(input)));
      if (!broken) assert.ok(!isError(out));
    }),
    RUNS,
  );
});
