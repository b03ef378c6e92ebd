// Answers of 不确定 (contract §4.1): never replaced by a guess, computed at their least and most
// favourable values. The engine reads them through these helpers; compute.ts lists the answers
// that changed a step (unknownAnswers) by fixing each at one side in turn.
import type { Household, Member } from './household.ts';
import type { Outcome } from './types.ts';

export type Side = 'least' | 'most';
export const SIDES: readonly Side[] = ['least', 'most'];

/** The outcome of a condition computed at both sides: the same → that outcome, else unknown. */
export function atBoth(least: boolean, most: boolean): Outcome {
  if (least === most) return least ? 'met' : 'not-met';
  return 'unknown';
}

/** A grade at a side: null (不确定) is grade 4 at the least, grade 1 at the most favourable value. */
export const gradeAt = (grade: number | null, side: Side): number => grade ?? (side === 'least' ? 4 : 1);

/**
 * A severe disability (a grade ≤ `limit` of any type) at both sides: met when a known grade is,
 * unknown when only a 不确定 grade could be, not met otherwise.
 */
export const severeDisability = (m: Member, limit: number): Outcome =>
  atBoth(
    m.disabilities.some((d) => gradeAt(d.grade, 'least') <= limit),
    m.disabilities.some((d) => gradeAt(d.grade, 'most') <= limit),
  );

/** The key of an answer in `Context.fixed`. */
export const answerKey = (member: number, field: string) => `${member}:${field}`;

/**
 * The household with one answer fixed at one side (grades, supporters, the parents' situation);
 * the pre-school child (`student`) is fixed through `Context.fixed` instead, since no value of
 * the file says "at school, for 4.3 only".
 */
export function withAnswer(h: Household, member: number, field: string, side: Side): Household {
  const m = h.members[member];
  let changed: Member;
  if (field === 'supporters') changed = { ...m, supporters: side === 'least' ? 'able' : 'none' };
  else if (field === 'bothParentsUnavailable') changed = { ...m, bothParentsUnavailable: side === 'most' };
  else if (field.startsWith('disabilities.')) {
    const k = Number(field.split('.')[1]);
    changed = { ...m, disabilities: m.disabilities.map((d, i) => (i === k ? { ...d, grade: side === 'least' ? 4 : 1 } : d)) };
  } else return h;
  return { ...h, members: h.members.map((x, i) => (i === member ? changed : x)) };
}
