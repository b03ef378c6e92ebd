// The computation of every programme for a household whose defaults are filled in
// (contract §4, §5), folding over the registry. `evaluate` (index.ts) validates first;
// `evaluateChecked` (checked.ts) does not.
import { assetChecks } from './assets.ts';
import { buildContext } from './context.ts';
import type { Household } from './household.ts';
import { formatMoney } from './money.ts';
import { materialsFor } from './materials.ts';
import { EARLIEST_RULES, parametersAt } from './params.ts';
import type { ProgramDef } from './program.ts';
import { REGISTRY, type Program, type Programs } from './registry.ts';
import type { Evaluation } from './result.ts';
import type { EvaluationError, Hint, ProgramOutcome, Status, Step } from './types.ts';

export function compute(h: Household, asOf: string): Evaluation | EvaluationError {
  const set = parametersAt(asOf);
  if (!set)
    return { error: 'rules-not-encoded', issues: [{ path: 'asOf', code: 'rules-not-encoded', message: `no rules are encoded before ${EARLIEST_RULES}` }] };

  const ctx = buildContext(h, asOf, set.params);
  const assets = assetChecks(ctx);
  const programs: Record<string, ProgramOutcome> = {};
  const hints: Record<string, Hint[]> = {};
  const coverage: { id: string; status: Status }[] = [];
  for (const def of REGISTRY as readonly ProgramDef[]) {
    const deps = Object.fromEntries(def.needs.map((id) => [id, programs[id]]));
    const out = def.evaluate({ ctx, assets, deps, coverage: [...coverage] });
    programs[def.id] = out.result;
    hints[def.id] = hintsFor(out.result, out.hints);
    if (def.coverage) coverage.push({ id: def.id, status: out.result.status });
  }

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
      programs: programs as Programs,
      materials: materialsFor(ctx, programs),
    },
    hints: hints as Record<Program, Hint[]>,
  };
}

/** Hints only where the status is not `likely`; an expired rule always says so. */
function hintsFor(program: { status: Status; reasons: Step[] }, hints: Hint[]): Hint[] {
  if (program.status === 'likely') return [];
  const expired = program.reasons.some((r) => r.code === 'rule-expired') && !hints.some((h) => h.code === 'rule-expired');
  return expired ? [...hints, { code: 'rule-expired' }] : hints;
}
