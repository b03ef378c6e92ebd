// The result shapes of contract v1 §5, plus the named steps and hints the interface renders.

export type Program = 'dibao' | 'edge' | 'tekun' | 'rigid' | 'medical';
export const PROGRAMS: readonly Program[] = ['dibao', 'edge', 'tekun', 'rigid', 'medical'];

export type Status = 'likely' | 'unlikely' | 'review';

/** The outcome of one named step (DESIGN.md "rules as named steps"). */
export type Outcome = 'met' | 'not-met' | 'unknown';

export interface Citation {
  doc: string;
  article: string;
}

/**
 * One condition of a programme, as computed. It is the contract's `reason`: `code` and
 * `citation` are required by §5, the rest lets the interface explain it.
 */
export interface Step {
  code: string;
  citation: Citation | null;
  outcome: Outcome;
  /** Figures the step used, as exact decimal strings (money to 2 decimals, ratios to 4). */
  figures: Record<string, string | null>;
  member?: number;
  /**
   * A `screen` that is not met makes the status `review` (assets, contract §4.2); an `amount`
   * step decides only the amount (the 边缘 cash payment, §4.3), never the status.
   */
  kind?: 'screen' | 'amount';
  /** Names of statistical figures the step needed but did not have. */
  missing?: string[];
}

export type Reason = Step;

/** "What would change it": structured, worded by the interface. */
export interface Hint {
  code: string;
  amount?: string;
  /** the line or limit the amount is measured against */
  line?: string;
  member?: number;
  missing?: string;
}

export type DeductionItem =
  | 'disability'
  | 'serious-illness'
  | 'widowed-single-parent'
  | 'other-single-parent'
  | 'childless-elderly'
  | 'family-planning';

export interface Supplement {
  kind: 'student' | 'elderly';
  member: number;
  amount: string;
}

export interface DibaoResult {
  status: Status;
  monthlyAmount: string | null;
  supplements: Supplement[];
  reasons: Reason[];
}
export interface EdgeResult {
  status: Status;
  monthlyAmount: string | null;
  reasons: Reason[];
}
export interface TekunResult {
  status: Status;
  members: { member: number; monthlyAmount: string }[];
  reasons: Reason[];
}
export interface RigidResult {
  status: Status;
  ratio: string | null;
  rigidTotal: string;
  annualIncome: string;
  monthlyAmount: null;
  reasons: Reason[];
}
export interface MedicalResult {
  status: Status;
  reasons: Reason[];
}

export type MaterialId =
  | 'application-form'
  | 'hukou-id'
  | 'authorization'
  | 'pledge'
  | 'proxy-authorization'
  | 'expense-receipts'
  | 'diagnosis'
  | 'illness-review-records'
  | 'disability-cert'
  | 'pension-proof'
  | 'family-planning-cert';

export interface Material {
  id: MaterialId;
  member?: number;
}

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
  programs: {
    dibao: DibaoResult;
    edge: EdgeResult;
    tekun: TekunResult;
    rigid: RigidResult;
    medical: MedicalResult;
  };
  materials: Material[];
}

/** What `evaluate` returns: the contract's result, and hints for the interface. */
export interface Evaluation {
  result: Result;
  hints: Record<Program, Hint[]>;
}

export interface ValidationIssue {
  path: string;
  message: string;
  /** Machine code of the problem, for i18n in the interface. */
  code: string;
}

export type EvaluationError =
  | { error: 'invalid-household'; issues: ValidationIssue[] }
  | { error: 'invalid-json'; issues: ValidationIssue[] }
  | { error: 'rules-not-encoded'; issues: ValidationIssue[] };
