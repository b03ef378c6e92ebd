// 分类收入抵扣 (津民规〔2025〕7号 二(一); contract §4.3), over a unit of members, at one side of
// the unknown answers (§4.1).
import { HIGHER_EDUCATION, ILLNESSES } from './catalog.ts';
import type { Household, Member } from './household.ts';
import { Decimal, ZERO, formatMoney, money, sum } from './money.ts';
import type { GradeLimits, Parameters } from './params.ts';
import { cite, step } from './steps.ts';
import type { DeductionItem, Step } from './types.ts';
import { answerKey, gradeAt, type Side } from './unknowns.ts';

export interface Deduction {
  /** the single largest item (ties: the first in contract order), null when none applies */
  item: DeductionItem | null;
  amount: Decimal;
  /** every item with an amount > 0, in contract order */
  candidates: { item: DeductionItem; amount: Decimal }[];
  /** whether the single-parent item (3 or 4) applies: the 边缘 cash conditions reuse it */
  singleParent: boolean;
  childlessElderly: boolean;
}

const within = (limits: GradeLimits, type: keyof GradeLimits, grade: number) => grade <= (limits[type] ?? 0);

/** 二(一)1: the member's highest amount; the unit's is the sum ("按家庭中实际残疾人数计算"). */
export function disabilityAmount(m: Member, d: Parameters['deduction'], side: Side): Decimal {
  let best = ZERO;
  for (const { type, grade } of m.disabilities) {
    const g = gradeAt(grade, side);
    const amount = within(d.disabilityHighGrades.value, type, g)
      ? money(d.disabilityHigh.value)
      : within(d.disabilityLowGrades.value, type, g)
        ? money(d.disabilityLow.value)
        : ZERO;
    best = Decimal.max(best, amount);
  }
  return best;
}

/** 二(一)2: the member's highest tier; summed over members ("按家庭中实际患病人数计算"). */
export function illnessAmount(m: Member, d: Parameters['deduction']): Decimal {
  const tiers = [d.illnessTier1, d.illnessTier2, d.illnessTier3];
  return m.illnesses.reduce((best, id) => Decimal.max(best, money(tiers[ILLNESSES[id].tier - 1].value)), ZERO);
}

/** 在学(从学龄前至全日制大学): preschool..undergraduate, higher education full-time only (§2). */
export function isSchoolStudent(m: Member): boolean {
  return m.student !== null && m.student.level !== 'postgraduate' && (!HIGHER_EDUCATION.includes(m.student.level) || m.student.fullTime);
}

/**
 * The members of the unit who are the single parent's children (§4.3): relation `child`; or,
 * when someone in the file is the applicant's parent, the applicant and the siblings — the same
 * family gets the same answer whoever applies.
 */
export function singleParentChildren(h: Household, members: readonly number[]): number[] {
  const parentPresent = h.members.some((m) => m.relation === 'parent');
  return members.filter((i) => {
    const r = h.members[i].relation;
    return r === 'child' || (parentPresent && (r === 'applicant' || r === 'sibling'));
  });
}

/** A child under the pre-school age with no school level: whether 7号 counts it is for the office. */
export const isPreschoolUnknown = (m: Member, d: Parameters['deduction']) => m.student === null && m.age < d.preschoolAge.value;

function hasChildInSchool(h: Household, members: readonly number[], d: Parameters['deduction'], side: Side, fixed: ReadonlyMap<string, Side>): boolean {
  return singleParentChildren(h, members).some((i) => {
    const m = h.members[i];
    if (isSchoolStudent(m)) return true;
    return isPreschoolUnknown(m, d) && (fixed.get(answerKey(i, 'student')) ?? side) === 'most';
  });
}

/** 二(一)5: urban, two members both ≥ 60, no children, living on one pension. */
function isChildlessElderly(h: Household, members: readonly number[], d: Parameters['deduction']): boolean {
  return (
    h.area === 'urban' &&
    members.length === 2 &&
    members.every((i) => h.members[i].age >= d.childlessElderlyAge.value) &&
    h.household.childless &&
    members.filter((i) => h.members[i].hasPension).length === 1
  );
}

export function computeDeduction(h: Household, members: readonly number[], params: Parameters, side: Side, fixed: ReadonlyMap<string, Side>): Deduction {
  const d = params.deduction;
  const ms = members.map((i) => h.members[i]);
  const singleParent = h.household.singleParent !== 'none' && hasChildInSchool(h, members, d, side, fixed);
  const childlessElderly = isChildlessElderly(h, members, d);
  const items: [DeductionItem, Decimal][] = [
    ['disability', sum(ms.map((m) => disabilityAmount(m, d, side)))],
    ['serious-illness', sum(ms.map((m) => illnessAmount(m, d)))],
    ['widowed-single-parent', singleParent && h.household.singleParent === 'widowed' ? money(d.widowedSingleParent.value) : ZERO],
    ['other-single-parent', singleParent && h.household.singleParent === 'other' ? money(d.otherSingleParent.value) : ZERO],
    ['childless-elderly', childlessElderly ? money(d.childlessElderly.value) : ZERO],
    // a household flag, but the deduction is over the unit: none for an empty F (§4.2 "deduction.item is null")
    ['family-planning', h.household.familyPlanningSupport && members.length > 0 ? money(d.familyPlanning.value) : ZERO],
  ];
  const candidates = items.filter(([, amount]) => amount.gt(0)).map(([item, amount]) => ({ item, amount }));
  // 二(一) 末段: "按抵扣项目标准高的择一执行"
  let chosen: { item: DeductionItem; amount: Decimal } | null = null;
  for (const c of candidates) if (!chosen || c.amount.gt(chosen.amount)) chosen = c;
  return { item: chosen?.item ?? null, amount: chosen?.amount ?? ZERO, candidates, singleParent, childlessElderly };
}

/** Contract §4.14: after the classification notice ends, a likely that leans on its deduction is only "review". */
export function deductionExpiry(asOf: string, params: Parameters, deduction: Deduction): Step[] {
  const until = params.deduction.validUntil;
  return asOf > until.value && deduction.amount.gt(0)
    ? [step('rule-expired', 'unknown', cite(until), { validUntil: until.value, deduction: formatMoney(deduction.amount) })]
    : [];
}

/** The step deductionExpiry can add, for the programmes that report it. */
export const DEDUCTION_EXPIRY_STEPS = { 'rule-expired': ['unknown'] } as const;
