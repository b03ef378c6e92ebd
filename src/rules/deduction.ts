// 分类收入抵扣 (津民规〔2025〕7号 二(一); contract §4.1).
import { HIGHER_EDUCATION, ILLNESSES } from './catalog.ts';
import type { Household, Member } from './household.ts';
import { Decimal, ZERO, formatMoney, money, sum } from './money.ts';
import type { GradeLimits, Parameters } from './params.ts';
import { cite, step } from './steps.ts';
import type { DeductionItem, Step } from './types.ts';

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

/** 二(一)1: the member's highest amount; the household's is the sum ("按家庭中实际残疾人数计算"). */
function disabilityAmount(m: Member, d: Parameters['deduction']): Decimal {
  let best = ZERO;
  for (const { type, grade } of m.disabilities) {
    const amount = within(d.disabilityHighGrades.value, type, grade)
      ? money(d.disabilityHigh.value)
      : within(d.disabilityLowGrades.value, type, grade)
        ? money(d.disabilityLow.value)
        : ZERO;
    best = Decimal.max(best, amount);
  }
  return best;
}

/** 二(一)2: the member's highest tier; summed over members ("按家庭中实际患病人数计算"). */
function illnessAmount(m: Member, d: Parameters['deduction']): Decimal {
  const tiers = [d.illnessTier1, d.illnessTier2, d.illnessTier3];
  return m.illnesses.reduce((best, id) => Decimal.max(best, money(tiers[ILLNESSES[id].tier - 1].value)), ZERO);
}

/** 子女在学(从学龄前至全日制大学): a child at preschool..undergraduate, higher education full-time only. */
function hasChildInSchool(h: Household): boolean {
  return h.members.some(
    (m) =>
      m.relation === 'child' &&
      m.student !== null &&
      m.student.level !== 'postgraduate' &&
      (!HIGHER_EDUCATION.includes(m.student.level) || m.student.fullTime),
  );
}

/** 二(一)5: urban, two members both ≥ 60, no children, living on one pension. */
function isChildlessElderly(h: Household, d: Parameters['deduction']): boolean {
  return (
    h.area === 'urban' &&
    h.members.length === 2 &&
    h.members.every((m) => m.age >= d.childlessElderlyAge.value) &&
    h.household.childless &&
    h.members.filter((m) => m.hasPension).length === 1
  );
}

export function computeDeduction(h: Household, params: Parameters): Deduction {
  const d = params.deduction;
  const singleParent = h.household.singleParent !== 'none' && hasChildInSchool(h);
  const childlessElderly = isChildlessElderly(h, d);
  const items: [DeductionItem, Decimal][] = [
    ['disability', sum(h.members.map((m) => disabilityAmount(m, d)))],
    ['serious-illness', sum(h.members.map((m) => illnessAmount(m, d)))],
    ['widowed-single-parent', singleParent && h.household.singleParent === 'widowed' ? money(d.widowedSingleParent.value) : ZERO],
    ['other-single-parent', singleParent && h.household.singleParent === 'other' ? money(d.otherSingleParent.value) : ZERO],
    ['childless-elderly', childlessElderly ? money(d.childlessElderly.value) : ZERO],
    ['family-planning', h.household.familyPlanningSupport ? money(d.familyPlanning.value) : ZERO],
  ];
  const candidates = items.filter(([, amount]) => amount.gt(0)).map(([item, amount]) => ({ item, amount }));
  // 二(一) 末段: the highest single item ("择一"); none for 单人保 households.
  let chosen: { item: DeductionItem; amount: Decimal } | null = null;
  if (!h.household.singlePersonCoverage) for (const c of candidates) if (!chosen || c.amount.gt(chosen.amount)) chosen = c;
  return { item: chosen?.item ?? null, amount: chosen?.amount ?? ZERO, candidates, singleParent, childlessElderly };
}

/** Contract §4.7: after the classification notice ends, a result that leans on its deduction is only "review". */
export function deductionExpiry(asOf: string, params: Parameters, deduction: Deduction): Step[] {
  const until = params.deduction.validUntil;
  return asOf > until.value && deduction.amount.gt(0)
    ? [step('rule-expired', 'unknown', cite(until), { validUntil: until.value, deduction: formatMoney(deduction.amount) })]
    : [];
}

/** The step deductionExpiry can add, for the programmes that report it. */
export const DEDUCTION_EXPIRY_STEPS = { 'rule-expired': ['unknown'] } as const;
