// Every fact of the household file (contract §2), declared once (aides-jeunes' habit: a
// question is addressed by the model's own field). From this catalogue come the schema's and
// withDefaults' defaults, the questionnaire's answers for a file (answers.ts), the hotline's
// draft (hotline/model.ts) and the lists of flags and amounts every interface iterates. The
// zod schema (household.ts) holds each field's type and limits; a test checks that it declares
// exactly these fields.
import { AREAS, COVERAGES, RURAL_CARE, SINGLE_PARENT, SUPPORTERS } from './catalog.ts';

/**
 * How a fact is written in the file, and so how an interface asks it: `flag` true/false,
 * `choice` one of `values`, `money` yuan, `count` a whole number, `area` square metres, `date`
 * YYYY-MM-DD or null, `text`; `record` facts (relation, age, disabilities, illnesses, student)
 * have shapes of their own and are asked by questions of their own.
 */
export type FactKind = 'flag' | 'choice' | 'money' | 'count' | 'area' | 'date' | 'text' | 'record';

export interface Fact {
  kind: FactKind;
  /** what a file that does not mention the fact means (contract §2); undefined: required */
  default?: unknown;
  values?: readonly string[];
  /**
   * The value an answer of 不确定 writes (contract v2 §2: `null` / `"unknown"`, never a guess):
   * grades, supporters, the parents' situation, the statistical figures, the living costs.
   */
  unsure?: unknown;
  /**
   * The questionnaire's question that asks it, when it is not asked by a question of its own
   * (keyed by the fact's name): `pension` asks both members' pensions at once, `expKinds` which
   * expenses there were … `null`: no question asks it (a file may carry it; it is kept).
   */
  ask?: string | null;
}

const flag = { kind: 'flag', default: false } as const;
const money = { kind: 'money', default: '0' } as const;
const expense = { ...money, ask: 'expKinds' } as const;
const conduct = { ...flag, ask: 'conduct' } as const;

export const MEMBER_FACTS = {
  name: { kind: 'text' },
  relation: { kind: 'record' },
  age: { kind: 'record' },
  monthlyIncome: money,
  // a grade answered 不确定 is null: the rules compute it at grade 4 and grade 1 (contract §4.1)
  disabilities: { kind: 'record', default: [], unsure: { grade: null }, ask: 'disabled' },
  illnesses: { kind: 'record', default: [], ask: 'ill' },
  // 不确定: not known, as "none" (v1)
  illnessDeductionSince: { kind: 'date', default: null, unsure: null },
  student: { kind: 'record', default: null },
  hasPension: { ...flag, ask: 'pension' },
  // 不确定 is null: computed at both values, §4.1 (a minor then stays in the family unit, §4.2)
  bothParentsUnavailable: { ...flag, unsure: null },
  // 不确定 is "unknown": computed as "able" and "none", §4.1
  supporters: { kind: 'choice', values: SUPPORTERS, default: 'able', unsure: 'unknown' },
  ruralCare: { kind: 'choice', values: RURAL_CARE, default: 'dispersed' },
} as const satisfies Record<string, Fact>;

/** The file's top-level facts besides `members` and the groups below. */
export const FILE_FACTS = {
  asOf: { kind: 'date', ask: null },
  area: { kind: 'choice', values: AREAS, default: 'urban' },
} as const satisfies Record<string, Fact>;

