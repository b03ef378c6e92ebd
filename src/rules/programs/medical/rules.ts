// 医疗救助 (津政办规〔2026〕2号 第七条, 第三十五条; contract §4.12): it follows the other
// programmes — 低保, 边缘, 单人保 and 特困 recipients, 孤儿 (第七条(四)), and the seriously ill of a
// 刚性支出 family (住院 only, 第三十五条). No application of its own, no monthly amount.
import { DOC } from '../../docs.ts';
import { money } from '../../money.ts';
import { defineProgram, type Inputs } from '../../program.ts';
import { cite, step } from '../../steps.ts';
import type { Citation, Hint, Outcome, Reason, Status } from '../../types.ts';

export interface MedicalResult {
  status: Status;
  reasons: Reason[];
}

const GROUPS = ['dibao', 'edge', 'singlePersonDibao', 'tekun'] as const;
const COVERED: readonly string[] = ['dibao', 'edge', 'tekun'];

function evaluate({ ctx, deps }: Inputs): { result: MedicalResult; hints: Hint[] } {
  const m = ctx.params.medical;
  // before the 2026 text was in force, the 2021 plan's row says the same recipients
  const at = (article: string): Citation => (ctx.asOf < m.inForce.value ? { doc: DOC.plan14, article: '医疗救助' } : { doc: DOC.medical, article });
  const statuses = GROUPS.map((id) => deps[id].status);
  const covered = COVERED.includes(ctx.h.household.currentCoverage);
  const group: Outcome = statuses.includes('likely') || covered ? 'met' : statuses.includes('review') ? 'unknown' : 'not-met';
  const reasons: Reason[] = [
    step('medical-recipient-group', group, at('第七条'), { ...Object.fromEntries(GROUPS.map((id) => [id, deps[id].status])), currentCoverage: ctx.h.household.currentCoverage }),
  ];
  let status: Status = group === 'met' ? 'likely' : group === 'unknown' ? 'review' : 'unlikely';
  if (status !== 'likely') {
    if (deps.orphan.status === 'review') {
      reasons.push(step('medical-orphan', 'unknown', at('第七条(四)'), {}));
      status = 'review';
    }
    // 第三十五条: any medical expense or a listed illness, in a family that may be 刚性支出
    const ill = ctx.F.members.some((i) => ctx.h.members[i].illnesses.length > 0);
    const spent = money(ctx.h.rigidExpenses.medical).gt(0);
    if (deps.rigid.status !== 'unlikely' && (ill || spent)) {
      reasons.push(step('rigid-inpatient-only', 'unknown', at('第三十五条'), { rigid: deps.rigid.status, seriousIllness: String(ill), medicalExpense: String(spent) }));
      status = 'review';
    }
  }
  // 第三十七条: valid five years
  if (ctx.asOf > m.validUntil.value) {
    reasons.push(step('rule-expired', 'unknown', cite(m.validUntil), { validUntil: m.validUntil.value }));
    if (status === 'likely') status = 'review';
  }
  return { result: { status, reasons }, hints: status === 'likely' ? [] : [{ code: status === 'review' ? 'medical-follows-review' : 'medical-follows-coverage' }] };
}

export const medical = defineProgram({
  id: 'medical',
  needs: [...GROUPS, 'orphan', 'rigid'],
  steps: {
    'medical-recipient-group': ['met', 'unknown', 'not-met'],
    'medical-orphan': ['unknown'],
    'rigid-inpatient-only': ['unknown'],
    'rule-expired': ['unknown'],
  },
  // rule-expired: compute adds it wherever a step says a rule has expired
  hints: ['medical-follows-review', 'medical-follows-coverage', 'rule-expired'],
  arith: [],
  // 2号 第十二条: no application of its own
  procedure: [{ code: 'no-application', citation: { doc: DOC.medical, article: '第十二条' } }],
  evaluate,
  // 医疗救助 pays towards medical bills, not a monthly amount
  amount: () => null,
  arithmetic: () => [],
  materials: () => [],
});
