// A fast-check arbitrary of VALID household files (contract v2 §2, §8), shared by the property
// tests, the citation tests and scripts/bench.ts: v2 files (schemaVersion 2) and v1 files
// (schemaVersion 1, or none), with the answers of 不确定 (a null grade, supporters "unknown", a
// null bothParentsUnavailable), which both versions accept.
//
// The enumerations below are copied from the contract (§2, §3) on purpose instead of being
// imported from src/rules/catalog.ts: the generator must not inherit a mistake of the engine.
// The law's numbers, on the other hand, come from src/rules/params.ts (every parameter set): they
// only decide where samples are concentrated (incomes at the 低保 and 边缘 lines, ages at the age
// limits, dates where a rule ends), never whether a household is valid, so a new standard moves
// the samples with it instead of leaving them on the old lines.
// Every cross-field rule of §2 is respected:
//   - exactly one member has relation "applicant";
//   - singlePersonCoverage only in a v1 file (§8: accepted and ignored there, whatever the number of
//     members; an unknown field in a v2 file);
//   - childless never together with a member of relation "child";
//   - illnessDeductionSince only with a non-empty illnesses, and never after asOf;
//   - monetaryFromSellingOnlyHomeForIllness ≤ monetary;
//   - homesTotalArea 0 when homes is 0, carsTotalValue 0 when cars is 0;
//   - a disability type at most once per member, an illness at most once per member.
// Money is always a string with at most 2 decimals (so a JSON round trip changes nothing);
// asOf is always present, between 2025-09-01 and 2031-12-31. Optional fields and sections are
// sometimes left out, so that the defaults are exercised too.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { PARAMETER_SETS } from '../../src/rules/params.ts';

export const AREAS = ['urban', 'rural'] as const;
export const OTHER_RELATIONS = ['spouse', 'child', 'parent', 'sibling', 'grandparent', 'grandchild', 'other'] as const;
export const DISABILITY_TYPES = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental'] as const;
export const STUDENT_LEVELS = [
  'preschool', 'primary', 'junior', 'senior', 'secondary-vocational', 'higher-vocational', 'undergraduate', 'postgraduate',
] as const;
export const COVERAGES = ['none', 'dibao', 'edge', 'tekun', 'rigid'] as const;
export const SINGLE_PARENT = ['none', 'widowed', 'other'] as const;
export const SUPPORTERS = ['none', 'unable', 'able', 'unknown'] as const;
export const RURAL_CARE = ['dispersed', 'central'] as const;
/** contract §3, by tier */
export const ILLNESS_TIERS: Record<string, 1500 | 1000 | 500> = {
  uremia: 1500, 'kidney-transplant': 1500, leukemia: 1500, gaucher: 1500, 'heart-transplant': 1500,
  'liver-transplant': 1500, 'lung-transplant': 1500, 'bone-marrow-transplant': 1500,
  'malignant-tumor': 1000, hemophilia: 1000, 'aplastic-anemia': 1000, 'mdr-tuberculosis': 1000, hemiplegia: 1000,
  lupus: 1000, 'heart-valve-replacement': 1000,
  'vascular-stent': 500, 'vascular-bypass': 500, 'nephrotic-syndrome': 500, cirrhosis: 500, hyperthyroidism: 500,
  'type-1-diabetes': 500, aids: 500, 'cerebral-infarction': 500, gist: 500, alzheimers: 500, 'myasthenia-gravis': 500,
  sclerosis: 500, epilepsy: 500, 'cerebral-hemorrhage-sequelae': 500, 'ankylosing-spondylitis': 500,
};
export const ILLNESS_IDS = Object.keys(ILLNESS_TIERS);

/** grade null: 不确定 (§4.1) */
export interface DisabilityFile { type: string; grade: number | null }
export interface MemberFile {
  name?: string;
  relation: string;
  age: number;
  monthlyIncome?: string;
  hasPension?: boolean;
  disabilities?: DisabilityFile[];
  illnesses?: string[];
  illnessDeductionSince?: string | null;
  student?: { level: string; fullTime: boolean } | null;
  /** null: 不确定 (§4.1) */
  bothParentsUnavailable?: boolean | null;
  supporters?: string;
  ruralCare?: string;
}
export interface HouseholdFile {
  schemaVersion?: 1 | 2;
  asOf: string;
  area?: string;
  members: MemberFile[];
  household?: {
    currentCoverage?: string;
    singleParent?: string;
    childless?: boolean;
    familyPlanningSupport?: boolean;
    /** v1 files only (§8) */
    singlePersonCoverage?: boolean;
    applyingByProxy?: boolean;
  };
  assets?: {
    monetary?: string;
    monetaryFromSellingOnlyHomeForIllness?: string;
    homes?: number;
    homesTotalArea?: number;
    cars?: number;
    carsTotalValue?: string;
  };
  rigidExpenses?: {
    medical?: string;
    education?: string;
    rehabilitation?: string;
    disasterAccident?: string;
    other?: string;
    living?: string | null;
  };
  conduct?: {
    refusesInvestigation?: boolean;
    refusesAuthorization?: boolean;
    luxurySpending?: boolean;
    refusedJobsThreeTimes?: boolean;
  };
  assumptions?: {
    priorYearCityDisposableIncome?: string | null;
    priorYearCityHousingAreaPerCapita?: number | null;
  };
}

