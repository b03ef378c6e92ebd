// Words for an engine result: every sentence comes from i18n, every figure from the engine.
// Shared by the resident's results, the hotline panel, read-aloud and the copied summary.
// Also the problems of a household file, for the file panel and the caseload (at the end).
import type { T } from '../i18n/runtime.ts';
import type { ArithPart, Citation, Evaluation, Hint, HouseholdInput, Program, Result, Status, Step, ValidationIssue } from '../rules/index.ts';
// the registry itself, not index.ts: that would bring the zod schema into the questionnaire's first load
import { programDef, PROGRAMS, REGISTRY } from '../rules/registry.ts';
import { RELATIONS, type Relation } from '../rules/catalog.ts';
import { Decimal } from '../rules/money.ts';
import { EARLIEST_RULES, PARAMETER_SETS, type Param, type Parameters } from '../rules/params.ts';
import { disabilityAmount, illnessAmount } from '../rules/deduction.ts';
import type { Member } from '../rules/household.ts';

/**
 * How a result names a member (people, not records): the name given ("外婆"); else the applicant
 * as 您 (`rules:member.self`; 申请人 for staff and the policy pages, `thirdPersonRules`); else by
 * their relation to the applicant, with their age unless they are the spouse ("您的配偶",
 * "您的孩子（15 岁）", "申请人的父亲或母亲（72 岁）"); counted only when two share relation and age.
 * `relationWord` replaces the whole relation phrase for another sentence (a question's "your spouse").
 */
export function memberLabel(t: T, members: readonly Person[], index: number, relationWord?: (r: Relation) => string): string {
  const m = members[index];
  const name = typeof m?.name === 'string' ? m.name.trim() : '';
  if (name) return name;
  const relation = relationOf(m);
  if (relation === 'applicant') return t('rules:member.self');
  if (!relation) return t('rules:member.unnamed');
  const kin = relationWord ? relationWord(relation) : t('rules:member.kin', { owner: t('rules:member.owner'), relation: t(`rules:relation.one.${relation}`) });
  const age = relationWord ? null : ageOf(m);
  const label = age !== null && relation !== 'spouse' ? t('rules:member.age', { label: kin, age }) : kin;
  // a question, asked before the age is known, counts by relation alone ("孙子女或外孙子女2")
  const same = members.filter((o) => relationOf(o) === relation && (relationWord || ((relation === 'spouse' || ageOf(o) === age) && !(typeof o.name === 'string' && o.name.trim()))));
  if (same.length <= 1) return label;
  // the first, second … member of that relation and age (twins, or ages not given yet)
  return t(relationWord ? 'rules:member.counted' : 'rules:member.numbered', { label, n: same.indexOf(m) + 1 });
}

/** A member as anything names it: a file's (valid or not), the questionnaire's answers, the hotline's draft. */
export interface Person {
  name?: unknown;
  relation?: unknown;
  age?: unknown;
}

/** A whole age in years, as a file or a draft holds it (a number, or the digits typed), else null. */
function ageOf(m: Person | undefined): number | null {
  const a = typeof m?.age === 'string' && /^\d{1,3}$/.test(m.age.trim()) ? Number(m.age) : m?.age;
  return typeof a === 'number' && Number.isInteger(a) && a >= 0 ? a : null;
}

const relationOf = (m: Person | undefined): Relation | null => (RELATIONS.includes(m?.relation as Relation) ? (m!.relation as Relation) : null);

/**
 * The rules' words for staff and for the policy pages, which speak of the family rather than to
 * it: the applicant is 申请人 there, where the resident's own result says 您.
 */
export const thirdPersonRules = (rules: Record<string, string>): Record<string, string> => ({ ...rules, 'member.self': rules['relation.applicant'], 'member.owner': rules['member.owner.third'], 'result.overview.title': rules['result.overview.title.third'] });

/** Money for reading: "1,045" style grouping is avoided on purpose (phones read it as two numbers). */
const yuan = (s: string | null | undefined) => (s ?? '').replace(/\.00$/, '');

/** The law's figures by placeholder name, e.g. { dibaoStandard: '1045', rigidExpenseSharePercent: '60' }. */
export type LawValues = Readonly<Record<string, string>>;

const lawCache = new WeakMap<Parameters, LawValues>();

