// Required materials (contract §5.1): only for programmes that are likely or under review.
import type { Context } from './context.ts';
import { REGISTRY } from './registry.ts';
import type { Material, MaterialGroup, ProgramOutcome, Status } from './types.ts';

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

export function materialsFor(ctx: Context, programs: Readonly<Record<string, ProgramOutcome>>): Material[] {
  const { h } = ctx;
  const groups = activeGroups(programs);
  const out: Material[] = [];
  // 津民规〔2025〕5号 第九条, 第八条
  if (groups.has('application')) {
    out.push({ id: 'application-form' }, { id: 'hukou-id' }, { id: 'authorization' }, { id: 'pledge' });
    if (h.household.applyingByProxy) out.push({ id: 'proxy-authorization' });
  }
  if (groups.has('expense-receipts')) out.push({ id: 'expense-receipts' });
  if (!groups.has('classification')) return out;
  // 津民规〔2025〕7号 三(一)–(五)
  const reviewBefore = yearsBefore(ctx.asOf, 2);
  h.members.forEach((m, member) => {
    if (m.illnesses.length > 0) out.push({ id: 'diagnosis', member });
  });
  h.members.forEach((m, member) => {
    if (m.illnesses.length > 0 && m.illnessDeductionSince !== null && m.illnessDeductionSince <= reviewBefore)
      out.push({ id: 'illness-review-records', member });
  });
  h.members.forEach((m, member) => {
    if (m.disabilities.length > 0) out.push({ id: 'disability-cert', member });
  });
  if (ctx.deduction.childlessElderly) out.push({ id: 'pension-proof' });
  if (h.household.familyPlanningSupport) out.push({ id: 'family-planning-cert' });
  return out;
}
