// The engine's schema refuses every invalid household: a valid one (tests/rules/arbitrary.ts) is
// broken in exactly one way — an unknown field at any level, a wrong type at any field, a number
// out of range, a bad money string, a broken cross-field rule (contract §2), a v1-only field in a
// v2 file (§8) — and evaluate() must answer `invalid-household` with an issue whose path names the
// broken field (§6). The field table below is written from the contract (v2 §2), not read from
// src/rules, so that a field the engine forgot to check is caught.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { evaluate, isError } from '../../src/rules/index.ts';
import { readHouseholdFile } from '../../src/lib/household-file.ts';
import { householdArb, type HouseholdFile } from './arbitrary.ts';

// SCHEMA_FUZZ_RUNS=20000 node --test tests/rules/schema-fuzz.test.ts for a longer hunt.
const RUNS = { numRuns: Number(process.env.SCHEMA_FUZZ_RUNS) || 400 };

type Json = Record<string, unknown>;
type Kind =
  | { type: 'money'; nullable?: boolean }
  | { type: 'int'; min: number; max: number; nullable?: boolean }
  | { type: 'number'; min: number; max: number; nullable?: boolean }
  | { type: 'bool'; nullable?: boolean }
  | { type: 'enum' }
  | { type: 'string'; maxLength: number }
  | { type: 'date'; nullable?: boolean }
  | { type: 'version' }
  | { type: 'object'; nullable?: boolean }
  | { type: 'array'; min?: number; max?: number };

/** Every field of contract §2, by path with `*` for an index. */
const FIELDS: Record<string, Kind> = {
  // 2, or 1 for a v1 file (§2, §8)
  schemaVersion: { type: 'version' },
  asOf: { type: 'date' },
  area: { type: 'enum' },
  members: { type: 'array', min: 1, max: 20 },
  household: { type: 'object' },
  'household.currentCoverage': { type: 'enum' },
  'household.singleParent': { type: 'enum' },
  'household.childless': { type: 'bool' },
  'household.familyPlanningSupport': { type: 'bool' },
  // v1 files only (§8); the generator writes it only there
  'household.singlePersonCoverage': { type: 'bool' },
  'household.applyingByProxy': { type: 'bool' },
  assets: { type: 'object' },
  'assets.monetary': { type: 'money' },
  'assets.monetaryFromSellingOnlyHomeForIllness': { type: 'money' },
  'assets.homes': { type: 'int', min: 0, max: 20 },
  'assets.homesTotalArea': { type: 'number', min: 0, max: 10000 },
  'assets.cars': { type: 'int', min: 0, max: 20 },
  'assets.carsTotalValue': { type: 'money' },
  rigidExpenses: { type: 'object' },
  'rigidExpenses.medical': { type: 'money' },
  'rigidExpenses.education': { type: 'money' },
  'rigidExpenses.rehabilitation': { type: 'money' },
  'rigidExpenses.disasterAccident': { type: 'money' },
  'rigidExpenses.other': { type: 'money' },
  'rigidExpenses.living': { type: 'money', nullable: true },
  conduct: { type: 'object' },
  'conduct.refusesInvestigation': { type: 'bool' },
  'conduct.refusesAuthorization': { type: 'bool' },
  'conduct.luxurySpending': { type: 'bool' },
  'conduct.refusedJobsThreeTimes': { type: 'bool' },
  assumptions: { type: 'object' },
  'assumptions.priorYearCityDisposableIncome': { type: 'money', nullable: true },
  'assumptions.priorYearCityHousingAreaPerCapita': { type: 'number', min: 0, max: 10000, nullable: true },
  'members.*': { type: 'object' },
  'members.*.name': { type: 'string', maxLength: 40 },
  'members.*.relation': { type: 'enum' },
  'members.*.age': { type: 'int', min: 0, max: 130 },
  'members.*.monthlyIncome': { type: 'money' },
  'members.*.hasPension': { type: 'bool' },
  'members.*.disabilities': { type: 'array' },
  'members.*.disabilities.*': { type: 'object' },
  'members.*.disabilities.*.type': { type: 'enum' },
  // null: 不确定 (§2, §4.1)
  'members.*.disabilities.*.grade': { type: 'int', min: 1, max: 4, nullable: true },
  'members.*.illnesses': { type: 'array' },
  'members.*.illnesses.*': { type: 'enum' },
  'members.*.illnessDeductionSince': { type: 'date', nullable: true },
  'members.*.student': { type: 'object', nullable: true },
  'members.*.student.level': { type: 'enum' },
  'members.*.student.fullTime': { type: 'bool' },
  // null: 不确定
  'members.*.bothParentsUnavailable': { type: 'bool', nullable: true },
  'members.*.supporters': { type: 'enum' },
  'members.*.ruralCare': { type: 'enum' },
};
const normal = (path: (string | number)[]) => path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
const dotted = (path: (string | number)[]) => path.join('.');

