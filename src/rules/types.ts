// The shapes every programme shares (contract v2 §5): statuses, named steps, hints, materials.
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
   * A `screen` that is not met makes the status `review` (assets, contract §4.4); an `amount`
   * step decides only the amount (the 边缘 cash payment, §4.9); a `note` never affects a status
   * (刚性支出's 第五条(五), §4.8).
   */
  kind?: 'screen' | 'amount' | 'note';
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
  /** counted only at the most favourable value of an unknown answer (contract §4.5) */
  onlyIfConfirmed?: true;
}

/** An answer of 不确定 that changed a step (contract §4.1). */
export interface UnknownAnswer {
  member: number;
  field: string;
}

/** Every required material (contract §5.1), in the contract's order. */
export const MATERIAL_IDS = [
  // 津民规〔2025〕5号 第九条, 第八条
  'application-form',
  'hukou-id',
  'authorization',
  'pledge',
  'proxy-authorization',
  // 5号 第九条(三)
  'expense-receipts',
  // 津民规〔2025〕7号 三: the proofs behind the classification deduction, per member
  'diagnosis',
  'illness-review-records',
  'disability-cert',
  'pension-proof',
  'family-planning-cert',
] as const;

export type MaterialId = (typeof MATERIAL_IDS)[number];

/** Papers beyond §5.1's table that an office is likely to ask for, required by no cited text (§5.1 `suggestedMaterials`). */
export const SUGGESTED_IDS = ['school-certificate', 'single-parent-proof', 'parents-situation-proof'] as const;

export interface SuggestedMaterial {
  id: (typeof SUGGESTED_IDS)[number];
  member?: number;
}

/** `text`: the cited article requires it for that programme; `analogy`: another programme's article (§5.1). */
export type MaterialBasis = 'text' | 'analogy';

export interface Material {
  id: MaterialId;
  member?: number;
  basis: MaterialBasis;
  citation: Citation;
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
