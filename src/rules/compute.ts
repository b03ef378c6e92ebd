// The computation of every programme for a household whose defaults are filled in
// (contract §4, §5), folding over the registry. `evaluate` (index.ts) validates first;
// `evaluateChecked` (checked.ts) does not.
import { buildContext, type Context } from './context.ts';
import { isPreschoolUnknown, singleParentChildren } from './deduction.ts';
import type { Household } from './household.ts';
import { formatMoney } from './money.ts';
import { materialsFor, suggestedFor } from './materials.ts';
import { EARLIEST_RULES, parametersAt, type Parameters } from './params.ts';
import type { Choice, ProgramDef } from './program.ts';
import { REGISTRY, type Program, type Programs } from './registry.ts';
import type { Evaluation, Result } from './result.ts';
import type { DeductionItem, EvaluationError, Hint, ProgramOutcome, Status, Step, UnknownAnswer } from './types.ts';
import { answerKey, SIDES, withAnswer, type Side } from './unknowns.ts';

interface Run {
  ctx: Context;
  programs: Record<string, ProgramOutcome>;
  hints: Record<string, Hint[]>;
  choices: Choice[];
}

function run(h: Household, asOf: string, params: Parameters, fixed: ReadonlyMap<string, Side>): Run {
  const ctx = buildContext(h, asOf, params, fixed);
  const programs: Record<string, ProgramOutcome> = {};
  const hints: Record<string, Hint[]> = {};
  const choices: Choice[] = [];
  for (const def of REGISTRY as readonly ProgramDef[]) {
    const deps = Object.fromEntries(def.needs.map((id) => [id, programs[id]]));
    const out = def.evaluate({ ctx, deps });
    programs[def.id] = out.result;
    hints[def.id] = hintsFor(out.result, out.hints);
    if (def.choices) choices.push(...def.choices(out.result, programs, ctx));
  }
  return { ctx, programs, hints, choices };
}

/** What a user would see change: statuses, amounts, members, and each step's outcome (not its figures). */
function signature(r: Run): string {
  return JSON.stringify([
    r.ctx.routes,
    formatMoney(r.ctx.F.deduction.least.amount),
    formatMoney(r.ctx.F.deduction.most.amount),
    Object.values(r.programs).map(({ reasons, ...rest }) => [rest, reasons.map((s: Step) => `${s.code}|${s.member ?? ''}|${s.outcome}`)]),
  ]);
}

/** The answers of 不确定 in the file, and those §4.6 takes as unknown (a co-resident obligor earning S or more). */
function unknownCandidates(h: Household, ctx: Context): UnknownAnswer[] {
  const out: UnknownAnswer[] = [];
  const children = new Set(h.household.singleParent === 'none' ? [] : singleParentChildren(h, h.members.map((_, i) => i)));
  h.members.forEach((m, member) => {
    const obligorCheck = ctx.tekun[member].conditions.some((s) => s.code === 'tekun-supporters' && s.outcome === 'unknown');
    if (m.supporters === 'unknown' || obligorCheck) out.push({ member, field: 'supporters' });
    if (m.bothParentsUnavailable === null) out.push({ member, field: 'bothParentsUnavailable' });
    m.disabilities.forEach((d, k) => d.grade === null && out.push({ member, field: `disabilities.${k}.grade` }));
    if (children.has(member) && isPreschoolUnknown(m, ctx.params.deduction)) out.push({ member, field: 'student' });
  });
  return out.sort((a, b) => a.member - b.member || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}

/**
 * Answers whose two values always differ somewhere, without running the rules again: supporters
 * ("able" fails 特困's supporters step, "none" never does) for a member 特困 assesses, and the
 * parents' situation of a minor (the 孤儿 list holds the minor at one value only).
 */
function plainlyListed({ member, field }: UnknownAnswer, ctx: Context): boolean {
  if (field === 'supporters') return ctx.tekun[member].conditions.length > 0;
  return field === 'bothParentsUnavailable' && ctx.h.members[member].age < ctx.params.orphan.minorAge.value;
}

/** §4.1: an answer is listed when something differs between its two values. */
function unknownAnswers(h: Household, asOf: string, params: Parameters, base: Run): UnknownAnswer[] {
  return unknownCandidates(h, base.ctx).filter(({ member, field }) => {
    if (plainlyListed({ member, field }, base.ctx)) return true;
    if (field === 'supporters') return false;
    const [least, most] = SIDES.map((side) =>
      field === 'student'
        ? run(h, asOf, params, new Map([[answerKey(member, field), side]]))
        : run(withAnswer(h, member, field, side), asOf, params, new Map()),
    );
    return signature(least) !== signature(most);
  });
}

const ITEMS: readonly DeductionItem[] = ['disability', 'serious-illness', 'widowed-single-parent', 'other-single-parent', 'childless-elderly', 'family-planning'];

function deductionOf(ctx: Context): Result['deduction'] {
  const { least, most } = ctx.F.deduction;
  const amountOf = (d: typeof least, item: DeductionItem) => d.candidates.find((c) => c.item === item)?.amount;
  const candidates = ITEMS.flatMap((item) => {
    const l = amountOf(least, item);
    const m = amountOf(most, item);
    if (!m) return [];
    const unknown = !l || !l.eq(m);
    return [{ item, amount: formatMoney(unknown ? m : l), unknown }];
  });
  return {
    item: least.item,
    amount: formatMoney(least.amount),
    amountMax: most.amount.eq(least.amount) ? null : formatMoney(most.amount),
    candidates,
  };
}

export function compute(h: Household, asOf: string): Evaluation | EvaluationError {
  const set = parametersAt(asOf);
  if (!set)
    return { error: 'rules-not-encoded', issues: [{ path: 'asOf', code: 'rules-not-encoded', message: `no rules are encoded before ${EARLIEST_RULES}` }] };

  const base = run(h, asOf, set.params, new Map());
  const { ctx, programs } = base;
  return {
    result: {
      schemaVersion: 2,
      asOf,
      rulesVersion: set.id,
      household: {
        size: h.members.length,
        assessedMembers: ctx.F.members,
        individuallySupported: ctx.routes,
        monthlyIncome: formatMoney(ctx.F.I),
        countedMonthlyIncome: formatMoney(ctx.F.C),
        perCapitaCountedIncome: formatMoney(ctx.F.P),
      },
      deduction: deductionOf(ctx),
      unknownAnswers: unknownAnswers(h, asOf, set.params, base),
      programs: programs as Programs,
      choices: base.choices,
      materials: materialsFor(ctx, programs),
      suggestedMaterials: suggestedFor(ctx, programs),
    },
    hints: base.hints as Record<Program, Hint[]>,
  };
}

/** Hints only where the status is not `likely`; an expired rule always says so. */
function hintsFor(program: { status: Status; reasons: Step[] }, hints: Hint[]): Hint[] {
  if (program.status === 'likely') return [];
  const expired = program.reasons.some((r) => r.code === 'rule-expired') && !hints.some((h) => h.code === 'rule-expired');
  return expired ? [...hints, { code: 'rule-expired' }] : hints;
}
