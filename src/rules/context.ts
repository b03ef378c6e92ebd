// The figures every programme reads (contract §4.2, §4.3): who is routed out, the family unit F
// and its N, I, D, C, P at the least and the most favourable values of the unknown answers.
import { computeDeduction, type Deduction } from './deduction.ts';
import type { Household } from './household.ts';
import { Decimal, ZERO, money, sum } from './money.ts';
import type { Parameters } from './params.ts';
import { routesOf, type Route, type TekunCheck } from './routes.ts';
import type { Side } from './unknowns.ts';

/** A set of members assessed together (F, or every member for 低保's fallback). */
export interface Unit {
  /** member indexes, ascending */
  members: number[];
  N: number;
  /** Σ monthly income over the unit */
  I: Decimal;
  /** the deduction at the least (D) and the most (Dmax) favourable values */
  deduction: Record<Side, Deduction>;
  /** max(0, I − D) and max(0, I − Dmax) */
  C: Decimal;
  Cmin: Decimal;
  /** C / N and Cmin / N, exact (0 when the unit is empty) */
  P: Decimal;
  Pmin: Decimal;
}

export interface Context {
  h: Household;
  asOf: string;
  params: Parameters;
  /** 低保标准 in force */
  S: Decimal;
  /** every member's 特困 conditions, and who is routed out (§4.2) */
  tekun: TekunCheck[];
  routes: Route[];
  /** the family unit F */
  F: Unit;
  /** every member, as if nobody were routed out (低保's fallback) */
  all: () => Unit;
  /** the answers fixed at one side while unknownAnswers is worked out (§4.1) */
  fixed: ReadonlyMap<string, Side>;
}

export function unitOf(h: Household, members: number[], params: Parameters, fixed: ReadonlyMap<string, Side>): Unit {
  const N = members.length;
  const I = sum(members.map((i) => money(h.members[i].monthlyIncome)));
  const deduction = {
    least: computeDeduction(h, members, params, 'least', fixed),
    most: computeDeduction(h, members, params, 'most', fixed),
  };
  const C = Decimal.max(ZERO, I.minus(deduction.least.amount));
  const Cmin = Decimal.max(ZERO, I.minus(deduction.most.amount));
  return { members, N, I, deduction, C, Cmin, P: N ? C.div(N) : ZERO, Pmin: N ? Cmin.div(N) : ZERO };
}

export function buildContext(h: Household, asOf: string, params: Parameters, fixed: ReadonlyMap<string, Side> = new Map()): Context {
  const S = money(params.dibao.standard.value);
  const { tekun, routes } = routesOf(h, params, S);
  const routed = new Set(routes.map((r) => r.member));
  const everyone = h.members.map((_, i) => i);
  const F = unitOf(h, everyone.filter((i) => !routed.has(i)), params, fixed);
  let all: Unit | undefined;
  return { h, asOf, params, S, tekun, routes, F, all: () => (all ??= routes.length ? unitOf(h, everyone, params, fixed) : F), fixed };
}
