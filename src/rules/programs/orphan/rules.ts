// 孤儿和事实无人抚养儿童基本生活费 (contract §4.10; 001 row 特殊儿童群体基本生活保障), per member:
// a minor whose parents are both unavailable (or 不确定). Always review: the office recognises
// 孤儿 and 事实无人抚养儿童 under national definitions we do not carry. The amount is the 2021
// plan's, "随低保标准调整" since: a reference amount, never today's figure.
import { yearOf } from '../../dates.ts';
import { formatMoney, money } from '../../money.ts';
import { defineProgram } from '../../program.ts';
import { cite, step } from '../../steps.ts';
import type { Hint, Reason, Status } from '../../types.ts';

export interface OrphanResult {
  status: Status;
  members: { member: number; status: Status; referenceAmount: string }[];
  referenceYear: number;
  reasons: Reason[];
}

export const orphan = defineProgram({
  id: 'orphan',
  needs: [],
  steps: { 'orphan-parents': ['met', 'unknown'] },
  hints: [],
  arith: ['orphan'],

  evaluate({ ctx }): { result: OrphanResult; hints: Hint[] } {
    const o = ctx.params.orphan;
    const reasons: Reason[] = [];
    const members: OrphanResult['members'] = [];
    ctx.h.members.forEach((m, member) => {
      if (m.age >= o.minorAge.value || m.bothParentsUnavailable === false) return;
      reasons.push(step('orphan-parents', m.bothParentsUnavailable ? 'met' : 'unknown', cite(o.reference), { age: String(m.age) }, { member }));
      members.push({ member, status: 'review', referenceAmount: formatMoney(money(o.reference.value)) });
    });
    return { result: { status: members.length ? 'review' : 'unlikely', members, referenceYear: yearOf(o.reference.effective), reasons }, hints: [] };
  },

  // a reference amount (§1), not a monthly amount
  amount: () => null,
  arithmetic: (r) => r.members.map((m) => [{ code: 'orphan', member: m.member, figures: { amount: m.referenceAmount, year: r.referenceYear } }]),
  materials: () => [],
  // 孤儿 / 事实无人抚养儿童 are recognised on proof of the parents' situation (national rules, not in our texts)
  suggested: (r) => r.members.map((m) => ({ id: 'parents-situation-proof' as const, member: m.member })),
});