/** Every field present in a file, with its path, found by walking it. */
function fieldsOf(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; kind: Kind }[] {
  const out: { path: (string | number)[]; kind: Kind }[] = [];
  const kind = FIELDS[normal(path)];
  if (path.length > 0 && kind) out.push({ path, kind });
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...fieldsOf(v, [...path, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...fieldsOf(v, [...path, k]));
  return out;
}

/** The objects of a file where an unknown key can be added (root, sections, members, disabilities, student). */
function objectsOf(file: Json): (string | number)[][] {
  return [[], ...fieldsOf(file).filter((f) => f.kind.type === 'object').map((f) => f.path)].filter((p) => {
    const v = get(file, p);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
}

function get(file: unknown, path: (string | number)[]): unknown {
  let v = file;
  for (const k of path) v = (v as Json)[k as string];
  return v;
}
function set(file: unknown, path: (string | number)[], value: unknown): void {
  const parent = get(file, path.slice(0, -1)) as Json;
  // defineProperty: a key such as "__proto__" must become an own field, not the prototype
  Object.defineProperty(parent, path[path.length - 1], { value, enumerable: true, writable: true, configurable: true });
}

/** Values of another JSON type than the field accepts (money accepts strings and numbers, §1). */
function wrongTypes(kind: Kind): unknown[] {
  const pool: unknown[] = ['x', 7, true, null, [], {}];
  const accepts = (v: unknown): boolean => {
    if (v === null) return 'nullable' in kind && kind.nullable === true;
    switch (kind.type) {
      case 'money':
        return typeof v === 'string' || typeof v === 'number';
      case 'int':
      case 'number':
      case 'version':
        return typeof v === 'number';
      case 'bool':
        return typeof v === 'boolean';
      case 'enum':
      case 'string':
      case 'date':
        return typeof v === 'string';
      case 'object':
        return typeof v === 'object' && !Array.isArray(v);
      case 'array':
        return Array.isArray(v);
    }
  };
  return pool.filter((v) => !accepts(v));
}

/** Values of the right type but out of range (or not an integer, or not a member of the enumeration). */
function outOfRange(kind: Kind): unknown[] {
  switch (kind.type) {
    case 'int':
      return [kind.min - 1, kind.max + 1, kind.min + 0.5, -1e9, 1e21];
    case 'number':
      return [kind.min - 0.01, kind.max + 0.01, -1e9, 1e21];
    case 'money':
      return ['100000000.01', '999999999999', 100000000.01, -0.01, 1.234];
    case 'string':
      return ['长'.repeat(kind.maxLength + 1)];
    case 'enum':
      return ['', 'unknown-value', 'URBAN', ' urban'];
    case 'date':
      return ['2026-02-30', '2026-13-01', '2026-1-01', '20260101', '', '2026-01-01T00:00:00Z'];
    case 'version':
      return [0, 3, 1.5, -1];
    default:
      return [];
  }
}

const BAD_MONEY = ['-1', '1.234', '1e3', 'NaN', '', ' 1', '1 ', '+1', '0x10', '1,000', 'Infinity', '１２', '.5', '5.', '1.2.3'];

type Mutated = { file: Json; path: string; what: string };

const toJson = (h: HouseholdFile) => structuredClone(h) as unknown as Json & { members: Json[] };

const unknownField = (h: HouseholdFile, pick: number, key: string): Mutated => {
  const file = toJson(h);
  const objects = objectsOf(file);
  const at = objects[pick % objects.length];
  const target = get(file, at) as Json;
  // a key the contract does not know at that level
  const parent = normal(at);
  const known = new Set(Object.keys(FIELDS).filter((f) => f.split('.').slice(0, -1).join('.') === parent).map((f) => f.split('.').pop()));
  const name = known.has(key) || Object.hasOwn(target, key) ? `${key}_extra` : key;
  set(file, [...at, name], pick % 3 === 0 ? null : pick % 3 === 1 ? 'x' : { nested: 1 });
  return { file, path: dotted([...at, name]), what: `unknown field ${JSON.stringify(name)} at ${dotted(at) || '(root)'}` };
};

const replaceField = (h: HouseholdFile, pick: number, values: (kind: Kind) => unknown[], label: string): Mutated | null => {
  const file = toJson(h);
  const candidates = fieldsOf(file).filter((f) => values(f.kind).length > 0);
  if (candidates.length === 0) return null;
  const field = candidates[pick % candidates.length];
  const options = values(field.kind);
  const value = options[Math.floor(pick / candidates.length) % options.length];
  set(file, field.path, value);
  return { file, path: dotted(field.path), what: `${label} ${JSON.stringify(value)} at ${dotted(field.path)}` };
};

/** Money fields a file may hold (present or not): a bad amount can be written into any of them. */
const MONEY_PATHS = Object.entries(FIELDS).filter(([, k]) => k.type === 'money').map(([p]) => p);

const badMoney = (h: HouseholdFile, pick: number, bad: string): Mutated => {
  const file = toJson(h);
  const concrete = MONEY_PATHS.flatMap((p) => (p.startsWith('members.*.') ? file.members.map((_, i) => p.replace('*', String(i))) : [p]));
  const path = concrete[pick % concrete.length].split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (path.length === 2 && get(file, [path[0]]) === undefined) file[path[0] as string] = {};
  set(file, path, bad);
  return { file, path: dotted(path), what: `bad money ${JSON.stringify(bad)} at ${dotted(path)}` };
};

const DAY = 86_400_000;
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

/** The cross-field rules of contract §2, each broken on purpose. */
const CROSS = [
  'two-applicants', 'no-applicant', 'single-person-coverage-in-v2', 'childless-with-child', 'since-without-illness',
  'since-after-asOf', 'from-home-exceeds-monetary', 'area-without-home', 'value-without-car', 'duplicate-disability', 'duplicate-illness',
] as const;

function crossRule(h: HouseholdFile, rule: (typeof CROSS)[number], pick: number): Mutated {
  const file = toJson(h);
  const members = file.members;
  const applicant = members.findIndex((m) => m.relation === 'applicant');
  const other = () => {
    const others = members.map((_, i) => i).filter((i) => i !== applicant);
    if (others.length > 0) return others[pick % others.length];
    if (members.length >= 20) members.pop();
    members.push({ relation: 'spouse', age: 40 });
    return members.length - 1;
  };
  const section = (name: string) => (file[name] ??= {}) as Json;
  const m = pick % members.length;
  switch (rule) {
    case 'two-applicants':
      members[other()].relation = 'applicant';
      return { file, path: 'members', what: rule };
    case 'no-applicant':
      members[applicant].relation = 'spouse';
      return { file, path: 'members', what: rule };
    case 'single-person-coverage-in-v2':
      // §8: "In a v2 file singlePersonCoverage is an unknown field" (a v1 file accepts it, whatever the number of members)
      file.schemaVersion = 2;
      section('household').singlePersonCoverage = pick % 2 === 0;
      return { file, path: 'household.singlePersonCoverage', what: rule };
    case 'childless-with-child':
      members[other()].relation = 'child';
      section('household').childless = true;
      return { file, path: 'household.childless', what: rule };
    case 'since-without-illness':
      members[m].illnesses = [];
      members[m].illnessDeductionSince = h.asOf;
      return { file, path: `members.${m}.illnessDeductionSince`, what: rule };
    case 'since-after-asOf':
      members[m].illnesses = ['uremia'];
      members[m].illnessDeductionSince = dayAfter(h.asOf);
      return { file, path: `members.${m}.illnessDeductionSince`, what: rule };
    case 'from-home-exceeds-monetary': {
      const assets = section('assets');
      assets.monetary = String(pick % 1000);
      assets.monetaryFromSellingOnlyHomeForIllness = `${(pick % 1000) + 1}.5`;
      return { file, path: 'assets.monetaryFromSellingOnlyHomeForIllness', what: rule };
    }
    case 'area-without-home': {
      const assets = section('assets');
      if (pick % 2 === 0) delete assets.homes;
      else assets.homes = 0;
      assets.homesTotalArea = 0.1 + (pick % 300);
      return { file, path: 'assets.homesTotalArea', what: rule };
    }
    case 'value-without-car': {
      const assets = section('assets');
      if (pick % 2 === 0) delete assets.cars;
      else assets.cars = 0;
      assets.carsTotalValue = pick % 2 === 0 ? '0.01' : 50000;
      return { file, path: 'assets.carsTotalValue', what: rule };
    }
    case 'duplicate-disability': {
      const list = [...((members[m].disabilities as Json[] | undefined) ?? [])];
      if (list.length === 0) list.push({ type: 'visual', grade: 2 });
      const k = list.length;
      list.push({ type: list[pick % k].type, grade: 1 + (pick % 4) });
      members[m].disabilities = list;
      return { file, path: `members.${m}.disabilities.${k}.type`, what: rule };
    }
    case 'duplicate-illness': {
      const list = [...((members[m].illnesses as string[] | undefined) ?? [])];
      if (list.length === 0) list.push('epilepsy');
      const k = list.length;
      list.push(list[pick % k]);
      members[m].illnesses = list;
      return { file, path: `members.${m}.illnesses.${k}`, what: rule };
    }
  }
}

/** The file must be refused as invalid-household with an issue naming `path`, by evaluate() and by the file reader. */
function assertRefused({ file, path, what }: Mutated): void {
  const out = evaluate(file);
  assert.ok(isError(out), `${what}: the engine gave a result for ${JSON.stringify(file)}`);
  assert.equal(out.error, 'invalid-household', `${what}: ${out.error} ${JSON.stringify(out.issues)}`);
  for (const issue of out.issues) {
    assert.equal(typeof issue.path, 'string');
    assert.ok(typeof issue.message === 'string' && issue.message.length > 0, `${what}: an issue without a message`);
  }
  const paths = out.issues.map((i) => i.path);
  assert.ok(paths.includes(path), `${what}: no issue at ${path}; issues at ${JSON.stringify(paths)}`);
  const read = readHouseholdFile(JSON.stringify(file));
  assert.ok(!read.ok && read.error === 'invalid-household' && read.issues.some((i) => i.path === path), `${what}: the file reader did not refuse it the same way`);
}

const keyArb = fc.oneof(
  fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,12}$/),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'Age', 'members ', '名字', 'income', 'monthlyincome', 'asof'),
);

