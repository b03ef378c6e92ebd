// The questionnaire as data (DESIGN.md, aides-jeunes habit): each question has a `when`
// predicate, so nothing irrelevant is asked. Where relevance depends on the rules, the predicate
// asks the engine (engine.ts) with the answers given so far; the few other conditions are about
// plain facts (a 70-year-old is not asked about school).
//
// walk(answers) goes through the questions in order, keeps the relevant ones and builds the
// household file from their answers only: an answer to a question that is no longer relevant
// (the age was changed) does not reach the engine.
import { DISABILITY_TYPES, RELATIONS, STUDENT_LEVELS } from '../../rules/catalog.ts';
import { today } from '../../rules/dates.ts';
import type { HouseholdInput } from '../../rules/index.ts';
import { FILE_FACTS, GROUP_FACTS, MEMBER_FACTS, type Fact, type Group } from '../../rules/facts.ts';
import { CONDUCT_FLAGS, EXPENSE_KINDS, decode, type Answers, type MemberAnswers, type Value } from './answers.ts';
import { changes, reports, standingChanges } from './engine.ts';
import { greaterThanMoney } from './money-input.ts';

export type Section = 'about' | 'members' | 'family' | 'assets' | 'expenses' | 'exclusions' | 'apply';
export const SECTIONS: readonly Section[] = ['about', 'members', 'family', 'assets', 'expenses', 'exclusions', 'apply'];

/**
 * The parts the progress line names, in the order the questions come: a fixed list, so the line
 * never jumps as a count of steps did (the number of questions depends on the answers).
 */
export const PARTS = ['members', 'family', 'assets', 'expenses', 'apply'] as const;
export type Part = (typeof PARTS)[number];
/** where the family lives is the first thing about its people; the exclusions come with the last questions */
export const partOf = (s: Section): Part => (s === 'about' ? 'members' : s === 'exclusions' ? 'apply' : s);

export type Field =
  /** radios; labels `${labels}${value}`; `unsure` adds 不确定; `columns`: short answers, two columns on a phone in 长辈模式 */
  | { kind: 'choice'; options: readonly string[]; labels: string; unsure?: boolean; columns?: boolean }
  /** checkboxes; `none` is an exclusive "none of these" */
  | { kind: 'multi'; options: readonly string[]; labels: string; none?: boolean; columns?: boolean }
  | { kind: 'money' }
  | { kind: 'count'; min: number; max: number }
  | { kind: 'area'; max: number }
  | { kind: 'text'; max: number }
  | { kind: 'illness' }
  | { kind: 'since' }
  | { kind: 'members' };

export type MemberInput = HouseholdInput['members'][number];

interface Ctx {
  a: Answers;
  /** the household built so far from the relevant answers before this question */
  h: HouseholdInput;
  /** member questions: the member's index, answers and (once its age is known) its record */
  i: number;
  m: MemberAnswers;
  mo?: MemberInput;
}

interface Question {
  /** answer key */
  key: string;
  /** i18n id: check:q.<q> is the question, check:q.<q>.hint the hint */
  q: string;
  section: Section;
  field: Field;
  optional?: boolean;
  /** member questions only: the disability type a grade question is about */
  type?: string;
  /**
   * asked on the screen of the question with this key (the member's, or the family's), below
   * it: a short text box that needs no page of its own (the name beside the age; homes and cars
   * beside the savings)
   */
  on?: string;
  when?: (c: Ctx) => boolean;
  /** an answer that was right but no longer fits the other answers counts as unanswered */
  valid?: (v: Value, c: Ctx) => boolean;
  apply?: (v: Value, c: Ctx) => void;
}

/** One question as asked: a question in context (which member). */
export interface AskedQuestion extends Question {
  id: string;
  member?: number;
  answered: boolean;
  /** the id of the step whose screen shows this one (see Question.on) */
  screen?: string;
}

