// The programmes, in dependency order: compute() folds over this list, and every view of a
// result (result page, hotline, summary, materials, policy pages) iterates it. To add a
// programme: its folder under programs/, one line here, its wording (src/rules/README.md).
import type { ProgramDef } from './program.ts';
import { dibao } from './programs/dibao/rules.ts';
import { disabilityCare } from './programs/disabilityCare/rules.ts';
import { disabilityLiving } from './programs/disabilityLiving/rules.ts';
import { edge } from './programs/edge/rules.ts';
import { medical } from './programs/medical/rules.ts';
import { orphan } from './programs/orphan/rules.ts';
import { rigid } from './programs/rigid/rules.ts';
import { singlePersonDibao } from './programs/singlePersonDibao/rules.ts';
import { tekun } from './programs/tekun/rules.ts';
import { temporary } from './programs/temporary/rules.ts';

// the contract's order (§5), which is also an order in which each reads only earlier ones
export const REGISTRY = [dibao, edge, singlePersonDibao, tekun, orphan, rigid, medical, disabilityLiving, disabilityCare, temporary] as const;

type Def = (typeof REGISTRY)[number];
export type Program = Def['id'];
/** The result of each programme, by id: its shape is its own folder's. */
export type Programs = { [D in Def as D['id']]: ReturnType<D['evaluate']>['result'] };

export const PROGRAMS: readonly Program[] = REGISTRY.map((p) => p.id);

/** A programme's definition by id (the registry's loosely typed view, for code that iterates it). */
export const programDef = (id: Program) => REGISTRY.find((p) => p.id === id)! as unknown as ProgramDef;
