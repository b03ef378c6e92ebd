// The caseload's rows (src/components/caseload/rows.ts): each family's standings are the engine's,
// the monthly total adds the programmes' monthlyAmount (monthlyAmountMax for the top of a range)
// and 特困 members' amounts, never a reference amount nor 单人保 (the family's alternative); the
// CSV is UTF-8 with a BOM, quoted where a cell needs it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Decimal from 'decimal.js';
import { evaluate, isError, PROGRAMS, type HouseholdInput } from '../../src/rules/index.ts';
import { summarise, toCsv } from '../../src/components/caseload/rows.ts';
import { sampleHouseholds } from './arbitrary.ts';

test('a row is the evaluation: standings, total and its range, items to verify, not yet received', () => {
  let ranges = 0;
  let missed = 0;
  for (const h of sampleHouseholds(400, 12) as unknown as HouseholdInput[]) {
    const out = evaluate(h);
    if (isError(out)) throw new Error(JSON.stringify(out.issues));
    const r = out.result;
    const row = summarise(h, out);
    assert.deepEqual(row.status, Object.fromEntries(PROGRAMS.map((p) => [p, r.programs[p].status])));
    let min = new Decimal(0);
    let max = new Decimal(0);
    for (const p of PROGRAMS) {
      const { monthlyAmount, monthlyAmountMax } = r.programs[p] as { monthlyAmount?: string | null; monthlyAmountMax?: string | null };
      if (!monthlyAmount) continue;
      min = min.plus(monthlyAmount);
      max = max.plus(monthlyAmountMax ?? monthlyAmount);
    }
    // 特困 members are supported on their own: their amount adds; 单人保 is an alternative (choices), it does not
    for (const m of r.programs.tekun.members) {
      min = min.plus(m.monthlyAmount);
      max = max.plus(m.monthlyAmount);
    }
    assert.equal(row.total, min.toFixed(2));
    assert.equal(row.totalMax, max.eq(min) ? null : max.toFixed(2));
    assert.equal(row.verify, r.unknownAnswers.length);
    const coverage = h.household?.currentCoverage ?? 'none';
    assert.equal(row.missed, PROGRAMS.some((p) => r.programs[p].status === 'likely' && p !== coverage));
    if (row.totalMax) ranges++;
    if (row.missed) missed++;
  }
  assert.ok(ranges > 0 && missed > 0, `the sample has ranges (${ranges}) and families to visit (${missed})`);
});

test('the CSV: a BOM, CRLF lines, cells quoted only where needed, no line break inside a cell', () => {
  const csv = toCsv(['家庭', '人数'], [['王, 大"明"', 3], ['第一行\n第二行', 1]]);
  assert.equal(csv, '\uFEFF家庭,人数\r\n"王, 大""明""",3\r\n第一行 第二行,1\r\n');
});
