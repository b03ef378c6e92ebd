// The hotline's form state ("draft") and its translation to and from the household file
// (contract §2). The draft keeps what staff typed, as typed, so a half-typed amount never
// disappears; the file holds only what was filled in (an empty field is left out and the
// engine's default applies), so neither the export nor the summary invents answers.
import { DISABILITY_TYPES, ILLNESS_IDS, RELATIONS, STUDENT_LEVELS, type DisabilityType, type IllnessId, type Relation, type StudentLevel } from '../../rules/catalog.ts';
import { FILE_DEFAULTS, GROUP_FACTS, MEMBER_DEFAULTS, MEMBER_FACTS, SIMPLE_MEMBER_FACTS, factNames, factsOfKind, type Fact, type SimpleMemberFact } from '../../rules/facts.ts';
import type { HouseholdInput } from '../../rules/index.ts';

export interface DraftDisability {
  type: DisabilityType | '';
  /** '' not chosen, '1'–'4', or UNSURE (the file's null) */
  grade: string;
}

/** A grade answered 不确定 in the draft: null in the file (contract §2). */
export const UNSURE = 'unsure';

type MemberFacts = typeof MEMBER_FACTS;
/** a flag whose 不确定 is null (the parents' situation) can be null too */
type ValueOf<F> = F extends { kind: 'flag' } ? boolean | (F extends { unsure: null } ? null : never) : F extends { values: readonly (infer V)[] } ? V : never;
/** A member's checkboxes and selects: the yes/no flags and choices of facts.ts, as the draft holds them. */
type SimpleValues = { [K in SimpleMemberFact]: ValueOf<MemberFacts[K]> };

export type DraftMember = {
  /** stable identity for rendering (rows keep focus while others change); never exported */
  key: number;
  name: string;
  relation: Relation | '';
  age: string;
  monthlyIncome: string;
  disabilities: DraftDisability[];
  illnesses: IllnessId[];
  illnessDeductionSince: string;
  studentLevel: StudentLevel | '';
  studentFullTime: boolean;
} & SimpleValues;

export const HOUSEHOLD_FLAGS = factsOfKind('household', 'flag');
export const ASSET_FIELDS = factNames('assets');
export const EXPENSE_FIELDS = factNames('rigidExpenses');
export const CONDUCT_FLAGS = factNames('conduct');

export type AssetField = (typeof ASSET_FIELDS)[number];
export type ExpenseField = (typeof EXPENSE_FIELDS)[number];
type HouseholdFacts = (typeof GROUP_FACTS)['household'];

export interface Draft {
  asOf: string;
  area: 'urban' | 'rural';
  members: DraftMember[];
  household: { [K in keyof HouseholdFacts]: ValueOf<HouseholdFacts[K]> };
  assets: Record<AssetField, string>;
  rigidExpenses: Record<ExpenseField, string>;
  conduct: Record<(typeof CONDUCT_FLAGS)[number], boolean>;
}

/** Statistical figures from the device's settings (contract §2 `assumptions`). */
export interface Assumptions {
  priorYearCityDisposableIncome: string | null;
  priorYearCityHousingAreaPerCapita: number | null;
}

let nextKey = 1;

/** The simple facts at the file's defaults: an empty row means what an empty file means. */
const simpleDefaults = () => Object.fromEntries(SIMPLE_MEMBER_FACTS.map((k) => [k, MEMBER_DEFAULTS[k]])) as SimpleValues;

export function emptyMember(relation: Relation | ''): DraftMember {
  return {
    key: nextKey++,
    name: '',
    relation,
    age: '',
    monthlyIncome: '',
    disabilities: [],
    illnesses: [],
    illnessDeductionSince: '',
    studentLevel: '',
    studentFullTime: true,
    ...simpleDefaults(),
    // not asked yet: 不确定, never "able" (contract §4.1); a file that says nothing still means "able"
    supporters: MEMBER_FACTS.supporters.unsure,
  };
}

const record = <K extends string, V>(keys: readonly K[], value: V) => Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>;

