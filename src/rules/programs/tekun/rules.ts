// 特困人员 (contract §4.4), per member: no capacity to work, own income below S, no able supporter.
import { ASSET_SCREEN_STEPS, assetScreen, screenHints, SCREEN_HINTS } from '../../assets.ts';
import type { Context } from '../../context.ts';
import type { Member } from '../../household.ts';
import { Decimal, formatMoney, money, sum } from '../../money.ts';
import { defineProgram } from '../../program.ts';
import { bestStatus, cite, outcomeOf, statusOf, step } from '../../steps.ts';
import type { Hint, Reason, Status, Step } from '../../types.ts';

export interface TekunResult {
  status: Status;
  members: { member: number; monthlyAmount: string }[];
  reasons: Reason[];
}

/** 民发〔2021〕43号 第六条: age or a severe disability. */
function noCapacityToWork(m: Member, t: Context['params']['tekun']): boolean {
  if (m.age >= t.elderlyAge.value || m.age < t.minorAge.value) return true;
  return m.disabilities.some(({ type, grade }) => grade <= (t.incapacityGrades.value[type] ?? 0));
}

function standardFor(ctx: Context, m: Member): Decimal {
  const t = ctx.params.tekun;
  if (ctx.h.area === 'urban') return money(t.urban.value);
  return money(m.ruralCare === 'central' ? t.ruralCentral.value : t.ruralDispersed.value);
}

const CONDITIONS = ['tekun-no-work-capacity', 'tekun-own-income', 'tekun-supporters'] as const;

export const tekun = defineProgram({
  id: 'tekun',
  needs: [],
  readsCoverage: false,
  coverage: true,
  materials: ['application'],
  steps: {
    'tekun-no-work-capacity': ['met', 'not-met'],
    'tekun-own-income': ['met', 'not-met'],
    'tekun-supporters': ['met', 'not-met'],
    ...ASSET_SCREEN_STEPS,
  },
  // one condition short: the hint names it (`<condition>-only`)
  hints: [...CONDITIONS.map((c) => `${c}-only` as const), 'tekun-no-candidate', ...SCREEN_HINTS],
  arith: ['tekun'],

  evaluate({ ctx, assets }): { result: TekunResult; hints: Hint[] } {
    const t = ctx.params.tekun;
    const reasons: Step[] = [];
    const hints: Hint[] = [];
    const members: TekunResult['members'] = [];
    const statuses: Status[] = [];
    const screen = assetScreen(assets);
    ctx.h.members.forEach((m, member) => {
      const own = money(m.monthlyIncome);
      const conditions = [
        step('tekun-no-work-capacity', outcomeOf(noCapacityToWork(m, t)), cite(t.incapacityGrades), { age: String(m.age) }, { member }),
        step('tekun-own-income', outcomeOf(own.lt(ctx.S)), cite(t.ownIncome), { monthlyIncome: formatMoney(own), standard: formatMoney(ctx.S) }, { member }),
        step('tekun-supporters', outcomeOf(m.supporters !== 'able'), cite(t.supporters), { supporters: m.supporters }, { member }),
      ];
      reasons.push(...conditions);
      const failed = conditions.filter((s) => s.outcome === 'not-met');
      // 特困 is 供养, not 差额: the whole standard per candidate, no income subtracted.
      if (failed.length === 0) {
        members.push({ member, monthlyAmount: formatMoney(standardFor(ctx, m)) });
        statuses.push(statusOf([...conditions, screen]));
      } else if (failed.length === 1) hints.push({ code: `${failed[0].code}-only`, member });
    });
    reasons.push(screen);
    const status = bestStatus(statuses);
    if (members.length === 0 && hints.length === 0) hints.push({ code: 'tekun-no-candidate' });
    if (status === 'review') hints.push(...screenHints(assets));
    return { result: { status, members, reasons }, hints };
  },

  /** the candidates' standards together */
  amount: (r) => (r.members.length ? formatMoney(sum(r.members.map((m) => money(m.monthlyAmount)))) : null),
  arithmetic: (r) => r.members.map((m) => [{ code: 'tekun', member: m.member, figures: { amount: m.monthlyAmount } }]),
});
