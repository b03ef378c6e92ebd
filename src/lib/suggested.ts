// Materials the interface suggests beyond those a cited text requires (contract §5.1:
// "anything the interface suggests goes in a separate suggestedMaterials array"), each for the
// member it is about where there is one, so that the checklist can list it under that person.
import type { HouseholdInput, Result } from '../rules/index.ts';

export interface Suggested {
  id: 'school-proof' | 'divorce-or-death-proof' | 'income-proof';
  member?: number;
}

export function suggestedMaterials(h: HouseholdInput, r: Result): Suggested[] {
  if (r.materials.length === 0) return [];
  const out: Suggested[] = [];
  h.members.forEach((m, member) => {
    if (m.student) out.push({ id: 'school-proof', member });
    if (m.monthlyIncome !== undefined && Number(m.monthlyIncome) > 0) out.push({ id: 'income-proof', member });
  });
  if (h.household?.singleParent && h.household.singleParent !== 'none') out.push({ id: 'divorce-or-death-proof' });
  return out;
}
