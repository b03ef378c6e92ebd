// The messages between the caseload island and its worker. Households go in as parsed JSON, or a
// spreadsheet as its bytes (read into households by the worker: csv.ts); rows (or the contract's
// errors) come back in batches, so the page can show its progress.
import type { ValidationIssue } from '../../rules/index.ts';
import type { CellIssue, CsvFamily, Encoding } from './csv.ts';
import type { Words } from './csv-columns.ts';
import type { RowSummary } from './rows.ts';

/** Households evaluated between two progress messages. */
export const BATCH = 100;

export interface Item {
  /** the item's place in the caseload, stable for its lifetime */
  id: number;
  data: unknown;
}

/** A household the worker made from a spreadsheet: the page learns of it with its outcome. */
export interface Made {
  file: string;
  /** the family column's value, and the applicant's name ('' when not given) */
  family: string;
  name: string;
  members: number;
  data: unknown;
}

export type ToWorker =
  | { type: 'run'; items: Item[]; asOf: string }
  /** a spreadsheet; its families take the ids firstId, firstId + 1, …; with `share`, the second half goes back as `handoff` for another worker */
  | { type: 'csv'; name: string; bytes: ArrayBuffer; firstId: number; asOf: string; words: Words; share: boolean }
  /** a spreadsheet's families read by another worker */
  | Families;

/** Families of a spreadsheet, ids firstId, firstId + 1, … */
export interface Families {
  type: 'families';
  file: string;
  families: CsvFamily[];
  firstId: number;
  asOf: string;
}

export type Outcome =
  | { id: number; ok: true; row: RowSummary; made?: Made }
  | { id: number; ok: false; error: string; issues: ValidationIssue[]; made?: Made; cells?: CellIssue[] };

export type FromWorker =
  | { type: 'batch'; outcomes: Outcome[]; done: number; total: number }
  /** a spreadsheet has been read: its families follow in batches; `problems` are the file's own */
  | { type: 'csv'; name: string; encoding: Encoding | null; families: number; problems: CellIssue[] }
  /** families of a spreadsheet for the page to send to its second worker */
  | (Omit<Families, 'type'> & { type: 'handoff' });
