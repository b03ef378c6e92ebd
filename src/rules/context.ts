// The figures every programme reads (contract §4 preamble): N, I, S, D, C, P.
import { computeDeduction, type Deduction } from './deduction.ts';
import type { Household } from './household.ts';
import { Decimal, ZERO, money, sum } from './money.ts';
import type { Parameters } from './params.ts';

export interface Context {
  h: Household;
  asOf: string;
  params: Parameters;
  /** number of members */
  N: number;
  /** 低保标准 in force */
  S: Decimal;
  /** Σ member monthly income */
  I: Decimal;
  deduction: Deduction;
  /** counted income max(0, I − D) */
  C: Decimal;
  /** per-capita counted income C / N, exact */
  P: Decimal;
}

export function buildContext(h: Household, asOf: string, params: Parameters): Context {
  const N = h.members.length;
  const I = sum(h.members.map((m) => money(m.monthlyIncome)));
  const deduction = computeDeduction(h, params);
  const C = Decimal.max(ZERO, I.minus(deduction.amount));
  return { h, asOf, params, N, S: money(params.dibao.standard.value), I, deduction, C, P: C.div(N) };
}
