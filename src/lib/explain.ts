// Words for an engine result: every sentence comes from i18n, every figure from the engine.
// Shared by the resident's results, the hotline panel, read-aloud and the copied summary.
import type { T } from '../i18n/runtime.ts';
import { programDef, REGISTRY, type ArithPart, type Citation, type Evaluation, type Hint, type HouseholdInput, type Program, type Result, type Step } from '../rules/index.ts';

/** "外婆" when the member has a name, else "成员2" (1-based, as people count). */
export function memberLabel(t: T, h: HouseholdInput, index: number): string {
  const name = h.members[index]?.name?.trim();
  return name ? name : t('rules:member.label', { n: index + 1 });
}

/** Money for reading: "1,045" style grouping is avoided on purpose (phones read it as two numbers). */
const yuan = (s: string | null | undefined) => (s ?? '').replace(/\.00$/, '');

function figuresFor(t: T, h: HouseholdInput, figures: Record<string, string | null>, member?: number) {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(figures)) out[k] = yuan(v);
  if (member !== undefined) out.member = memberLabel(t, h, member);
  return out;
}

export function stepText(t: T, h: HouseholdInput, s: Step): string {
  return t(`rules:step.${s.code}.${s.outcome}`, figuresFor(t, h, s.figures, s.member));
}

export function hintText(t: T, h: HouseholdInput, hint: Hint): string {
  const values: Record<string, string> = {};
  if (hint.amount) values.amount = yuan(hint.amount);
  if (hint.line) values.line = yuan(hint.line);
  if (hint.member !== undefined) values.member = memberLabel(t, h, hint.member);
  if (hint.missing) values.missing = t(`rules:figure.${hint.missing}`);
  return t(`rules:hint.${hint.code}`, values);
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

/** The amount's arithmetic as lines, e.g. "3 人 × 1045 元 − 扣减后收入 900 元 + 300 元 = 2435 元". */
export function arithmetic(t: T, h: HouseholdInput, r: Result, program: Program): string[] {
  const def = programDef(program);
  return def.arithmetic(r.programs[program]).map((parts) => parts.map((part) => arithPart(t, h, part)).join(''));
}

function arithPart(t: T, h: HouseholdInput, part: ArithPart): string {
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(part.figures)) values[k] = typeof v === 'string' ? yuan(v) : v;
  if (part.member !== undefined) values.member = memberLabel(t, h, part.member);
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

export function materialLabel(t: T, h: HouseholdInput, m: { id: string; member?: number }): string {
  const name = t(`rules:material.${m.id}`);
  return m.member === undefined ? name : t('rules:material.forMember', { name, member: memberLabel(t, h, m.member) });
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
