// 刚性支出困难家庭 (津民规〔2025〕5号 第五条–第七条; contract §4.5).
import { DOC } from '../../docs.ts';
import { factNames } from '../../facts.ts';
import { Decimal, ZERO, formatMoney, formatRatio, money, sum } from '../../money.ts';
import { defineProgram, type Inputs } from '../../program.ts';
import { cite, outcomeOf, statusOf, step } from '../../steps.ts';
import type { Hint, Reason, Status, Step } from '../../types.ts';

export interface RigidResult {
  status: Status;
  ratio: string | null;
  rigidTotal: string;
  annualIncome: string;
  monthlyAmount: null;
  reasons: Reason[];
}

/** The expenses of 第五条(三)'s causes: every declared expense but the living costs, which 第六条(一) caps apart. */
const CAUSES = factNames('rigidExpenses').filter((k) => k !== 'living');
const COVERED: readonly Status[] = ['likely', 'review'];

function evaluate({ ctx, assets, coverage }: Inputs): { result: RigidResult; hints: Hint[] } {
  const { h, N, S, I, params } = ctx;
  const r = params.rigid;
  const doc = r.expenseShare.citation.doc;
  const hints: Hint[] = [];

  // (一) not covered and not likely covered
  const coveredNow = coverage.some((p) => p.id === h.household.currentCoverage);
  const coveredHere = coverage.filter((p) => COVERED.includes(p.status)).map((p) => p.id);
  const notCovered = step('rigid-not-covered', outcomeOf(!coveredNow && coveredHere.length === 0), { doc, article: '第五条(一)' }, {
    currentCoverage: h.household.currentCoverage,
    likelyHere: coveredHere.join(',') || null,
  });

  // (二) per-capita annual income below the city's per-capita disposable income (a figure we must be given)
  const annualIncome = I.times(12);
  const perCapitaAnnual = annualIncome.div(N);
  const cityFigure = h.assumptions.priorYearCityDisposableIncome;
  const incomeStep =
    cityFigure === null
      ? step('rigid-income', 'unknown', { doc, article: '第五条(二)' }, { perCapitaAnnualIncome: formatMoney(perCapitaAnnual), cityFigure: null }, { missing: ['priorYearCityDisposableIncome'] })
      : step('rigid-income', outcomeOf(perCapitaAnnual.lt(money(cityFigure))), { doc, article: '第五条(二)' }, {
          perCapitaAnnualIncome: formatMoney(perCapitaAnnual),
          cityFigure: formatMoney(money(cityFigure)),
        });
  if (incomeStep.outcome === 'unknown') hints.push({ code: 'missing-figure', missing: 'priorYearCityDisposableIncome' });
  if (incomeStep.outcome === 'not-met') hints.push({ code: 'rigid-income-over', amount: formatMoney(perCapitaAnnual.minus(money(cityFigure))), line: formatMoney(money(cityFigure)) });

  // (三) rigid expenses ≥ 60 % of annual income, caused by illness, study, disaster or accident
  const livingCap = S.times(r.livingCap.value).times(12 * N);
  const declaredLiving = h.rigidExpenses.living;
  const living = declaredLiving === null ? livingCap : Decimal.min(money(declaredLiving), livingCap);
  const causes = sum(CAUSES.map((k) => money(h.rigidExpenses[k])));
  const rigidTotal = causes.plus(living);
  const needed = annualIncome.times(r.expenseShare.value);
  const ratio = I.isZero() ? null : rigidTotal.div(annualIncome);
  const share = step('rigid-expense-share', outcomeOf(rigidTotal.gte(needed)), cite(r.expenseShare), {
    rigidTotal: formatMoney(rigidTotal),
    annualIncome: formatMoney(annualIncome),
    needed: formatMoney(needed),
    living: formatMoney(living),
    ratio: ratio === null ? null : formatRatio(ratio),
  });
  if (share.outcome === 'not-met') hints.push({ code: 'rigid-expense-short', amount: formatMoney(needed.minus(rigidTotal)), line: formatMoney(needed) });
  const cause = step('rigid-expense-cause', outcomeOf(causes.gt(ZERO)), cite(r.expenseShare), { causes: formatMoney(causes) });
  if (cause.outcome === 'not-met') hints.push({ code: 'rigid-no-cause' });

  // (四) assets, as conditions
  const assetSteps = [assets.monetary, assets.homes, assets.cars];
  for (const s of assetSteps) {
    if (s.outcome === 'not-met') hints.push(s.code === 'monetary-assets' ? { code: 'monetary-over', amount: s.figures.over ?? undefined } : { code: `${s.code}-over` });
    for (const missing of s.missing ?? []) hints.push({ code: 'missing-figure', missing });
  }

  // 第七条: exclusions
  const flags = Object.entries(h.conduct).filter(([, v]) => v).map(([k]) => k);
  const conduct = step('rigid-conduct', outcomeOf(flags.length === 0), { doc, article: '第七条' }, { flags: flags.join(',') || null });
  if (conduct.outcome === 'not-met') hints.push({ code: 'rigid-conduct' });

  const reasons: Step[] = [notCovered, incomeStep, share, cause, ...assetSteps, conduct];
  // contract §4.7: the three-year trial ends 2028-08-31
  if (statusOf(reasons) === 'likely' && ctx.asOf > r.trialEnds.value) {
    reasons.push(step('rule-expired', 'unknown', cite(r.trialEnds), { validUntil: r.trialEnds.value }));
  }
  return {
    // once another programme covers the family, the other gaps do not matter
    hints: notCovered.outcome === 'not-met' ? [{ code: 'rigid-covered-elsewhere' }] : hints,
    result: {
      status: statusOf(reasons),
      ratio: ratio === null ? null : formatRatio(ratio),
      rigidTotal: formatMoney(rigidTotal),
      annualIncome: formatMoney(annualIncome),
      monthlyAmount: null,
      reasons,
    },
  };
}

export const rigid = defineProgram({
  id: 'rigid',
  needs: [],
  readsCoverage: true,
  coverage: false,
  materials: ['application', 'expense-receipts'],
  steps: {
    'rigid-not-covered': ['met', 'not-met'],
    'rigid-income': ['met', 'not-met', 'unknown'],
    'rigid-expense-share': ['met', 'not-met'],
    'rigid-expense-cause': ['met', 'not-met'],
    'monetary-assets': ['met', 'not-met'],
    homes: ['met', 'not-met', 'unknown'],
    cars: ['met', 'not-met'],
    'rigid-conduct': ['met', 'not-met'],
    'rule-expired': ['unknown'],
  },
  hints: ['missing-figure', 'rigid-income-over', 'rigid-expense-short', 'rigid-no-cause', 'monetary-over', 'homes-over', 'cars-over', 'rigid-conduct', 'rigid-covered-elsewhere', 'rule-expired'],
  arith: [],
  // 第八条: where to apply (also through 一城通办); 第十六条: the time limits
  procedure: [
    { code: 'where', citation: { doc: DOC.rigid, article: '第八条' } },
    { code: 'time', citation: { doc: DOC.rigid, article: '第十六条' } },
  ],
  evaluate,
  // 刚性支出 defines no cash amount (contract §4.5)
  amount: () => null,
  arithmetic: () => [],
});
