// 困难残疾人生活补贴 (contract §4.11; 001 残疾人 table): each disabled member of a 低保 or 低收入
// family — F's 低保 or 边缘 likely/review or already received, or a 单人保 candidate. 300 for a
// severe disability, 160 otherwise (2021 reference amounts, "以区残联为准").
import { yearOf } from '../../dates.ts';
import { disabilityCert } from '../../materials.ts';
import { formatMoney, money } from '../../money.ts';
import { defineProgram } from '../../program.ts';
import { bestStatus, cite, step } from '../../steps.ts';
import type { Hint, ProgramOutcome, Reason, Status } from '../../types.ts';
import { severeDisability } from '../../unknowns.ts';

export interface DisabilityLivingResult {
  status: Status;
  members: { member: number; status: Status; referenceAmount: string; referenceAmountMax: string | null }[];
  referenceYear: number;
  reasons: Reason[];
}

const ACTIVE: readonly Status[] = ['likely', 'review'];
const activeOr = (s: Status): Status | null => (ACTIVE.includes(s) ? s : null);

export const disabilityLiving = defineProgram({
  id: 'disabilityLiving',
  needs: ['dibao', 'edge', 'singlePersonDibao'],
  steps: { 'disability-living-family': ['met', 'unknown'] },
  hints: [],
  arith: ['disability-living'],

  evaluate({ ctx, deps }): { result: DisabilityLivingResult; hints: Hint[] } {
    const d = ctx.params.disability;
    const single = deps.singlePersonDibao as ProgramOutcome & { members: { member: number; status: Status }[] };
    const covered = ctx.h.household.currentCoverage === 'dibao' || ctx.h.household.currentCoverage === 'edge';
    const family = covered ? 'likely' : activeOr(bestStatus([deps.dibao.status, deps.edge.status]));
    const reasons: Reason[] = [];
    const members: DisabilityLivingResult['members'] = [];
    for (const member of ctx.F.members) {
      const m = ctx.h.members[member];
      if (m.disabilities.length === 0) continue;
      const own = single.members.find((c) => c.member === member)?.status ?? null;
      const status = family || own ? bestStatus([family ?? 'unlikely', own ?? 'unlikely']) : null;
      if (!status) continue;
      const severe = severeDisability(m, d.severeGrade.value);
      reasons.push(step('disability-living-family', status === 'likely' ? 'met' : 'unknown', cite(d.livingSevere), { family: family ?? null, singlePerson: own }, { member }));
      members.push({
        member,
        status,
        referenceAmount: formatMoney(money(severe === 'met' ? d.livingSevere.value : d.livingOther.value)),
        referenceAmountMax: severe === 'unknown' ? formatMoney(money(d.livingSevere.value)) : null,
      });
    }
    return { result: { status: bestStatus(members.map((m) => m.status)), members, referenceYear: yearOf(d.livingSevere.effective), reasons }, hints: [] };
  },

  amount: () => null,
  arithmetic: (r) => r.members.map((m) => [{ code: 'disability-living', member: m.member, figures: { amount: m.referenceAmount, year: r.referenceYear } }]),
  materials: (r) => r.members.map((m) => disabilityCert(m.member, 'analogy')),
});
