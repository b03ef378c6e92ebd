// What a programme declares to the registry (registry.ts): one object per programme, in its own
// folder (programs/<id>/rules.ts), so that adding or changing a programme has one natural place.
import type { Context } from './context.ts';
import type { ArithPart, Citation, Hint, Material, Outcome, ProgramOutcome, SuggestedMaterial } from './types.ts';

/** What a programme's evaluation is given. */
export interface Inputs {
  ctx: Context;
  /** the programmes named in `needs`, by id, as evaluated before this one */
  deps: Readonly<Record<string, ProgramOutcome>>;
}

/** A choice the family must make between programmes (contract §5 `choices`). */
export interface Choice {
  id: string;
  options: Record<string, unknown>[];
}

export interface ProgramDef<Id extends string = string, R extends ProgramOutcome = ProgramOutcome> {
  id: Id;
  /** The programmes whose results this one reads, by id: each must come earlier (the registry test checks). */
  needs: readonly string[];
  evaluate(inputs: Inputs): { result: R; hints: Hint[] };
  /** the monthly amount to show for the programme (exact decimal string), or null */
  amount(result: R): string | null;
  /** the amount's arithmetic: one line per entry, each a list of terms (codes and figures) */
  arithmetic(result: R): ArithPart[][];
  /** every step code it can report, with the outcomes it can have (each has its wording) */
  steps: Readonly<Record<string, readonly Outcome[]>>;
  /** every term code its arithmetic can use (each has its wording, `rules:arith.<code>`) */
  arith: readonly string[];
  /** every hint code it can give (each has its wording) */
  hints: readonly string[];
  /** the materials it calls for when likely or under review (contract §5.1; materials.ts merges them) */
  materials(result: R, ctx: Context): Material[];
  /** papers no cited text requires that the office will likely ask for (§5.1 `suggestedMaterials`) */
  suggested?(result: R, ctx: Context): SuggestedMaterial[];
  /** the alternatives its result opens to the family (contract §5 `choices`), given every programme before it */
  choices?(result: R, programs: Readonly<Record<string, ProgramOutcome>>, ctx: Context): Choice[];
  /**
   * Where and how to apply, where this programme's text is the one that says it (the result page
   * shows each, worded `rules:result.apply.<code>`, linked to the article on this programme's page).
   */
  procedure?: readonly { code: string; citation: Citation }[];
  /**
   * The step and hint codes that read a group of household facts (src/rules/facts.ts) a
   * questionnaire may leave unasked because no answer could change a standing: where it did,
   * the view says what was not asked instead of stating those conditions as facts.
   */
  reads?: Readonly<Record<string, readonly string[]>>;
}

/** Keeps a programme's literal id and result type, so the Result's shape follows the registry. */
export const defineProgram = <const Id extends string, R extends ProgramOutcome>(def: ProgramDef<Id, R>): ProgramDef<Id, R> => def;
