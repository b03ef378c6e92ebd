// One family of the caseload as a table row: what the worker sends back for each household (the
// standings, the monthly total, the items to verify), and the table's CSV. Pure: no DOM, so the
// worker, the island and the tests share it.
import { Decimal } from '../../rules/money.ts';
import type { Evaluation, HouseholdInput } from '../../rules/index.ts';
import { PROGRAMS, type Program } from '../../rules/registry.ts';

export type Status = 'likely' | 'review' | 'unlikely';

export interface RowSummary {
  status: Record<Program, Status>;
  /**
   * sum of the programmes' monthlyAmount, and of each 特困 member's (supported on their own, outside
   * the family unit: it adds to the family's 低保); 2 decimals. Not counted: reference amounts (the
   * 2021 figures of 孤儿 and the 残疾 subsidies), and 单人保, which the family takes instead of its
   * own 低保 or 边缘 (`choices`), never on top.
   */
  total: string;
  /** the same with monthlyAmountMax where a programme has one; null when it equals total */
  totalMax: string | null;
  /** unknownAnswers.length: the answers of 不确定 that decide something */
  verify: number;
  /** some programme likely that is not the family's currentCoverage: the families to visit first */
  missed: boolean;
}

type Amounts = { monthlyAmount?: string | null; monthlyAmountMax?: string | null };

export function summarise(household: HouseholdInput, evaluation: Evaluation): RowSummary {
  const r = evaluation.result;
  let total = new Decimal(0);
  let max = new Decimal(0);
  const status = {} as Record<Program, Status>;
  for (const p of PROGRAMS) {
    const program = r.programs[p] as (typeof r.programs)[Program] & Amounts;
    status[p] = program.status;
    if (program.monthlyAmount) {
      total = total.plus(program.monthlyAmount);
      max = max.plus(program.monthlyAmountMax ?? program.monthlyAmount);
    }
  }
  for (const m of r.programs.tekun.members) {
    total = total.plus(m.monthlyAmount);
    max = max.plus(m.monthlyAmount);
  }
  const coverage = household.household?.currentCoverage ?? 'none';
  return {
    status,
    total: total.toFixed(2),
    totalMax: max.eq(total) ? null : max.toFixed(2),
    verify: r.unknownAnswers.length,
    missed: PROGRAMS.some((p) => status[p] === 'likely' && p !== coverage),
  };
}

/** One CSV cell: quoted when it holds a comma, a quote or a line break (RFC 4180); line breaks become spaces. */
const cell = (value: string | number): string => {
  const s = String(value).replace(/[\r\n]+/g, ' ');
  return /[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The table as CSV: UTF-8 with a BOM (so Excel and WPS read it as Chinese), CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
