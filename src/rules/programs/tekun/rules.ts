// 特困人员 (contract §4.6), per member not on the 孤儿 route: no capacity to work, own income
// below S, no able supporter (routes.ts computes the conditions once: they also route members
// out of the family unit, §4.2). 特困 is 供养, not 差额: the whole standard per candidate.
import { ASSET_SCREEN_STEPS, assetScreen, screenHints, SCREEN_HINTS } from '../../assets.ts';
import type { Context } from '../../context.ts';
import type { Member } from '../../household.ts';
import { applicationMaterials } from '../../materials.ts';
import { Decimal, formatMoney, money, sum } from '../../money.ts';
import { MOVE_TO_RIGID } from '../../family.ts';
import { defineProgram } from '../../program.ts';
import { APPLICANT_OBLIGED } from '../../routes.ts';
import { bestStatus, statusOf } from '../../steps.ts';
import type { Hint, Reason, Status, Step } from '../../types.ts';

export interface TekunResult {
  status: Status;
  members: { member: number; status: Status; monthlyAmount: string }[];
  reasons: Reason[];
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
  steps: {
    'tekun-no-work-capacity': ['met', 'not-met', 'unknown'],
    'tekun-own-income': ['met', 'not-met'],
    'tekun-supporters': ['met', 'not-met', 'unknown'],
    'tekun-parents-unknown': ['unknown'],
    ...ASSET_SCREEN_STEPS,
  },
  // one condition short: the hint names it (`<condition>-only`)
  hints: [...CONDITIONS.map((c) => `${c}-only` as const), 'tekun-no-candidate', ...SCREEN_HINTS],
  arith: ['tekun'],

  evaluate({ ctx }): { result: TekunResult; hints: Hint[] } {
    const reasons: Step[] = [];
    const hints: Hint[] = [];
    const members: TekunResult['members'] = [];
    const screen = assetScreen(ctx, 'dibao');
    for (const check of ctx.tekun) {
      if (check.conditions.length === 0) continue;
      reasons.push(...check.conditions);
      const failed = check.conditions.filter((s) => s.outcome === 'not-met');
      if (check.candidate) members.push({ member: check.member, status: statusOf([...check.conditions, screen]), monthlyAmount: formatMoney(standardFor(ctx, ctx.h.members[check.member])) });
      // "只差没有能赡养的人" is no news about the applicant's own spouse, child or parent: the
      // applicant, who lives with them, is their obligor (routes.ts obligors)
      else if (failed.length === 1 && !(failed[0].code === 'tekun-supporters' && APPLICANT_OBLIGED.includes(ctx.h.members[check.member].relation))) hints.push({ code: `${failed[0].code}-only`, member: check.member });
    }
    reasons.push(screen);
    const status = bestStatus(members.map((m) => m.status));
    if (members.length === 0 && hints.length === 0) hints.push({ code: 'tekun-no-candidate' });
    if (status === 'review' && screen.outcome !== 'met') hints.push(...screenHints(screen));
    return { result: { status, members, reasons }, hints };
  },

  /** the candidates' standards together */
  amount: (r) => (r.members.length ? formatMoney(sum(r.members.map((m) => money(m.monthlyAmount)))) : null),
  arithmetic: (r) => r.members.map((m) => [{ code: 'tekun', member: m.member, figures: { amount: m.monthlyAmount } }]),
  procedure: [MOVE_TO_RIGID],
  materials: (_r, ctx) => applicationMaterials(ctx, 'analogy'),
});
