// Export of the household file (contract §2). Apart from the import so that saving a file does
// not load the schema that opening one needs.
import type { HouseholdInput } from '../rules/index.ts';

export function writeHouseholdFile(h: HouseholdInput): string {
  return `${JSON.stringify({ schemaVersion: 1, ...h }, null, 2)}\n`;
}