/**
 * The figures of a parameter set as interpolation values, so that no sentence types a number of
 * the law: a new notice changes params.ts and the wording follows. Each value is named once, from
 * its place in params.ts: `<group><Name>` (dibao.standard → dibaoStandard, tekun.minorAge →
 * tekunMinorAge). A ratio also gives `<group><Name>Percent` (rigid.expenseShare 0.6 → '60', the
 * "60%" of 津民规〔2025〕5号 第五条(三)). Rules in words and grade tables have no single figure and
 * give none.
 */
export function paramValues(params: Parameters): LawValues {
  let out = lawCache.get(params);
  if (out) return out;
  const values: Record<string, string> = {};
  for (const [group, entries] of Object.entries(params))
    for (const [name, p] of Object.entries(entries as Record<string, Param<unknown>>)) {
      if (p.unit === 'rule' || (typeof p.value !== 'string' && typeof p.value !== 'number')) continue;
      const key = group + name[0].toUpperCase() + name.slice(1);
      values[key] = String(p.value);
      if (p.unit === 'ratio') values[`${key}Percent`] = new Decimal(String(p.value)).times(100).toString();
    }
  lawCache.set(params, (out = values));
  return out;
}

/** The law's figures a result was computed with: its parameter set is named by `rulesVersion`. */
export function lawValues(r: Pick<Result, 'rulesVersion'>): LawValues {
  return paramValues(paramsOf(r));
}

/** The parameter set a result was computed with. */
function paramsOf(r: Pick<Result, 'rulesVersion'>): Parameters {
  const set = PARAMETER_SETS.find((s) => s.id === r.rulesVersion);
  if (!set) throw new Error(`no parameter set ${r.rulesVersion}`);
  return set.params;
}

function figuresFor(t: T, h: HouseholdInput, figures: Record<string, string | null>, member?: number) {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(figures)) out[k] = yuan(v);
  if (member !== undefined) out.member = memberLabel(t, h.members, member);
  return out;
}

/** A step in words: its own figures, and the law's (`law`) for the sentence's fixed terms ("60岁及以上"). */
export function stepText(t: T, h: HouseholdInput, s: Step, law: LawValues): string {
  return t(`rules:step.${s.code}.${s.outcome}`, { ...law, ...figuresFor(t, h, s.figures, s.member) });
}

export function hintText(t: T, h: HouseholdInput, hint: Hint, law: LawValues): string {
  const values: Record<string, string> = { ...law };
  if (hint.amount) values.amount = yuan(hint.amount);
  if (hint.line) values.line = yuan(hint.line);
  if (hint.member !== undefined) values.member = memberLabel(t, h.members, hint.member);
  if (hint.missing) values.missing = t(`rules:figure.${hint.missing}`);
  return t(`rules:hint.${hint.code}`, values);
}

/** A YYYY-MM-DD date in words: "2025年9月1日", "1 September 2025". */
export function longDate(t: T, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return t('common:date.long', { year, month: t(`common:month.${month}`), day });
}

/**
 * A validation issue in words. `rules-not-encoded` names the first day of the first parameter set
 * (params.ts), not a date typed into the sentence.
 */
export function issueMessage(t: T, code: string, defaultValue?: string): string {
  return t(`rules:issue.${code}`, { earliest: longDate(t, EARLIEST_RULES), ...(defaultValue !== undefined && { defaultValue }) });
}

/**
 * The anchor of a citation on the policy pages: a short stable hash, so islands need not ship
 * the sources registry to link to it.
 */
export function citationAnchor(c: Citation): string {
  let hash = 0x811c9dc5;
  for (const ch of `${c.doc}|${c.article}`) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `c${hash.toString(36)}`;
}

/** The amount's arithmetic as lines, e.g. "N 人 × S 元 − 扣减后收入 C 元 + supplements = amount". */
export function arithmetic(t: T, h: HouseholdInput, r: Result, program: Program): string[] {
  const def = programDef(program);
  const law = lawValues(r);
  return def.arithmetic(r.programs[program]).map((parts) => parts.map((part) => arithPart(t, h, r, part, law)).join(''));
}

/**
 * One term of an amount, labelled with its reason and its person ("+ 300 元：您的父亲或母亲（72 岁），
 * 60岁及以上老人每月加发"); the counted income says the deduction it is after and whose it is.
 */
