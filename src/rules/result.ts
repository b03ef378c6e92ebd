// The contract's result (contract v2 §5): its `programs` follow the registry.
import type { Choice } from './program.ts';
import type { Program, Programs } from './registry.ts';
import type { Route } from './routes.ts';
import type { DeductionItem, Hint, Material, SuggestedMaterial, UnknownAnswer } from './types.ts';

export interface Result {
  schemaVersion: 2;
  asOf: string;
  rulesVersion: string;
  household: {
    /** every member of the file */
    size: number;
    /** the family unit F (§4.2) */
    assessedMembers: number[];
    individuallySupported: Route[];
    /** these three over F */
    monthlyIncome: string;
    countedMonthlyIncome: string;
    perCapitaCountedIncome: string;
  };
  deduction: {
    item: DeductionItem | null;
    amount: string;
    amountMax: string | null;
    candidates: { item: DeductionItem; amount: string; unknown: boolean }[];
  };
  unknownAnswers: UnknownAnswer[];
  programs: Programs;
  choices: Choice[];
  materials: Material[];
  /** beyond §5.1's table: not required by a cited text */
  suggestedMaterials: SuggestedMaterial[];
}

/** What `evaluate` returns: the contract's result, and hints for the interface. */
export interface Evaluation {
  result: Result;
  hints: Record<Program, Hint[]>;
}
