// Property tests over random VALID households (tests/rules/arbitrary.ts) and mutated invalid ones.
// Each property states the contract sentence it checks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { evaluate, isError } from '../../src/rules/index.ts';
import type { Evaluation, Result, Status } from '../../src/rules/index.ts';
import { parametersAt } from '../../src/rules/params.ts';
import { centsToMoney, householdArb, type HouseholdFile, type MemberFile } from './arbitrary.ts';

// PROPERTY_RUNS=20000 node --test tests/rules/properties.test.ts for a longer hunt.
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 300 };
const RANK: Record<Status, number> = { unlikely: 0, review: 1, likely: 2 };
const ACTIVE = (s: Status) => s === 'likely' || s === 'review';
const money = (v: string | undefined | null) => new Decimal(v ?? '0');
const fmt = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

function resultOf(h: unknown): Result {
  const out = evaluate(h);
  if (isError(out)) assert.fail(`valid household refused: ${out.error} ${JSON.stringify(out.issues)}\n${JSON.stringify(h)}`);
  return out.result;
}

/** The parameters in force at asOf, from params.ts (the law's numbers live there only). */
function paramsAt(asOf: string) {
  const set = parametersAt(asOf);
  assert.ok(set, `no parameter set for ${asOf}`);
  return set.params;
}
/** S in force at asOf */
const standardAt = (asOf: string) => new Decimal(paramsAt(asOf).dibao.standard.value);

test('(a) raising one member’s income never makes 低保 more likely nor its amount larger', () => {
  fc.assert(
    fc.property(householdArb, fc.nat(), fc.integer({ min: 1, max: 1_000_000 }), (h, which, raiseCents) => {
      const before = resultOf(h).programs.dibao;
      const raised = structuredClone(h);
      const m = raised.members[which % raised.members.length];
      m.monthlyIncome = fmt(money(m.monthlyIncome).plus(new Decimal(raiseCents).div(100)));
      const after = resultOf(raised).programs.dibao;
      assert.ok(
        RANK[after.status] <= RANK[before.status],
        `dibao went from ${before.status} to ${after.status} when member ${which % raised.members.length}'s income rose by ${raiseCents / 100}`,
      );
      if (before.monthlyAmount !== null && after.monthlyAmount !== null)
        assert.ok(new Decimal(after.monthlyAmount).lte(before.monthlyAmount), `amount rose from ${before.monthlyAmount} to ${after.monthlyAmount}`);
      if (before.monthlyAmount === null) assert.equal(after.monthlyAmount, null);
    }),
    RUNS,
  );
});

test('(b) 低保 and 边缘 are never both likely (§4.3)', () => {
  fc.assert(
    fc.property(householdArb, (h) => {
      const { dibao, edge } = resultOf(h).programs;
      assert.ok(!(dibao.status === 'likely' && edge.status === 'likely'), 'dibao and edge both likely');
    }),
    RUNS,
  );
});

/** §4.2 supplements, recomputed from the household file and the parameters in force at asOf */
function expectedSupplements(h: HouseholdFile, asOf: string): { kind: string; member: number; amount: string }[] {
  const { student, studentMinAge, elderly, elderlyAge } = paramsAt(asOf).supplement;
  const out: { kind: string; member: number; amount: string }[] = [];
  h.members.forEach((m: MemberFile, member) => {
    const s = m.student ?? null;
    if (m.age >= studentMinAge.value && s !== null && s.fullTime && s.level !== 'postgraduate' && m.bothParentsUnavailable === true)
      out.push({ kind: 'student', member, amount: fmt(money(student.value)) });
    if (m.age >= elderlyAge.value) out.push({ kind: 'elderly', member, amount: fmt(money(elderly.value)) });
  });
  return out;
}