const YES_NO = ['yes', 'no'] as const;
const yesNo = (labels = 'check:opt.', unsure = false, options: readonly string[] = YES_NO): Field => ({ kind: 'choice', options, labels, unsure });
const str = (v: Value | undefined) => (typeof v === 'string' ? v : '');
const list = (v: Value | undefined) => (Array.isArray(v) ? v : []);
const num = (v: Value | undefined) => Number(str(v) || 0);

/** Who could be at school (幼儿园 to university); the engine decides what counts. */
const SCHOOL_AGE = { from: 3, to: 30 };
/** 劳动法 第十五条: work from 16; a younger child's income is asked only if one was entered. */
const WORKING_AGE = 16;
const FULL_TIME_ASKED = ['secondary-vocational', 'higher-vocational', 'undergraduate'];
/** 民法典 第十七条: adults from 18. The parents' situation is asked for minors and adult students (contract §4.2, §4.5). */
const ADULT_AGE = 18;
/** What the `conditions` question offers: a disability certificate, a serious illness. */
export const CONDITIONS = ['disabled', 'ill'] as const;
const has = (m: MemberAnswers, condition: (typeof CONDITIONS)[number]) => list(m.conditions).includes(condition);
/** an amount no household reaches: "could any expense make 刚性支出 possible?" */
const ANY_EXPENSE = '100000000';

/** The member alone, as the applicant: for questions that depend only on that person. */
function solo(c: Ctx, patch: (m: MemberInput) => void): HouseholdInput {
  const m = { ...(JSON.parse(JSON.stringify(c.mo)) as MemberInput), relation: 'applicant' as const };
  patch(m);
  return { ...(c.h.asOf ? { asOf: c.h.asOf } : {}), area: c.h.area, members: [m] };
}

const members = (h: HouseholdInput) => h.members;

type Entity = 'member' | 'file' | Group;

function factOf(entity: Entity, name: string): Fact {
  const facts: Record<string, Fact> = entity === 'member' ? MEMBER_FACTS : entity === 'file' ? FILE_FACTS : GROUP_FACTS[entity];
  return facts[name];
}

/**
 * The question of one fact, addressed as { entity, name } (aides-jeunes): its key is the fact's
 * name and its answer, decoded by the fact's kind, is the fact's value (an answer of 不确定 writes
 * the fact's `unsure` value, or nothing).
 */
function asks(entity: Entity, name: string): Pick<Question, 'key' | 'q' | 'apply'> {
  const fact = factOf(entity, name);
  return {
    key: name,
    q: name,
    apply: (v, c) => {
      const value = decode(fact, v);
      if (value === undefined) return;
      const target = (entity === 'member' ? c.mo! : entity === 'file' ? c.h : (c.h[entity] ??= {})) as Record<string, unknown>;
      target[name] = value;
    },
  };
}

/** A choice among the fact's own values; with `unsure`, its 不确定 value is the 不确定 answer, not an option. */
function choiceOf(entity: Entity, name: string, labels: string, unsure = false, columns = false): Field {
  const fact = factOf(entity, name);
  return { kind: 'choice', options: (fact.values ?? []).filter((v) => v !== fact.unsure), labels, unsure, columns };
}

const AREA_QUESTION: Question = {
  ...asks('file', 'area'), section: 'about', field: choiceOf('file', 'area', 'check:opt.area.'),
};