test('the generated households are valid before they are broken (sanity)', () => {
  fc.assert(
    fc.property(householdArb, (h) => {
      const out = evaluate(h);
      assert.ok(!isError(out), JSON.stringify(isError(out) ? out.issues : null));
    }),
    { numRuns: 100 },
  );
});

test('an unknown field at any level is refused, with its path', () => {
  fc.assert(fc.property(householdArb, fc.nat(), keyArb, (h, pick, key) => assertRefused(unknownField(h, pick, key))), RUNS);
});

test('a value of the wrong type at any field is refused, with its path', () => {
  fc.assert(
    fc.property(householdArb, fc.nat(), (h, pick) => {
      const m = replaceField(h, pick, wrongTypes, 'wrong type');
      if (m) assertRefused(m);
    }),
    RUNS,
  );
});

test('a number out of range, a non-integer count, an unknown enumeration value or a bad date is refused, with its path', () => {
  fc.assert(
    fc.property(householdArb, fc.nat(), (h, pick) => {
      const m = replaceField(h, pick, outOfRange, 'out of range');
      if (m) assertRefused(m);
    }),
    RUNS,
  );
});

test('members: none, or more than 20, is refused at "members"', () => {
  fc.assert(
    fc.property(householdArb, fc.boolean(), (h, none) => {
      const file = toJson(h);
      if (none) file.members = [];
      else while (file.members.length <= 20) file.members.push({ relation: 'other', age: 30 });
      assertRefused({ file, path: 'members', what: none ? 'no members' : '21 members' });
    }),
    { numRuns: 50 },
  );
});

