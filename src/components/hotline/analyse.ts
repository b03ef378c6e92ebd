// One pass from the form to a result: draft → household file → evaluate. Every problem is tied
// to the field it concerns (by the engine's issue path), so the form can show it beside that field.
import { evaluate, isError, type Evaluation, type HouseholdInput } from '../../rules/index.ts';
import { issueMessage, memberLabel } from '../../lib/explain.ts';
import type { T } from '../../i18n/runtime.ts';
import { buildHousehold, type Built, type Draft } from './model.ts';
import { assumptionsOf, type Settings } from './settings.ts';

export interface FieldIssue {
  path: string;
  message: string;
  /** an answer not given yet (shown as "待填写"), as opposed to an answer that is wrong */
  pending: boolean;
}

export interface Analysis {
  built: Built;
  /** null while any field is missing or wrong */
  evaluation: Evaluation | null;
  issues: FieldIssue[];
}

export function analyse(t: T, draft: Draft, settings: Settings): Analysis {
  const built = buildHousehold(draft, assumptionsOf(settings));
  const out = evaluate(built.evaluated);
  const issues: FieldIssue[] = built.local.map((l) => ({ path: l.path, message: t(`hotline:issue.${l.code}`), pending: false }));
  const seen = new Set(issues.map((i) => i.path));
  if (isError(out)) {
    for (const issue of out.issues) {
      if (seen.has(issue.path)) continue;
      seen.add(issue.path);
      const pending = issue.code === 'required';
      issues.push({ path: issue.path, message: pending ? t('hotline:issue.required') : issueMessage(t, issue.code), pending });
    }
  }
  return { built, evaluation: isError(out) || issues.length ? null : out, issues };
}

/** Where a problem is, in words: "成员2 · 年龄". */
export function pathLabel(t: T, h: HouseholdInput, path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'members' && parts.length > 1) {
    const who = memberLabel(t, h.members, Number(parts[1]));
    if (parts[2] === 'disabilities') {
      const n = Number(parts[3]) + 1;
      const key = parts[4] === 'type' ? 'disabilityType' : parts[4] === 'grade' ? 'disabilityGrade' : 'disability';
      return `${who} · ${t(`hotline:field.member.${key}`, { n })}`;
    }
    if (parts[2] === 'illnesses') return `${who} · ${t('hotline:field.member.illnesses')}`;
    return parts[2] ? `${who} · ${t(`hotline:field.member.${parts[2]}`)}` : who;
  }
  if (parts[0] === 'members') return t('hotline:section.members');
  if (parts.length === 1) return t(`hotline:field.${parts[0]}`);
  return t(`hotline:field.${parts[0]}.${parts[1]}`);
}
