// Materials the interface suggests beyond those a cited text requires (contract §5.1:
// "anything the interface suggests goes in a separate suggestedMaterials array").
import type { HouseholdInput, Result } from '../rules/index.ts';

export type SuggestedMaterial = 'school-proof' | 'divorce-or-death-proof' | 'income-proof';

export function suggestedMaterials(h: HouseholdInput, r: Result): SuggestedMaterial[] {
  if (r.materials.length === 0) return [];
  const out: SuggestedMaterial[] = [];
  if (h.members.some((m) => m.student)) out.push('school-proof');
  if (h.household?.singleParent && h.household.singleParent !== 'none') out.push('divorce-or-death-proof');
  if (h.members.some((m) => m.monthlyIncome !== undefined && Number(m.monthlyIncome) > 0)) out.push('income-proof');
  return out;
}
