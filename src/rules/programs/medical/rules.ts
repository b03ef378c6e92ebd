// 医疗救助 (津政办规〔2026〕2号 第七条, 第三十五条; contract §4.6).
import { DOC } from '../../docs.ts';
import { defineProgram, type Inputs } from '../../program.ts';
import { step } from '../../steps.ts';
import type { Hint, Outcome, Reason, Status } from '../../types.ts';

export interface MedicalResult {
  status: Status;
  reasons: Reason[];
}

/** The programme 第三十五条 is about: 刚性支出困难家庭. */
const RIGID = 'rigid';

function evaluate({ ctx, deps, coverage }: Inputs): { result: MedicalResult; hints: Hint[] } {
  const covered = ctx.h.household.currentCoverage;
  const groups = coverage.map((p) => p.status);
  // 第七条: 低保对象、特困人员、低保边缘家庭成员 are recipients
  const groupOutcome: Outcome =
    groups.includes('likely') || coverage.some((p) => p.id === covered) ? 'met' : groups.includes('review') ? 'unknown' : 'not-met';
  const reasons = [
    step('medical-recipient-group', groupOutcome, { doc: DOC.medical, article: '第七条' }, { ...Object.fromEntries(coverage.map((p) => [p.id, p.status])), currentCoverage: covered }),
  ];
  if (groupOutcome === 'met') return { result: { status: 'likely', reasons }, hints: [] };
  // 第三十五条: seriously ill members of a 刚性支出 family
  const ill = ctx.h.members.some((m) => m.illnesses.length > 0);
  const rigid = deps[RIGID].status;
  const rigidPossible = rigid !== 'unlikely';
  const rigidIll: Outcome = rigidPossible && ill ? 'unknown' : 'not-met';
  reasons.push(step('medical-rigid-illness', rigidIll, { doc: DOC.medical, article: '第三十五条' }, { rigid, seriousIllness: String(ill) }));
  const status: Status = groupOutcome === 'unknown' || rigidIll === 'unknown' ? 'review' : 'unlikely';
  return { result: { status, reasons }, hints: [{ code: status === 'review' ? 'medical-follows-review' : 'medical-follows-coverage' }] };
}

export const medical = defineProgram({
  id: 'medical',
  needs: [RIGID],
  readsCoverage: true,
  coverage: false,
  materials: [],
  steps: { 'medical-recipient-group': ['met', 'unknown', 'not-met'], 'medical-rigid-illness': ['unknown', 'not-met'] },
  hints: ['medical-follows-review', 'medical-follows-coverage'],
  arith: [],
  evaluate,
  // 医疗救助 pays towards medical bills, not a monthly amount
  amount: () => null,
  arithmetic: () => [],
});
