// 最低生活保障 (contract §4.5), over the family unit F: income below the standard (at both sides
// of the unknown answers), the asset screen, 渐退期, the two-year illness review and conduct; the
// amount N·S − C + supplements. `fallback` is the same over every member (§4.2).
import { ASSET_SCREEN_STEPS, assetScreen, screenHints, SCREEN_HINTS } from '../../assets.ts';
import type { Context, Unit } from '../../context.ts';
import { deductionExpiry, DEDUCTION_EXPIRY_STEPS } from '../../deduction.ts';
import { MOVE_TO_RIGID, reviewSteps, routedOut, supplementExpiry, supplementsOf, supplementTotal, type Extra } from '../../family.ts';
import { applicationMaterials, classificationMaterials, classificationSuggested } from '../../materials.ts';
import { formatMoney, money } from '../../money.ts';
import { defineProgram } from '../../program.ts';
import { cite, statusOf, step } from '../../steps.ts';
import type { ArithPart, Hint, Reason, Status, Step, Supplement } from '../../types.ts';
import { atBoth } from '../../unknowns.ts';

export interface DibaoAssessment {
  status: Status;
  monthlyAmount: string | null;
  monthlyAmountMax: string | null;
}

export interface DibaoResult extends DibaoAssessment {
  supplements: Supplement[];
  /** 低保 over every member when someone is routed out (§4.2), else null */
  fallback: DibaoAssessment | null;
  reasons: Reason[];
}

interface Assessed extends DibaoAssessment {
  income: Step;
  reasons: Step[];
  extra: Extra[];
}

/** 低保 over a unit (F, or every member for the fallback). */
function assess(ctx: Context, unit: Unit): Assessed {
  const { S } = ctx;
  const { N, P, Pmin, C, Cmin } = unit;
  const line = S.times(N);
  const income = step('dibao-income', atBoth(P.lt(S), Pmin.lt(S)), cite(ctx.params.dibao.standard), {
    perCapitaCountedIncome: formatMoney(P),
    perCapitaCountedIncomeMin: Pmin.eq(P) ? null : formatMoney(Pmin),
    standard: formatMoney(S),
    countedMonthlyIncome: formatMoney(C),
    members: String(N),
  });
  const reasons: Step[] = [income, assetScreen(ctx, 'dibao'), ...reviewSteps(ctx, unit), ...deductionExpiry(ctx.asOf, ctx.params, unit.deduction.least)];
  // 津民发〔2022〕14号 一、3; draft 003 item 11: a recipient family over the line has 渐退期 — the office decides
  const gradualExit = income.outcome === 'not-met' && ctx.h.household.currentCoverage === 'dibao';
  if (gradualExit) reasons.push(step('dibao-gradual-exit', 'unknown', cite(ctx.params.dibao.gradualExit), { perCapitaCountedIncome: formatMoney(P), standard: formatMoney(S) }));
  let status = statusOf(gradualExit ? reasons.filter((r) => r !== income) : reasons);
  const extra = income.outcome === 'not-met' ? [] : supplementsOf(ctx, unit.members);
  const least = income.outcome === 'met' ? line.minus(C).plus(supplementTotal(extra, 'least')) : null;
  const most = income.outcome === 'not-met' ? null : line.minus(Cmin).plus(supplementTotal(extra, 'most'));
  // §4.14: an amount with a supplement leans on 7号 too (with a deduction, deductionExpiry has said so)
  const expired = least !== null && !unit.deduction.least.amount.gt(0) ? supplementExpiry(ctx, extra) : [];
  reasons.push(...expired);
  if (expired.length && status === 'likely') status = 'review';
  const live = status !== 'unlikely';
  return {
    status,
    monthlyAmount: live && least ? formatMoney(least) : null,
    monthlyAmountMax: live && most && (!least || !most.eq(least)) ? formatMoney(most) : null,
    income,
    reasons,
    extra: live ? extra : [],
  };
}

const summary = (a: DibaoAssessment): DibaoAssessment => ({ status: a.status, monthlyAmount: a.monthlyAmount, monthlyAmountMax: a.monthlyAmountMax });

export const dibao = defineProgram({
  id: 'dibao',
  needs: [],
  steps: {
    'members-individually-supported': ['not-met'],
    'dibao-income': ['met', 'not-met', 'unknown'],
    ...ASSET_SCREEN_STEPS,
    'illness-deduction-review': ['unknown'],
    conduct: ['unknown'],
    'dibao-gradual-exit': ['unknown'],
    ...DEDUCTION_EXPIRY_STEPS,
  },
  // rule-expired: compute adds it wherever a step says a rule has expired
  hints: ['dibao-income-over', ...SCREEN_HINTS, 'rule-expired'],
  arith: ['dibao-line', 'counted', 'supplement-elderly', 'supplement-student', 'equals'],

  evaluate({ ctx }): { result: DibaoResult; hints: Hint[] } {
    const fallback = ctx.routes.length ? summary(assess(ctx, ctx.all())) : null;
    if (ctx.F.N === 0)
      return { result: { status: 'unlikely', monthlyAmount: null, monthlyAmountMax: null, supplements: [], fallback, reasons: [routedOut(ctx)] }, hints: [] };
    const a = assess(ctx, ctx.F);
    const hints: Hint[] = [];
    const line = ctx.S.times(ctx.F.N);
    if (a.income.outcome === 'not-met') hints.push({ code: 'dibao-income-over', amount: formatMoney(ctx.F.C.minus(line)), line: formatMoney(line) });
    else if (a.reasons[1].outcome !== 'met') hints.push(...screenHints(a.reasons[1]));
    return {
      result: {
        ...summary(a),
        supplements: a.extra.map((x) => ({ kind: x.kind, member: x.member, amount: formatMoney(x.amount), ...(x.onlyIfConfirmed ? { onlyIfConfirmed: true as const } : {}) })),
        fallback,
        reasons: a.reasons,
      },
      hints,
    };
  },

  amount: (r) => r.monthlyAmount,

  /**
   * One term a line, each with what it is: N × S, − the counted income C (with the deduction when
   * there is one: the view says whose), + each supplement with its member, = the amount.
   */
  arithmetic(r): ArithPart[][] {
    if (r.monthlyAmount === null) return [];
    const f = r.reasons.find((s) => s.code === 'dibao-income')?.figures ?? {};
    const standard = money(f.standard ?? '0');
    const members = Number(f.members ?? 0);
    return [
      [{ code: 'dibao-line', figures: { members, standard: f.standard ?? '', line: formatMoney(standard.times(members)) } }],
      [{ code: 'counted', figures: { counted: f.countedMonthlyIncome ?? '' } }],
      ...r.supplements.filter((s) => !s.onlyIfConfirmed).map((s) => [{ code: `supplement-${s.kind}`, member: s.member, figures: { amount: s.amount } }]),
      [{ code: 'equals', figures: { amount: r.monthlyAmount } }],
    ];
  },

  procedure: [MOVE_TO_RIGID],
  materials: (_r, ctx) => [...applicationMaterials(ctx, 'analogy'), ...classificationMaterials(ctx, ctx.F)],
  suggested: (r, ctx) => classificationSuggested(ctx, ctx.F, r.supplements.filter((s) => s.kind === 'student').map((s) => s.member)),
});
