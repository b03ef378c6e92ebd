// evaluate(household, { asOf }) → the contract's result (contract v1 §5) and hints.
import { compute } from './compute.ts';
import { validateHousehold } from './household.ts';
import type { Evaluation } from './result.ts';
import type { EvaluationError } from './types.ts';

export type * from './types.ts';
export type * from './result.ts';
export { PROGRAMS, REGISTRY, programDef, type Program } from './registry.ts';
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
  return compute(checked.household, checked.asOf);
}
