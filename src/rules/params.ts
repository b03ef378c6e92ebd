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
/** the date of the 2021 十四五 plan (001): its figures are reference amounts (contract §1) */
const PLAN = '2021-12-06';

/** Disability grades by type that a rule counts: grade ≤ the number given. */
export type GradeLimits = Partial<Record<'visual' | 'hearing' | 'speech' | 'physical' | 'intellectual' | 'mental', number>>;

function parameters2025() {
  return {
    dibao: {
      /** 低保标准 S */
      standard: p('1045', 'CNY/person/month', DOC.standards, '正文', FROM),
      /** a current recipient over the line: work costs deducted and six months of 渐退期 (§4.5) */
      gradualExit: p('—', 'rule', DOC.subsistence2022, '一、3', '2022-07-06'),
      /** the same, in the draft measures */
      gradualExitDraft: p('—', 'rule', DOC.draftMeasures, '11', PLAN),
    },
    /** 低保, 边缘, 特困 and 单人保's asset screen (§4.4): limits reported by secondary sources */
    assetScreen: {
      /** months of S per member that monetary assets may reach: 低保, 特困, 单人保 */
      dibaoMonetaryMonths: p(24, 'months', DOC.dibaoAssets, '财产条件', FROM, true),
      /** the same for 边缘 */
      edgeMonetaryMonths: p(36, 'months', DOC.dibaoAssets, '财产条件', FROM, true),
      maxHomes: p(1, 'count', DOC.dibaoAssets, '财产条件', FROM, true),
      /** two homes pass when the per-capita area is within the city figure */
      maxHomesWithAreaTest: p(2, 'count', DOC.dibaoAssets, '财产条件', FROM, true),
      /** any small car excludes a 低保 / 特困 family */
      dibaoMaxCars: p(0, 'count', DOC.dibaoAssets, '财产条件', FROM, true),
      edgeMaxCars: p(1, 'count', DOC.dibaoAssets, '财产条件', FROM, true),
      /** the car's value must be below this (边缘) */
      edgeCarValueLimit: p('100000', 'CNY', DOC.dibaoAssets, '财产条件', FROM, true),
    },
    singlePerson: {
      /** 成年无业重度残疾人 (001) */
      adultAge: p(18, 'years', DOC.plan14, '无业重度残疾人最低生活保障', PLAN),
      /** the draft adds 重病患者 and the choice, without 分类救助 on top */
      illness: p('—', 'rule', DOC.draftMeasures, '4', PLAN),
      /** 参照“单人户”纳入…不再享受分类收入抵扣政策 */
      noDeduction: p('—', 'rule', DOC.classification, '二(一)末段', FROM),
    },
    orphan: {
      /** 孤儿 and 事实无人抚养儿童 are minors */
      minorAge: p(18, 'years', DOC.plan14, '特殊儿童群体基本生活保障', PLAN),
      /** 社会散居孤儿 per month in 2021, "随低保标准调整" since */
      reference: p('2570', 'CNY/person/month', DOC.plan14, '特殊儿童群体基本生活保障', PLAN),
    },
    disability: {
      /** 重度困难残疾人生活补贴 (2021) */
      livingSevere: p('300', 'CNY/person/month', DOC.plan14, '困难残疾人生活补贴和重度残疾人护理补贴', PLAN),
      livingOther: p('160', 'CNY/person/month', DOC.plan14, '困难残疾人生活补贴和重度残疾人护理补贴', PLAN),
      /** 重度残疾人护理补贴 (2021) */
      care: p('200', 'CNY/person/month', DOC.plan14, '困难残疾人生活补贴和重度残疾人护理补贴', PLAN),
      /** 重度: grade 1–2 of any type */
      severeGrade: p(2, 'grade', DOC.plan14, '困难残疾人生活补贴和重度残疾人护理补贴', PLAN),
    },
    temporary: {
      /** 急难型, basic living: at most this many months of S per person */
      basicLivingMonths: p(3, 'months', DOC.plan14, '临时救助', PLAN),
      /** 急难型, medical: at most this per person */
      medicalPerPerson: p('20000', 'CNY', DOC.plan14, '临时救助', PLAN),
      /** 支出型: at most this many months of S */
      expenseTypeMonths: p(24, 'months', DOC.plan14, '临时救助', PLAN),
      /** 因家庭刚性支出较大导致的临时性基本生活困难 */
      rigidCause: p('—', 'rule', DOC.subsistence2022, '二、5', '2022-07-06'),
    },
    medical: {
      /** 医疗救助办法 in force from (before it, the 2021 plan's row is cited) */
      inForce: p('2026-02-10', 'date', DOC.medical, '第三十七条', '2026-02-10'),
      /** valid five years */
      validUntil: p('2031-02-09', 'date', DOC.medical, '第三十七条', '2026-02-10'),
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
      /** 无生活来源: own income below the 低保标准 (contract §4.6) */
      ownIncome: p('—', 'rule', DOC.plan14, '特困人员救助供养', '2021-12-06'),
      /** no 法定赡养、抚养、扶养义务人, or none able to support; a co-resident obligor earning S or more is checked */
      supporters: p('—', 'rule', DOC.plan14, '特困人员救助供养', '2021-12-06'),
      /** a co-resident child counts as an obligor from this age */
      obligorAge: p(18, 'years', DOC.plan14, '特困人员救助供养', '2021-12-06'),
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
      /** "从学龄前": a child below this age with no school level may be 学龄前 — unknown (§4.3) */
      preschoolAge: p(7, 'years', DOC.classification, '二(一)3', FROM),
      childlessElderly: p('1200', 'CNY/household/month', DOC.classification, '二(一)5', FROM),
      childlessElderlyAge: p(60, 'years', DOC.classification, '二(一)5', FROM),
      familyPlanning: p('1000', 'CNY/household/month', DOC.classification, '二(一)6', FROM),
      /** after this many years of the illness deduction, its proofs are asked again (三(五)) and the office reviews it (四(二)) */
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
      /** the 乡镇(街道) starts the family's economic investigation within this many working days of accepting */
      investigationDays: p(3, 'working days', DOC.rigid, '第十一条', FROM),
      /** the district gives its opinion within this many working days of receiving the 乡镇(街道)'s file */
      opinionDays: p(10, 'working days', DOC.rigid, '第十三条', FROM),
      /** a refusal is told in writing, with its reasons, within this many working days of the decision */
      refusalNoticeDays: p(3, 'working days', DOC.rigid, '第十四条', FROM),
      /** a recognition holds for at most this many months, from the month after the decision */
      validityMonths: p(12, 'months', DOC.rigid, '第十七条', FROM),
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
