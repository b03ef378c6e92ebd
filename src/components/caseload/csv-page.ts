// The page's side of the caseload spreadsheet: which chosen files are spreadsheets, the words of
// their problems (a row and a column, in the page's language), and the template to download
// (built here as a Blob: the column names of the page's language and one example family).
import type { T } from '../../i18n/runtime.ts';
import { issueMessage } from '../../lib/explain.ts';
import type { HouseholdInput } from '../../rules/index.ts';
import { householdRows, vocabulary, type Words } from './csv-columns.ts';
import type { CellIssue } from './csv.ts';
import { toCsv } from './rows.ts';

/** A household file, a spreadsheet, or neither (by its name, else by its type). */
export function fileKind(file: File): 'json' | 'csv' | null {
  if (/\.json$/i.test(file.name) || (!/\.\w+$/.test(file.name) && file.type === 'application/json')) return 'json';
  if (/\.csv$/i.test(file.name) || (!/\.\w+$/.test(file.name) && file.type === 'text/csv')) return 'csv';
  return null;
}

/** One problem of a spreadsheet: where (row, column), then what. */
export function cellText(t: T, p: CellIssue): string {
  const problem = p.schema ? issueMessage(t, p.code, p.message) : t(`caseload:csv.problem.${p.code}`, p.vars ?? {});
  const where = { row: p.row ?? '', column: p.column ?? '', problem };
  return t(p.row !== null ? (p.column !== null ? 'caseload:csv.at.cell' : 'caseload:csv.at.row') : p.column !== null ? 'caseload:csv.at.column' : 'caseload:csv.at.file', where);
}

/**
 * The template's example: a family of three with a disability, an illness, a pupil, savings,
 * a home and medical costs, so that most kinds of cell are shown filled in.
 */
const EXAMPLE: HouseholdInput = {
  schemaVersion: 2,
  area: 'urban',
  members: [
    { relation: 'applicant', age: 58, monthlyIncome: '800', disabilities: [{ type: 'physical', grade: 2 }] },
    { relation: 'spouse', age: 61, monthlyIncome: '1500', hasPension: true, illnesses: ['cerebral-infarction'], supporters: 'unknown' },
    { relation: 'child', age: 16, student: { level: 'senior', fullTime: true } },
  ],
  household: { currentCoverage: 'none' },
  assets: { monetary: '20000', homes: 1, homesTotalArea: 62 },
  rigidExpenses: { medical: '12000' },
};

/** The template as CSV text: the page's column names, then the example family with the page's names. */
export function templateCsv(t: T, words: Words): string {
  const household = { ...EXAMPLE, members: EXAMPLE.members.map((m, i) => ({ ...m, name: t(`caseload:csv.example.name${i}`) })) };
  const [head, ...rows] = householdRows([{ family: t('caseload:csv.example.family'), household }], vocabulary(words));
  return toCsv(head, rows);
}

export const templateBlob = (t: T, words: Words) => new Blob([templateCsv(t, words)], { type: 'text/csv;charset=utf-8' });