test('(c) 低保 likely/review: monthlyAmount = N·S − C + Σ supplements (§4.2), C = max(0, I − D) (§4.1)', () => {
  fc.assert(
    fc.property(householdArb, (h) => {
      const r = resultOf(h);
      const N = r.household.size;
      assert.equal(N, h.members.length, 'household.size');
      const I = h.members.reduce((t, m) => t.plus(money(m.monthlyIncome)), new Decimal(0));
      assert.equal(r.household.monthlyIncome, fmt(I), 'household.monthlyIncome');
      const C = Decimal.max(0, I.minus(r.deduction.amount));
      assert.equal(r.household.countedMonthlyIncome, fmt(C), 'household.countedMonthlyIncome');
      assert.equal(r.household.perCapitaCountedIncome, fmt(C.div(N)), 'household.perCapitaCountedIncome');
      const { dibao } = r.programs;
      if (!ACTIVE(dibao.status)) {
        assert.equal(dibao.monthlyAmount, null, 'monthlyAmount when unlikely');
        return;
      }
      const S = standardAt(r.asOf);
      const supplements = expectedSupplements(h, r.asOf);
      assert.deepEqual(dibao.supplements, supplements, 'supplements (ordered by member index)');
      const sum = supplements.reduce((t, s) => t.plus(s.amount), new Decimal(0));
      const expected = S.times(N).minus(new Decimal(r.household.countedMonthlyIncome)).plus(sum);
      assert.equal(dibao.monthlyAmount, fmt(expected), `N·S − C + Σ = ${N}×${S} − ${r.household.countedMonthlyIncome} + ${sum}`);
    }),
    RUNS,
  );
});

test('(c′) 低保/边缘 income conditions decide "unlikely", never the assets (§4.2, §4.3)', () => {
  fc.assert(
    fc.property(householdArb, (h) => {
      const r = resultOf(h);
      const S = standardAt(r.asOf);
      const M = paramsAt(r.asOf).edge.multiple.value;
      const P = new Decimal(r.household.countedMonthlyIncome).div(r.household.size); // exact: C has ≤ 2 decimals
      const { dibao, edge } = r.programs;
      assert.equal(dibao.status !== 'unlikely', P.lt(S), `dibao ${dibao.status} with P = ${P} and S = ${S}`);
      assert.equal(edge.status !== 'unlikely', P.gte(S) && P.lt(S.times(M)), `edge ${edge.status} with P = ${P}, S = ${S} and multiple ${M}`);
    }),
    RUNS,
  );
});

test('(d) deduction.amount = the largest candidate (ties: the first), 0 when none or with singlePersonCoverage (§4.1)', () => {
  fc.assert(
    fc.property(householdArb, (h) => {
      const { deduction } = resultOf(h);
      for (const c of deduction.candidates) assert.ok(new Decimal(c.amount).gt(0), `candidate ${c.item} with amount ${c.amount}`);
      const single = h.household?.singlePersonCoverage === true;
      if (deduction.candidates.length === 0 || single) {
        assert.equal(deduction.amount, '0.00');
        assert.equal(deduction.item, null);
        return;
      }
      const max = Decimal.max(...deduction.candidates.map((c) => new Decimal(c.amount)));
      assert.equal(deduction.amount, fmt(max));
      assert.equal(deduction.item, deduction.candidates.find((c) => new Decimal(c.amount).cmp(max) === 0)?.item);
    }),
    RUNS,
  );
});

/** §5.1: which programme a material belongs to */
const MATERIAL_PROGRAMMES: Record<string, 'any' | 'rigid' | 'dibao-or-edge'> = {
  'application-form': 'any', 'hukou-id': 'any', authorization: 'any', pledge: 'any', 'proxy-authorization': 'any',
  'expense-receipts': 'rigid',
  diagnosis: 'dibao-or-edge', 'illness-review-records': 'dibao-or-edge', 'disability-cert': 'dibao-or-edge',
  'pension-proof': 'dibao-or-edge', 'family-planning-cert': 'dibao-or-edge',
};

test('(e) every material belongs to an active programme, names an existing member, appears once (§5.1)', () => {
  fc.assert(
    fc.property(householdArb, (h) => {
      const r = resultOf(h);
      const p = r.programs;
      if (r.materials.length > 0)
        assert.ok([p.dibao, p.edge, p.tekun, p.rigid].some((x) => ACTIVE(x.status)), `materials ${JSON.stringify(r.materials)} with no active programme`);
      const any = [p.dibao, p.edge, p.tekun, p.rigid].some((x) => ACTIVE(x.status));
      const dibaoOrEdge = ACTIVE(p.dibao.status) || ACTIVE(p.edge.status);
      const seen = new Set<string>();
      for (const m of r.materials) {
        assert.ok(Object.hasOwn(MATERIAL_PROGRAMMES, m.id), `material ${m.id} is not an id of the table of §5.1`);
        const needs = MATERIAL_PROGRAMMES[m.id];
        const active = needs === 'any' ? any : needs === 'rigid' ? ACTIVE(p.rigid.status) : dibaoOrEdge;
        assert.ok(active, `material ${m.id} needs ${needs} active; statuses ${JSON.stringify(Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.status])))}`);
        if (m.member !== undefined)
          assert.ok(Number.isInteger(m.member) && m.member >= 0 && m.member < h.members.length, `material ${m.id} names member ${m.member}`);
        const key = `${m.id}#${m.member ?? ''}`;
        assert.ok(!seen.has(key), `duplicate material ${key}`);
        seen.add(key);
      }
    }),
    RUNS,
  );
});

