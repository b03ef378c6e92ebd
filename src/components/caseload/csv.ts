// A caseload spreadsheet read into household files (contract §2), in the worker: the bytes
// decoded (Excel and WPS in China save UTF-8 with or without a BOM, or GB18030), parsed by
// PapaParse, the header matched to the columns of csv-columns.ts, the rows grouped by family.
// Every problem keeps its row (the spreadsheet's: the header is row 1) and its column (as the
// file names it), so the page can say where to fix it; the schema's issues of a built household
// are placed the same way (`cellIssues`).
import Papa from 'papaparse';
import type { ValidationIssue } from '../../rules/types.ts';
import { COLUMNS, columnOf, needsFullTime, vocabulary, type Cell, type Column, type Vocabulary, type Words } from './csv-columns.ts';

/** More rows than this are refused: a neighbourhood's caseload fits, a mistaken export does not. */
export const MAX_ROWS = 50_000;

export type Encoding = 'utf-8' | 'gb18030';

/** A problem at a row and/or a column of the file. `code`: a `csv.problem.*` key's name, or the schema's issue code (rules:issue.*). */
export interface CellIssue {
  row: number | null;
  column: string | null;
  code: string;
  /** the schema's message (the wording's fallback), for its codes */
  message?: string;
  vars?: Record<string, string>;
  /** true for the schema's codes */
  schema?: boolean;
}

/** One family of the file: its household file, and the rows its members came from. */
export interface CsvFamily {
  family: string;
  /** the applicant's name, when given */
  name: string;
  data: { schemaVersion: 2; members: Record<string, unknown>[]; [group: string]: unknown };
  problems: CellIssue[];
  /** each member's row, and the row the household's facts were read from */
  rows: number[];
  householdRow: number;
  /** each column's header as the file writes it, by column id */
  headers: ReadonlyMap<string, string>;
}

export type CsvRead = { encoding: Encoding | null; families: CsvFamily[]; problems: CellIssue[] };

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else GB18030; null when neither reads them, or they are not text. */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  if (bytes.includes(0)) return null; // a binary file, or UTF-16 (Excel's "Unicode text")
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      // not this encoding
    }
  }
  return null;
}

const fileProblem = (code: string, vars?: Record<string, string>, row: number | null = null, column: string | null = null): CellIssue => ({ row, column, code, ...(vars && { vars }) });
const fail = (encoding: Encoding | null, ...problems: CellIssue[]): CsvRead => ({ encoding, families: [], problems });

export function readCsv(bytes: Uint8Array, words: Words): CsvRead {
  const decoded = decode(bytes);
  if (!decoded) return fail(null, fileProblem('encoding'));
  const { text, encoding } = decoded;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const quotes = parsed.errors.find((e) => e.type === 'Quotes');
  if (quotes) return fail(encoding, fileProblem('quotes', undefined, (quotes.row ?? 0) + 1));
  const rows = parsed.data;
  const blank = (r: string[]) => r.every((c) => c.trim() === '');
  const start = rows.findIndex((r) => !blank(r));
  if (start === -1) return fail(encoding, fileProblem('noHeader'));
  if (rows.slice(start + 1).filter((r) => !blank(r)).length > MAX_ROWS) return fail(encoding, fileProblem('tooManyRows', { max: MAX_ROWS.toLocaleString('en') }));

  const v = vocabulary(words);
  const head = rows[start].map((h) => h.trim());
  const headerRow = start + 1;
  const used = new Map<Column, number>();
  const problems: CellIssue[] = [];
  head.forEach((h, i) => {
    if (!h) {
      if (rows.some((r, k) => k > start && (r[i] ?? '').trim() !== '')) problems.push(fileProblem('unnamedColumn', { n: String(i + 1) }, headerRow));
      return;
    }
    const c = columnOf(h, v);
    if (!c) problems.push(fileProblem('unknownColumn', undefined, headerRow, h));
    else if (used.has(c)) problems.push(fileProblem('duplicateColumn', undefined, headerRow, h));
    else used.set(c, i);
  });
  for (const c of COLUMNS) if (c.required && !used.has(c)) problems.push(fileProblem('missingColumn', { column: v.first(`csv.col.${c.id}`) }, headerRow));
  if (problems.length) return fail(encoding, ...problems);

  const headers = new Map([...used].map(([c, i]) => [c.id, head[i]]));
  const cells = [...used].filter(([c]) => c.where !== 'family').map(([c, i]) => reader(c, i, head[i], v));
  const familyAt = used.get(COLUMNS[0])!;
  const groups = new Map<string, number[]>();
  for (let k = start + 1; k < rows.length; k++) {
    const r = rows[k];
    if (blank(r)) continue;
    if (r.slice(head.length).some((c) => c.trim() !== '')) problems.push(fileProblem('extraCells', undefined, k + 1));
    const family = (r[familyAt] ?? '').trim();
    if (!family) problems.push(fileProblem('noFamily', undefined, k + 1, head[familyAt]));
    else groups.set(family, [...(groups.get(family) ?? []), k]);
  }
  if (groups.size === 0 && problems.length === 0) problems.push(fileProblem('noFamilies'));
  const families = [...groups].map(([family, at]) => buildFamily(family, at, rows, cells, headers, v));
  return { encoding, families, problems };
}

