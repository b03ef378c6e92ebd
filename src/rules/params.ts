// The only place law numbers live. Each value carries its unit, the document and article it
// comes from and the date it takes effect (DESIGN.md, OpenFisca habit). To follow a new notice,
// add a new dated set at the end of PARAMETER_SETS: history is never rewritten.
import { DOC } from './docs.ts';
import type { Citation } from './types.ts';

export type Unit =
  | 'CNY/person/month'
  | 'CNY/household/month'
  | 'CNY/household'
  | 'CNY'
  | 'ratio'
  | 'months'
  /** an age */
  | 'years'
  /** a length of time in years */
  | 'years-elapsed'
  | 'working days'
  | 'count'
  | 'grade'
  | 'date'
  /** a rule stated in words, with no figure */
  | 'rule';

export interface Param<T = string> {
  value: T;
  unit: Unit;
  citation: Citation;
  effective: string;
  /** true when the figure is not stated in a text this tool carries (shown to the user as such) */
  outsideTexts?: true;
}

const p = <T>(value: T, unit: Unit, doc: string, article: string, effective: string, outsideTexts?: true): Param<T> => ({
  value,
  unit,
  citation: { doc, article },
  effective,
  ...(outsideTexts && { outsideTexts }),
});

const FROM = '2025-09-01';

/** Disability grades by type that a rule counts: grade ≤ the number given. */
export type GradeLimits = Partial<Record<'visual' | 'hearing' | 'speech' | 'physical' | 'intellectual' | 'mental', number>>;