function arithPart(t: T, h: HouseholdInput, r: Result, part: ArithPart, law: LawValues): string {
  const values: Record<string, string | number> = { ...law };
  for (const [k, v] of Object.entries(part.figures)) values[k] = typeof v === 'string' ? yuan(v) : v;
  if (part.member !== undefined) values.member = memberLabel(t, h.members, part.member);
  if (part.code === 'counted' && r.deduction.item)
    return t('rules:arith.counted-deducted', { ...values, income: yuan(r.household.monthlyIncome), deduction: yuan(r.deduction.amount), why: deductionWhy(t, h, r) });
  return t(`rules:arith.${part.code}`, values);
}

/** The deduction line shown once above the programmes, with whose deduction it is. */
export function deductionLine(t: T, h: HouseholdInput, r: Result): string {
  const line = t('rules:arith.deduction', {
    income: yuan(r.household.monthlyIncome),
    deduction: yuan(r.deduction.amount),
    counted: yuan(r.household.countedMonthlyIncome),
    perCapita: yuan(r.household.perCapitaCountedIncome),
  });
  return r.deduction.item ? t('rules:deduction.line', { line, why: deductionWhy(t, h, r) }) : line;
}

/**
 * The deduction's item and the people it is for (津民规〔2025〕7号 二(一): the disability and the
 * illness items count each member of the family unit who has one): "残疾人扣减：您的肢体残疾（2级）".
 * A grade answered 不确定 counts at its most favourable value here, as `deduction.amountMax` does.
 */
export function deductionWhy(t: T, h: HouseholdInput, r: Result): string {
  const item = r.deduction.item;
  const name = item ? t(`rules:deduction.${item}`) : '';
  if (item !== 'disability' && item !== 'serious-illness') return name;
  const d = paramsOf(r).deduction;
  const who: string[] = [];
  for (const i of r.household.assessedMembers) {
    const raw = h.members[i];
    const m = { ...raw, disabilities: raw.disabilities ?? [], illnesses: raw.illnesses ?? [] } as Member;
    if (item === 'disability') {
      if (!disabilityAmount(m, d, 'most').gt(0)) continue;
      const each = m.disabilities.map((x) => t('rules:deduction.who.disability', { type: t(`rules:disability.${x.type}`), grade: x.grade === null ? t('rules:grade.unknown') : t('rules:grade', { grade: x.grade }) }));
      who.push(t('rules:deduction.who', { member: memberLabel(t, h.members, i), what: each.join(t('rules:list.sep')) }));
    } else if (illnessAmount(m, d).gt(0)) {
      const each = m.illnesses.map((id) => t(`rules:illness.${id}`));
      who.push(t('rules:deduction.who', { member: memberLabel(t, h.members, i), what: each.join(t('rules:list.sep')) }));
    }
  }
  return who.length ? t('rules:deduction.for', { item: name, who: who.join(t('rules:list.sep')) }) : name;
}

/**
 * A programme's result as the views read it, whatever its own shape: an amount with its most
 * favourable value (contract §4.1), per-member standings and reference amounts (§1).
 */
interface Loose {
  status: Status;
  reasons: Step[];
  monthlyAmountMax?: string | null;
  members?: { member: number; monthlyAmount?: string | null; referenceAmount?: string; referenceAmountMax?: string | null }[];
  referenceYear?: number;
  ceilings?: { basicLivingPerPerson: string; medicalPerPerson: string; expenseTypeMonths: number };
  fallback?: { status: Status; monthlyAmount: string | null; monthlyAmountMax: string | null } | null;
}
const loose = (r: Result, program: Program) => r.programs[program] as unknown as Loose;

/** "每月约 935 元"; with a most favourable value "每月约 245–1045 元"; with that alone "每月最多约 1045 元". */
export function moneyText(t: T, amount: string | null, max: string | null | undefined): string | null {
  if (amount && max) return t('rules:amount.range', { amount: yuan(amount), max: yuan(max) });
  if (max) return t('rules:amount.upTo', { max: yuan(max) });
  return amount ? t('rules:amount.perMonth', { amount: yuan(amount) }) : null;
}

/** The monthly amount a programme may pay, as a range where an answer of 不确定 decides it (never a reference amount). */
export function amountText(t: T, r: Result, program: Program): string | null {
  return moneyText(t, programDef(program).amount(r.programs[program]), loose(r, program).monthlyAmountMax);
}

/** "2021年规划中的标准，现行标准以区民政局/残联为准": said with every reference amount (contract §1). */
export const referenceNote = (t: T, year: number) => t('rules:reference.note', { year });

