// The household with the defaults of facts.ts filled in, without zod, for an interface that
// builds the household from inputs it has already checked (the questionnaire keeps zod out of
// its first load that way: the schema is loaded only to open a file). The schema applies the
// same defaults when it validates a file.
import { FILE_DEFAULTS, MEMBER_DEFAULTS } from './facts.ts';
import type { Household, HouseholdInput, Member } from './household.ts';

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
  // §8: a v1 file's singlePersonCoverage is accepted and ignored, as validateHousehold drops it
  const { singlePersonCoverage: _ignored, ...household } = input.household ?? {};
  return {
    ...input,
    area: input.area ?? FILE_DEFAULTS.area,
    members,
    household: { ...FILE_DEFAULTS.household, ...household },
    assets: { ...FILE_DEFAULTS.assets, ...input.assets },
    rigidExpenses: { ...FILE_DEFAULTS.rigidExpenses, ...input.rigidExpenses },
    conduct: { ...FILE_DEFAULTS.conduct, ...input.conduct },
    assumptions: { ...FILE_DEFAULTS.assumptions, ...input.assumptions },
  } as Household;
}
