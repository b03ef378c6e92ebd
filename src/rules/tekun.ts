// 特困人员 (contract §4.4), per member: no capacity to work, own income below S, no able supporter.
import { assetScreen, screenHints, type AssetChecks } from './assets.ts';
import type { Context } from './context.ts';
import type { Member } from './household.ts';
import { Decimal, formatMoney, money } from './money.ts';
import { cite, outcomeOf, step } from './steps.ts';
import type { Hint, Step, TekunResult } from './types.ts';

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

export function evaluateTekun(ctx: Context, assets: AssetChecks): { result: TekunResult; hints: Hint[] } {
  const t = ctx.params.tekun;
  const reasons: Step[] = [];
  const hints: Hint[] = [];
  const members: TekunResult['members'] = [];
  ctx.h.members.forEach((m, member) => {
    const own = money(m.monthlyIncome);
    const conditions = [
      step('tekun-no-work-capacity', outcomeOf(noCapacityToWork(m, t)), cite(t.incapacityGrades), { age: String(m.age) }, { member }),
      step('tekun-own-income', outcomeOf(own.lt(ctx.S)), cite(t.ownIncome), { monthlyIncome: formatMoney(own), standard: formatMoney(ctx.S) }, { member }),
      step('tekun-supporters', outcomeOf(m.supporters !== 'able'), cite(t.supporters), { supporters: m.supporters }, { member }),
    ];
    reasons.push(...conditions);
    const failed = conditions.filter((s) => s.outcome === 'not-met');
    if (failed.length === 0) members.push({ member, monthlyAmount: formatMoney(standardFor(ctx, m)) });
    else if (failed.length === 1) hints.push({ code: `${failed[0].code}-only`, member });
  });
  const screen = assetScreen(assets);
  reasons.push(screen);
  // 特困 is 供养, not 差额: the whole standard per candidate, no income subtracted.
  const status = members.length === 0 ? 'unlikely' : screen.outcome === 'met' ? 'likely' : 'review';
  if (members.length === 0 && hints.length === 0) hints.push({ code: 'tekun-no-candidate' });
  if (status === 'review') hints.push(...screenHints(assets));
  return { result: { status, members, reasons }, hints };
}