function parameters2025() {
  return {
    dibao: {
      /** 低保标准 S */
      standard: p('1045', 'CNY/person/month', DOC.standards, '正文', FROM),
    },
    edge: {
      /** 低保边缘 band: S ≤ P < multiple × S */
      multiple: p('1.5', 'ratio', DOC.plan14, '城乡低收入家庭救助', '2021-12-06'),
      cashStandard: p('314', 'CNY/household/month', DOC.standards, '正文', FROM),
      /** who receives the cash: from published summaries, not from a text we carry */
      cashConditions: p('—', 'rule', DOC.edgeCash, '发放条件', FROM, true),
      /** "all members ≥ 60 and childless" among the cash conditions */
      elderlyAge: p(60, 'years', DOC.edgeCash, '发放条件', FROM, true),
    },
    tekun: {
      urban: p('1870', 'CNY/person/month', DOC.standards, '正文', FROM),
      ruralCentral: p('1870', 'CNY/person/month', DOC.standards, '正文', FROM),
      ruralDispersed: p('1530', 'CNY/person/month', DOC.standards, '正文', FROM),
      /** no capacity to work from this age */
      elderlyAge: p(60, 'years', DOC.tekunNational, '第六条', FROM, true),
      /** no capacity to work below this age */
      minorAge: p(16, 'years', DOC.tekunNational, '第六条', FROM, true),
      /** 无生活来源: own income below the 低保标准 (contract §4.4) */
      ownIncome: p('—', 'rule', DOC.plan14, '特困人员救助供养', '2021-12-06'),
      /** no 法定赡养、抚养、扶养义务人, or none able to support */
      supporters: p('—', 'rule', DOC.plan14, '特困人员救助供养', '2021-12-06'),
      incapacityGrades: p<GradeLimits>({ physical: 2, visual: 1, intellectual: 3, mental: 3 }, 'grade', DOC.tekunNational, '第六条', FROM, true),
    },
    deduction: {
      disabilityHigh: p('1000', 'CNY/household/month', DOC.classification, '二(一)1', FROM),
      disabilityHighGrades: p<GradeLimits>({ visual: 2, physical: 2, intellectual: 2, mental: 2 }, 'grade', DOC.classification, '二(一)1', FROM),
      disabilityLow: p('500', 'CNY/household/month', DOC.classification, '二(一)1', FROM),
      disabilityLowGrades: p<GradeLimits>({ speech: 2, hearing: 2, intellectual: 3, mental: 3 }, 'grade', DOC.classification, '二(一)1', FROM),
      illnessTier1: p('1500', 'CNY/household/month', DOC.classification, '二(一)2', FROM),
      illnessTier2: p('1000', 'CNY/household/month', DOC.classification, '二(一)2', FROM),
      illnessTier3: p('500', 'CNY/household/month', DOC.classification, '二(一)2', FROM),
      widowedSingleParent: p('1200', 'CNY/household/month', DOC.classification, '二(一)3', FROM),
      otherSingleParent: p('800', 'CNY/household/month', DOC.classification, '二(一)4', FROM),
      childlessElderly: p('1200', 'CNY/household/month', DOC.classification, '二(一)5', FROM),
      childlessElderlyAge: p(60, 'years', DOC.classification, '二(一)5', FROM),
      familyPlanning: p('1000', 'CNY/household/month', DOC.classification, '二(一)6', FROM),
      /** after this many years of the illness deduction, its proofs are asked again (三(五)) */
      illnessReviewYears: p(2, 'years-elapsed', DOC.classification, '三(五)', FROM),
      /** the diagnosis and the records asked for are of the last year (三(一), 三(五)) */
      recentRecordsYears: p(1, 'years-elapsed', DOC.classification, '三(一)', FROM),
      /** the notice is valid five years */
      validUntil: p('2030-08-31', 'date', DOC.classification, '四(四)', FROM),
    },
    supplement: {
      student: p('1560', 'CNY/person/month', DOC.classification, '二(二)1', FROM),
      studentMinAge: p(18, 'years', DOC.classification, '二(二)1', FROM),
      elderly: p('300', 'CNY/person/month', DOC.classification, '二(二)2', FROM),
      elderlyAge: p(60, 'years', DOC.classification, '二(二)2', FROM),
    },
    rigid: {
      /** 刚性支出 must reach this share of the family's annual income */
      expenseShare: p('0.6', 'ratio', DOC.rigid, '第五条(三)', FROM),
      /** months of 低保标准 per person that monetary assets may not exceed */
      monetaryMonths: p(36, 'months', DOC.rigid, '第五条(四)1', FROM),
      maxHomes: p(1, 'count', DOC.rigid, '第五条(四)2', FROM),
      /** two homes are allowed when the per-capita area is within the city figure */
      maxHomesWithAreaTest: p(2, 'count', DOC.rigid, '第五条(四)2', FROM),
      maxCars: p(1, 'count', DOC.rigid, '第五条(四)3', FROM),
      /** the cars' value must be below this */
      carValueLimit: p('100000', 'CNY', DOC.rigid, '第五条(四)3', FROM),
      /** living expenses count at most at the 低保标准 */
      livingCap: p('1', 'ratio', DOC.rigid, '第六条(一)', FROM),
      /** the office decides within this many working days of accepting the application */
      decisionDays: p(30, 'working days', DOC.rigid, '第十六条', FROM),
      /** or within this many, where the family lives apart from its hukou or the check is hard */
      decisionDaysExtended: p(45, 'working days', DOC.rigid, '第十六条', FROM),
      /** three-year trial */
      trialEnds: p('2028-08-31', 'date', DOC.rigid, '第二十二条', FROM),
    },
  };
}

export type Parameters = ReturnType<typeof parameters2025>;

export interface ParameterSet {
  id: string;
  /** first day the set is in force */
  from: string;
  params: Parameters;
}

export const PARAMETER_SETS: readonly ParameterSet[] = [{ id: '2025-09-01', from: FROM, params: parameters2025() }];

/** The first day any encoded rule is in force (contract §4.7). */
export const EARLIEST_RULES = PARAMETER_SETS[0].from;

/** The set in force on `asOf` (YYYY-MM-DD), or undefined before the first one. */
export function parametersAt(asOf: string): ParameterSet | undefined {
  let found: ParameterSet | undefined;
  for (const set of PARAMETER_SETS) if (set.from <= asOf) found = set;
  return found;
}
