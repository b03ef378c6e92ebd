// The texts built from a result: the short status line for the live region, the script staff
// read to the caller, and the plain-text summary for the call ticket. All words come from
// i18n and all figures from the engine (src/lib/explain.ts); nothing here decides eligibility.
// The summary is built from the household *file*, which holds only what staff filled in, so it
// never mentions an answer nobody gave (and no name unless one was typed).
import type { Evaluation, HouseholdInput, Program, Result } from '../../rules/index.ts';
import { PROGRAMS } from '../../rules/registry.ts';
import { amountText, arithmetic, ceilingsText, choiceOptions, deductionLine, fallbackLine, lawValues, materialLabel, memberLabel, moneyText, pendingCount, referenceNote, routeLines, stepText, summaryLines, unknownAnswerLines } from '../../lib/explain.ts';
import { ASSISTANCE_HOTLINE, CITY_HOTLINE } from '../../lib/hotlines.ts';
import type { T } from '../../i18n/runtime.ts';
import { suggestedMaterials } from '../../lib/suggested.ts';
import { factsOfKind } from '../../rules/facts.ts';
import { simpleFactWords } from '../../lib/describe.ts';
import { FIGURES, type Settings } from './settings.ts';

/** One short sentence for the aria-live region: never the whole panel. Its 需核实 count is the items the panel shows as 待核实. */
export function statusLine(t: T, ev: Evaluation): string {
  const p = ev.result.programs;
  const likely = PROGRAMS.filter((x) => p[x].status === 'likely').map((x) => t(`rules:program.${x}.short`));
  return t('hotline:live.updated', { likely: likely.length ? likely.join(t('hotline:list.sep')) : t('hotline:live.none'), pending: pendingCount(ev.result, true) });
}

/** A programme's result as the script reads it: per-member amounts or reference amounts where it has them. */
interface PerMember {
  members?: { member: number; monthlyAmount?: string | null; referenceAmount?: string; referenceAmountMax?: string | null }[];
  referenceYear?: number;
}

/**
 * "低保：全家 4 口人一共每月约 2480 元", "特困供养：申请人每月约 1870 元", "困难残疾人生活补贴：申请人参考
 * 每月 300 元", "医疗救助": what the programme may pay and for whom (the year of a reference amount: `referenceNotes`).
 */
function scriptItem(t: T, h: HouseholdInput, r: Result, program: Program): string {
  const name = t(`rules:program.${program}.short`);
  const p = r.programs[program] as unknown as PerMember;
  const who = (i: number) => memberLabel(t, h.members, i);
  if (p.members?.length) {
    const each = p.members.map((m) => {
      const money = moneyText(t, m.monthlyAmount ?? null, null);
      if (money) return t('hotline:script.member', { who: who(m.member), amount: money });
      if (m.referenceAmount === undefined) return who(m.member);
      const amount = m.referenceAmountMax ? t('rules:reference.range', { amount: yuan(m.referenceAmount), max: yuan(m.referenceAmountMax) }) : t('rules:reference.amount', { amount: yuan(m.referenceAmount) });
      return t('hotline:script.member', { who: who(m.member), amount: t('hotline:script.reference', { amount }) });
    });
    return t('hotline:script.item', { program: name, text: each.join(t('hotline:list.sep')) });
  }
  const amount = amountText(t, r, program);
  if (!amount) return name;
  // a family programme: paid for the family unit (contract §4.2), said as the one person when it is one
  const routed = new Set(r.household.individuallySupported.map((x) => x.member));
  const family = h.members.map((_, i) => i).filter((i) => !routed.has(i));
  const whom = family.length === 1 ? who(family[0]) : t('hotline:script.wholeFamily', { n: family.length });
  return t('hotline:script.item', { program: name, text: whom + amount });
}

/** "（2021年规划中的标准，现行标准以区民政局/残联为准）" once for the programmes listed together that give reference amounts. */
function referenceNotes(t: T, r: Result, programs: Program[]): string {
  const years = programs.flatMap((program) => {
    const p = r.programs[program] as unknown as PerMember;
    return p.referenceYear !== undefined && p.members?.some((m) => m.referenceAmount !== undefined) ? [p.referenceYear] : [];
  });
  return [...new Set(years)].map((year) => t('hotline:script.note', { note: referenceNote(t, year) })).join('');
}