/** A new call: one row for the applicant, everything else empty or at the engine's default. */
export function emptyDraft(): Draft {
  return {
    asOf: '',
    area: 'urban',
    members: [emptyMember('applicant')],
    household: { ...FILE_DEFAULTS.household },
    assets: record(ASSET_FIELDS, ''),
    rigidExpenses: record(EXPENSE_FIELDS, ''),
    conduct: record(CONDUCT_FLAGS, false),
  };
}

/** A problem found before the engine sees the file (a count that is not a whole number …). */
export interface LocalIssue {
  path: string;
  code: 'integer' | 'number';
}

const INTEGER = /^\d{1,9}$/;
const NUMBER = /^\d{1,9}(\.\d+)?$/;

export interface Built {
  /** the household file as it would be exported (no assumptions) */
  file: HouseholdInput;
  /** the file plus the device's statistical figures: what is evaluated */
  evaluated: HouseholdInput;
  local: LocalIssue[];
}

/**
 * Draft → household file. Empty fields are left out; a field that is not a number where the
 * file needs one is passed through as text so that the engine reports it too, and a local issue
 * with a clearer message is added.
 */
export function buildHousehold(d: Draft, assumptions: Assumptions): Built {
  const local: LocalIssue[] = [];
  const int = (value: string, path: string): number | string | undefined => {
    const v = value.trim();
    if (v === '') return undefined;
    if (INTEGER.test(v)) return Number(v);
    local.push({ path, code: 'integer' });
    return v;
  };
  const num = (value: string, path: string): number | string | undefined => {
    const v = value.trim();
    if (v === '') return undefined;
    if (NUMBER.test(v)) return Number(v);
    local.push({ path, code: 'number' });
    return v;
  };
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());

  const members = d.members.map((m, i) => {
    const out: Record<string, unknown> = {};
    if (m.name.trim()) out.name = m.name.trim();
    if (m.relation) out.relation = m.relation;
    const age = int(m.age, `members.${i}.age`);
    if (age !== undefined) out.age = age;
    if (text(m.monthlyIncome)) out.monthlyIncome = text(m.monthlyIncome);
    if (m.disabilities.length)
      out.disabilities = m.disabilities.map((x, k) => {
        const dis: Record<string, unknown> = {};
        if (x.type) dis.type = x.type;
        const grade = x.grade === UNSURE ? MEMBER_FACTS.disabilities.unsure.grade : int(x.grade, `members.${i}.disabilities.${k}.grade`);
        if (grade !== undefined) dis.grade = grade;
        return dis;
      });
    if (m.illnesses.length) out.illnesses = [...m.illnesses];
    if (text(m.illnessDeductionSince)) out.illnessDeductionSince = text(m.illnessDeductionSince);
    if (m.studentLevel) out.student = { level: m.studentLevel, fullTime: m.studentFullTime };
    // a default is what an empty file means: only another value is an answer (and the kind of
    // rural care only in a rural household)
    for (const k of SIMPLE_MEMBER_FACTS) if (m[k] !== MEMBER_DEFAULTS[k] && (k !== 'ruralCare' || d.area === 'rural')) out[k] = m[k];
    // in the file's order of facts, as the questionnaire writes them
    return Object.fromEntries(Object.keys(MEMBER_FACTS).filter((k) => k in out).map((k) => [k, out[k]]));
  });

  const household: Record<string, unknown> = {};
  for (const [f, v] of Object.entries(d.household)) if (v !== FILE_DEFAULTS.household[f as keyof Draft['household']]) household[f] = v;

  const assets: Record<string, unknown> = {};
  for (const f of ASSET_FIELDS) {
    const path = `assets.${f}`;
    const v = f === 'homes' || f === 'cars' ? int(d.assets[f], path) : f === 'homesTotalArea' ? num(d.assets[f], path) : text(d.assets[f]);
    if (v !== undefined) assets[f] = v;
  }
  const rigidExpenses: Record<string, unknown> = {};
  for (const f of EXPENSE_FIELDS) if (text(d.rigidExpenses[f])) rigidExpenses[f] = text(d.rigidExpenses[f]);
  const conduct: Record<string, unknown> = {};
  for (const f of CONDUCT_FLAGS) if (d.conduct[f]) conduct[f] = true;

  const file: Record<string, unknown> = {};
  if (text(d.asOf)) file.asOf = text(d.asOf);
  file.area = d.area;
  file.members = members;
  if (Object.keys(household).length) file.household = household;
  if (Object.keys(assets).length) file.assets = assets;
  if (Object.keys(rigidExpenses).length) file.rigidExpenses = rigidExpenses;
  if (Object.keys(conduct).length) file.conduct = conduct;

  const evaluated = { ...file, assumptions: { ...assumptions } };
  return { file: file as unknown as HouseholdInput, evaluated: evaluated as unknown as HouseholdInput, local };
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const pick = <T extends string>(allowed: readonly T[], v: unknown, fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);
const bool = (v: unknown) => v === true;
const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A flag or choice as read from a file: its 不确定 value, an allowed value, else the default. */
function simpleFrom(fact: Fact, v: unknown): boolean | string | null {
  if ('unsure' in fact && v === fact.unsure) return v as null;
  return fact.kind === 'flag' ? bool(v) : pick(fact.values ?? [], v, fact.default as string);
}

