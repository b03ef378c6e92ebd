// The words of questions and answers, all through i18n (namespace `check`).
import type { T } from '../../i18n/runtime.ts';
import { memberLabel, type LawValues } from '../../lib/explain.ts';
import { ILLNESSES, type Relation } from '../../rules/catalog.ts';
import type { Answers, Value } from './answers.ts';
import type { AskedQuestion } from './questions.ts';

/** "您" for the applicant (the questionnaire's first member), else as a result names them (the name, or the relation). */
export function whoLabel(t: T, a: Answers, i: number): string {
  return i === 0 ? t('check:who.self') : memberLabel(t, a.members, i);
}

/** The relations a question names an unnamed member by (check:who.<relation>: "your spouse", "配偶"). */
export const RELATION_WORDS = ['spouse', 'child', 'parent', 'sibling', 'grandparent', 'grandchild'] as const satisfies readonly Relation[];

/**
 * Every i18next `context` the code passes. A member's question is asked with `self` for the
 * applicant (key_self: "How old are you?"), with the member's relation for the others, so a
 * question can be worded for it (q.supporters_parent: "Among your parent's children (you included) …"), and
 * else falls back to the plain key ("How old is {{who}}?").
 * tests/rules/i18n.test.ts runs every key with each of them, through makeT and i18next.
 */
export const CONTEXTS = ['self', ...RELATION_WORDS] as const;
const SELF: (typeof CONTEXTS)[number] = 'self';

/** Who a question is about: 您/you, the name given, else the relation as a question says it ("your spouse"), counted as a result counts it ("your child 2"). */
export function askedAbout(t: T, a: Answers, i: number): string {
  if (i === 0) return t('check:who.self');
  return memberLabel(t, a.members, i, (r) => ((RELATION_WORDS as readonly Relation[]).includes(r) ? t(`check:who.${r}`) : t(`rules:relation.${r}`)));
}

function vars(t: T, a: Answers, s: AskedQuestion) {
  const v: Record<string, string | undefined> = {};
  if (s.member !== undefined) {
    v.who = askedAbout(t, a, s.member);
    const relation = a.members[s.member]?.relation as Relation;
    v.context = s.member === 0 ? SELF : (RELATION_WORDS as readonly Relation[]).includes(relation) ? relation : undefined;
  }
  if (s.type) v.type = t(`rules:disability.${s.type}`);
  // the pension question names the other person
  if (a.members[1]) v.other = askedAbout(t, a, 1);
  return v;
}

export const questionText = (t: T, a: Answers, s: AskedQuestion) => t(`check:q.${s.q}`, vars(t, a, s));
export const hintText = (t: T, a: Answers, s: AskedQuestion) => t(`check:q.${s.q}.hint`, vars(t, a, s));

export function optionText(t: T, a: Answers, s: AskedQuestion, option: string): string {
  if (option === 'unsure') return t('common:unsure');
  if (option === 'none' && s.field.kind === 'multi') return t(`check:opt.none.${s.key}`);
  const prefix = s.field.kind === 'choice' || s.field.kind === 'multi' ? s.field.labels : 'check:opt.';
  return t(`${prefix}${option}`, vars(t, a, s));
}

/** The answer as shown on the check-answers page. */
export function answerText(t: T, a: Answers, s: AskedQuestion, v: Value | undefined): string {
  if (v === undefined) return t('check:answer.missing');
  const one = typeof v === 'string' ? v : '';
  const many = Array.isArray(v) ? v : [];
  switch (s.field.kind) {
    case 'choice':
      return optionText(t, a, s, one);
    case 'multi':
      return many.map((o) => optionText(t, a, s, o)).join(t('check:listSep'));
    case 'illness':
      return many.map((id) => (id in ILLNESSES ? t(`rules:illness.${id}`) : id)).join(t('check:listSep'));
    case 'money':
      return t('check:answer.money', { amount: one });
    case 'count':
      return t(`check:answer.${s.key}`, { n: one });
    case 'area':
      return one === 'unsure' ? t('common:unsure') : t('check:answer.area', { n: one });
    case 'text':
      return one || t('check:answer.empty');
    case 'since': {
      if (one === 'none') return t('check:opt.since.none');
      if (one === 'unsure') return t('common:unsure');
      const [year, month] = one.split('-');
      return t('check:answer.since', { year, month: String(Number(month)) });
    }
    default:
      return one;
  }
}

/** "You answered 不确定: check X" — one line per such answer. */
export function unsureLines(t: T, a: Answers, steps: AskedQuestion[], value: (s: AskedQuestion) => Value | undefined, law: LawValues): string[] {
  return steps.filter((s) => value(s) === 'unsure').map((s) => t(`check:unsure.${s.q}`, { ...law, ...vars(t, a, s) }));
}