const MEMBER_QUESTIONS: Question[] = [
  {
    key: 'relation', q: 'relation', section: 'members',
    field: { kind: 'choice', options: RELATIONS.filter((r) => r !== 'applicant'), labels: 'rules:relation.', columns: true },
    when: (c) => c.i > 0,
  },
  {
    key: 'age', q: 'age', section: 'members', field: { kind: 'count', min: 0, max: 130 },
    apply: (v, c) => {
      const m = c.a.members[c.i];
      const mo: MemberInput = { relation: c.i === 0 ? 'applicant' : (str(m.relation) as MemberInput['relation']), age: num(v) };
      const name = str(m.name).trim();
      if (name) mo.name = name.slice(0, 40);
      c.mo = mo;
      c.h.members.push(mo);
    },
  },
  // the name, if any, was written by the age's answer (the member's record starts there)
  { key: 'name', q: 'name', section: 'members', field: { kind: 'text', max: 40 }, optional: true, on: 'age', when: (c) => c.i > 0 },
  {
    ...asks('member', 'monthlyIncome'), section: 'members', field: { kind: 'money' },
    when: (c) => (c.mo?.age ?? 0) >= WORKING_AGE || num(c.m.monthlyIncome) > 0,
  },
  // a disability certificate and a serious illness on one page: "都没有" is one tap for most people
  {
    key: 'conditions', q: 'conditions', section: 'members', field: { kind: 'multi', options: CONDITIONS, labels: 'check:opt.conditions.', none: true },
    valid: (v) => list(v).length > 0,
  },
  {
    key: 'dtypes', q: 'dtypes', section: 'members', field: { kind: 'multi', options: DISABILITY_TYPES, labels: 'rules:disability.', columns: true },
    when: (c) => has(c.m, 'disabled'),
    valid: (v) => list(v).length > 0,
  },
  ...DISABILITY_TYPES.map<Question>((type) => ({
    key: `grade.${type}`, q: 'grade', type, section: 'members',
    field: { kind: 'choice', options: ['1', '2', '3', '4'], labels: 'check:opt.grade.', unsure: true, columns: true },
    when: (c) => has(c.m, 'disabled') && list(c.m.dtypes).includes(type),
    // 不确定: the catalogue's null, never a guessed grade (contract §4.1)
    apply: (v, c) => void (c.mo!.disabilities ??= []).push({ type, grade: v === 'unsure' ? MEMBER_FACTS.disabilities.unsure.grade : num(v) }),
  })),
  {
    key: 'illnesses', q: 'illnesses', section: 'members', field: { kind: 'illness' },
    when: (c) => has(c.m, 'ill'),
    valid: (v) => list(v).length > 0,
    apply: (v, c) => void (c.mo!.illnesses = list(v) as MemberInput['illnesses']),
  },
  {
    key: 'student', q: 'student', section: 'members',
    field: { kind: 'choice', options: ['none', ...STUDENT_LEVELS], labels: 'check:opt.student.', columns: true },
    when: (c) => ((c.mo?.age ?? -1) >= SCHOOL_AGE.from && (c.mo?.age ?? 99) <= SCHOOL_AGE.to) || (c.m.student !== undefined && c.m.student !== 'none'),
    apply: (v, c) => void (c.mo!.student = v === 'none' ? null : { level: str(v) as (typeof STUDENT_LEVELS)[number], fullTime: true }),
  },
  {
    key: 'fullTime', q: 'fullTime', section: 'members', field: yesNo(),
    when: (c) => !!c.mo?.student && (FULL_TIME_ASKED.includes(c.mo.student.level) || c.m.fullTime === 'no'),
    apply: (v, c) => void (c.mo!.student!.fullTime = v === 'yes'),
  },
  {
    ...asks('member', 'bothParentsUnavailable'), section: 'members', field: yesNo('check:opt.', true),
    // a minor (孤儿 / 事实无人抚养儿童) or an adult student (the student supplement): a plain fact, always asked
    when: (c) => !!c.mo && (c.mo.age < ADULT_AGE || !!c.mo.student),
  },
  {
    ...asks('member', 'supporters'), section: 'members',
    field: choiceOf('member', 'supporters', 'check:opt.supporters.', true),
    // asked when, without an able supporter, this person's standing changes (特困; engine, on the person alone);
    // never of the applicant's own child: the parent answering is its obligor (the file's default stays)
    when: (c) =>
      !!c.mo && c.mo.relation !== 'child' && ((c.m.supporters !== undefined && c.m.supporters !== 'able') || standingChanges(solo(c, () => {}), (h) => (h.members[0].supporters = 'none'))),
  },
  {
    ...asks('member', 'ruralCare'), section: 'members',
    field: choiceOf('member', 'ruralCare', 'check:opt.ruralCare.'),
    when: (c) => !!c.mo && c.h.area === 'rural' && (c.m.ruralCare === 'central' || changes(solo(c, () => {}), (h) => (h.members[0].ruralCare = 'central'))),
  },
];

