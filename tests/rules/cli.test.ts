// The command line (contract §6, §7): `node scripts/evaluate.ts FILE|-`.
// JSON on standard output and nothing else; exit 0, or 2 on any error.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'jinzhucha-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const household = (income: string, asOf = '2026-03-01') => ({ asOf, members: [{ relation: 'applicant', age: 40, monthlyIncome: income }] });

let n = 0;
function write(content: string): string {
  const file = join(dir, `in-${n++}.json`);
  writeFileSync(file, content);
  return file;
}

/** Run the command line; stderr must be empty and stdout must be JSON (no stack trace) — always. */
function cli(arg: string, input?: string, flags: string[] = []): { status: number | null; json: unknown; stdout: string } {
  const r = spawnSync(process.execPath, ['scripts/evaluate.ts', ...flags, arg], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.error, undefined, `could not run: ${r.error?.message}`);
  assert.equal(r.stderr, '', `stderr must be empty, got:\n${r.stderr}`);
  let json: unknown;
  assert.doesNotThrow(() => {
    json = JSON.parse(r.stdout);
  }, `stdout is not JSON:\n${r.stdout.slice(0, 2000)}`);
  return { status: r.status, json, stdout: r.stdout };
}

test('--compact: one result on one line; an array, one result per line, the same JSON as without it', () => {
  const one = cli(write(JSON.stringify(household('500'))), undefined, ['--compact']);
  assert.equal(one.stdout.trimEnd().split('\n').length, 1);
  assert.deepEqual(one.json, cli(write(JSON.stringify(household('500')))).json);
  const file = write(JSON.stringify([household('500'), household('2000'), { members: [] }]));
  const many = cli(file, undefined, ['--compact']);
  const lines = many.stdout.trimEnd().split('\n');
  // "[", one line per element, "]"
  assert.equal(lines.length, 5);
  assert.equal(many.status, 2);
  assert.deepEqual(many.json, cli(file).json);
  assert.deepEqual(JSON.parse(lines[2].replace(/,$/, '')), (cli(file).json as unknown[])[1]);
});

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

test('one household → one result object, exit 0', () => {
  const { status, json } = cli(write(JSON.stringify(household('500'))));
  assert.equal(status, 0);
  assert.ok(isObject(json), 'one object, not an array');
  // §5, §8: a v1 file (no schemaVersion) gives a v2 result
  assert.equal(json.schemaVersion, 2);
  assert.equal(json.asOf, '2026-03-01');
  assert.equal((json as { programs: { dibao: { monthlyAmount: string } } }).programs.dibao.monthlyAmount, '545.00');
  assert.ok(!('hints' in json), 'the command line prints the contract result (§5), not the hints');
});

test('an array of 3 households → an array of 3 results in the same order, exit 0', () => {
  const { status, json } = cli(write(JSON.stringify([household('0'), household('500'), household('1000')])));
  assert.equal(status, 0);
  assert.ok(Array.isArray(json));
  assert.equal(json.length, 3);
  assert.deepEqual(
    json.map((r) => (r as { programs: { dibao: { monthlyAmount: string } } }).programs.dibao.monthlyAmount),
    ['1045.00', '545.00', '45.00'],
  );
});

test('not JSON → { error: "invalid-json" }, exit 2', () => {
  const { status, json } = cli(write('{ "asOf": "2026-03-01", members: [ }'));
  assert.equal(status, 2);
  assert.ok(isObject(json));
  assert.equal(json.error, 'invalid-json');
});

test('an array with one invalid household → its error object in its place, exit 2', () => {
  const bad = { ...household('500'), members: [{ relation: 'applicant', age: 131 }] };
  const { status, json } = cli(write(JSON.stringify([household('500'), bad, household('1000')])));
  assert.equal(status, 2);
  assert.ok(Array.isArray(json));
  assert.equal(json.length, 3);
  assert.equal((json[0] as Record<string, unknown>).schemaVersion, 2);
  assert.equal((json[2] as Record<string, unknown>).schemaVersion, 2);
  const err = json[1] as { error: string; issues: { path: string }[] };
  assert.equal(err.error, 'invalid-household');
  assert.ok(err.issues.some((i) => i.path === 'members.0.age'), JSON.stringify(err.issues));
});

test('"-" reads the household from standard input', () => {
  const { status, json } = cli('-', JSON.stringify(household('500')));
  assert.equal(status, 0);
  assert.ok(isObject(json));
  assert.equal((json as { programs: { dibao: { monthlyAmount: string } } }).programs.dibao.monthlyAmount, '545.00');
});

test('asOf 2025-08-31 → rules-not-encoded, exit 2', () => {
  const { status, json } = cli(write(JSON.stringify(household('500', '2025-08-31'))));
  assert.equal(status, 2);
  assert.ok(isObject(json));
  assert.equal(json.error, 'rules-not-encoded');
});

test('an invalid household alone → invalid-household with every issue, exit 2', () => {
  const bad = { asOf: '2026-03-01', members: [{ relation: 'spouse', age: -1, monthlyIncome: '1.234' }], extra: true };
  const { status, json } = cli(write(JSON.stringify(bad)));
  assert.equal(status, 2);
  assert.ok(isObject(json));
  assert.equal(json.error, 'invalid-household');
  const paths = (json.issues as { path: string }[]).map((i) => i.path);
  for (const p of ['members', 'members.0.age', 'members.0.monthlyIncome', 'extra']) assert.ok(paths.includes(p), `${p} not in ${JSON.stringify(paths)}`);
});