test('a bad money string ("-1", "1.234", "1e3", "NaN", "", " 1" …) in any money field is refused, with its path', () => {
  fc.assert(fc.property(householdArb, fc.nat(), fc.constantFrom(...BAD_MONEY), (h, pick, bad) => assertRefused(badMoney(h, pick, bad))), RUNS);
});

test('every cross-field rule of contract §2, broken, is refused with the path of the field it names', () => {
  fc.assert(fc.property(householdArb, fc.constantFrom(...CROSS), fc.nat(), (h, rule, pick) => assertRefused(crossRule(h, rule, pick))), RUNS);
});

test('each kind of mutation is really exercised (the generator reaches every field)', () => {
  // Guards the properties above against passing vacuously: over a sample, every field of the
  // table is hit by the wrong-type mutation at least once.
  const hit = new Set<string>();
  for (const h of fc.sample(householdArb, { numRuns: 400, seed: 7 })) for (const f of fieldsOf(toJson(h))) hit.add(normal(f.path));
  const missing = Object.keys(FIELDS).filter((f) => !hit.has(f));
  assert.deepEqual(missing, [], `fields never present in generated households: ${missing.join(', ')}`);
});

test('the check itself can fail: an unbroken file, or an issue at another path, is not accepted as refused', () => {
  const [h] = fc.sample(householdArb, { numRuns: 1, seed: 11 });
  assert.throws(() => assertRefused({ file: toJson(h), path: 'members', what: 'unbroken' }), /gave a result/);
  const broken = crossRule(h, 'no-applicant', 0);
  assert.throws(() => assertRefused({ ...broken, path: 'members.0.age' }), /no issue at members\.0\.age/);
});