/**
 * A programme's reference amounts per member ("外婆：参考每月 2570 元（2021年规划中的标准，…）"),
 * or null: never a monthly amount, always with its year.
 */
export function referenceText(t: T, h: HouseholdInput, r: Result, program: Program): string | null {
  const ref = referenceList(t, h, r, program);
  return ref && t('rules:reference.line', { list: ref.list.join(t('rules:list.sep')), note: referenceNote(t, ref.year) });
}

/** A programme's reference amounts, one "外婆：参考每月 2570 元" per member, and their year; null when it has none. */
function referenceList(t: T, h: HouseholdInput, r: Result, program: Program): { list: string[]; year: number } | null {
  const p = loose(r, program);
  if (p.referenceYear === undefined || !p.members?.length) return null;
  const list = p.members
    .filter((m) => m.referenceAmount !== undefined)
    .map((m) => {
      const amount = m.referenceAmountMax
        ? t('rules:reference.range', { amount: yuan(m.referenceAmount), max: yuan(m.referenceAmountMax) })
        : t('rules:reference.amount', { amount: yuan(m.referenceAmount) });
      return t('rules:reference.member', { member: memberLabel(t, h.members, m.member), amount });
    });
  return { list, year: p.referenceYear };
}

/**
 * The answer box's line for a programme: its short name and what it pays for whom, a reference
 * amount with its year only ("残疾人生活补贴：您参考每月 300 元（2021年的标准）"; the card says
 * who sets today's figure).
 */
export function briefLine(t: T, h: HouseholdInput, r: Result, program: Program): string {
  const name = t(`rules:program.${program}.short`);
  let pay = amountText(t, r, program) ? payText(t, h, r, program) : null;
  if (!pay) {
    const ref = referenceList(t, h, r, program);
    if (ref?.list.length) pay = t('rules:reference.brief', { list: ref.list.join(t('rules:list.sep')), year: ref.year });
  }
  return pay ? t('rules:brief.line', { program: name, pay }) : name;
}

/** Where to apply (5号 第八条, the one text that says it: 刚性支出's `where`), with the programme whose page quotes it. */
export const WHERE_TO_APPLY = REGISTRY.flatMap((def) => (def.procedure ?? []).filter((x) => x.code === 'where').map((x) => ({ program: def.id as Program, ...x })))[0];

/**
 * What happens after applying, for each programme the family may get (not `unlikely`): the
 * procedure lines its own text gives (刚性支出: 5号 第十条–第十七条; 医疗救助: 2号 第十二条; 低保,
 * 边缘, 特困: 5号 第十八条), and whether our texts give it no time limit (never borrowed from
 * another programme's). Where to apply (5号 第八条) is said apart, once.
 */
export function afterApplying(r: Result): { program: Program; lines: { code: string; citation: Citation }[]; noTime: boolean }[] {
  return REGISTRY.filter((def) => r.programs[def.id as Program].status !== 'unlikely').map((def) => {
    const lines = (def.procedure ?? []).filter((x) => x.code !== 'where');
    return { program: def.id as Program, lines, noTime: !lines.some((x) => x.code === 'time' || x.code === 'no-application') };
  });
}

/** The ceilings of a pointer programme (临时救助, contract §4.13), from the 2021 plan: with their year. */
export function ceilingsText(t: T, r: Result, program: Program): string | null {
  const c = loose(r, program).ceilings;
  if (!c) return null;
  const params = paramsOf(r);
  return t('rules:temporary.ceilings', {
    ...paramValues(params),
    year: Number(params.temporary.medicalPerPerson.effective.slice(0, 4)),
    basic: yuan(c.basicLivingPerPerson),
    medical: yuan(c.medicalPerPerson),
    months: c.expenseTypeMonths,
  });
}

/**
 * What a programme can pay and for whom, in one phrase: per member where it pays each one
 * ("您：每月约 1870 元"), else for the family ("全家 4 口人每月约 1980 元"; one person: "您：…"),
 * else its reference amounts with their year.
 */