test('(f) evaluate never throws and always returns a result for a valid household', () => {
  fc.assert(
    fc.property(householdArb, (h) => {
      let out: ReturnType<typeof evaluate> | undefined;
      assert.doesNotThrow(() => {
        out = evaluate(h);
      });
      assert.ok(out && !isError(out), `error for a valid household: ${JSON.stringify(out)}`);
    }),
    RUNS,
  );
});

/** Any JSON value, or a valid household with one field (top level or of a member) replaced by any JSON value. */
const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc
    .tuple(householdArb, fc.constantFrom('members', 'area', 'household', 'assets', 'rigidExpenses', 'conduct', 'assumptions', 'asOf'), fc.jsonValue())
    .map(([h, k, v]) => ({ ...h, [k]: v })),
  fc
    .tuple(householdArb, fc.constantFrom('age', 'monthlyIncome', 'disabilities', 'illnesses', 'illnessDeductionSince', 'student', 'relation'), fc.jsonValue())
    .map(([h, k, v]) => ({ ...h, members: h.members.map((m, i) => (i === 0 ? { ...m, [k]: v } : m)) })),
);

test('(f′) evaluate never throws on any JSON value (it returns a result or an error object)', () => {
  fc.assert(
    fc.property(junkArb, (v) => {
      const out = evaluate(v, { asOf: '2026-03-01' });
      assert.ok(isError(out) || 'result' in out);
    }),
    RUNS,
  );
});

const MONEY_OUT = /^\d+\.\d{2}$/;
const RATIO_OUT = /^\d+\.\d{4}$/;

test('(g) a household survives JSON and back with the same result; result money is a string (§1)', () => {
  fc.assert(
    fc.property(householdArb, (h) => {
      const text = JSON.stringify(h);
      const direct = evaluate(h) as Evaluation;
      const viaJson = evaluate(JSON.parse(text)) as Evaluation;
      assert.deepEqual(viaJson.result, direct.result);
      // the result itself is plain JSON: nothing undefined, no Decimal objects
      assert.deepEqual(JSON.parse(JSON.stringify(direct.result)), direct.result);
      const r = direct.result;
      const moneyFields = [
        r.household.monthlyIncome, r.household.countedMonthlyIncome, r.household.perCapitaCountedIncome, r.deduction.amount,
        ...r.deduction.candidates.map((c) => c.amount), r.programs.dibao.monthlyAmount, ...r.programs.dibao.supplements.map((s) => s.amount),
        r.programs.edge.monthlyAmount, ...r.programs.tekun.members.map((m) => m.monthlyAmount), r.programs.rigid.rigidTotal, r.programs.rigid.annualIncome,
      ];
      for (const v of moneyFields) if (v !== null) assert.match(v, MONEY_OUT);
      if (r.programs.rigid.ratio !== null) assert.match(r.programs.rigid.ratio, RATIO_OUT);
    }),
    RUNS,
  );
});

// ---- invalid input ---------------------------------------------------------------------------

type Mutation = 'unknown-field' | 'bad-money' | 'age-131' | 'two-applicants' | 'childless-with-child';
const MUTATIONS: Mutation[] = ['unknown-field', 'bad-money', 'age-131', 'two-applicants', 'childless-with-child'];
const SECTIONS = ['household', 'assets', 'rigidExpenses', 'conduct', 'assumptions'] as const;
const MONEY_FIELDS = [
  'assets.monetary', 'assets.monetaryFromSellingOnlyHomeForIllness', 'assets.carsTotalValue',
  'rigidExpenses.medical', 'rigidExpenses.education', 'rigidExpenses.rehabilitation', 'rigidExpenses.disasterAccident',
  'rigidExpenses.other', 'rigidExpenses.living', 'assumptions.priorYearCityDisposableIncome',
];

