// Who is supported as a person, not as part of the family's 差额 assistance (contract §4.2): the
// 孤儿 route and the 特困 route. Each member's 特困 conditions (§4.6) are computed here once; the
// 特困 programme reports them and the family unit leaves the routed members out.
import type { Household, Member } from './household.ts';
import { formatMoney, money, type Decimal } from './money.ts';
import type { Parameters } from './params.ts';
import { cite, combine, step } from './steps.ts';
import type { Outcome, Step } from './types.ts';
import { gradeAt } from './unknowns.ts';

export interface Route {
  member: number;
  route: 'tekun' | 'orphan';
}

export interface TekunCheck {
  member: number;
  /** the conditions of §4.6, each a step naming the member (none for a member on the 孤儿 route) */
  conditions: Step[];
  /** no condition not met */
  candidate: boolean;
}

const isMinor = (m: Member, p: Parameters) => m.age < p.orphan.minorAge.value;

/** 孤儿 / 事实无人抚养儿童 route: a minor whose parents are both unavailable (§4.2). */
export const onOrphanRoute = (m: Member, p: Parameters) => isMinor(m, p) && m.bothParentsUnavailable === true;

/** 民发〔2021〕43号 第六条 (outside our texts): age, or a qualifying disability; a null grade of a qualifying type is unknown. */
function workCapacity(m: Member, t: Parameters['tekun']): Outcome {
  if (m.age >= t.elderlyAge.value || m.age < t.minorAge.value) return 'met';
  const qualifies = (type: Member['disabilities'][number]['type'], grade: number) => grade <= (t.incapacityGrades.value[type] ?? 0);
  const least = m.disabilities.some((d) => qualifies(d.type, gradeAt(d.grade, 'least')));
  const most = m.disabilities.some((d) => qualifies(d.type, gradeAt(d.grade, 'most')));
  return least ? 'met' : most ? 'unknown' : 'not-met';
}

/**
 * The co-resident members who are plainly the member's 赡养/抚养/扶养 obligors (§4.6): for the
 * applicant, a spouse, an adult child or a parent; for a spouse, child or parent, the applicant.
 */
/** The relations whose co-resident obligor is the applicant. */
export const APPLICANT_OBLIGED: readonly string[] = ['spouse', 'child', 'parent'];

function obligors(h: Household, member: number, t: Parameters['tekun']): number[] {
  const relation = h.members[member].relation;
  return h.members.flatMap((o, i) => {
    if (i === member) return [];
    if (relation === 'applicant') return o.relation === 'spouse' || o.relation === 'parent' || (o.relation === 'child' && o.age >= t.obligorAge.value) ? [i] : [];
    if (APPLICANT_OBLIGED.includes(relation)) return o.relation === 'applicant' ? [i] : [];
    return [];
  });
}

function supportersOutcome(h: Household, member: number, t: Parameters['tekun'], S: Decimal): { outcome: Outcome; earning: number[] } {
  const { supporters } = h.members[member];
  if (supporters === 'able') return { outcome: 'not-met', earning: [] };
  if (supporters === 'unknown') return { outcome: 'unknown', earning: [] };
  // 001 特困 row: "无法定…义务人或者其…义务人无…能力" — the office checks the answer when an obligor living here earns S or more
  const earning = obligors(h, member, t).filter((i) => money(h.members[i].monthlyIncome).gte(S));
  return { outcome: earning.length ? 'unknown' : 'met', earning };
}

function tekunCheck(h: Household, member: number, p: Parameters, S: Decimal): TekunCheck {
  const m = h.members[member];
  const t = p.tekun;
  if (onOrphanRoute(m, p)) return { member, conditions: [], candidate: false };
  const own = money(m.monthlyIncome);
  const sup = supportersOutcome(h, member, t, S);
  const conditions = [
    step('tekun-no-work-capacity', workCapacity(m, t), cite(t.incapacityGrades), { age: String(m.age) }, { member }),
    step('tekun-own-income', own.lt(S) ? 'met' : 'not-met', cite(t.ownIncome), { monthlyIncome: formatMoney(own), standard: formatMoney(S) }, { member }),
    step('tekun-supporters', sup.outcome, cite(t.supporters), { supporters: m.supporters, earningObligors: sup.earning.join(',') || null }, { member }),
  ];
  // a minor whose parents' situation is 不确定 stays in the family; 特困 at best review (§4.2)
  if (isMinor(m, p) && m.bothParentsUnavailable === null) conditions.push(step('tekun-parents-unknown', 'unknown', cite(p.orphan.minorAge), {}, { member }));
  return { member, conditions, candidate: combine(conditions.map((c) => c.outcome)) !== 'not-met' };
}

export function routesOf(h: Household, p: Parameters, S: Decimal): { tekun: TekunCheck[]; routes: Route[] } {
  const tekun = h.members.map((_, i) => tekunCheck(h, i, p, S));
  const routes: Route[] = [];
  h.members.forEach((m, member) => {
    if (onOrphanRoute(m, p)) routes.push({ member, route: 'orphan' });
    else if (tekun[member].conditions.every((c) => c.outcome === 'met')) routes.push({ member, route: 'tekun' });
  });
  return { tekun, routes };
}
