// The computation of every programme for a household whose defaults are filled in
// (contract §4, §5). `evaluate` (index.ts) validates first; `evaluateChecked` (checked.ts) does not.
import { assetChecks } from './assets.ts';
import { buildContext } from './context.ts';
import { evaluateDibao } from './dibao.ts';
import { evaluateEdge } from './edge.ts';
import type { Household } from './household.ts';
import { evaluateMedical } from './medical.ts';
import { formatMoney } from './money.ts';
import { materialsFor } from './materials.ts';
import { EARLIEST_RULES, parametersAt } from './params.ts';
import { evaluateRigid } from './rigid.ts';
import { evaluateTekun } from './tekun.ts';
import type { Evaluation, EvaluationError, Hint, Status, Step } from './types.ts';

export function compute(h: Household, asOf: string): Evaluation | EvaluationError {
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