type Json = Record<string, unknown>;

/** Apply one mutation; returns the contract path where an issue is expected. */
function mutate(h: HouseholdFile, kind: Mutation, pick: number, badMoney: string, key: string): { file: Json; path: string } {
  const file = structuredClone(h) as unknown as Json & { members: Json[] };
  const members = file.members;
  const at = <T>(xs: readonly T[]) => xs[pick % xs.length];
  switch (kind) {
    case 'unknown-field': {
      const levels: { obj: Json; path: string }[] = [{ obj: file, path: '' }];
      for (const s of SECTIONS) {
        file[s] ??= {};
        levels.push({ obj: file[s] as Json, path: s });
      }
      members.forEach((m, i) => {
        levels.push({ obj: m, path: `members.${i}` });
        if (m.student) levels.push({ obj: m.student as Json, path: `members.${i}.student` });
        ((m.disabilities as Json[] | undefined) ?? []).forEach((d, k) => levels.push({ obj: d, path: `members.${i}.disabilities.${k}` }));
      });
      const level = at(levels);
      level.obj[key] = pick % 2 === 0 ? 1 : 'x';
      return { file, path: level.path ? `${level.path}.${key}` : key };
    }
    case 'bad-money': {
      const paths = [...MONEY_FIELDS, ...members.map((_, i) => `members.${i}.monthlyIncome`)];
      const path = at(paths);
      const [head, ...rest] = path.split('.');
      let obj = file as Json;
      if (head === 'members') obj = members[Number(rest[0])];
      else obj = (file[head] ??= {}) as Json;
      obj[rest[rest.length - 1]] = badMoney;
      return { file, path };
    }
    case 'age-131': {
      const i = pick % members.length;
      members[i].age = 131;
      return { file, path: `members.${i}.age` };
    }
    case 'two-applicants': {
      const applicant = members.find((m) => m.relation === 'applicant');
      members.splice(pick % (members.length + 1), 0, structuredClone(applicant) as Json);
      return { file, path: 'members' };
    }
    case 'childless-with-child': {
      const household = (file.household ??= {}) as Json;
      household.childless = true;
      if (!members.some((m) => m.relation === 'child')) {
        const others = members.filter((m) => m.relation !== 'applicant');
        if (others.length > 0) at(others).relation = 'child';
        else members.push({ relation: 'child', age: 10 });
      }
      return { file, path: 'household.childless' };
    }
  }
}

test('invalid: one mutation of a valid household → invalid-household with an issue at the expected path (§2, §6)', () => {
  fc.assert(
    fc.property(
      householdArb,
      fc.constantFrom(...MUTATIONS),
      fc.nat(),
      fc.constantFrom('-1', '1.234', '1e3'),
      fc.stringMatching(/^[a-z][a-zA-Z]{0,10}$/).map((s) => `zz${s}`),
      (h, kind, pick, badMoney, key) => {
        const { file, path } = mutate(h, kind, pick, badMoney, key);
        const out = evaluate(file);
        assert.ok(isError(out), `${kind}: got a result for ${JSON.stringify(file)}`);
        assert.equal(out.error, 'invalid-household', `${kind}: ${JSON.stringify(out.issues)}`);
        const paths = out.issues.map((i) => i.path);
        assert.ok(paths.includes(path), `${kind}: expected an issue at ${path}, got ${JSON.stringify(paths)}`);
      },
    ),
    { numRuns: Number(process.env.PROPERTY_RUNS) || 500 },
  );
});

test('invalid: a valid household is made invalid only by its mutation (sanity of the generator)', () => {
  // Helps to read a failure of the previous property: the unmutated file must be valid.
  fc.assert(
    fc.property(householdArb, (h) => {
      const out = evaluate(h);
      assert.ok(!isError(out), JSON.stringify(isError(out) ? out.issues : null));
    }),
    RUNS,
  );
});

test('money strings of the generator have at most 2 decimals (helper)', () => {
  assert.equal(centsToMoney(0), '0');
  assert.equal(centsToMoney(104500), '1045');
  assert.equal(centsToMoney(104550), '1045.5');
  assert.equal(centsToMoney(104505), '1045.05');
  assert.equal(centsToMoney(104500, 1), '1045.00');
});