export function payText(t: T, h: HouseholdInput, r: Result, program: Program): string | null {
  const each = (loose(r, program).members ?? []).filter((m) => typeof m.monthlyAmount === 'string');
  const amount = amountText(t, r, program);
  if (each.length) {
    const list = each.map((m) => t('rules:pay.member', { member: memberLabel(t, h.members, m.member), amount: moneyText(t, m.monthlyAmount!, null) })).join(t('rules:list.semi'));
    const total = programDef(program).amount(r.programs[program]);
    return each.length > 1 && total ? list + t('rules:pay.total', { amount: yuan(total) }) : list;
  }
  if (amount) {
    const unit = r.household.assessedMembers;
    return unit.length === 1 ? t('rules:pay.member', { member: memberLabel(t, h.members, unit[0]), amount }) : t('rules:pay.family', { n: unit.length, amount });
  }
  return referenceText(t, h, r, program);
}

/** The members routed out of the family unit (contract §4.2), one sentence each. */
export function routeLines(t: T, h: HouseholdInput, r: Result): string[] {
  return r.household.individuallySupported.map(({ member, route }) => t(`rules:result.routed.${route}`, { member: memberLabel(t, h.members, member) }));
}

/** "如果特困没有批下来，就按全家一起算低保：可能符合，每月约 … 元。" (contract §4.2 `fallback`, the one programme that has one), or null. */
export function fallbackLine(t: T, r: Result): string | null {
  const fallback = PROGRAMS.map((program) => loose(r, program).fallback).find((f) => f);
  if (!fallback) return null;
  const routes = [...new Set(r.household.individuallySupported.map((x) => t(`rules:program.${x.route}.short`)))].join(t('rules:list.or'));
  const amount = moneyText(t, fallback.monthlyAmount, fallback.monthlyAmountMax);
  return t('rules:result.fallback', { routes, status: t(`rules:status.${fallback.status}`), amount: amount ? t('rules:summary.amount', { amount }) : '' });
}

interface ChoiceOption {
  program: string;
  members?: number[];
  monthlyAmount: string | null;
  medicalFor: number[];
}

/** Each choice (contract §5 `choices`) as its options in words: the family's programme, or 单人保 for the members named. */
export function choiceOptions(t: T, h: HouseholdInput, r: Result): string[][] {
  const names = (members: readonly number[]) => members.map((i) => memberLabel(t, h.members, i)).join(t('rules:list.sep'));
  return r.choices.map((c) =>
    (c.options as unknown as ChoiceOption[]).map((o) => {
      const amount = moneyText(t, o.monthlyAmount, null) ?? t('rules:amount.none');
      return o.members
        ? t('rules:result.choice.single', { members: names(o.members), amount })
        : t('rules:result.choice.family', { program: t(`rules:program.${o.program}.short`), amount, n: o.medicalFor.length });
    }),
  );
}

/** The step codes that measure the family's income, whose outcome an answer about one member can change. */
const FAMILY_STEPS = ['dibao-income', 'edge-income', 'edge-cash'];

/**
 * Every answer of 不确定 that changed something (contract §4.1 `unknownAnswers`), with what is at
 * stake: the programmes with an open condition about that member; and, for the answers that move
 * the family's figures (a grade or a pre-school child: the deduction; the parents: a supplement),
 * the deduction and the programmes whose income condition or amount ranges. Read from the result,
 * so it says where the answer can matter, not by how much each one alone moves it.
 */
export function unknownAnswerLines(t: T, h: HouseholdInput, r: Result): string[] {
  return r.unknownAnswers.map(({ member, field }) => {
    const moves = field !== 'supporters';
    const stake = PROGRAMS.filter((program) => {
      const p = loose(r, program);
      if (p.status === 'unlikely') return false;
      const open = p.reasons.some((s) => s.outcome === 'unknown' && s.kind !== 'note' && (s.member === member || (moves && s.member === undefined && FAMILY_STEPS.includes(s.code))));
      const ranges = (moves && (p.monthlyAmountMax ?? null) !== null) || p.members?.some((m) => m.member === member && (m.referenceAmountMax ?? null) !== null);
      return open || ranges;
    }).map((program) => {
      const name = t(`rules:program.${program}.short`);
      const pay = payText(t, h, r, program);
      return pay ? t('rules:result.unknowns.stake.pay', { program: name, pay }) : name;
    });
    if (r.deduction.amountMax && field !== 'supporters' && field !== 'bothParentsUnavailable')
      stake.unshift(t('rules:result.unknowns.stake.deduction', { amount: yuan(r.deduction.amount), max: yuan(r.deduction.amountMax) }));
    const who = memberLabel(t, h.members, member);
    // 不确定 about supporters: what the answer "no one" could open (特困, 孤儿), said as a condition
    if (field === 'supporters' && stake.length) return t('rules:result.unknowns.supporters', { member: who, stake: stake.join(t('rules:list.semi')) });
    return t('rules:result.unknowns.item', {
      member: who,
      field: answerField(t, h, member, field),
      stake: stake.length ? stake.join(t('rules:list.semi')) : t('rules:result.unknowns.stake.any'),
    });
  });
}

