// What the resident has answered, as kept in sessionStorage (one key, this tab only).
// Answers are plain strings keyed by question; questions.ts turns them into a household file.
import { FILE_FACTS, GROUPS, GROUP_FACTS, MEMBER_FACTS, askedDirectly, factNames, factsAskedBy, type Fact } from '../../rules/facts.ts';
import type { HouseholdInput } from '../../rules/index.ts';

export type Value = string | string[];
export type MemberAnswers = Record<string, Value | undefined>;

/** Parts of an imported household file that no question asks; kept so an import loses nothing. */
export interface Kept {
  asOf?: string;
  living?: string | number | null;
  assumptions?: HouseholdInput['assumptions'];
}

export interface Answers {
  /** household-level answers, by question key */
  f: Record<string, Value | undefined>;
  /** one record per member; member 0 is the applicant */
  members: MemberAnswers[];
  kept?: Kept;
}

export interface Saved {
  answers: Answers;
  step: string;
  /**
   * Where "continue" leads back to: the check-answers page (changing an answer there), the list
   * of members (adding or changing one), or the list and then the check-answers page.
   */
  returnTo?: 'check' | 'members' | 'members-check';
}

export const STORAGE_KEY = 'jinzhucha.check';
/** The first question, where a new questionnaire starts (and the step pre-rendered in the page). */
export const FIRST_STEP = 'area';
/** 长辈模式 in this tab: read and toggled on every page by src/lib/elder-mode.ts; kept by 清除 (clearAll). */
export const ELDER_KEY = 'jinzhucha.elder';

export const emptyAnswers = (): Answers => ({ f: {}, members: [{}] });

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled: the questionnaire still works, it just forgets on reload
  }
}

export function load(): Saved | null {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const saved = JSON.parse(raw) as Saved;
    if (!saved || typeof saved.step !== 'string' || !saved.answers || !Array.isArray(saved.answers.members)) return null;
    return saved;
  } catch {
    return null;
  }
}

const EMPTY = JSON.stringify(emptyAnswers());

/** Keeps the answers in this tab; with nothing answered, nothing is kept (after 清除 too). */
export function save(saved: Saved): void {
  try {
    if (JSON.stringify(saved.answers) === EMPTY) storage()?.removeItem(STORAGE_KEY);
    else storage()?.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    /* full or disabled: nothing else to do */
  }
}

/** Forgets everything this tab keeps but 长辈模式, a display preference rather than an answer. */
export function clearAll(): void {
  try {
    const s = storage();
    for (const key of Object.keys(s ?? {})) if (key !== ELDER_KEY) s!.removeItem(key);
  } catch {
    /* nothing stored */
  }
}

const yn = (b: boolean | undefined) => (b ? 'yes' : 'no');

/** A fact's value as the answer of the question that asks it: yes/no, the choice, the figure, "none" for no date, or 不确定. */
export function encode(fact: Fact, value: unknown): string {
  // the value 不确定 writes, where it is not what an empty file means too (null grades are encoded by fromHousehold)
  if (value === fact.unsure && value !== fact.default) return 'unsure';
  if (fact.kind === 'flag') return yn(value === true);
  if (fact.kind === 'date') return typeof value === 'string' ? value : 'none';
  return String(value);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An answer as the fact's value; undefined: nothing is written (不确定 where the fact has no such value). */
export function decode(fact: Fact, answer: Value): unknown {
  if (answer === 'unsure') return fact.unsure;
  const one = typeof answer === 'string' ? answer : '';
  switch (fact.kind) {
    case 'flag':
      return one === 'yes';
    case 'count':
    case 'area':
      return Number(one || 0);
    case 'date':
      return DATE.test(one) ? one : null;
    default:
      return one;
  }
}
const str = (v: string | number | undefined | null, fallback = '0') => (v === undefined || v === null ? fallback : String(v));

/** The answers of the facts their own question asks, from what the file gives (or the default). */
function encodeAsked(facts: Record<string, Fact>, given: object, out: Record<string, Value | undefined>): void {
  const values = given as Record<string, unknown>;
  for (const name of askedDirectly(facts)) out[name] = encode(facts[name], values[name] === undefined ? facts[name].default : values[name]);
}

/**
 * Answers from a valid household file (an import). The applicant is put first, as the
 * questionnaire asks about "you" first; every other member keeps its order.
 */
export function fromHousehold(file: HouseholdInput): Answers {
  const members = [...file.members];
  const applicant = members.findIndex((m) => m.relation === 'applicant');
  if (applicant > 0) members.unshift(...members.splice(applicant, 1));
  const a: Answers = { f: {}, members: [] };
  for (const [i, m] of members.entries()) {
    const ma: MemberAnswers = {};
    if (i > 0) ma.relation = m.relation;
    if (m.name !== undefined) ma.name = m.name;
    ma.age = String(m.age);
    encodeAsked(MEMBER_FACTS, m, ma);
    const dis = m.disabilities ?? [];
    const ill = m.illnesses ?? [];
    const conditions = [...(dis.length ? ['disabled'] : []), ...(ill.length ? ['ill'] : [])];
    ma.conditions = conditions.length ? conditions : ['none'];
    if (dis.length) {
      ma.dtypes = dis.map((d) => d.type);
      for (const d of dis) ma[`grade.${d.type}`] = d.grade === null ? 'unsure' : String(d.grade);
    }
    if (ill.length) ma.illnesses = [...ill];
    ma.student = m.student ? m.student.level : 'none';
    if (m.student) ma.fullTime = yn(m.student.fullTime);
    a.members.push(ma);
  }
  const f = a.f;
  f.membersDone = 'yes';
  encodeAsked(FILE_FACTS, file, f);
  for (const group of GROUPS) encodeAsked(GROUP_FACTS[group], file[group] ?? {}, f);
  if (members.length === 2) {
    const [p0, p1] = [Boolean(members[0].hasPension), Boolean(members[1].hasPension)];
    f.pension = p0 && p1 ? 'both' : p0 ? 'self' : p1 ? 'other' : 'neither';
  }
  const ex = file.rigidExpenses ?? {};
  const kinds = EXPENSE_KINDS.filter((k) => Number(ex[k] ?? 0) > 0);
  f.expKinds = kinds.length ? kinds : ['none'];
  for (const k of kinds) f[`exp.${k}`] = str(ex[k]);
  const co = file.conduct ?? {};
  const flags = CONDUCT_FLAGS.filter((k) => co[k]);
  f.conduct = flags.length ? flags : ['none'];
  const kept: Kept = {};
  if (file.asOf) kept.asOf = file.asOf;
  if (ex.living !== undefined && ex.living !== null) kept.living = ex.living;
  if (file.assumptions) kept.assumptions = file.assumptions;
  if (Object.keys(kept).length) a.kept = kept;
  return a;
}

/** The expenses the `expKinds` question lists (the declared living costs are not asked). */
export const EXPENSE_KINDS = factsAskedBy('rigidExpenses', 'expKinds');
export const CONDUCT_FLAGS = factNames('conduct');
