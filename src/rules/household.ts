// The household file (contract §2): its zod schema (types and limits; the defaults come from
// facts.ts), and every validation of §2/§6.
// zod/mini keeps the browser bundle small (DESIGN.md).
import * as z from 'zod/mini';
import {
  AREAS, COVERAGES, DISABILITY_TYPES, ILLNESS_IDS, RELATIONS, RURAL_CARE, SINGLE_PARENT, STUDENT_LEVELS, SUPPORTERS,
} from './catalog.ts';
import { FILE_DEFAULTS as FD, MEMBER_DEFAULTS as MD } from './facts.ts';
import { isDate, today } from './dates.ts';
import { isMoney } from './money.ts';
import type { ValidationIssue } from './types.ts';

const moneyField = z.union([z.string(), z.number()]).check(z.refine(isMoney, { error: 'money' }));

const dateField = z.string().check(z.refine(isDate, { error: 'date' }));
const count = (max: number, d: number) => z._default(z.int().check(z.gte(0), z.lte(max)), d);
const flag = (d: boolean) => z._default(z.boolean(), d);
const amount = (d: string) => z._default(moneyField, d);

const disability = z.strictObject({
  type: z.enum(DISABILITY_TYPES),
  // null: 不确定 (contract §2, §4.1)
  grade: z.nullable(z.int().check(z.gte(1), z.lte(4))),
});

const member = z.strictObject({
  name: z.optional(z.string().check(z.maxLength(40))),
  relation: z.enum(RELATIONS),
  age: z.int().check(z.gte(0), z.lte(130)),
  monthlyIncome: amount(MD.monthlyIncome),
  hasPension: flag(MD.hasPension),
  disabilities: z._default(z.array(disability), () => [...MD.disabilities]),
  illnesses: z._default(z.array(z.enum(ILLNESS_IDS)), () => [...MD.illnesses]),
  illnessDeductionSince: z._default(z.nullable(dateField), MD.illnessDeductionSince),
  student: z._default(z.nullable(z.strictObject({ level: z.enum(STUDENT_LEVELS), fullTime: z.boolean() })), MD.student),
  bothParentsUnavailable: z._default(z.nullable(z.boolean()), MD.bothParentsUnavailable),
  supporters: z._default(z.enum(SUPPORTERS), MD.supporters),
  ruralCare: z._default(z.enum(RURAL_CARE), MD.ruralCare),
});

export const householdSchema = z.strictObject({
  // 1 or none: a v1 file, read as §8 says
  schemaVersion: z.optional(z.union([z.literal(1), z.literal(2)])),
  asOf: z.optional(dateField),
  area: z._default(z.enum(AREAS), FD.area),
  members: z.array(member).check(z.minLength(1), z.maxLength(20)),
  household: z.prefault(
    z.strictObject({
      currentCoverage: z._default(z.enum(COVERAGES), FD.household.currentCoverage),
      singleParent: z._default(z.enum(SINGLE_PARENT), FD.household.singleParent),
      childless: flag(FD.household.childless),
      familyPlanningSupport: flag(FD.household.familyPlanningSupport),
      // v1 only (contract §8): accepted and ignored; an unknown field in a v2 file (crossIssues)
      singlePersonCoverage: z.optional(z.boolean()),
      applyingByProxy: flag(FD.household.applyingByProxy),
    }),
    {},
  ),
  assets: z.prefault(
    z.strictObject({
      monetary: amount(FD.assets.monetary),
      monetaryFromSellingOnlyHomeForIllness: amount(FD.assets.monetaryFromSellingOnlyHomeForIllness),
      homes: count(20, FD.assets.homes),
      homesTotalArea: z._default(z.number().check(z.gte(0), z.lte(10000)), FD.assets.homesTotalArea),
      cars: count(20, FD.assets.cars),
      carsTotalValue: amount(FD.assets.carsTotalValue),
    }),
    {},
  ),
  rigidExpenses: z.prefault(
    z.strictObject({
      medical: amount(FD.rigidExpenses.medical),
      education: amount(FD.rigidExpenses.education),
      rehabilitation: amount(FD.rigidExpenses.rehabilitation),
      disasterAccident: amount(FD.rigidExpenses.disasterAccident),
      other: amount(FD.rigidExpenses.other),
      living: z._default(z.nullable(moneyField), FD.rigidExpenses.living),
    }),
    {},
  ),
  conduct: z.prefault(
    z.strictObject({
      refusesInvestigation: flag(FD.conduct.refusesInvestigation),
      refusesAuthorization: flag(FD.conduct.refusesAuthorization),
      luxurySpending: flag(FD.conduct.luxurySpending),
      refusedJobsThreeTimes: flag(FD.conduct.refusedJobsThreeTimes),
    }),
    {},
  ),
  assumptions: z.prefault(
    z.strictObject({
      priorYearCityDisposableIncome: z._default(z.nullable(moneyField), FD.assumptions.priorYearCityDisposableIncome),
      priorYearCityHousingAreaPerCapita: z._default(z.nullable(z.number().check(z.gte(0), z.lte(10000))), FD.assumptions.priorYearCityHousingAreaPerCapita),
    }),
    {},
  ),
});

