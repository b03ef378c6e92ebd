// Required materials (contract §5.1): each programme that is likely or under review names its
// own (its `materials` in programs/<id>/rules.ts, from the helpers below); they are merged here
// once each, in the table's order, per-member items by member index, `text` over `analogy`.
import type { Context, Unit } from './context.ts';
import { DOC } from './docs.ts';
import { isPreschoolUnknown, singleParentChildren } from './deduction.ts';
import { illnessDeductionDue } from './family.ts';
import { REGISTRY } from './registry.ts';
import type { ProgramDef } from './program.ts';
import { MATERIAL_IDS, SUGGESTED_IDS, type Material, type MaterialBasis, type ProgramOutcome, type Status, type SuggestedMaterial } from './types.ts';

const ACTIVE: readonly Status[] = ['likely', 'review'];

/** 5号 第九条, 第八条: the application papers (`text` for 刚性支出, whose article it is; else `analogy`). */
export function applicationMaterials(ctx: Context, basis: MaterialBasis): Material[] {
  const citation = { doc: DOC.rigid, article: '第九条' };
  const out: Material[] = (['application-form', 'hukou-id', 'authorization', 'pledge'] as const).map((id) => ({ id, basis, citation }));
  if (ctx.h.household.applyingByProxy) out.push({ id: 'proxy-authorization', basis, citation: { doc: DOC.rigid, article: '第八条' } });
  return out;
}

const c7 = (article: string) => ({ doc: DOC.classification, article });

/** 7号 三: the proofs behind the classification deduction, for a 低保 or 边缘 application over the unit. */
export function classificationMaterials(ctx: Context, unit: Unit): Material[] {
  const out: Material[] = [];
  for (const member of unit.members) {
    const m = ctx.h.members[member];
    if (m.illnesses.length > 0) out.push({ id: 'diagnosis', member, basis: 'text', citation: c7('三(一)') });
    if (illnessDeductionDue(m, ctx)) out.push({ id: 'illness-review-records', member, basis: 'text', citation: c7('三(五)') });
    if (m.disabilities.length > 0) out.push({ id: 'disability-cert', member, basis: 'text', citation: c7('三(二)') });
  }
  if (unit.deduction.least.childlessElderly) out.push({ id: 'pension-proof', basis: 'text', citation: c7('三(三)') });
  if (ctx.h.household.familyPlanningSupport) out.push({ id: 'family-planning-cert', basis: 'text', citation: c7('三(四)') });
  return out;
}

/** A member's 残疾人证 (7号 三(二)), for programmes that name the member. */
export const disabilityCert = (member: number, basis: MaterialBasis): Material => ({ id: 'disability-cert', member, basis, citation: c7('三(二)') });
/** A member's diagnosis (7号 三(一)). */
export const diagnosis = (member: number, basis: MaterialBasis): Material => ({ id: 'diagnosis', member, basis, citation: c7('三(一)') });

export function materialsFor(ctx: Context, programs: Readonly<Record<string, ProgramOutcome>>): Material[] {
  const found = new Map<string, Material>();
  for (const def of REGISTRY as readonly ProgramDef[]) {
    const result = programs[def.id];
    if (!ACTIVE.includes(result.status)) continue;
    for (const m of def.materials(result, ctx)) {
      const key = `${m.id}:${m.member ?? ''}`;
      const had = found.get(key);
      if (!had || (had.basis === 'analogy' && m.basis === 'text')) found.set(key, m);
    }
  }
  const order = (m: Material) => MATERIAL_IDS.indexOf(m.id) * 100 + (m.member ?? -1);
  return [...found.values()].sort((a, b) => order(a) - order(b)).map((m) => (m.member === undefined ? { id: m.id, basis: m.basis, citation: m.citation } : { id: m.id, member: m.member, basis: m.basis, citation: m.citation }));
}

/** The suggested papers of the active programmes, once each, in SUGGESTED_IDS order, by member. */
export function suggestedFor(ctx: Context, programs: Readonly<Record<string, ProgramOutcome>>): SuggestedMaterial[] {
  const found = new Map<string, SuggestedMaterial>();
  for (const def of REGISTRY as readonly ProgramDef[]) {
    const result = programs[def.id];
    if (def.suggested && ACTIVE.includes(result.status)) for (const m of def.suggested(result, ctx)) found.set(`${m.id}:${m.member ?? ''}`, m);
  }
  const order = (m: SuggestedMaterial) => SUGGESTED_IDS.indexOf(m.id) * 100 + (m.member ?? -1);
  return [...found.values()].sort((a, b) => order(a) - order(b));
}

/** 低保 and 边缘: the single parent's status and the school of the children the deduction counts (7号 二(一)3–4), the students of the supplement (二(二)1). */
export function classificationSuggested(ctx: Context, unit: Unit, students: readonly number[]): SuggestedMaterial[] {
  const out: SuggestedMaterial[] = [];
  const { least, most } = unit.deduction;
  if (least.singleParent || most.singleParent) {
    out.push({ id: 'single-parent-proof' });
    for (const member of singleParentChildren(ctx.h, unit.members)) if (ctx.h.members[member].student !== null || isPreschoolUnknown(ctx.h.members[member], ctx.params.deduction)) out.push({ id: 'school-certificate', member });
  }
  for (const member of students) out.push({ id: 'school-certificate', member }, { id: 'parents-situation-proof', member });
  return out;
}
