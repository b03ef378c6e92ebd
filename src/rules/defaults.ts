// The defaults of the household file (contract §2), in one place: the zod schema applies them
// when it validates a file, and `withDefaults` applies them without zod for an interface that
// builds the household from inputs it has already checked (the questionnaire keeps zod out of
// its first load that way: the schema is loaded only to open a file).
import type { Household, HouseholdInput, Member } from './household.ts';

export const MEMBER_DEFAULTS = {
  monthlyIncome: '0',
  hasPension: false,
  illnessDeductionSince: null,
  student: null,
  bothParentsUnavailable: false,
  supporters: 'able',
  ruralCare: 'dispersed',
} as const;

export const FILE_DEFAULTS = {
  area: 'urban',
  household: {
    currentCoverage: 'none',
    singleParent: 'none',
    childless: false,
    familyPlanningSupport: false,
    singlePersonCoverage: false,
    applyingByProxy: false,
  },
  assets: { monetary: '0', monetaryFromSellingOnlyHomeForIllness: '0', homes: 0, homesTotalArea: 0, cars: 0, carsTotalValue: '0' },
  rigidExpenses: { medical: '0', education: '0', rehabilitation: '0', disasterAccident: '0', other: '0', living: null },
  conduct: { refusesInvestigation: false, refusesAuthorization: false, luxurySpending: false, refusedJobsThreeTimes: false },
  assumptions: { priorYearCityDisposableIncome: null, priorYearCityHousingAreaPerCapita: null },
} as const;

/**
 * The household with every default filled in, as the schema would give it — or null while a
 * member still lacks its relation or age. It does not validate: give it checked input only.
 */
export function withDefaults(input: HouseholdInput): Household | null {
  if (input.members.length === 0 || input.members.some((m) => !m.relation || !Number.isInteger(m.age))) return null;
  const members: Member[] = input.members.map((m) => ({
    ...MEMBER_DEFAULTS,
    disabilities: [],
    illnesses: [],
    ...m,
  })) as Member[];
  return {
    ...input,
    area: input.area ?? FILE_DEFAULTS.area,
    members,
    household: { ...FILE_DEFAULTS.household, ...input.household },
    assets: { ...FILE_DEFAULTS.assets, ...input.assets },
    rigidExpenses: { ...FILE_DEFAULTS.rigidExpenses, ...input.rigidExpenses },
    conduct: { ...FILE_DEFAULTS.conduct, ...input.conduct },
    assumptions: { ...FILE_DEFAULTS.assumptions, ...input.assumptions },
  } as Household;
}
