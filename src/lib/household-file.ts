// Import and export of the household file (contract §2), shared by the questionnaire and the hotline.
// An import is checked with the engine's own schema; on failure nothing of the current answers changes.
import { evaluate, isError, type HouseholdInput, type ValidationIssue } from '../rules/index.ts';
import type { Person } from './explain.ts';

/** Larger files are refused before parsing: a household file is a few kilobytes. */
export const MAX_FILE_BYTES = 1_000_000;

export type FileRead = { ok: true; household: HouseholdInput } | {
      ok: false;
      error: 'invalid-json' | 'invalid-household' | 'rules-not-encoded' | 'too-large';
      issues: ValidationIssue[];
      /** the file's members as written (when it is JSON), so a problem can name the member it is about */
      members?: Person[];
    };

export function readHouseholdFile(text: string, today?: string): FileRead {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'too-large', issues: [{ path: '', code: 'too-large', message: 'file too large' }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'invalid-json', issues: [{ path: '', code: 'invalid-json', message: 'not JSON' }] };
  }
  const out = evaluate(data, { asOf: today });
  if (isError(out)) {
    const members = (data as { members?: unknown } | null)?.members;
    // only the words that name a member, as strings: the rest of a broken file is not kept
    const person = (m: unknown): Person => {
      const { name, relation } = (m !== null && typeof m === 'object' ? m : {}) as Person;
      return { name: typeof name === 'string' ? name : undefined, relation: typeof relation === 'string' ? relation : undefined };
    };
    return { ok: false, error: out.error, issues: out.issues, members: Array.isArray(members) ? members.map(person) : [] };
  }
  return { ok: true, household: data as HouseholdInput };
}

export { writeHouseholdFile } from './write-household-file.ts';
