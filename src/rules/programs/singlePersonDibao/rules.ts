// 单人保 (contract §4.7), per member of the family unit F: a severely disabled (or, in the draft,
// seriously ill) adult with no income of their own, in a family in the low-income band before any
// deduction, may take 低保 as a one-person household instead of the family taking 边缘 (001 row
// 无业重度残疾人最低生活保障; 7号 二(一) 末段; draft 003 item 4). Both cannot be drawn: `choices`.
import { ASSET_SCREEN_STEPS, assetScreen } from '../../assets.ts';
import type { Member } from '../../household.ts';
import { applicationMaterials, diagnosis, disabilityCert } from '../../materials.ts';
import { Decimal, ZERO, formatMoney, money, sum } from '../../money.ts';
import { reviewSteps, routedOut, supplementExpiry, supplementsOf, supplementTotal } from '../../family.ts';
import { defineProgram, type Choice } from '../../program.ts';
import { bestStatus, cite, statusOf, step } from '../../steps.ts';
import type { Hint, Outcome, Reason, Status, Step } from '../../types.ts';
import { severeDisability } from '../../unknowns.ts';


export type SingleBasis = 'disability' | 'illness';

export interface SinglePersonResult {
  status: Status;
  members: { member: number; status: Status; basis: SingleBasis; monthlyAmount: string }[];
  reasons: Reason[];
}

/** 重度残疾 known → disability; else an illness of §3 (the draft only) → unknown; else a null grade → unknown. */
function basisOf(m: Member, severe: number): { outcome: Outcome; basis: SingleBasis } {
  const disability = severeDisability(m, severe);
  if (disability === 'met') return { outcome: 'met', basis: 'disability' };
  if (m.illnesses.length > 0) return { outcome: 'unknown', basis: 'illness' };
  return { outcome: disability, basis: 'disability' };
}

const FAMILY: readonly Status[] = ['likely', 'review'];

export const singlePersonDibao = defineProgram({
  id: 'singlePersonDibao',
  needs: ['dibao', 'edge'],
  steps: {
    'members-individually-supported': ['not-met'],
    'single-adult': ['met', 'not-met'],
    'single-basis': ['met', 'not-met', 'unknown'],
    'single-own-income': ['met', 'not-met', 'unknown'],
    'single-family-band': ['met', 'not-met'],
    conduct: ['unknown'],
    ...ASSET_SCREEN_STEPS,
    'rule-expired': ['unknown'],
  },
  // rule-expired: compute adds it wherever a step says a rule has expired
  hints: ['rule-expired'],
  arith: ['single'],

  evaluate({ ctx }): { result: SinglePersonResult; hints: Hint[] } {
    const { F, S, params, h } = ctx;
    if (F.N === 0) return { result: { status: 'unlikely', members: [], reasons: [routedOut(ctx)] }, hints: [] };
    const sp = params.singlePerson;
    const severe = params.disability.severeGrade.value;
    const perHead = F.I.div(F.N);
    const upper = S.times(params.edge.multiple.value);
    // 7号 二(一): 单人保 is set against the deduction, so the band is read before it
    const band = step('single-family-band', perHead.gte(S) && perHead.lt(upper) ? 'met' : 'not-met', cite(params.edge.multiple), {
      perCapitaIncome: formatMoney(perHead),
      lower: formatMoney(S),
      upper: formatMoney(upper),
    });
    const screen = assetScreen(ctx, 'dibao');
    const conduct = reviewSteps(ctx, F).filter((s) => s.code === 'conduct');
    const reasons: Step[] = [band];
    const members: SinglePersonResult['members'] = [];
    for (const member of F.members) {
      const m = h.members[member];
      const own = money(m.monthlyIncome);
      const b = basisOf(m, severe);
      const conditions = [
        step('single-adult', m.age >= sp.adultAge.value ? 'met' : 'not-met', cite(sp.adultAge), { age: String(m.age) }, { member }),
        step('single-basis', b.outcome, b.basis === 'illness' ? cite(sp.illness) : cite(params.disability.severeGrade), { basis: b.basis }, { member }),
        step('single-own-income', own.isZero() ? 'met' : own.lt(S) ? 'unknown' : 'not-met', cite(sp.adultAge), { monthlyIncome: formatMoney(own), standard: formatMoney(S) }, { member }),
      ];
      reasons.push(...conditions);
      const all = [...conditions, band, screen, ...conduct];
      if (all.some((s) => s.outcome === 'not-met' && s.kind !== 'screen')) continue;
      const extra = supplementsOf(ctx, [member]);
      const expired = supplementExpiry(ctx, extra, member);
      reasons.push(...expired);
      const status = statusOf([...all, ...expired]);
      const amount = Decimal.max(ZERO, S.minus(own)).plus(supplementTotal(extra, 'least'));
      members.push({ member, status, basis: b.basis, monthlyAmount: formatMoney(amount) });
    }
    reasons.push(screen, ...conduct);
    return { result: { status: bestStatus(members.map((m) => m.status)), members, reasons }, hints: [] };
  },

  amount: (r) => (r.members.length ? formatMoney(sum(r.members.map((m) => money(m.monthlyAmount)))) : null),
  arithmetic: (r) => r.members.map((m) => [{ code: 'single', member: m.member, figures: { amount: m.monthlyAmount } }]),

  materials: (r, ctx) => [
    ...applicationMaterials(ctx, 'analogy'),
    ...r.members.map((m) => (m.basis === 'illness' ? diagnosis(m.member, 'analogy') : disabilityCert(m.member, 'analogy'))),
  ],

  /** The family's own programme, or 单人保 for every candidate together (§4.7). */
  choices(r, programs, ctx): Choice[] {
    if (r.members.length === 0) return [];
    const dibao = programs.dibao as unknown as { status: Status; monthlyAmount: string | null };
    const edge = programs.edge as unknown as { monthlyAmount: string | null };
    const family = FAMILY.includes(dibao.status) && dibao.monthlyAmount !== null ? { program: 'dibao', monthlyAmount: dibao.monthlyAmount } : { program: 'edge', monthlyAmount: edge.monthlyAmount };
    const candidates = r.members.map((m) => m.member);
    return [
      {
        id: 'family-or-single-person',
        options: [
          { ...family, medicalFor: [...ctx.F.members] },
          { program: 'singlePersonDibao', members: candidates, monthlyAmount: formatMoney(sum(r.members.map((m) => money(m.monthlyAmount)))), medicalFor: candidates },
        ],
      },
    ];
  },
});
