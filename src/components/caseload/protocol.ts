// The messages between the caseload island and its worker. Households go in as parsed JSON;
// rows (or the contract's errors) come back in batches, so the page can show its progress.
import type { ValidationIssue } from '../../rules/index.ts';
import type { RowSummary } from './rows.ts';

/** Households evaluated between two progress messages. */
export const BATCH = 100;

export interface Item {
  /** the item's place in the caseload, stable for its lifetime */
  id: number;
  data: unknown;
}

export type ToWorker = { type: 'run'; items: Item[]; asOf: string };

export type Outcome = { id: number; ok: true; row: RowSummary } | { id: number; ok: false; error: string; issues: ValidationIssue[] };

export type FromWorker = { type: 'batch'; outcomes: Outcome[]; done: number; total: number };
