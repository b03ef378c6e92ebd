// A member's yes/no and choice facts in words, iterating the facts catalogue (src/rules/facts.ts)
// so that a new fact is described wherever members are: the hotline's call summary and the
// policy pages' worked examples. Each context words a fact under its own prefix,
// `<prefix>.<name>` for a flag that is true and `<prefix>.<name>.<value>` for a choice.
import { MEMBER_FACTS, SIMPLE_MEMBER_FACTS, type Fact } from '../rules/facts.ts';

/** Any translator: the islands' makeT, i18next's own, or the policy pages'. */
type Words = (key: string) => string;

/**
 * The words for the member's flags that are true and for the choices `shown` keeps (the summary
 * says only what differs from the default; a worked example, whatever the case wrote).
 */
export function simpleFactWords(t: Words, prefix: string, member: Record<string, unknown>, shown: (value: unknown, fact: Fact) => boolean): string[] {
  const out: string[] = [];
  for (const name of SIMPLE_MEMBER_FACTS) {
    const fact: Fact = MEMBER_FACTS[name];
    const value = member[name];
    if (fact.kind === 'flag') {
      if (value === true) out.push(t(`${prefix}.${name}`));
    } else if (typeof value === 'string' && shown(value, fact)) out.push(t(`${prefix}.${name}.${value}`));
  }
  return out;
}