const hasRelation = (h: HouseholdInput, r: string) => h.members.some((m) => m.relation === r);

/** Questions about the whole family, in order after the members. `i` is -1 there. */
const FAMILY_QUESTIONS: Question[] = [
  {
    ...asks('household', 'singleParent'), section: 'family',
    field: choiceOf('household', 'singleParent', 'check:opt.singleParent.'),
    // the single parent's child may be the applicant's (relation child) or the applicant and a
    // sibling, their parent living here (contract §4.3): the same family, whoever applies
    // — a child (not a grown-up applicant, say 46, living with a parent) who could be at school
    when: (c) =>
      ((hasRelation(c.h, 'child') && !hasRelation(c.h, 'spouse')) || (hasRelation(c.h, 'parent') && c.h.members.some((m) => (m.relation === 'applicant' || m.relation === 'sibling') && (m.age < ADULT_AGE || !!m.student)))) &&
      ((c.a.f.singleParent !== undefined && c.a.f.singleParent !== 'none') || changes(c.h, (h) => ((h.household ??= {}).singleParent = 'widowed'))),
  },
  {
    ...asks('household', 'childless'), section: 'family', field: yesNo('check:opt.childless.'),
    when: (c) =>
      !hasRelation(c.h, 'child') &&
      (c.a.f.childless === 'yes' ||
        changes(c.h, (h) => {
          (h.household ??= {}).childless = true;
          h.members[0].hasPension = true; // with exactly one pension, so the 双老 item can show
        })),
  },
  {
    key: 'pension', q: 'pension', section: 'family',
    field: { kind: 'choice', options: ['self', 'other', 'both', 'neither'], labels: 'check:opt.pension.', columns: true },
    when: (c) => members(c.h).length === 2 && ((c.a.f.pension !== undefined && c.a.f.pension !== 'neither') || changes(c.h, (h) => (h.members[0].hasPension = true))),
    apply: (v, c) => {
      c.h.members[0].hasPension = v === 'self' || v === 'both';
      c.h.members[1].hasPension = v === 'other' || v === 'both';
    },
  },
  {
    ...asks('household', 'familyPlanningSupport'), section: 'family', field: yesNo('check:opt.familyPlanningSupport.', true),
  },
  {
    ...asks('household', 'currentCoverage'), section: 'family',
    field: choiceOf('household', 'currentCoverage', 'check:opt.currentCoverage.', false, true),
  },
];

/** Per ill member, when the family already receives 低保 or 边缘 (the deduction exists only there). */
const SINCE_QUESTION: Question = {
  ...asks('member', 'illnessDeductionSince'), section: 'family', field: { kind: 'since' },
  when: (c) => {
    // a family already receiving 低保 or 边缘 (the deduction's proofs are asked again after two years)
    if (!['dibao', 'edge'].includes(c.h.household?.currentCoverage ?? 'none') || !(c.mo?.illnesses ?? []).length) return false;
    return /^\d/.test(str(c.m.illnessDeductionSince)) || changes(c.h, (h) => (h.members[c.i].illnessDeductionSince = '2000-01-01'));
  },
  valid: (v, c) => !/^\d/.test(str(v)) || str(v) <= (c.h.asOf ?? today()),
};