/**
 * One column of the file: where it writes, and its cells read once each (a caseload repeats
 * 否, 0 and 城镇 thousands of times; amounts and names are seldom repeated: only the first
 * values are kept).
 */
interface Reader {
  column: Column;
  at: number;
  header: string;
  read(text: string): Cell;
  /** sets the value at the column's path in `target`, creating the objects on the way */
  put(target: Record<string, unknown>, value: unknown): void;
}

const KEPT_CELLS = 64;

function reader(column: Column, at: number, header: string, v: Vocabulary): Reader {
  const keys = column.id.split('.');
  const seen = new Map<string, Cell>();
  return {
    column,
    at,
    header,
    read(text) {
      let cell = seen.get(text);
      if (cell) return cell;
      cell = column.read(text, v);
      if (seen.size < KEPT_CELLS) seen.set(text, cell);
      return cell;
    },
    put(target, value) {
      let o = target;
      for (let i = 0; i < keys.length - 1; i++) o = (o[keys[i]] ??= {}) as Record<string, unknown>;
      o[keys[keys.length - 1]] = value;
    },
  };
}

function buildFamily(family: string, at: number[], rows: string[][], cells: Reader[], headers: ReadonlyMap<string, string>, v: Vocabulary): CsvFamily {
  const problems: CellIssue[] = [];
  const data: CsvFamily['data'] = { schemaVersion: 2, members: [] };
  const valueOf = (k: number, c: Reader): unknown => {
    const text = rows[k][c.at] ?? '';
    if (text.trim() === '') return undefined;
    const read = c.read(text);
    if ('problem' in read) {
      problems.push({ row: k + 1, column: c.header, code: read.problem, vars: read.vars });
      return undefined;
    }
    return read.value;
  };
  const relation = cells.find((c) => c.column.id === 'relation')!;
  // the household's facts are the applicant's row's (the first row's when no row is the applicant's: the schema says so)
  const applicant = at.find((k) => (relation.read(rows[k][relation.at] ?? '') as { value?: unknown }).value === 'applicant') ?? at[0];
  const fullTimeHeader = headers.get('student.fullTime') ?? v.first('csv.col.student.fullTime');

  for (const k of at) {
    const member: Record<string, unknown> = {};
    for (const c of cells) {
      if (c.column.where === 'member') {
        const value = valueOf(k, c);
        if (value !== undefined) c.put(member, value);
      } else if (k === applicant) {
        const value = valueOf(k, c);
        if (value !== undefined) c.put(data, value);
      } else if ((rows[k][c.at] ?? '').trim() !== '' && (rows[k][c.at] ?? '').trim() !== (rows[applicant][c.at] ?? '').trim()) {
        problems.push({ row: k + 1, column: c.header, code: 'notApplicantRow' });
      }
    }
    const student = member.student as { level?: unknown; fullTime?: unknown } | undefined;
    if (student) {
      if (student.level === undefined) problems.push({ row: k + 1, column: fullTimeHeader, code: 'fullTimeWithoutLevel' });
      else if (student.fullTime === undefined && needsFullTime(student.level)) problems.push({ row: k + 1, column: fullTimeHeader, code: 'required', schema: true });
      else student.fullTime ??= true;
    }
    data.members.push(member);
  }
  const name = data.members[at.indexOf(applicant)]?.name;
  return { family, name: typeof name === 'string' ? name : '', data, problems, rows: at.map((k) => k + 1), householdRow: applicant + 1, headers };
}

/**
 * The schema's issues of a built household, each at the row and column its value came from:
 * `members.<i>.<fact>…` at member i's row, a household fact at the applicant's row, `members`
 * (one applicant, at most 20) at the family's first row and its relation column.
 */
export function cellIssues(f: CsvFamily, issues: readonly ValidationIssue[]): CellIssue[] {
  const out: CellIssue[] = [];
  for (const issue of issues) {
    const parts = issue.path.split('.');
    const member = parts[0] === 'members' && parts.length > 1 ? Number(parts[1]) : null;
    const fact = member === null ? parts : parts.slice(2);
    // the longest column id the path starts with: 'student.level', 'disabilities' (of 'disabilities.0.grade'), 'assets.monetary'
    let id = '';
    for (let n = fact.length; n > 0 && !id; n--) if (f.headers.has(fact.slice(0, n).join('.'))) id = fact.slice(0, n).join('.');
    if (member === null && parts[0] === 'members') id = 'relation';
    const row = member !== null ? f.rows[member] : parts[0] === 'members' || !id ? f.rows[0] : f.householdRow;
    const column = id ? f.headers.get(id)! : null;
    // a cell already reported as unreadable is not reported again as missing
    if (f.problems.some((p) => p.row === row && p.column === column)) continue;
    out.push({ row, column, code: issue.code, message: issue.message, schema: true });
  }
  return out;
}
