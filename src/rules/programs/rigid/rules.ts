// 刚性支出困难家庭 (津民规〔2025〕5号 第五条–第七条; contract §4.8), over the family unit F.
import { rigidAssets } from '../../assets.ts';
import { isSchoolStudent } from '../../deduction.ts';
import { DOC } from '../../docs.ts';
import { applicationMaterials } from '../../materials.ts';
import { Decimal, ZERO, formatMoney, formatRatio, money } from '../../money.ts';
import { routedOut } from '../../family.ts';
import { defineProgram, type Inputs } from '../../program.ts';
import { cite, statusOf, step } from '../../steps.ts';
import type { Hint, Outcome, Reason, Status, Step } from '../../types.ts';


export interface RigidResult {
  status: Status;
  ratio: string | null;
  rigidTotal: string | null;
  annualIncome: string | null;
  excluded: { kind: 'education' | 'rehabilitation'; amount: string }[];
  monthlyAmount: null;
  reasons: Reason[];
}

/** The programmes that cover the family (第五条(一)), as assessed over F. */
const COVERING = ['dibao', 'edge', 'singlePersonDibao'] as const;
const LEAVING: readonly string[] = ['dibao', 'edge', 'tekun'];

/** 第五条(三) with 第六条: the counted expenses and which way the 60 % test goes (§4.8 condition 3). */
export function expenseTest({ ctx }: Pick<Inputs, 'ctx'>) {
  const { h, F, S, params } = ctx;
  const r = params.rigid;
  const e = h.rigidExpenses;
  const ms = F.members.map((i) => h.members[i]);
  // 第六条(三) and its last paragraph: education only for a school student; 第六条(四): rehabilitation only for a disabled member
  const education = ms.some(isSchoolStudent) ? money(e.education) : ZERO;
  const rehabilitation = ms.some((m) => m.disabilities.length > 0) ? money(e.rehabilitation) : ZERO;
  const excluded: RigidResult['excluded'] = [];
  if (education.isZero() && money(e.education).gt(0)) excluded.push({ kind: 'education', amount: formatMoney(money(e.education)) });
  if (rehabilitation.isZero() && money(e.rehabilitation).gt(0)) excluded.push({ kind: 'rehabilitation', amount: formatMoney(money(e.rehabilitation)) });
  const cap = S.times(r.livingCap.value).times(12 * F.N);
  const living = e.living === null ? cap : Decimal.min(money(e.living), cap);
  const other = money(e.other);
  const cause = money(e.medical).plus(education).plus(rehabilitation).plus(money(e.disasterAccident)).plus(other);
  const R = cause.plus(living);
  const A = F.I.times(12);
  const needed = A.times(r.expenseShare.value);
  const K = cause.minus(other);
  let code = 'rigid-expense-share';
  let outcome: Outcome;
  if (cause.isZero()) [code, outcome] = ['rigid-expense-cause', 'not-met'];
  else if (R.lt(needed)) outcome = 'not-met';
  else if (A.isZero()) outcome = 'unknown';
  else if (ctx.routes.length) [code, outcome] = ['rigid-routed-member', 'unknown'];
  else if (K.minus(education).gte(needed)) outcome = 'met';
  else if (living.gte(needed)) [code, outcome] = ['rigid-living-dominant', 'unknown'];
  else if (R.minus(other).lt(needed)) [code, outcome] = ['rigid-other-expenses', 'unknown'];
  else if (R.minus(education).lt(needed)) [code, outcome] = ['rigid-education-public-fee', 'unknown'];
  else outcome = 'met';
  return { code, outcome, R, A, needed, living, cause, excluded, ratio: A.isZero() ? null : R.div(A) };
}

