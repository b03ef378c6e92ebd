// evaluate without validation, for the questionnaire: it builds the household from answers it
// has already checked, so it can leave the zod schema out of its first load (45 KB budget).
// Anything read from a file still goes through `evaluate` (index.ts) and its schema.
import { compute } from './compute.ts';
import { today } from './dates.ts';
import { withDefaults } from './defaults.ts';
import type { HouseholdInput } from './household.ts';
import type { Evaluation } from './result.ts';

/** The evaluation of checked answers, or null while they are incomplete (or before the encoded rules). */
export function evaluateChecked(input: HouseholdInput, options: { asOf?: string } = {}): Evaluation | null {
  const h = withDefaults(input);
  if (!h) return null;
  const out = compute(h, input.asOf ?? options.asOf ?? today());
  return 'error' in out ? null : out;
}
