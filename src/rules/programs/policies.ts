// The programmes' policy pages, in the order /policy/ lists them: the one list the policy pages
// (src/lib/policy-pages.ts, src/pages/policy/, src/pages/en/policy/) read: the build-time half of
// the registry (no island imports it, so the islands' budgets do not carry the policy pages).
import { PROGRAMS, type Program } from '../registry.ts';
import type { ProgramPolicy } from './policy-common.ts';
import { policy as dibao } from './dibao/policy.ts';
import { policy as edge } from './edge/policy.ts';
import { policy as tekun } from './tekun/policy.ts';
import { policy as rigid } from './rigid/policy.ts';
import { policy as medical } from './medical/policy.ts';
import { policy as singlePersonDibao } from './singlePersonDibao/policy.ts';
import { policy as orphan } from './orphan/policy.ts';
import { policy as disabilityLiving } from './disabilityLiving/policy.ts';
import { policy as disabilityCare } from './disabilityCare/policy.ts';
import { policy as temporary } from './temporary/policy.ts';

const DECLARED: readonly ProgramPolicy[] = [dibao, edge, singlePersonDibao, tekun, orphan, rigid, medical, disabilityLiving, disabilityCare, temporary];

/** Every programme of the registry has a page, in the registry's order. */
export const POLICY_PROGRAMS: readonly Program[] = PROGRAMS;

/** A programme's policy page declarations (the build fails for a programme that has none). */
export function policyOf(id: Program): ProgramPolicy {
  const p = DECLARED.find((x) => x.id === id);
  if (!p) throw new Error(`no policy page declared for ${id} (src/rules/programs/${id}/policy.ts)`);
  return p;
}

/** The pages' declarations, in the registry's order. */
export const POLICY_PAGES: readonly ProgramPolicy[] = POLICY_PROGRAMS.map(policyOf);
