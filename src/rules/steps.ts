// Named steps (DESIGN.md): each condition is computed once, with its figures and citation,
// and a programme's status follows from its steps.
import type { Param } from './params.ts';
import type { Citation, Outcome, Status, Step } from './types.ts';

export function step(code: string, outcome: Outcome, citation: Citation | null, figures: Step['figures'] = {}, extra: Partial<Step> = {}): Step {
  return { code, citation, outcome, figures, ...extra };
}

export const cite = (param: Param<unknown>): Citation => param.citation;

export const outcomeOf = (holds: boolean): Outcome => (holds ? 'met' : 'not-met');

/** Any condition not met → unlikely; else any screen not met or anything unknown → review; else likely (notes and amounts aside). */
export function statusOf(steps: readonly Step[]): Status {
  const counted = steps.filter((s) => s.kind !== 'amount' && s.kind !== 'note');
  if (counted.some((s) => s.outcome === 'not-met' && s.kind !== 'screen')) return 'unlikely';
  if (counted.some((s) => s.outcome !== 'met')) return 'review';
  return 'likely';
}

/** The weakest of several outcomes: not-met beats unknown beats met. */
export function combine(outcomes: readonly Outcome[]): Outcome {
  if (outcomes.includes('not-met')) return 'not-met';
  if (outcomes.includes('unknown')) return 'unknown';
  return 'met';
}

/** The best of several statuses (a programme assessed per member): likely, else review, else unlikely. */
export function bestStatus(statuses: readonly Status[]): Status {
  if (statuses.includes('likely')) return 'likely';
  if (statuses.includes('review')) return 'review';
  return 'unlikely';
}