function evaluate({ ctx, deps }: Inputs): { result: RigidResult; hints: Hint[] } {
  const { h, F, params } = ctx;
  const r = params.rigid;
  const doc = r.expenseShare.citation.doc;
  if (F.N === 0)
    return { result: { status: 'unlikely', ratio: null, rigidTotal: null, annualIncome: null, excluded: [], monthlyAmount: null, reasons: [routedOut(ctx)] }, hints: [] };
  const hints: Hint[] = [];

  // (一) not covered: a likely programme excludes; one under review, or a family leaving one, may move here (第十八条)
  const statuses = COVERING.map((id) => deps[id].status);
  const leaving = LEAVING.includes(h.household.currentCoverage);
  const coverOutcome: Outcome = statuses.includes('likely') ? 'not-met' : statuses.includes('review') || leaving ? 'unknown' : 'met';
  const notCovered = step('rigid-not-covered', coverOutcome, { doc, article: coverOutcome === 'met' ? '第五条(一)' : '第十八条' }, {
    currentCoverage: h.household.currentCoverage,
    likelyHere: COVERING.filter((id) => deps[id].status !== 'unlikely').join(',') || null,
  });

  // (二) per-capita annual income below the city's per-capita disposable income (a figure we must be given)
  const perCapitaAnnual = F.I.times(12).div(F.N);
  const cityFigure = h.assumptions.priorYearCityDisposableIncome;
  const incomeStep =
    cityFigure === null
      ? step('rigid-income', 'unknown', { doc, article: '第五条(二)' }, { perCapitaAnnualIncome: formatMoney(perCapitaAnnual), cityFigure: null }, { missing: ['priorYearCityDisposableIncome'] })
      : step('rigid-income', perCapitaAnnual.lt(money(cityFigure)) ? 'met' : 'not-met', { doc, article: '第五条(二)' }, {
          perCapitaAnnualIncome: formatMoney(perCapitaAnnual),
          cityFigure: formatMoney(money(cityFigure)),
        });
  if (incomeStep.outcome === 'unknown') hints.push({ code: 'missing-figure', missing: 'priorYearCityDisposableIncome' });
  if (incomeStep.outcome === 'not-met') hints.push({ code: 'rigid-income-over', amount: formatMoney(perCapitaAnnual.minus(money(cityFigure))), line: formatMoney(money(cityFigure)) });

  // (三) with 第六条
  const x = expenseTest({ ctx });
  const share = step(x.code, x.outcome, x.code === 'rigid-other-expenses' ? { doc, article: '第六条(六)' } : x.code === 'rigid-education-public-fee' ? { doc, article: '第六条(三)' } : cite(r.expenseShare), {
    rigidTotal: formatMoney(x.R),
    annualIncome: formatMoney(x.A),
    needed: formatMoney(x.needed),
    living: formatMoney(x.living),
    causes: formatMoney(x.cause),
    ratio: x.ratio === null ? null : formatRatio(x.ratio),
  });
  if (x.code === 'rigid-expense-cause') hints.push({ code: 'rigid-no-cause' });
  else if (x.outcome === 'not-met') hints.push({ code: 'rigid-expense-short', amount: formatMoney(x.needed.minus(x.R)), line: formatMoney(x.needed) });
  const notes = x.excluded.map((e) =>
    step(`${e.kind}-not-counted`, 'not-met', { doc, article: e.kind === 'education' ? '第六条第三款' : '第六条(四)' }, { amount: e.amount }, { kind: 'note' }),
  );

  // (四) assets, as conditions, over F
  const assetSteps = rigidAssets(ctx);
  for (const s of assetSteps) {
    if (s.outcome === 'not-met') hints.push(s.code === 'monetary-assets' ? { code: 'monetary-over', amount: s.figures.over ?? undefined } : { code: `${s.code}-over` });
    for (const missing of s.missing ?? []) hints.push({ code: 'missing-figure', missing });
  }

  // 第七条: exclusions
  const flags = Object.entries(h.conduct).filter(([, v]) => v).map(([k]) => k);
  const conduct = step('rigid-conduct', flags.length ? 'not-met' : 'met', { doc, article: '第七条' }, { flags: flags.join(',') || null });
  if (conduct.outcome === 'not-met') hints.push({ code: 'rigid-conduct' });

  // (五) 区级以上人民政府规定的其他条件: always said, never decisive
  const other = step('rigid-other-conditions', 'unknown', { doc, article: '第五条(五)' }, {}, { kind: 'note' });
  const reasons: Step[] = [notCovered, incomeStep, share, ...notes, ...assetSteps, conduct, other];
  // §4.14: the three-year trial ends 2028-08-31 (a likely becomes review; an unlikely carries it too)
  if (ctx.asOf > r.trialEnds.value) reasons.push(step('rule-expired', 'unknown', cite(r.trialEnds), { validUntil: r.trialEnds.value }));
  return {
    // once another programme covers the family, the other gaps do not matter
    hints: notCovered.outcome === 'not-met' ? [{ code: 'rigid-covered-elsewhere' }] : hints,
    result: {
      status: statusOf(reasons),
      ratio: x.ratio === null ? null : formatRatio(x.ratio),
      rigidTotal: formatMoney(x.R),
      annualIncome: formatMoney(x.A),
      excluded: x.excluded,
      monthlyAmount: null,
      reasons,
    },
  };
}

