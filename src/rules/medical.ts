// 医疗救助 (津政办规〔2026〕2号 第七条, 第三十五条; contract §4.6).
import type { Context } from './context.ts';
import { DOC } from './docs.ts';
import { step } from './steps.ts';
import type { Hint, MedicalResult, Outcome, Status } from './types.ts';


export function evaluateMedical(ctx: Context, s: { dibao: Status; edge: Status; tekun: Status; rigid: Status }): { result: MedicalResult; hints: Hint[] } {
  const covered = ctx.h.household.currentCoverage;
  const groups = [s.dibao, s.edge, s.tekun];
  // 第七条: 低保对象、特困人员、低保边缘家庭成员 are recipients
  const groupOutcome: Outcome =
    groups.includes('likely') || covered === 'dibao' || covered === 'edge' || covered === 'tekun' ? 'met' : groups.includes('review') ? 'unknown' : 'not-met';
  const reasons = [step('medical-recipient-group', groupOutcome, { doc: DOC.medical, article: '第七条' }, { dibao: s.dibao, edge: s.edge, tekun: s.tekun, currentCoverage: covered })];
  if (groupOutcome === 'met') return { result: { status: 'likely', reasons }, hints: [] };
  // 第三十五条: seriously ill members of a 刚性支出 family
  const ill = ctx.h.members.some((m) => m.illnesses.length > 0);
  const rigidPossible = s.rigid !== 'unlikely';
  const rigidIll: Outcome = rigidPossible && ill ? 'unknown' : 'not-met';
  reasons.push(step('medical-rigid-illness', rigidIll, { doc: DOC.medical, article: '第三十五条' }, { rigid: s.rigid, seriousIllness: String(ill) }));
  const status: Status = groupOutcome === 'unknown' || rigidIll === 'unknown' ? 'review' : 'unlikely';
  return { result: { status, reasons }, hints: [{ code: status === 'review' ? 'medical-follows-review' : 'medical-follows-coverage' }] };
}
