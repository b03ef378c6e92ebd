// Asking the engine whether a question can matter: the questionnaire holds no rule of its own,
// it evaluates the answers so far with and without a possible answer and compares.
import { evaluateChecked } from '../../rules/checked.ts';
import type { Evaluation, HouseholdInput } from '../../rules/index.ts';
import { PROGRAMS } from '../../rules/registry.ts';

const cache = new Map<string, Evaluation | null>();

/** The engine's evaluation, or null when the household is not (yet) valid. Memoised. */
export function run(h: HouseholdInput): Evaluation | null {
  const key = JSON.stringify(h);
  let out = cache.get(key);
  if (out === undefined) {
    out = evaluateChecked(JSON.parse(key));
    if (cache.size > 300) cache.clear();
    cache.set(key, out);
  }
  return out;
}

export function patched(h: HouseholdInput, patch: (copy: HouseholdInput) => void): HouseholdInput {
  const copy = JSON.parse(JSON.stringify(h)) as HouseholdInput;
  patch(copy);
  return copy;
}

/** Whether `differ` tells the evaluations before and after the patch apart (false while either is invalid). */
function compare(h: HouseholdInput, patch: (copy: HouseholdInput) => void, differ: (before: Evaluation, after: Evaluation) => boolean): boolean {
  const before = run(h);
  const after = run(patched(h, patch));
  return !!before && !!after && differ(before, after);
}

/** Whether the patch changes the result at all (any standing, amount, step, material). */
export const changes = (h: HouseholdInput, patch: (copy: HouseholdInput) => void): boolean =>
  compare(h, patch, (before, after) => JSON.stringify(before.result) !== JSON.stringify(after.result));

/** Whether the patch changes the standing of some programme (likely / review / unlikely). */
export const standingChanges = (h: HouseholdInput, patch: (copy: HouseholdInput) => void): boolean =>
  compare(h, patch, (before, after) => PROGRAMS.some((p) => before.result.programs[p].status !== after.result.programs[p].status));

/** Whether some programme reports the step with that outcome (the asset limits …). */
export function reports(h: HouseholdInput, code: string, outcome: string): boolean {
  const e = run(h);
  return !!e && PROGRAMS.some((p) => e.result.programs[p].reasons.some((s) => s.code === code && s.outcome === outcome));
}
