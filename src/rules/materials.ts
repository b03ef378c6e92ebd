// Required materials (contract §5.1): only for programmes that are likely or under review.
import type { Context } from './context.ts';
import type { Member } from './household.ts';
import { REGISTRY } from './registry.ts';
import { MATERIAL_GROUPS, type Material, type MaterialGroup, type MaterialId, type ProgramOutcome, type Status } from './types.ts';

const ACTIVE: readonly Status[] = ['likely', 'review'];

/** The date `years` years before `date` (YYYY-MM-DD); 29 Feb falls back to 28 Feb. */
function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The material groups called for by the programmes that are likely or under review. */
function activeGroups(programs: Readonly<Record<string, ProgramOutcome>>): Set<MaterialGroup> {
  const groups = new Set<MaterialGroup>();
  for (const def of REGISTRY) if (ACTIVE.includes(programs[def.id].status)) for (const g of def.materials) groups.add(g);
  return groups;
}

/** When each material is needed, once called for by its group: for the household, or per member. */
type Need = { household: (ctx: Context) => boolean } | { member: (m: Member, ctx: Context) => boolean };

const NEEDS: Record<MaterialId, Need> = {
  // 津民规〔2025〕5号 第九条, 第八条
  'application-form': { household: () => true },
  'hukou-id': { household: () => true },
  authorization: { household: () => true },
  pledge: { household: () => true },
  'proxy-authorization': { household: (ctx) => ctx.h.household.applyingByProxy },
  'expense-receipts': { household: () => true },
  // 津民规〔2025〕7号 三(一)–(五)
  diagnosis: { member: (m) => m.illnesses.length > 0 },
  'illness-review-records': {
    member: (m, ctx) => m.illnesses.length > 0 && m.illnessDeductionSince !== null && m.illnessDeductionSince <= yearsBefore(ctx.asOf, ctx.params.deduction.illnessReviewYears.value),
  },
  'disability-cert': { member: (m) => m.disabilities.length > 0 },
  'pension-proof': { household: (ctx) => ctx.deduction.childlessElderly },
  'family-planning-cert': { household: (ctx) => ctx.h.household.familyPlanningSupport },
};

export function materialsFor(ctx: Context, programs: Readonly<Record<string, ProgramOutcome>>): Material[] {
  const groups = activeGroups(programs);
  const out: Material[] = [];
  for (const [id, group] of Object.entries(MATERIAL_GROUPS) as [MaterialId, MaterialGroup][]) {
    if (!groups.has(group)) continue;
    const need = NEEDS[id];
    if ('household' in need) {
      if (need.household(ctx)) out.push({ id });
    } else ctx.h.members.forEach((m, member) => need.member(m, ctx) && out.push({ id, member }));
  }
  return out;
}