// ---- dates -----------------------------------------------------------------------------------
const DAY = 86_400_000;
const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** `days` days before `date` */
export const daysBefore = (date: string, days: number) => toDate(msOf(date) - days * DAY);
export const AS_OF_MIN = '2025-09-01';
export const AS_OF_MAX = '2031-12-31';
/** the days either side of every date where a rule changes (contract §4.6, §4.7) */
const AS_OF_EDGES = [
  ...new Set([
    AS_OF_MIN,
    AS_OF_MAX,
    // 医疗救助办法 (津政办规〔2026〕2号) in force from 2026-02-10: a document date (sources.ts), not a parameter
    '2026-02-09',
    '2026-02-10',
    // the first day of every set and the day before it; the last day of every time-limited rule and the day after it
    ...PARAMETER_SETS.flatMap(({ from, params }) => [
      daysBefore(from, 1),
      from,
      ...[params.rigid.trialEnds.value, params.deduction.validUntil.value].flatMap((last) => [last, daysBefore(last, -1)]),
    ]),
  ]),
]
  .filter((d) => d >= AS_OF_MIN && d <= AS_OF_MAX)
  .sort();
export const asOfArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...AS_OF_EDGES) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: (msOf(AS_OF_MAX) - msOf(AS_OF_MIN)) / DAY }).map((d) => toDate(msOf(AS_OF_MIN) + d * DAY)) },
);

// ---- money -----------------------------------------------------------------------------------
/** cents → a contract money string with 0, 1 or 2 decimals as the value allows */
export function centsToMoney(cents: number, style = 0): string {
  const whole = Math.floor(cents / 100);
  const frac = cents % 100;
  if (frac === 0) return style === 1 ? `${whole}.00` : `${whole}`;
  if (frac % 10 === 0 && style !== 1) return `${whole}.${frac / 10}`;
  return `${whole}.${String(frac).padStart(2, '0')}`;
}
const moneyUpTo = (maxYuan: number) =>
  fc.tuple(fc.integer({ min: 0, max: maxYuan * 100 }), fc.integer({ min: 0, max: 2 }), fc.boolean()).map(([cents, style, whole]) =>
    centsToMoney(whole ? cents - (cents % 100) : cents, style),
  );
const cents = (yuan: Decimal.Value) => Number(new Decimal(yuan).times(100).toFixed(0, Decimal.ROUND_DOWN));
/** a cent below, at and a cent above `yuan` */
const around = (yuan: Decimal.Value) => [cents(yuan) - 1, cents(yuan), cents(yuan) + 1];
/**
 * Incomes at the lines of every parameter set: the 低保标准 S and the 边缘 line multiple·S (a cent
 * either side), 2·S and 3·S (a household of 2 or 3 with one earner at the line), and every
 * deduction amount (an income the deduction cancels exactly).
 */