const ASSET_QUESTIONS: Question[] = [
  // savings, homes and cars on one page (three short boxes); what follows depends on them
  { ...asks('assets', 'monetary'), section: 'assets', field: { kind: 'money' } },
  { ...asks('assets', 'homes'), section: 'assets', field: { kind: 'count', min: 0, max: 20 }, on: 'monetary' },
  { ...asks('assets', 'cars'), section: 'assets', field: { kind: 'count', min: 0, max: 20 }, on: 'monetary' },
  {
    ...asks('assets', 'monetaryFromSellingOnlyHomeForIllness'), section: 'assets', field: { kind: 'money' },
    // asked only when the savings are over the limit: then cash from selling the only home for illness is left out
    when: (c) => Number(c.h.assets?.monetary ?? 0) > 0 && (num(c.a.f.monetaryFromSellingOnlyHomeForIllness) > 0 || reports(c.h, 'monetary-assets', 'not-met')),
    valid: (v, c) => !greaterThanMoney(str(v), str(c.h.assets?.monetary as string) || '0'),
  },
  {
    ...asks('assets', 'homesTotalArea'), section: 'assets', field: { kind: 'area', max: 10000 },
    // the area decides only with two homes (津民规〔2025〕5号 第五条(四)2); 不确定 leaves it to be checked
    when: (c) => c.h.assets?.homes === 2 || ((c.h.assets?.homes ?? 0) > 0 && num(c.a.f.homesTotalArea) > 0),
  },
  {
    ...asks('assets', 'carsTotalValue'), section: 'assets', field: { kind: 'money' },
    when: (c) => (c.h.assets?.cars ?? 0) > 0,
  },
];

/** Expenses, the 刚性支出 exclusions and, last, who applies (it only changes the materials). */
const LATER_QUESTIONS: Question[] = [
  {
    key: 'expKinds', q: 'expKinds', section: 'expenses', field: { kind: 'multi', options: EXPENSE_KINDS, labels: 'check:opt.exp.', none: true, columns: true },
    // asked only when some expense could make 刚性支出 possible (engine, with an amount no one reaches)
    when: (c) => list(c.a.f.expKinds).some((k) => k !== 'none') || standingChanges(c.h, (h) => ((h.rigidExpenses ??= {}).medical = ANY_EXPENSE)),
    valid: (v) => list(v).length > 0,
  },
  ...EXPENSE_KINDS.map<Question>((kind) => ({
    key: `exp.${kind}`, q: `exp.${kind}`, section: 'expenses', field: { kind: 'money' },
    when: (c) => list(c.a.f.expKinds).includes(kind),
    apply: (v, c) => void ((c.h.rigidExpenses ??= {})[kind] = str(v)),
  })),
  {
    key: 'conduct', q: 'conduct', section: 'exclusions', field: { kind: 'multi', options: CONDUCT_FLAGS, labels: 'check:opt.conduct.', none: true },
    // 津民规〔2025〕5号 第七条: asked only while an exclusion could change a standing (刚性支出 still possible)
    when: (c) => list(c.a.f.conduct).some((k) => k !== 'none') || standingChanges(c.h, (h) => ((h.conduct ??= {}).refusesInvestigation = true)),
    valid: (v) => list(v).length > 0,
    apply: (v, c) => {
      const flags = list(v);
      c.h.conduct = Object.fromEntries(CONDUCT_FLAGS.filter((k) => flags.includes(k)).map((k) => [k, true]));
    },
  },
  {
    ...asks('household', 'applyingByProxy'), section: 'apply', field: yesNo('check:opt.applyingByProxy.', false, ['no', 'yes']),
    // only changes the materials, so asked when there are materials at all
    when: (c) => c.a.f.applyingByProxy === 'yes' || changes(c.h, (h) => ((h.household ??= {}).applyingByProxy = true)),
  },
];

export interface Walk {
  steps: AskedQuestion[];
  household: HouseholdInput;
  /** every required question of every relevant step is answered */
  complete: boolean;
}

function get(a: Answers, q: Question, i: number): Value | undefined {
  return i >= 0 ? a.members[i]?.[q.key] : a.f[q.key];
}

