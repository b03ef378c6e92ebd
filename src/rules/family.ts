// What the programmes over the family unit share (contract §4.5, §4.7, §4.9): the 二(二)
// supplements, the step for an empty unit, the illness review and conduct steps.
import type { Context, Unit } from './context.ts';
import { DOC } from './docs.ts';
import type { Member } from './household.ts';
import { Decimal, money, sum } from './money.ts';
import { cite, step } from './steps.ts';
import type { Step, Supplement } from './types.ts';

/** The date `years` years before `date` (YYYY-MM-DD); 29 Feb falls back to 28 Feb. */
export function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether the member's illness deduction has run its two years by asOf (7号 三(五), 四(二)). */
export const illnessDeductionDue = (m: Member, ctx: Context) =>
  m.illnesses.length > 0 && m.illnessDeductionSince !== null && m.illnessDeductionSince <= yearsBefore(ctx.asOf, ctx.params.deduction.illnessReviewYears.value);

export type Extra = { kind: Supplement['kind']; member: number; amount: Decimal; onlyIfConfirmed: boolean };

/** 津民规〔2025〕7号 二(二): the student supplement (adult, full-time, both parents unavailable) and the elderly one, over the unit. */
export function supplementsOf(ctx: Context, members: readonly number[]): Extra[] {
  const s = ctx.params.supplement;
  const out: Extra[] = [];
  for (const member of members) {
    const m = ctx.h.members[member];
    if (m.age >= s.studentMinAge.value && m.student?.fullTime && m.student.level !== 'postgraduate' && m.bothParentsUnavailable !== false)
      out.push({ kind: 'student', member, amount: money(s.student.value), onlyIfConfirmed: m.bothParentsUnavailable === null });
    if (m.age >= s.elderlyAge.value) out.push({ kind: 'elderly', member, amount: money(s.elderly.value), onlyIfConfirmed: false });
  }
  return out;
}

/** §4.14: after 7号 ends, an amount that includes a 二(二) supplement leans on it — the step that says so, or none. */
export function supplementExpiry(ctx: Context, extra: readonly Extra[], member?: number): Step[] {
  const until = ctx.params.deduction.validUntil;
  if (ctx.asOf <= until.value || !extra.some((x) => !x.onlyIfConfirmed)) return [];
  return [step('rule-expired', 'unknown', cite(until), { validUntil: until.value }, member === undefined ? {} : { member })];
}

export const supplementTotal = (extra: readonly Extra[], side: 'least' | 'most') => sum(extra.filter((x) => side === 'most' || !x.onlyIfConfirmed).map((x) => x.amount));

/** The routed members leave nobody to assess (§4.2): the step 低保, 边缘, 单人保 and 刚性支出 report. */
export const routedOut = (ctx: Context): Step =>
  step('members-individually-supported', 'not-met', { doc: DOC.rigid, article: '第五条(一)' }, { routed: ctx.routes.map((r) => r.member).join(',') });

/**
 * 5号 第十八条: a family refused 低保, 特困 or 边缘 who meets 刚性支出's conditions moves into its
 * procedure without handing in the papers again — what happens after applying for those three.
 */
export const MOVE_TO_RIGID = { code: 'move-to-rigid', citation: { doc: DOC.rigid, article: '第十八条' } } as const;

/** Steps 低保 and 边缘 share: the illness deduction's two years (7号 四(二)) and conduct (5号 第七条, by analogy). */
export function reviewSteps(ctx: Context, unit: Unit): Step[] {
  const out: Step[] = [];
  const due = unit.members.filter((i) => illnessDeductionDue(ctx.h.members[i], ctx));
  if (unit.deduction.least.item === 'serious-illness' && due.length)
    out.push(step('illness-deduction-review', 'unknown', { doc: DOC.classification, article: '四(二)' }, { members: due.join(',') }));
  const flags = Object.entries(ctx.h.conduct).filter(([, v]) => v).map(([k]) => k);
  if (flags.length) out.push(step('conduct', 'unknown', { doc: DOC.rigid, article: '第七条' }, { flags: flags.join(',') }));
  return out;
}