const INCOME_LINES = [
  ...new Set(
    PARAMETER_SETS.flatMap(({ params: { dibao, edge, deduction: d } }) => {
      const S = new Decimal(dibao.standard.value);
      const deductions = [d.disabilityHigh, d.disabilityLow, d.illnessTier1, d.illnessTier2, d.illnessTier3, d.widowedSingleParent, d.otherSingleParent, d.childlessElderly, d.familyPlanning];
      return [...around(S), ...around(S.times(edge.multiple.value)), cents(S.times(2)), cents(S.times(3)), ...deductions.map((x) => cents(x.value))];
    }),
  ),
].map((c) => centsToMoney(c));
/** incomes: often 0, often near the lines (INCOME_LINES), sometimes anything */
const incomeArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('0') },
  { weight: 2, arbitrary: fc.constantFrom(...INCOME_LINES) },
  { weight: 5, arbitrary: moneyUpTo(4000) },
  { weight: 2, arbitrary: moneyUpTo(20000) },
  { weight: 1, arbitrary: moneyUpTo(200000) },
);
const expenseArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('0') },
  { weight: 3, arbitrary: moneyUpTo(60000) },
  { weight: 1, arbitrary: moneyUpTo(300000) },
);
const rare = (weight = 8) => fc.oneof({ weight, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

// ---- members ---------------------------------------------------------------------------------
/** every age limit of every parameter set (特困 minor and elderly, supplements, 边缘 cash, deduction) */
const AGE_LIMITS = [
  ...new Set(
    PARAMETER_SETS.flatMap(({ params: p }) => [
      p.tekun.minorAge.value, p.tekun.elderlyAge.value, p.supplement.studentMinAge.value, p.supplement.elderlyAge.value,
      p.edge.elderlyAge.value, p.deduction.childlessElderlyAge.value,
    ]),
  ),
];
const { studentMinAge, elderlyAge } = PARAMETER_SETS[0].params.supplement;
// children, adults below the elderly age, the elderly; and both sides of every limit, 0 and the oldest valid age
const ageArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: studentMinAge.value - 1 }) },
  { weight: 4, arbitrary: fc.integer({ min: studentMinAge.value, max: elderlyAge.value - 1 }) },
  { weight: 3, arbitrary: fc.integer({ min: elderlyAge.value, max: 100 }) },
  { weight: 1, arbitrary: fc.constantFrom(...new Set([0, ...AGE_LIMITS.flatMap((a) => [a - 1, a]), 130])) },
);
const disabilitiesArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant([] as DisabilityFile[]) },
  {
    weight: 1,
    arbitrary: fc.uniqueArray(
      fc.record({
        type: fc.constantFrom(...DISABILITY_TYPES),
        // null: 不确定 (§4.1)
        grade: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.constant(null) }),
      }),
      {
        selector: (d) => d.type,
        minLength: 1,
        maxLength: 3,
      },
    ),
  },
);
const illnessesArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant([] as string[]) },
  { weight: 1, arbitrary: fc.uniqueArray(fc.constantFrom(...ILLNESS_IDS), { minLength: 1, maxLength: 3 }) },
);
const studentArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.record({ level: fc.constantFrom(...STUDENT_LEVELS), fullTime: fc.boolean() }) },
);
const nameArb = fc.oneof(fc.constantFrom('外婆', '爸爸', '妈妈', '儿子', '女儿', '张三', ''), fc.string({ maxLength: 40 }));

type MemberDraft = Omit<MemberFile, 'illnessDeductionSince'> & { sinceDaysBefore?: number | null };
const memberDraftArb: fc.Arbitrary<MemberDraft> = fc.record(
  {
    name: nameArb,
    relation: fc.constantFrom(...OTHER_RELATIONS),
    age: ageArb,
    monthlyIncome: incomeArb,
    hasPension: fc.boolean(),
    disabilities: disabilitiesArb,
    illnesses: illnessesArb,
    // turned into illnessDeductionSince (a date ≤ asOf) once asOf is known; only kept with illnesses
    sinceDaysBefore: fc.option(fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(0, 729, 730, 731, 365 * 2)), { nil: null }),
    student: studentArb,
    // true (the 孤儿 route for a minor), false, or null (不确定)
    bothParentsUnavailable: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(null) }),
    supporters: fc.constantFrom(...SUPPORTERS),
    ruralCare: fc.constantFrom(...RURAL_CARE),
  },
  { requiredKeys: ['relation', 'age'] },
);

// ---- household sections ----------------------------------------------------------------------
const flagsArb = fc.record(
  {
    currentCoverage: fc.oneof({ weight: 6, arbitrary: fc.constant('none') }, { weight: 1, arbitrary: fc.constantFrom(...COVERAGES) }),
    singleParent: fc.constantFrom(...SINGLE_PARENT),
    childless: rare(3),
    familyPlanningSupport: rare(5),
    singlePersonCoverage: rare(3),
    applyingByProxy: rare(4),
  },
  { requiredKeys: [] },
);

const assetsArb = fc
  .record({
    monetaryCents: fc.oneof(
      { weight: 2, arbitrary: fc.constant(0) },
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 100_000_00 }) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 500_000_00 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000_000_00 }) },
    ),
    fromHomeShare: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) }),
    homes: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 2 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 20 }) }),
    areaTenths: fc.integer({ min: 0, max: 4000 }),
    cars: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 1 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 20 }) }),
    // the cars' value limit of every parameter set: a cent below it and exactly it
    carCents: fc.oneof(fc.integer({ min: 0, max: 200_000_00 }), fc.constantFrom(...PARAMETER_SETS.flatMap(({ params }) => around(params.rigid.carValueLimit.value).slice(0, 2)))),
    style: fc.integer({ min: 0, max: 2 }),
    present: fc.record({
      monetary: fc.boolean(), fromHome: fc.boolean(), homes: fc.boolean(), area: fc.boolean(), cars: fc.boolean(), carValue: fc.boolean(),
    }),
  })
  .map(({ monetaryCents, fromHomeShare, homes, areaTenths, cars, carCents, style, present }) => {
    const out: NonNullable<HouseholdFile['assets']> = {};
    const fromHomeCents = Math.floor((monetaryCents * fromHomeShare) / 100);
    if (present.monetary || fromHomeCents > 0) out.monetary = centsToMoney(monetaryCents, style);
    if (present.fromHome || fromHomeCents > 0) out.monetaryFromSellingOnlyHomeForIllness = centsToMoney(fromHomeCents, style);
    if (present.homes || homes > 0) out.homes = homes;
    if (homes > 0) out.homesTotalArea = areaTenths / 10;
    else if (present.area) out.homesTotalArea = 0;
    if (present.cars || cars > 0) out.cars = cars;
    if (cars > 0) out.carsTotalValue = centsToMoney(carCents, style);
    else if (present.carValue) out.carsTotalValue = '0';
    return out;
  });