/** A household after parsing: every default filled in. */
export type Household = z.infer<typeof householdSchema>;
/** A household file as written: most fields optional. */
export type HouseholdInput = z.input<typeof householdSchema>;
export type Member = Household['members'][number];

type ParsedIssue = { code: string; path: PropertyKey[]; keys?: string[]; message?: string; values?: unknown[]; minimum?: unknown; maximum?: unknown; expected?: string };

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** Our issue codes (the interface words them through i18n; `message` is for the command line). */
function describe(issue: ParsedIssue, raw: unknown): Pick<ValidationIssue, 'code' | 'message'> {
  if (valueAt(raw, issue.path) === undefined) return { code: 'required', message: 'required' };
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'type', message: `expected ${issue.expected ?? 'another type'}` };
    case 'invalid_value':
      return { code: 'enum', message: `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'too_small':
      return { code: 'too-small', message: `must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return { code: 'too-big', message: `must be at most ${String(issue.maximum)}` };
    default:
      return issue.message === 'date'
        ? { code: 'date', message: 'not a date written YYYY-MM-DD' }
        : { code: 'money', message: 'not an amount of yuan: a non-negative number with at most 2 decimals, at most 100000000' };
  }
}

const joinPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

function schemaIssues(issues: readonly ParsedIssue[], raw: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? []) out.push({ path: joinPath([...issue.path, key]), code: 'unknown-field', message: 'unknown field' });
    } else {
      out.push({ path: joinPath(issue.path), ...describe(issue, raw) });
    }
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const positive = (v: unknown) => (typeof v === 'number' && v > 0) || (typeof v === 'string' && isMoney(v) && Number(v) > 0);

/**
 * The cross-field rules of contract §2. They read the raw file defensively so that they are
 * reported together with type errors elsewhere ("every problem is listed").
 */
function crossIssues(raw: unknown, asOf: string): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const add = (path: string, code: string, message: string) => out.push({ path, code, message });
  const file = record(raw);
  const members = list(file.members).map(record);
  const household = record(file.household);
  const assets = record(file.assets);

  if (Array.isArray(file.members) && members.filter((m) => m.relation === 'applicant').length !== 1)
    add('members', 'one-applicant', 'exactly one member must have relation "applicant"');
  if (file.schemaVersion === 2 && 'singlePersonCoverage' in household)
    add('household.singlePersonCoverage', 'unknown-field', 'unknown field (v1 only)');
  if (household.childless === true && members.some((m) => m.relation === 'child'))
    add('household.childless', 'childless-with-child', 'childless cannot be true while a member is a child');
  members.forEach((m, i) => {
    const since = m.illnessDeductionSince;
    if (typeof since === 'string' && isDate(since)) {
      if (list(m.illnesses).length === 0)
        add(`members.${i}.illnessDeductionSince`, 'deduction-without-illness', 'illnessDeductionSince requires at least one illness');
      if (since > asOf) add(`members.${i}.illnessDeductionSince`, 'date-after-as-of', 'illnessDeductionSince cannot be after asOf');
    }
    const seenTypes = new Set<unknown>();
    list(m.disabilities).forEach((d, k) => {
      const type = record(d).type;
      if (seenTypes.has(type)) add(`members.${i}.disabilities.${k}.type`, 'duplicate', 'a disability type appears at most once per member');
      seenTypes.add(type);
    });
    const seenIllnesses = new Set<unknown>();
    list(m.illnesses).forEach((id, k) => {
      if (seenIllnesses.has(id)) add(`members.${i}.illnesses.${k}`, 'duplicate', 'an illness is listed at most once');
      seenIllnesses.add(id);
    });
  });
  const monetary = assets.monetary ?? '0';
  const fromHome = assets.monetaryFromSellingOnlyHomeForIllness ?? '0';
  if (isMoney(monetary) && isMoney(fromHome) && Number(fromHome) > Number(monetary))
    add('assets.monetaryFromSellingOnlyHomeForIllness', 'exceeds-monetary', 'cannot exceed assets.monetary');
  if ((assets.homes ?? 0) === 0 && positive(assets.homesTotalArea))
    add('assets.homesTotalArea', 'area-without-home', 'must be 0 when homes is 0');
  if ((assets.cars ?? 0) === 0 && positive(assets.carsTotalValue))
    add('assets.carsTotalValue', 'value-without-car', 'must be 0 when cars is 0');
  return out;
}

export type Validation = { ok: true; household: Household; asOf: string } | { ok: false; issues: ValidationIssue[] };


/** Validate a parsed JSON value as a household file; every problem listed with its path. */
export function validateHousehold(raw: unknown, asOfDefault: string = today()): Validation {
  const parsed = householdSchema.safeParse(raw);
  const asOf = parsed.success ? (parsed.data.asOf ?? asOfDefault) : typeof record(raw).asOf === 'string' && isDate(record(raw).asOf as string) ? (record(raw).asOf as string) : asOfDefault;
  const issues = [...(parsed.success ? [] : schemaIssues(parsed.error.issues as unknown as ParsedIssue[], raw)), ...crossIssues(raw, asOf)];
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  // §8: a v1 file's singlePersonCoverage means nothing in v2 (单人保 is found in the family)
  delete parsed.data.household.singlePersonCoverage;
  return { ok: true, household: parsed.data, asOf };
}
