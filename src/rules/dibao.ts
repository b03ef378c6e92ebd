// 最低生活保障 (contract §4.2): income below the standard, assets screened, amount N·S − C + supplements.
import { assetScreen, screenHints, type AssetChecks } from './assets.ts';
import type { Context } from './context.ts';
import { Decimal, ZERO, formatMoney, money } from './money.ts';
import { cite, outcomeOf, statusOf, step } from './steps.ts';
import type { DibaoResult, Hint, Step, Supplement } from './types.ts';

/** 津民规〔2025〕7号 二(二): the student supplement (full-time, adult, both parents unavailable) and the elderly one; amounts in params.ts. */
export function supplements(ctx: Context): { kind: Supplement['kind']; member: number; amount: Decimal }[] {
  const s = ctx.params.supplement;
  const out: { kind: Supplement['kind']; member: number; amount: Decimal }[] = [];
  ctx.h.members.forEach((m, member) => {
    if (m.age >= s.studentMinAge.value && m.student?.fullTime && m.student.level !== 'postgraduate' && m.bothParentsUnavailable)
      out.push({ kind: 'student', member, amount: money(s.student.value) });
    if (m.age >= s.elderlyAge.value) out.push({ kind: 'elderly', member, amount: money(s.elderly.value) });
  });
  return out;
}

/** Contract §4.7: after the classification notice ends, a result that leans on its deduction is only "review". */
export function deductionExpiry(ctx: Context): Step[] {
  const until = ctx.params.deduction.validUntil;
  return ctx.asOf > until.value && ctx.deduction.amount.gt(0)
    ? [step('rule-expired', 'unknown', cite(until), { validUntil: until.value, deduction: formatMoney(ctx.deduction.amount) })]
    : [];
}

/** The income line of a family: N × the per-person line. */
const familyLine = (ctx: Context, perPerson: Decimal) => perPerson.times(ctx.N);

export function evaluateDibao(ctx: Context, assets: AssetChecks): { result: DibaoResult; hints: Hint[] } {
  const { S, P, C, N } = ctx;
  const line = familyLine(ctx, S);
  const income = step('dibao-income', outcomeOf(P.lt(S)), cite(ctx.params.dibao.standard), {
    perCapitaCountedIncome: formatMoney(P),
    standard: formatMoney(S),
    countedMonthlyIncome: formatMoney(C),
    members: String(N),
  });
  const screen = assetScreen(assets);
  const reasons = [income, screen, ...deductionExpiry(ctx)];
  const status = statusOf(reasons);
  const hints: Hint[] = [];
  if (income.outcome === 'not-met') hints.push({ code: 'dibao-income-over', amount: formatMoney(C.minus(line)), line: formatMoney(line) });
  else hints.push(...screenHints(assets));
  if (status === 'unlikely') return { result: { status, monthlyAmount: null, supplements: [], reasons }, hints };
  const extra = supplements(ctx);
  const amount = line.minus(C).plus(extra.reduce((t, x) => t.plus(x.amount), ZERO));
  return {
    result: {
      status,
      monthlyAmount: formatMoney(amount),
      supplements: extra.map((x) => ({ kind: x.kind, member: x.member, amount: formatMoney(x.amount) })),
      reasons,
    },
    hints,
  };
}
