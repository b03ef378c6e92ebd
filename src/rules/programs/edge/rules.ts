// 低保边缘家庭 (contract §4.9), over the family unit F: S ≤ P < multiple·S at both sides of the
// unknown answers, the 36-month asset screen, the illness review and conduct as for 低保; the cash
// payment only for some families (from published summaries, not a text we carry: the step says so).
import { ASSET_SCREEN_STEPS, assetScreen, screenHints, SCREEN_HINTS } from '../../assets.ts';
import type { Context } from '../../context.ts';
import { deductionExpiry, DEDUCTION_EXPIRY_STEPS } from '../../deduction.ts';
import { applicationMaterials, classificationMaterials, classificationSuggested } from '../../materials.ts';
import { formatMoney, money } from '../../money.ts';
import { MOVE_TO_RIGID, reviewSteps, routedOut } from '../../family.ts';
import { defineProgram } from '../../program.ts';
import { cite, statusOf, step } from '../../steps.ts';
import type { Hint, Outcome, Reason, Status } from '../../types.ts';
import { atBoth } from '../../unknowns.ts';


export interface EdgeResult {
  status: Status;
  monthlyAmount: string | null;
  monthlyAmountMax: string | null;
  reasons: Reason[];
}

/** The cash conditions over F; the single-parent item may hold only at the most favourable value. */
function cash(ctx: Context): { outcome: Outcome; because: string[] } {
  const { h, F } = ctx;
  const ms = F.members.map((i) => h.members[i]);
  const because: string[] = [];
  if (ms.some((m) => m.disabilities.length > 0)) because.push('disability');
  if (ms.some((m) => m.illnesses.length > 0)) because.push('serious-illness');
  if (F.deduction.least.singleParent) because.push('single-parent');
  if (h.household.familyPlanningSupport) because.push('family-planning');
  if (h.household.childless && ms.every((m) => m.age >= ctx.params.edge.elderlyAge.value)) because.push('childless-elderly');
  if (because.length) return { outcome: 'met', because };
  return F.deduction.most.singleParent ? { outcome: 'unknown', because: ['single-parent'] } : { outcome: 'not-met', because };
}

export const edge = defineProgram({
  id: 'edge',
  needs: [],
  steps: {
    'members-individually-supported': ['not-met'],
    'edge-income': ['met', 'not-met', 'unknown'],
    'edge-cash': ['met', 'not-met', 'unknown'],
    ...ASSET_SCREEN_STEPS,
    'illness-deduction-review': ['unknown'],
    conduct: ['unknown'],
    ...DEDUCTION_EXPIRY_STEPS,
  },
  hints: ['edge-below-dibao', 'edge-income-over', 'edge-no-cash', ...SCREEN_HINTS, 'rule-expired'],
  arith: ['edge'],

  evaluate({ ctx }): { result: EdgeResult; hints: Hint[] } {
    const { S, F, params } = ctx;
    if (F.N === 0) return { result: { status: 'unlikely', monthlyAmount: null, monthlyAmountMax: null, reasons: [routedOut(ctx)] }, hints: [] };
    const upper = S.times(params.edge.multiple.value);
    const inBand = (p: typeof S) => p.gte(S) && p.lt(upper);
    const income = step('edge-income', atBoth(inBand(F.P), inBand(F.Pmin)), cite(params.edge.multiple), {
      perCapitaCountedIncome: formatMoney(F.P),
      perCapitaCountedIncomeMin: F.Pmin.eq(F.P) ? null : formatMoney(F.Pmin),
      lower: formatMoney(S),
      upper: formatMoney(upper),
    });
    const c = cash(ctx);
    const cashStep = step('edge-cash', c.outcome, cite(params.edge.cashConditions), {
      cashStandard: formatMoney(money(params.edge.cashStandard.value)),
      because: c.because.join(',') || null,
    }, { kind: 'amount' });
    const screen = assetScreen(ctx, 'edge');
    const reasons = [income, screen, cashStep, ...reviewSteps(ctx, F), ...deductionExpiry(ctx.asOf, params, F.deduction.least)];
    const status = statusOf(reasons);
    const hints: Hint[] = [];
    if (F.P.lt(S)) hints.push({ code: 'edge-below-dibao' });
    else if (income.outcome === 'not-met') {
      const line = upper.times(F.N);
      hints.push({ code: 'edge-income-over', amount: formatMoney(F.C.minus(line)), line: formatMoney(line) });
    } else if (screen.outcome !== 'met') hints.push(...screenHints(screen));
    const standard = formatMoney(money(params.edge.cashStandard.value));
    const live = status !== 'unlikely';
    if (live && c.outcome === 'not-met') hints.push({ code: 'edge-no-cash' });
    return {
      result: {
        status,
        monthlyAmount: live && c.outcome === 'met' ? standard : null,
        monthlyAmountMax: live && c.outcome === 'unknown' ? standard : null,
        reasons,
      },
      hints,
    };
  },

  amount: (r) => r.monthlyAmount,
  arithmetic: (r) => (r.monthlyAmount === null ? [] : [[{ code: 'edge', figures: { amount: r.monthlyAmount } }]]),
  procedure: [MOVE_TO_RIGID],
  materials: (_r, ctx) => [...applicationMaterials(ctx, 'analogy'), ...classificationMaterials(ctx, ctx.F)],
  suggested: (_r, ctx) => classificationSuggested(ctx, ctx.F, []),
});
