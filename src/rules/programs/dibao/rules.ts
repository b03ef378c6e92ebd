// 最低生活保障 (contract §4.2): income below the standard, assets screened, amount N·S − C + supplements.
import { ASSET_SCREEN_STEPS, assetScreen, screenHints, SCREEN_HINTS } from '../../assets.ts';
import type { Context } from '../../context.ts';
import { deductionExpiry, DEDUCTION_EXPIRY_STEPS } from '../../deduction.ts';
import { Decimal, ZERO, formatMoney, money } from '../../money.ts';
import { defineProgram } from '../../program.ts';
import { cite, outcomeOf, statusOf, step } from '../../steps.ts';
import type { Hint, Reason, Status, Supplement } from '../../types.ts';

export interface DibaoResult {
  status: Status;
  monthlyAmount: string | null;
  supplements: Supplement[];
  reasons: Reason[];
}

/** 津民规〔2025〕7号 二(二): the student supplement (full-time, adult, both parents unavailable) and the elderly one; amounts in params.ts. */
function supplements(ctx: Context): { kind: Supplement['kind']; member: number; amount: Decimal }[] {
  const s = ctx.params.supplement;
  const out: { kind: Supplement['kind']; member: number; amount: Decimal }[] = [];
  ctx.h.members.forEach((m, member) => {
    if (m.age >= s.studentMinAge.value && m.student?.fullTime && m.student.level !== 'postgraduate' && m.bothParentsUnavailable)
      out.push({ kind: 'student', member, amount: money(s.student.value) });
    if (m.age >= s.elderlyAge.value) out.push({ kind: 'elderly', member, amount: money(s.elderly.value) });
  });
  return out;
}

export const dibao = defineProgram({
  id: 'dibao',
  needs: [],
  readsCoverage: false,
  coverage: true,
  materials: ['application', 'classification'],
  steps: { 'dibao-income': ['met', 'not-met'], ...ASSET_SCREEN_STEPS, ...DEDUCTION_EXPIRY_STEPS },
  // rule-expired: compute adds it wherever a step says a rule has expired
  hints: ['dibao-income-over', ...SCREEN_HINTS, 'rule-expired'],
  arith: ['dibao', 'supplement', 'equals'],

  evaluate({ ctx, assets }): { result: DibaoResult; hints: Hint[] } {
    const { S, P, C, N } = ctx;
    // the family's line: N × the per-person standard
    const line = S.times(N);
    const income = step('dibao-income', outcomeOf(P.lt(S)), cite(ctx.params.dibao.standard), {
      perCapitaCountedIncome: formatMoney(P),
      standard: formatMoney(S),
      countedMonthlyIncome: formatMoney(C),
      members: String(N),
    });
    const reasons = [income, assetScreen(assets), ...deductionExpiry(ctx.asOf, ctx.params, ctx.deduction)];
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
  },

  amount: (r) => r.monthlyAmount,

  /** "N 人 × S 元 − 扣减后收入 C 元 + supplements = amount", from the income step's own figures. */
  arithmetic(r) {
    if (r.monthlyAmount === null) return [];
    const f = r.reasons.find((s) => s.code === 'dibao-income')?.figures ?? {};
    return [
      [
        { code: 'dibao', figures: { members: f.members ?? '', standard: f.standard ?? '', counted: f.countedMonthlyIncome ?? '' } },
        ...r.supplements.map((s) => ({ code: 'supplement', figures: { amount: s.amount } })),
        { code: 'equals', figures: { amount: r.monthlyAmount } },
      ],
    ];
  },
});
