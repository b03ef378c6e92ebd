// Where the worked cases live: each programme's own beside its rules
// (src/rules/programs/<id>/cases.yaml), the ones about several programmes or the file itself in
// tests/cases/. Node only: the policy pages' build and the tests read them, paths from the
// project's root.
import { globSync } from 'node:fs';

/** A programme's own worked cases. */
export const programCasesFile = (id: string): string => `src/rules/programs/${id}/cases.yaml`;

/** Every file of worked cases. */
export const CASE_FILES: readonly string[] = [...globSync('src/rules/programs/*/cases.yaml'), ...globSync('tests/cases/*.yaml')].sort();
