// The shapes every programme shares (contract v1 §5): statuses, named steps, hints, materials.
// Each programme's own result type lives in its folder; the whole Result is in result.ts.

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

/**
 * Every required material (contract §5.1), in the contract's order, with the group that calls
 * for it: a programme declares the groups it needs when likely or under review (registry).
 */
export const MATERIAL_GROUPS = {
  // 5号 第九条, 第八条: application form, 户口簿/身份证, authorisation, pledge (and 委托手续)
  'application-form': 'application',
  'hukou-id': 'application',
  authorization: 'application',
  pledge: 'application',
  'proxy-authorization': 'application',
  // 5号 第九条(三): receipts of the rigid expenses
  'expense-receipts': 'expense-receipts',
  // 7号 三: the proofs behind the classification deduction, per member
  diagnosis: 'classification',
  'illness-review-records': 'classification',
  'disability-cert': 'classification',
  'pension-proof': 'classification',
  'family-planning-cert': 'classification',
} as const;

export type MaterialId = keyof typeof MATERIAL_GROUPS;
export type MaterialGroup = (typeof MATERIAL_GROUPS)[MaterialId];

export interface Material {
  id: MaterialId;
  member?: number;
}

/** One term of an amount's arithmetic, worded by the interface as `rules:arith.<code>`. */
export interface ArithPart {
  code: string;
  figures: Record<string, string | number>;
  /** the member the term is about (the interface names them) */
  member?: number;
}

/** What a programme reports about the programmes it reads: their standing and reasons. */
export interface ProgramOutcome {
  status: Status;
  reasons: Step[];
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
