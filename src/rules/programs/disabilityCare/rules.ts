// 重度残疾人护理补贴 (contract §4.11; 001 残疾人 table): every member with a severe disability
// (一、二级; 本市户籍 assumed), no income test; 200 a month in 2021 ("以区残联为准").
import { yearOf } from '../../dates.ts';
import { disabilityCert } from '../../materials.ts';
import { formatMoney, money } from '../../money.ts';
import { defineProgram } from '../../program.ts';
import { bestStatus, cite, step } from '../../steps.ts';
import type { Hint, Reason, Status } from '../../types.ts';
import { severeDisability } from '../../unknowns.ts';

export interface DisabilityCareResult {
  status: Status;
  members: { member: number; status: Status; referenceAmount: string }[];
  referenceYear: number;
  reasons: Reason[];
}

export const disabilityCare = defineProgram({
  id: 'disabilityCare',
  needs: [],
  steps: { 'disability-care-severe': ['met', 'unknown'] },
  hints: [],
  arith: ['disability-care'],

  evaluate({ ctx }): { result: DisabilityCareResult; hints: Hint[] } {
    const d = ctx.params.disability;
    const reasons: Reason[] = [];
    const members: DisabilityCareResult['members'] = [];
    ctx.h.members.forEach((m, member) => {
      // a null grade could be 一级 of any type: the only possible severe disability is then unknown
      const severe = severeDisability(m, d.severeGrade.value);
      if (severe === 'not-met') return;
      reasons.push(step('disability-care-severe', severe, cite(d.care), {}, { member }));
      members.push({ member, status: severe === 'met' ? 'likely' : 'review', referenceAmount: formatMoney(money(d.care.value)) });
    });
    return { result: { status: bestStatus(members.map((m) => m.status)), members, referenceYear: yearOf(d.care.effective), reasons }, hints: [] };
  },

  amount: () => null,
  arithmetic: (r) => r.members.map((m) => [{ code: 'disability-care', member: m.member, figures: { amount: m.referenceAmount, year: r.referenceYear } }]),
  materials: (r) => r.members.map((m) => disabilityCert(m.member, 'analogy')),
});