/** The groups of household facts, each an object of the file. */
export const GROUP_FACTS = {
  household: {
    currentCoverage: { kind: 'choice', values: COVERAGES, default: 'none' },
    singleParent: { kind: 'choice', values: SINGLE_PARENT, default: 'none' },
    childless: flag,
    // 不确定: not counted (the contract has no unknown value for it), listed on the result to check
    familyPlanningSupport: { ...flag, unsure: false },
    applyingByProxy: flag,
  },
  assets: {
    monetary: money,
    monetaryFromSellingOnlyHomeForIllness: money,
    homes: { kind: 'count', default: 0 },
    homesTotalArea: { kind: 'area', default: 0 },
    cars: { kind: 'count', default: 0 },
    carsTotalValue: money,
  },
  rigidExpenses: {
    medical: expense,
    education: expense,
    rehabilitation: expense,
    disasterAccident: expense,
    other: expense,
    // null: the capped standard counts (5号 第六条(一))
    living: { kind: 'money', default: null, unsure: null, ask: null },
  },
  conduct: {
    refusesInvestigation: conduct,
    refusesAuthorization: conduct,
    luxurySpending: conduct,
    refusedJobsThreeTimes: conduct,
  },
  // the statistical figures no text gives: the hotline's settings, never a question
  assumptions: {
    priorYearCityDisposableIncome: { kind: 'money', default: null, unsure: null, ask: null },
    priorYearCityHousingAreaPerCapita: { kind: 'area', default: null, unsure: null, ask: null },
  },
} as const satisfies Record<string, Record<string, Fact>>;

export type Group = keyof typeof GROUP_FACTS;
export const GROUPS = Object.keys(GROUP_FACTS) as Group[];

/** The names of a group's facts, in the contract's order. */
export const factNames = <G extends Group>(group: G) => Object.keys(GROUP_FACTS[group]) as (keyof (typeof GROUP_FACTS)[G] & string)[];

type MemberFacts = typeof MEMBER_FACTS;
/** The member facts a yes/no or a choice answers (not records, amounts, dates or text). */
export type SimpleMemberFact = { [K in keyof MemberFacts]: MemberFacts[K]['kind'] extends 'flag' | 'choice' ? K : never }[keyof MemberFacts];
export const SIMPLE_MEMBER_FACTS = (Object.keys(MEMBER_FACTS) as (keyof MemberFacts)[]).filter((k): k is SimpleMemberFact =>
  ['flag', 'choice'].includes(MEMBER_FACTS[k].kind),
);

type OfKind<F, K> = { [N in keyof F]: F[N] extends { kind: K } ? N : never }[keyof F] & string;

/** The facts of a group that are of one kind (the flags of `household`, the amounts of `rigidExpenses` …). */
export function factsOfKind<G extends Group, K extends FactKind>(group: G, kind: K): OfKind<(typeof GROUP_FACTS)[G], K>[] {
  return factNames(group).filter((name) => (GROUP_FACTS[group] as Record<string, Fact>)[name].kind === kind) as OfKind<(typeof GROUP_FACTS)[G], K>[];
}

type Defaults<F> = { -readonly [K in keyof F as F[K] extends { default: unknown } ? K : never]: F[K] extends { default: infer D } ? D : never };

function defaultsOf<F extends Record<string, Fact>>(facts: F): Defaults<F> {
  const out: Record<string, unknown> = {};
  for (const [name, fact] of Object.entries(facts)) if ('default' in fact) out[name] = fact.default;
  return out as Defaults<F>;
}

/** The defaults of a member's facts (lists are copied by whoever fills them in). */
export const MEMBER_DEFAULTS = defaultsOf(MEMBER_FACTS);
export const FILE_DEFAULTS = {
  ...defaultsOf(FILE_FACTS),
  ...(Object.fromEntries(GROUPS.map((g) => [g, defaultsOf(GROUP_FACTS[g])])) as { [G in Group]: Defaults<(typeof GROUP_FACTS)[G]> }),
};

/** The facts a question of their own asks, keyed by the fact's name (the answer is the value). */
export const askedDirectly = (facts: Record<string, Fact>): string[] =>
  Object.keys(facts).filter((name) => facts[name].ask === undefined && facts[name].kind !== 'record' && facts[name].kind !== 'text');

/** The facts of a group that one composite question asks (the expenses `expKinds` lists …). */
export function factsAskedBy<G extends Group>(group: G, question: string): (keyof (typeof GROUP_FACTS)[G] & string)[] {
  return factNames(group).filter((name) => (GROUP_FACTS[group] as Record<string, Fact>)[name].ask === question);
}