function memberFrom(raw: unknown): DraftMember {
  const m = obj(raw);
  const student = obj(m.student);
  return {
    ...emptyMember(pick(RELATIONS, m.relation, '' as Relation)),
    name: str(m.name),
    age: str(m.age),
    monthlyIncome: str(m.monthlyIncome),
    disabilities: arr(m.disabilities).map((x) => ({ type: pick(DISABILITY_TYPES, obj(x).type, '' as DisabilityType), grade: obj(x).grade === null ? UNSURE : str(obj(x).grade) })),
    illnesses: arr(m.illnesses).filter((id): id is IllnessId => ILLNESS_IDS.includes(id as IllnessId)),
    illnessDeductionSince: str(m.illnessDeductionSince),
    studentLevel: pick(STUDENT_LEVELS, student.level, '' as StudentLevel),
    studentFullTime: student.fullTime === undefined ? true : bool(student.fullTime),
    ...(Object.fromEntries(SIMPLE_MEMBER_FACTS.map((k) => [k, simpleFrom(MEMBER_FACTS[k], m[k])])) as SimpleValues),
  };
}

/**
 * A household file (already checked by readHouseholdFile) → draft. Also used, defensively, on
 * what sessionStorage held, so a malformed entry yields defaults instead of a broken page.
 */
export function draftFromFile(raw: unknown): Draft {
  const f = obj(raw);
  const d = emptyDraft();
  const h = obj(f.household);
  const a = obj(f.assets);
  const e = obj(f.rigidExpenses);
  const c = obj(f.conduct);
  const members = arr(f.members).slice(0, 20).map(memberFrom);
  return {
    asOf: str(f.asOf),
    area: f.area === 'rural' ? 'rural' : 'urban',
    members: members.length ? members : d.members,
    household: Object.fromEntries(Object.entries(GROUP_FACTS.household).map(([k, fact]) => [k, simpleFrom(fact, h[k])])) as Draft['household'],
    assets: Object.fromEntries(ASSET_FIELDS.map((k) => [k, str(a[k])])) as Draft['assets'],
    rigidExpenses: Object.fromEntries(EXPENSE_FIELDS.map((k) => [k, str(e[k])])) as Draft['rigidExpenses'],
    conduct: Object.fromEntries(CONDUCT_FLAGS.map((k) => [k, bool(c[k])])) as Draft['conduct'],
  };
}

/**
 * The draft as sessionStorage keeps it. It is the draft itself (not the file), so half-typed
 * values survive a reload; restoring goes through the same defensive reader.
 */
export function draftToSession(d: Draft): string {
  return JSON.stringify({
    ...d,
    members: d.members.map((m) => ({
      name: m.name, relation: m.relation, age: m.age, monthlyIncome: m.monthlyIncome,
      disabilities: m.disabilities, illnesses: m.illnesses, illnessDeductionSince: m.illnessDeductionSince,
      student: m.studentLevel ? { level: m.studentLevel, fullTime: m.studentFullTime } : null,
      ...Object.fromEntries(SIMPLE_MEMBER_FACTS.map((k) => [k, m[k]])),
    })),
  });
}

/** The form field an issue path belongs to: its element id (paths are dot-separated). */
export const fieldId = (path: string) => `hl-f-${path.replace(/\./g, '-')}`;
