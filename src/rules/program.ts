// What a programme declares to the registry (registry.ts): one object per programme, in its own
// folder (programs/<id>/rules.ts), so that adding or changing a programme has one natural place.
import type { AssetChecks } from './assets.ts';
import type { Context } from './context.ts';
import type { ArithPart, Citation, Hint, MaterialGroup, Outcome, ProgramOutcome, Status } from './types.ts';

/** What a programme's evaluation is given. */
export interface Inputs {
  ctx: Context;
  /** the asset limits, computed once (assets.ts) */
  assets: AssetChecks;
  /** the programmes named in `needs`, by id, as evaluated before this one */
  deps: Readonly<Record<string, ProgramOutcome>>;
  /**
   * Every programme that counts as coverage by social assistance (`coverage: true`), in registry
   * order, with its status: 刚性支出 asks whether the family is covered elsewhere (5号 第五条(一)),
   * 医疗救助 whether it is a recipient group (2号 第七条).
   */
  coverage: readonly { id: string; status: Status }[];
}

export interface ProgramDef<Id extends string = string, R extends ProgramOutcome = ProgramOutcome> {
  id: Id;
  /**
   * The programmes whose results this one reads, by id. `coverage` may also be read (see
   * Inputs): then every coverage programme must come earlier. The registry checks the order.
   */
  needs: readonly string[];
  /** whether it reads `Inputs.coverage` */
  readsCoverage: boolean;
  /** whether being covered by it counts as coverage by social assistance */
  coverage: boolean;
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
  /** the material groups it calls for when likely or under review (contract §5.1) */
  materials: readonly MaterialGroup[];
  /**
   * Where and how to apply, where this programme's text is the one that says it (the result page
   * shows each, worded `rules:result.apply.<code>`, linked to the article on this programme's page).
   */
  procedure?: readonly { code: string; citation: Citation }[];
}

/** Keeps a programme's literal id and result type, so the Result's shape follows the registry. */
export const defineProgram = <const Id extends string, R extends ProgramOutcome>(def: ProgramDef<Id, R>): ProgramDef<Id, R> => def;