export const rigid = defineProgram({
  id: 'rigid',
  needs: COVERING,
  steps: {
    'members-individually-supported': ['not-met'],
    'rigid-not-covered': ['met', 'not-met', 'unknown'],
    'rigid-income': ['met', 'not-met', 'unknown'],
    'rigid-expense-cause': ['not-met'],
    'rigid-expense-share': ['met', 'not-met', 'unknown'],
    'rigid-routed-member': ['unknown'],
    'rigid-living-dominant': ['unknown'],
    'rigid-other-expenses': ['unknown'],
    'rigid-education-public-fee': ['unknown'],
    'education-not-counted': ['not-met'],
    'rehabilitation-not-counted': ['not-met'],
    'monetary-assets': ['met', 'not-met'],
    homes: ['met', 'not-met', 'unknown'],
    cars: ['met', 'not-met'],
    'rigid-conduct': ['met', 'not-met'],
    'rigid-other-conditions': ['unknown'],
    'rule-expired': ['unknown'],
  },
  hints: ['missing-figure', 'rigid-income-over', 'rigid-expense-short', 'rigid-no-cause', 'monetary-over', 'homes-over', 'cars-over', 'rigid-conduct', 'rigid-covered-elsewhere', 'rule-expired'],
  arith: [],
  // 第八条: where to apply (also through 一城通办); then what happens, each step with its time limit
  procedure: [
    { code: 'where', citation: { doc: DOC.rigid, article: '第八条' } },
    { code: 'papers-once', citation: { doc: DOC.rigid, article: '第十条' } },
    { code: 'investigation', citation: { doc: DOC.rigid, article: '第十一条' } },
    { code: 'opinion', citation: { doc: DOC.rigid, article: '第十三条' } },
    { code: 'refusal', citation: { doc: DOC.rigid, article: '第十四条' } },
    { code: 'time', citation: { doc: DOC.rigid, article: '第十六条' } },
    { code: 'validity', citation: { doc: DOC.rigid, article: '第十七条' } },
  ],
  // the expense and conduct questions are skipped when they cannot change a standing
  reads: {
    rigidExpenses: ['rigid-expense-cause', 'rigid-expense-share', 'rigid-living-dominant', 'rigid-other-expenses', 'rigid-education-public-fee', 'education-not-counted', 'rehabilitation-not-counted', 'rigid-expense-short', 'rigid-no-cause'],
    conduct: ['rigid-conduct'],
  },
  evaluate,
  // 刚性支出 defines no cash amount (contract §4.8)
  amount: () => null,
  arithmetic: () => [],
  materials: (_r, ctx) => [
    ...applicationMaterials(ctx, 'text'),
    { id: 'expense-receipts', basis: 'text', citation: { doc: DOC.rigid, article: '第九条(三)' } },
  ],
  // 第六条(三): education counts for the school students of the family
  suggested: (_r, ctx) =>
    money(ctx.h.rigidExpenses.education).gt(0) ? ctx.F.members.filter((i) => isSchoolStudent(ctx.h.members[i])).map((member) => ({ id: 'school-certificate' as const, member })) : [],
});