/** The relevant questions for these answers, in order, and the household built from them. */
export function walk(a: Answers): Walk {
  const kept = a.kept ?? {};
  const h: HouseholdInput = { members: [] };
  if (kept.asOf) h.asOf = kept.asOf;
  if (kept.assumptions) h.assumptions = kept.assumptions;
  if (kept.living !== undefined) h.rigidExpenses = { living: kept.living };
  const steps: AskedQuestion[] = [];
  let complete = true;
  let gradeCount = 0;

  const visit = (q: Question, c: Ctx, id: string, member?: number) => {
    if (q.when && !q.when(c)) return;
    const v = get(a, q, c.i);
    const answered = v !== undefined && (!q.valid || q.valid(v, c));
    const head = q.on && (member !== undefined ? `m${member}.${q.on}` : q.on);
    steps.push({ ...q, id, ...(member !== undefined ? { member } : {}), answered, ...(head && steps.some((s) => s.id === head) ? { screen: head } : {}) });
    if (answered) q.apply?.(v!, c);
    else if (!q.optional) complete = false;
  };

  // 1. where the family lives
  visit(AREA_QUESTION, { a, h, i: -1, m: {} }, 'area');

  // 2. who lives with you: each member's questions, then the list of members
  let membersOk = true;
  const memberCtx: Ctx[] = [];
  a.members.forEach((m, i) => {
    const c: Ctx = { a, h, i, m };
    gradeCount = 0;
    for (const q of MEMBER_QUESTIONS) {
      const basic = q.key === 'relation' || q.key === 'name' || q.key === 'age';
      // a member whose relation or age is missing is not in the household yet: only its basic questions
      if (!basic && !c.mo) continue;
      const id = q.type ? `m${i}.grade.${gradeCount}` : `m${i}.${q.key}`;
      if (q.key === 'age' && (!membersOk || (i > 0 && m.relation === undefined))) {
        // asked, but not added to the household: the members after a gap would get the wrong index
        steps.push({ ...q, id, member: i, answered: m.age !== undefined });
        if (m.age === undefined) complete = false;
        continue;
      }
      const before = steps.length;
      visit(q, c, id, i);
      if (q.type && steps.length > before) gradeCount++;
    }
    if (!c.mo) membersOk = false;
    memberCtx.push(c);
  });
  steps.push({ key: 'membersDone', q: 'members', section: 'members', field: { kind: 'members' }, id: 'members', answered: a.f.membersDone === 'yes' && membersOk });
  if (a.f.membersDone !== 'yes' || !membersOk) complete = false;

  // 3.–6. the family, assets, expenses, exclusions: only once every member is known
  if (membersOk) {
    const c: Ctx = { a, h, i: -1, m: {} };
    for (const q of FAMILY_QUESTIONS) visit(q, c, q.key);
    memberCtx.forEach((mc) => visit(SINCE_QUESTION, mc, `m${mc.i}.illnessDeductionSince`, mc.i));
    for (const q of ASSET_QUESTIONS) visit(q, c, q.key);
    for (const q of LATER_QUESTIONS) visit(q, c, q.key);
  }
  return { steps, household: h, complete };
}

/** The step a screen starts with: a question asked on another's screen (Question.on) leads there. */
export const screenOf = (steps: readonly AskedQuestion[], id: string): string => steps.find((s) => s.id === id)?.screen ?? id;

export function valueOf(a: Answers, s: AskedQuestion): Value | undefined {
  return s.member !== undefined ? a.members[s.member]?.[s.key] : a.f[s.key];
}

/** A copy of the answers with one answer set (or removed with `undefined`). */
export function setValue(a: Answers, s: Pick<AskedQuestion, 'key' | 'member'>, v: Value | undefined): Answers {
  const next: Answers = { ...a, f: { ...a.f }, members: a.members.map((m) => ({ ...m })) };
  const target = s.member !== undefined ? next.members[s.member] : next.f;
  if (v === undefined) delete target[s.key];
  else target[s.key] = v;
  return next;
}
