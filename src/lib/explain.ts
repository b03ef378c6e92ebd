// Words for an engine result: every sentence comes from i18n, every figure from the engine.
// Shared by the resident's results, the hotline panel, read-aloud and the copied summary.
import type { T } from '../i18n/runtime.ts';
import type { ArithPart, Citation, Evaluation, Hint, HouseholdInput, Program, Result, Step } from '../rules/index.ts';
// the registry itself, not index.ts: that would bring the zod schema into the questionnaire's first load
import { programDef, REGISTRY } from '../rules/registry.ts';
import { RELATIONS, type Relation } from '../rules/catalog.ts';
import { Decimal } from '../rules/money.ts';
import { EARLIEST_RULES, PARAMETER_SETS, type Param, type Parameters } from '../rules/params.ts';

/**
 * How a result names a member (people, not records): the name given ("外婆"); else the applicant
 * as 您 (`rules:member.self`; 申请人 for staff and the policy pages, `thirdPersonRules`); else the
 * relation ("配偶"; `relationWord` words it for another sentence, "your spouse"), counted when
 * two members share it ("子女2": the second child).
 */
export function memberLabel(t: T, members: readonly Person[], index: number, relationWord = (r: Relation) => t(`rules:relation.${r}`)): string {
  const m = members[index];
  const name = typeof m?.name === 'string' ? m.name.trim() : '';
  if (name) return name;
  const relation = relationOf(m);
  if (relation === 'applicant') return t('rules:member.self');
  const word = relation ? relationWord(relation) : t('rules:member.unnamed');
  const same = members.filter((o) => relationOf(o) === relation);
  if (same.length <= 1) return word;
  // the first, second … member of that relation ("子女2")
  return t('rules:member.numbered', { relation: word, n: same.indexOf(m) + 1 });
}

/** A member as anything names it: a file's (valid or not), the questionnaire's answers, the hotline's draft. */
export interface Person {
  name?: unknown;
  relation?: unknown;
}

const relationOf = (m: Person | undefined): Relation | null => (RELATIONS.includes(m?.relation as Relation) ? (m!.relation as Relation) : null);

/**
 * The rules' words for staff and for the policy pages, which speak of the family rather than to
 * it: the applicant is 申请人 there, where the resident's own result says 您.
 */
export const thirdPersonRules = (rules: Record<string, string>): Record<string, string> => ({ ...rules, 'member.self': rules['relation.applicant'] });

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
  const set = PARAMETER_SETS.find((s) => s.id === r.rulesVersion);
  if (!set) throw new Error(`no parameter set ${r.rulesVersion}`);
  return paramValues(set.params);
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
  return def.arithmetic(r.programs[program]).map((parts) => parts.map((part) => arithPart(t, h, part)).join(''));
}

function arithPart(t: T, h: HouseholdInput, part: ArithPart): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(part.figures)) values[k] = typeof v === 'string' ? yuan(v) : v;
  if (part.member !== undefined) values.member = memberLabel(t, h.members, part.member);
  return t(`rules:arith.${part.code}`, values);
}

/** The deduction line shown once above the programmes. */
export function deductionLine(t: T, r: Result): string {
  return t('rules:arith.deduction', {
    income: yuan(r.household.monthlyIncome),
    deduction: yuan(r.deduction.amount),
    counted: yuan(r.household.countedMonthlyIncome),
    perCapita: yuan(r.household.perCapitaCountedIncome),
  });
}

export function amountText(t: T, r: Result, program: Program): string | null {
  const amount = programDef(program).amount(r.programs[program]);
  return amount ? t('rules:amount.perMonth', { amount: yuan(amount) }) : null;
}

export function materialLabel(t: T, h: HouseholdInput, m: { id: string; member?: number }, law: LawValues): string {
  const name = t(`rules:material.${m.id}`, law);
  return m.member === undefined ? name : t('rules:material.forMember', { name, member: memberLabel(t, h.members, m.member) });
}

/** A short plain-text summary: standing per programme, amounts, missing facts, materials. */
export function summaryLines(t: T, h: HouseholdInput, e: Evaluation): string[] {
  const r = e.result;
  const lines: string[] = [];
  for (const { id: program } of REGISTRY) {
    const status = r.programs[program].status;
    const amount = amountText(t, r, program);
    const line = t('rules:summary.program', { program: t(`rules:program.${program}`), status: t(`rules:status.${status}`) });
    lines.push(amount ? line + t('rules:summary.amount', { amount }) : line);
  }
  return lines;
}