/**
 * What staff read to the caller, in plain words, first in the panel: what the family can probably
 * get (amount and for whom), the either/or choices and members supported on their own, what to
 * bring, where to apply (5号 第八条: `rules:result.apply.where`), which number to call
 * (src/lib/hotlines.ts), and one sentence on the rest: the programmes that are probably not for
 * them, counted. One string per sentence.
 */
export function readBack(t: T, h: HouseholdInput, ev: Evaluation): string[] {
  const r = ev.result;
  const law = lawValues(r);
  const inChoice = new Set(r.choices.flatMap((c) => c.options.map((o) => o.program)));
  const of = (status: string) => PROGRAMS.filter((p) => r.programs[p].status === status && !inChoice.has(p));
  const likely = of('likely');
  const review = of('review');
  const rest = of('unlikely').length;
  const list = (ps: Program[]) => ps.map((p) => scriptItem(t, h, r, p)).join(t('hotline:list.sep2')) + referenceNotes(t, r, ps);
  const out: string[] = [];
  const situation = situationLines(t, h, ev);
  if (likely.length) out.push(t('hotline:script.likely', { list: list(likely) }));
  if (review.length) out.push(t('hotline:script.review', { list: list(review) }));
  if (!likely.length && !review.length && !situation.length) out.push(t('hotline:script.none'));
  out.push(...situation.map((line) => t('hotline:readBack.itemNoHint', { line })));
  if (rest) out.push(t('hotline:script.rest', { n: rest }));
  if (likely.length || review.length || situation.length) {
    const materials = [...new Set(r.materials.map((m) => materialLabel(t, h, m, law)))];
    if (materials.length) out.push(t('hotline:script.materials', { list: materials.join(t('hotline:list.sep')) }));
  }
  out.push(t('rules:result.apply.where'));
  out.push(t('hotline:script.phone', { tel: CITY_HOTLINE.tel, draftTel: ASSISTANCE_HOTLINE.tel }));
  out.push(t('hotline:readBack.caveat'));
  return [t('hotline:readBack.intro'), ...out];
}

/** Who is supported on their own and the family's 低保 if that is refused, and each either/or choice (contract §4.2, §5). */
function situationLines(t: T, h: HouseholdInput, ev: Evaluation): string[] {
  const r = ev.result;
  const fallback = fallbackLine(t, r);
  const choices = choiceOptions(t, h, r).map((options) => t('hotline:summary.choice', { options: options.join(t('hotline:summary.choiceOr')) }));
  return [...routeLines(t, h, r), ...(fallback ? [fallback] : []), ...choices].map((line) => line.replace(/[。.]$/, ''));
}

const yuan = (s: string | number) => String(s).replace(/\.00$/, '');

/** The facts of one member that staff entered, in words (no name unless typed: memberLabel). */
function memberFacts(t: T, h: HouseholdInput, i: number): string {
  const m = h.members[i];
  const facts: string[] = [];
  if (m.relation) facts.push(t(`rules:relation.${m.relation}`));
  if (typeof m.age === 'number') facts.push(t('hotline:summary.age', { age: m.age }));
  if (m.monthlyIncome !== undefined) facts.push(t('hotline:summary.income', { amount: yuan(m.monthlyIncome) }));
  for (const d of m.disabilities ?? [])
    facts.push(t('hotline:facts.disability', { type: t(`rules:disability.${d.type}`), grade: d.grade === null || d.grade === undefined ? t('rules:grade.unknown') : t('rules:grade', { grade: d.grade }) }));
  for (const id of m.illnesses ?? []) facts.push(t(`rules:illness.${id}`));
  if (m.illnessDeductionSince) facts.push(t('hotline:summary.deductionSince', { date: m.illnessDeductionSince }));
  if (m.student) facts.push(t(m.student.fullTime ? 'hotline:summary.studentFullTime' : 'hotline:summary.student', { level: t(`rules:level.${m.student.level}`) }));
  // only what staff changed from the default is an answer
  facts.push(...simpleFactWords(t, 'hotline:fact', m, (value, fact) => value !== fact.default));
  return t('hotline:pair', { label: memberLabel(t, h.members, i), text: facts.join(t('hotline:list.sep')) });
}

