// The contract's result (contract v1 §5): its `programs` follow the registry.
import type { Program, Programs } from './registry.ts';
import type { DeductionItem, Hint, Material } from './types.ts';

export interface Result {
  schemaVersion: 1;
  asOf: string;
  rulesVersion: string;
  household: {
    size: number;
    monthlyIncome: string;
    countedMonthlyIncome: string;
    perCapitaCountedIncome: string;
  };
  deduction: {
    item: DeductionItem | null;
    amount: string;
    candidates: { item: DeductionItem; amount: string }[];
  };
  programs: Programs;
  materials: Material[];
}

/** What `evaluate` returns: the contract's result, and hints for the interface. */
export interface Evaluation {
  result: Result;
  hints: Record<Program, Hint[]>;
}