const rigidArb = fc.record(
  {
    medical: expenseArb,
    education: expenseArb,
    rehabilitation: expenseArb,
    disasterAccident: expenseArb,
    other: expenseArb,
    living: fc.option(moneyUpTo(60000), { nil: null }),
  },
  { requiredKeys: [] },
);
const conductArb = fc.record(
  { refusesInvestigation: rare(15), refusesAuthorization: rare(15), luxurySpending: rare(15), refusedJobsThreeTimes: rare(15) },
  { requiredKeys: [] },
);
const assumptionsArb = fc.record(
  {
    priorYearCityDisposableIncome: fc.option(fc.oneof(fc.constantFrom('55000', '51000'), moneyUpTo(90000)), { nil: null }),
    priorYearCityHousingAreaPerCapita: fc.option(fc.oneof(fc.constantFrom(30, 35.5), fc.integer({ min: 0, max: 1000 }).map((t) => t / 10)), { nil: null }),
  },
  { requiredKeys: [] },
);

// ---- the household ---------------------------------------------------------------------------
interface Draft {
  schemaVersion?: 1 | 2;
  asOf: string;
  area?: string;
  members: MemberDraft[];
  applicantSeed: number;
  /** when childless meets a child: true → drop childless, false → the children become grandchildren */
  dropChildless: boolean;
  household?: HouseholdFile['household'];
  assets?: HouseholdFile['assets'];
  rigidExpenses?: HouseholdFile['rigidExpenses'];
  conduct?: HouseholdFile['conduct'];
  assumptions?: HouseholdFile['assumptions'];
}

function build(d: Draft): HouseholdFile {
  const members: MemberFile[] = d.members.map(({ sinceDaysBefore, ...m }) => {
    const out: MemberFile = { ...m };
    if (sinceDaysBefore !== undefined && (m.illnesses?.length ?? 0) > 0)
      out.illnessDeductionSince = sinceDaysBefore === null ? null : daysBefore(d.asOf, sinceDaysBefore);
    return out;
  });
  members[d.applicantSeed % members.length].relation = 'applicant';
  const household = d.household === undefined ? undefined : { ...d.household };
  if (household?.childless && members.some((m) => m.relation === 'child')) {
    if (d.dropChildless) household.childless = false;
    else for (const m of members) if (m.relation === 'child') m.relation = 'grandchild';
  }
  // §8: a v1 file's flag, whatever the number of members; in a v2 file the field is unknown
  if (d.schemaVersion === 2 && household) delete household.singlePersonCoverage;
  const out: HouseholdFile = { asOf: d.asOf, members };
  if (d.schemaVersion !== undefined) out.schemaVersion = d.schemaVersion;
  if (d.area !== undefined) out.area = d.area;
  if (household !== undefined) out.household = household;
  if (d.assets !== undefined) out.assets = d.assets;
  if (d.rigidExpenses !== undefined) out.rigidExpenses = d.rigidExpenses;
  if (d.conduct !== undefined) out.conduct = d.conduct;
  if (d.assumptions !== undefined) out.assumptions = d.assumptions;
  return out;
}

export const householdArb: fc.Arbitrary<HouseholdFile> = fc
  .record(
    {
      schemaVersion: fc.constantFrom(1 as const, 2 as const),
      asOf: asOfArb,
      area: fc.constantFrom(...AREAS),
      members: fc.array(memberDraftArb, { minLength: 1, maxLength: 8 }),
      applicantSeed: fc.nat(),
      dropChildless: fc.boolean(),
      household: flagsArb,
      assets: assetsArb,
      rigidExpenses: rigidArb,
      conduct: conductArb,
      assumptions: assumptionsArb,
    },
    { requiredKeys: ['asOf', 'members', 'applicantSeed', 'dropChildless'] },
  )
  .map(build);

/** A seeded sample of `count` valid households (bench, citation sweep). */
export function sampleHouseholds(count: number, seed: number): HouseholdFile[] {
  return fc.sample(householdArb, { numRuns: count, seed });
}
