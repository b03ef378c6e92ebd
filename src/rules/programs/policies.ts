// The programmes' policy pages, in the order /policy/ lists them: the one list the policy pages
// (src/lib/policy-pages.ts, src/pages/policy/, src/pages/en/policy/) read. Build time only: no
// island imports it. Its order is the registry's (tests/rules/policy-pages.test.ts).
import type { Program } from '../registry.ts';
import type { ProgramPolicy } from './policy-common.ts';
import { policy as dibao } from './dibao/policy.ts';
import { policy as edge } from './edge/policy.ts';
import { policy as tekun } from './tekun/policy.ts';
import { policy as rigid } from './rigid/policy.ts';
import { policy as medical } from './medical/policy.ts';

export const POLICY_PAGES: readonly ProgramPolicy[] = [dibao, edge, tekun, rigid, medical];

/** The ids of the programmes with a policy page, in order. */
export const POLICY_PROGRAMS: readonly Program[] = POLICY_PAGES.map((p) => p.id);

/** A programme's policy page declarations. */
export function policyOf(id: Program): ProgramPolicy {
  const p = POLICY_PAGES.find((x) => x.id === id);
  if (!p) throw new Error(`no policy page declared for ${id} (src/rules/programs/${id}/policy.ts)`);
  return p;
}