/** The conditions a programme's card lists: every one, or in the compact view (the hotline) only those not met or unknown. */
export function listedSteps(r: Result, program: Program, compact: boolean): Step[] {
  const reasons = r.programs[program].reasons;
  return compact ? reasons.filter((s) => s.outcome !== 'met' && s.kind !== 'note') : reasons;
}

/** A listed condition shown as "? 待核实" (a note with an open outcome says 说明). */
export const isPending = (s: Step) => s.outcome === 'unknown' && s.kind !== 'note';

/**
 * How many items the result view shows as 待核实: each answer of 不确定 that decides something
 * (contract §4.1 `unknownAnswers`, one line each) and each open condition a card lists. The
 * hotline's "需核实 N 项" is this number, so the count and the page cannot disagree.
 */
export function pendingCount(r: Result, compact: boolean): number {
  return PROGRAMS.reduce((n, program) => n + listedSteps(r, program, compact).filter(isPending).length, r.unknownAnswers.length);
}

/** The question an unknown answer was about: "有没有能赡养的人", "听力残疾的等级" … */
function answerField(t: T, h: HouseholdInput, member: number, field: string): string {
  const grade = /^disabilities\.(\d+)\.grade$/.exec(field);
  if (grade) {
    const type = h.members[member]?.disabilities?.[Number(grade[1])]?.type;
    return t('rules:unknown.field.grade', { type: type ? t(`rules:disability.${type}`) : '' });
  }
  return t(`rules:unknown.field.${field}`);
}

/** A paper and whom it is for: "残疾人证（您）"; `kind` 'suggested' for one the interface suggests (lib/suggested.ts). */
export function materialLabel(t: T, h: HouseholdInput, m: { id: string; member?: number }, law: LawValues, kind: 'material' | 'suggested' = 'material'): string {
  const name = t(`rules:${kind}.${m.id}`, law);
  return m.member === undefined ? name : t('rules:material.forMember', { name, member: memberLabel(t, h.members, m.member) });
}

/** "低保：可能符合，每月约 935 元": a programme's name (`names` + id: the full or the short one), standing and what it may pay. */
export function programLine(t: T, h: HouseholdInput, r: Result, program: Program, short = false): string {
  const line = t('rules:summary.program', { program: t(`rules:program.${program}${short ? '.short' : ''}`), status: t(`rules:status.${r.programs[program].status}`) });
  const pay = payText(t, h, r, program);
  return pay ? line + t('rules:summary.amount', { amount: pay }) : line;
}

/** A short plain-text summary: standing per programme, amounts, missing facts, materials. */
export function summaryLines(t: T, h: HouseholdInput, e: Evaluation): string[] {
  const r = e.result;
  const lines: string[] = [];
  for (const { id: program } of REGISTRY) lines.push(programLine(t, h, r, program));
  return lines;
}

// ---- a household file's problems (contract §6 issues), for the file panel and the caseload ----

/** "members.1.age" → "配偶的年龄" (the member as the file names them); unknown parts are shown as written. */
export function pathText(t: T, path: string, members: readonly Person[] = []): string {
  if (!path) return t('check:path.file');
  const parts = path.split('.');
  if (parts[0] === 'members') {
    if (parts.length === 1) return t('check:path.members');
    const who = memberLabel(t, members, Number(parts[1]));
    const rest = parts.slice(2).filter((p) => !/^\d+$/.test(p));
    if (rest.length === 0) return who;
    const key = `check:path.member.${rest.join('.')}`;
    const field = t(key, { defaultValue: '' }) || t(`check:path.member.${rest[0]}`, { defaultValue: '' }) || rest.join('.');
    return t('check:path.of', { who, field });
  }
  return t(`check:path.${path}`, { defaultValue: '' }) || t(`check:path.${parts[0]}`, { defaultValue: '' }) || path;
}

export function issueText(t: T, issue: ValidationIssue, members: readonly Person[] = []): string {
  return t('check:file.issue', { where: pathText(t, issue.path, members), problem: issueMessage(t, issue.code, issue.message) });
}
