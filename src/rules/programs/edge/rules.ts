// 低保边缘家庭 (contract §4.3): S ≤ P < multiple·S; the cash payment only for some families.
import { ASSET_SCREEN_STEPS, assetScreen, screenHints, SCREEN_HINTS } from '../../assets.ts';
import type { Context } from '../../context.ts';
import { deductionExpiry, DEDUCTION_EXPIRY_STEPS } from '../../deduction.ts';
import { formatMoney, money } from '../../money.ts';
import { defineProgram } from '../../program.ts';
import { cite, outcomeOf, statusOf, step } from '../../steps.ts';
import type { Hint, Reason, Status } from '../../types.ts';

export interface EdgeResult {
  status: Status;
  monthlyAmount: string | null;
  reasons: Reason[];
}

/** The cash conditions, from published summaries (not a text we carry: the step says so). */
function cashReasons(ctx: Context): string[] {
  const { h } = ctx;
  const reasons: string[] = [];
  if (h.members.some((m) => m.disabilities.length > 0)) reasons.push('disability');
  if (h.members.some((m) => m.illnesses.length > 0)) reasons.push('serious-illness');
  if (ctx.deduction.singleParent) reasons.push('single-parent');
  if (h.household.familyPlanningSupport) reasons.push('family-planning');
  if (h.household.childless && h.members.every((m) => m.age >= ctx.params.edge.elderlyAge.value)) reasons.push('childless-elderly');
  return reasons;
}

export const edge = defineProgram({
  id: 'edge',
  needs: [],
  readsCoverage: false,
  coverage: true,
  materials: ['application', 'classification'],
  steps: { 'edge-income': ['met', 'not-met'], 'edge-cash': ['met', 'not-met'], ...ASSET_SCREEN_STEPS, ...DEDUCTION_EXPIRY_STEPS },
  hints: ['edge-below-dibao', 'edge-income-over', 'edge-no-cash', ...SCREEN_HINTS, 'rule-expired'],
  arith: ['edge'],

  evaluate({ ctx, assets }): { result: EdgeResult; hints: Hint[] } {
    const { S, P, C, params } = ctx;
    const upper = S.times(params.edge.multiple.value);
    const income = step('edge-income', outcomeOf(P.gte(S) && P.lt(upper)), cite(params.edge.multiple), {
      perCapitaCountedIncome: formatMoney(P),
      lower: formatMoney(S),
      upper: formatMoney(upper),
    });
    const why = cashReasons(ctx);
    const cash = step('edge-cash', outcomeOf(why.length > 0), cite(params.edge.cashConditions), {
      cashStandard: formatMoney(money(params.edge.cashStandard.value)),
      because: why.join(',') || null,
    }, { kind: 'amount' });
    const reasons = [income, assetScreen(assets), cash, ...deductionExpiry(ctx.asOf, ctx.params, ctx.deduction)];
    const status = statusOf(reasons);
    const hints: Hint[] = [];
    if (P.lt(S)) hints.push({ code: 'edge-below-dibao' });
    else if (income.outcome === 'not-met') {
      const line = upper.times(ctx.N);
      hints.push({ code: 'edge-income-over', amount: formatMoney(C.minus(line)), line: formatMoney(line) });
    } else hints.push(...screenHints(assets));
    const monthlyAmount = status !== 'unlikely' && cash.outcome === 'met' ? formatMoney(money(params.edge.cashStandard.value)) : null;
    if (status !== 'unlikely' && cash.outcome !== 'met') hints.push({ code: 'edge-no-cash' });
    return { result: { status, monthlyAmount, reasons }, hints };
  },

  amount: (r) => r.monthlyAmount,
  arithmetic: (r) => (r.monthlyAmount === null ? [] : [[{ code: 'edge', figures: { amount: r.monthlyAmount } }]]),
});