/** The other answers staff gave (a flag only when ticked, an amount only when typed). */
function householdFacts(t: T, h: HouseholdInput): string[] {
  const out: string[] = [];
  const hh = h.household ?? {};
  if (hh.currentCoverage && hh.currentCoverage !== 'none') out.push(t(`hotline:coverage.${hh.currentCoverage}`));
  if (hh.singleParent && hh.singleParent !== 'none') out.push(t(`hotline:singleParent.${hh.singleParent}`));
  for (const f of factsOfKind('household', 'flag')) if (hh[f]) out.push(t(`hotline:field.household.${f}`));
  const lines = out.length ? [t('hotline:summary.family', { facts: out.join(t('hotline:list.sep')) })] : [];
  const assets = Object.entries(h.assets ?? {}).map(([k, v]) => t(`hotline:summary.assets.${k}`, { value: yuan(v as string | number) }));
  if (assets.length) lines.push(t('hotline:summary.assets', { facts: assets.join(t('hotline:list.sep')) }));
  const expenses = Object.entries(h.rigidExpenses ?? {})
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => t(`hotline:summary.expense.${k}`, { amount: yuan(v as string | number) }));
  if (expenses.length) lines.push(t('hotline:summary.expenses', { facts: expenses.join(t('hotline:list.sep')) }));
  const conduct = Object.entries(h.conduct ?? {}).filter(([, v]) => v).map(([k]) => t(`hotline:field.conduct.${k}`));
  if (conduct.length) lines.push(t('hotline:summary.conduct', { facts: conduct.join(t('hotline:list.sep')) }));
  return lines;
}

export interface SummaryOptions {
  settings: Settings;
  /** answers still missing or wrong: the summary is then of the last complete answers */
  pending: number;
}

/** The plain-text summary for the call ticket. */
export function ticketSummary(t: T, h: HouseholdInput, ev: Evaluation, opts: SummaryOptions): string {
  const r = ev.result;
  const law = lawValues(r);
  const b = (s: string) => `· ${s}`;
  const out: string[] = [t('hotline:summary.title', { asOf: r.asOf, version: r.rulesVersion })];
  if (opts.pending > 0) out.push(t('hotline:summary.stale', { n: opts.pending }));
  out.push(t('hotline:summary.household', { n: r.household.size, area: t(`hotline:area.${h.area ?? 'urban'}`) }));
  h.members.forEach((_, i) => out.push(b(memberFacts(t, h, i))));
  out.push(...householdFacts(t, h));
  out.push(t('hotline:summary.income.line', { line: deductionLine(t, h, r) }));

  out.push('', t('hotline:summary.results'));
  const lines = summaryLines(t, h, ev);
  PROGRAMS.forEach((program, i) => {
    const arith = arithmetic(t, h, r, program);
    out.push(b(arith.length && amountText(t, r, program) ? t('hotline:summary.programLine', { line: lines[i], arith: arith.join(t('hotline:list.sep2')) }) : lines[i]));
    const ceilings = r.programs[program].status === 'unlikely' ? null : ceilingsText(t, r, program);
    if (ceilings) out.push(`  ${ceilings}`);
  });
  out.push(...situationLines(t, h, ev).map(b));

  // 需核实: what the engine could not decide for a programme that is "review", and missing figures
  const toCheck: string[] = unknownAnswerLines(t, h, r);
  for (const program of PROGRAMS) {
    if (r.programs[program].status !== 'review') continue;
    for (const s of r.programs[program].reasons) if (s.outcome === 'unknown' && s.kind !== 'note') toCheck.push(t('hotline:pair', { label: t(`rules:program.${program}.short`), text: stepText(t, h, s, law) }));
  }
  for (const id of FIGURES) {
    const used = opts.settings[id];
    const missing = PROGRAMS.some((p) => ev.hints[p].some((x) => x.code === 'missing-figure' && x.missing === id));
    if (missing) toCheck.push(t('hotline:summary.missingFigure', { figure: t(`rules:figure.${id}`) }));
    else if (used) out.push(t('hotline:figure.usedPlain', { figure: t(`rules:figure.${id}`), value: used.value, unit: t(`hotline:figure.${id}.unit`), date: used.entered }));
  }
  const uniqueCheck = [...new Set(toCheck)];
  if (uniqueCheck.length) out.push('', t('hotline:summary.toCheck'), ...uniqueCheck.map(b));

  out.push('', t('hotline:summary.materials'));
  if (r.materials.length === 0) out.push(b(t('rules:checklist.none')));
  else out.push(...r.materials.map((m) => b(materialLabel(t, h, m, law))));
  const suggested = suggestedMaterials(h, r);
  if (suggested.length) out.push(t('hotline:summary.suggested'), ...suggested.map((m) => b(materialLabel(t, h, m, law, 'suggested'))));
  out.push('', t('rules:result.notDecision'));
  return out.join('\n');
}
