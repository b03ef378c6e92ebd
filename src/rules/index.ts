// evaluate(household, { asOf }) → the contract's result (shared contract v1 §5) and hints.
import { assetChecks } from './assets.ts';
import { buildContext } from './context.ts';
import { evaluateDibao } from './dibao.ts';
import { evaluateEdge } from './edge.ts';
import { validateHousehold } from './household.ts';
import { evaluateMedical } from './medical.ts';
import { formatMoney } from './money.ts';
import { materialsFor } from './materials.ts';
import { EARLIEST_RULES, parametersAt } from './params.ts';
import { evaluateRigid } from './rigid.ts';
import { evaluateTekun } from './tekun.ts';
import type { Evaluation, EvaluationError, Hint, Status, Step } from './types.ts';

export type * from './types.ts';
export { PROGRAMS } from './types.ts';
export type { Household, HouseholdInput, Member } from './household.ts';
export { validateHousehold } from './household.ts';

export const isError = (x: Evaluation | EvaluationError): x is EvaluationError => 'error' in x;

/**
 * Evaluate a household file (any parsed JSON value). `options.asOf` is the date used when the
 * file has none (default: today, local date). Invalid input gives an error object, never a result.
 */
export function evaluate(input: unknown, options: { asOf?: string } = {}): Evaluation | EvaluationError {
  const checked = validateHousehold(input, options.asOf);
  if (!checked.ok) return { error: 'invalid-household', issues: checked.issues };
  const { household: h, asOf } = checked;
  const set = parametersAt(asOf);
  if (!set)
    return { error: 'rules-not-encoded', issues: [{ path: 'asOf', code: 'rules-not-encoded', message: `no rules are encoded before ${EARLIEST_RULES}` }] };

  const ctx = buildContext(h, asOf, set.params);
  const assets = assetChecks(ctx);
  const dibao = evaluateDibao(ctx, assets);
  const edge = evaluateEdge(ctx, assets);
  const tekun = evaluateTekun(ctx, assets);
  const statuses = { dibao: dibao.result.status, edge: edge.result.status, tekun: tekun.result.status };
  const rigid = evaluateRigid(ctx, assets, statuses);
  const medical = evaluateMedical(ctx, { ...statuses, rigid: rigid.result.status });
  const programs = { dibao: dibao.result, edge: edge.result, tekun: tekun.result, rigid: rigid.result, medical: medical.result };

  return {
    result: {
      schemaVersion: 1,
      asOf,
      rulesVersion: set.id,
      household: {
        size: ctx.N,
        monthlyIncome: formatMoney(ctx.I),
        countedMonthlyIncome: formatMoney(ctx.C),
        perCapitaCountedIncome: formatMoney(ctx.P),
      },
      deduction: {
        item: ctx.deduction.item,
        amount: formatMoney(ctx.deduction.amount),
        candidates: ctx.deduction.candidates.map((c) => ({ item: c.item, amount: formatMoney(c.amount) })),
      },
      programs,
      materials: materialsFor(ctx, programs),
    },
    hints: {
      dibao: hintsFor(dibao.result, dibao.hints),
      edge: hintsFor(edge.result, edge.hints),
      tekun: hintsFor(tekun.result, tekun.hints),
      rigid: hintsFor(rigid.result, rigid.hints),
      medical: hintsFor(medical.result, medical.hints),
    },
  };
}

/** Hints only where the status is not `likely`; an expired rule always says so. */
function hintsFor(program: { status: Status; reasons: Step[] }, hints: Hint[]): Hint[] {
  if (program.status === 'likely') return [];
  const expired = program.reasons.some((r) => r.code === 'rule-expired') && !hints.some((h) => h.code === 'rule-expired');
  return expired ? [...hints, { code: 'rule-expired' }] : hints;
}
