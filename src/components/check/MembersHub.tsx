// "Who lives with you": the members entered so far, each with change and remove, and one button per
// relation to add someone (加配偶, 加孩子, 加父母, 加其他人: the relation needs no page of its own).
// Adding stays on this page, so a family is listed in a few taps; 继续 then asks about everyone not
// filled in yet, one after the other, and comes back here. Removing asks once more, on the page itself.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import type { T } from '../../i18n/runtime.ts';
import type { Answers } from './answers.ts';
import type { Walk } from './questions.ts';
import { Hidden } from './ui.tsx';

export const MAX_MEMBERS = 20;
/** The add buttons' relations; 其他人 (other) asks the relation on the member's first page. */
const ADD = ['spouse', 'child', 'parent', 'other'] as const;

export interface MembersHubProps {
  t: T;
  answers: Answers;
  walk: Walk;
  who: (i: number) => string;
  headingRef: Ref<HTMLHeadingElement>;
  onAdd: (relation?: string) => void;
  onChange: (i: number) => void;
  onRemove: (i: number) => void;
  onContinue: () => void;
}

export function MembersHub({ t, answers, walk, who, headingRef, onAdd, onChange, onRemove, onContinue }: MembersHubProps) {
  const [confirming, setConfirming] = useState<number | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming !== null) confirmRef.current?.focus();
  }, [confirming]);

  const incomplete = (i: number) => walk.steps.some((s) => s.member === i && s.section === 'members' && !s.answered && !s.optional);

  function describe(i: number): string {
    const m = answers.members[i];
    const parts: string[] = [];
    if (i === 0) parts.push(t('check:members.applicant'));
    else if (typeof m.relation === 'string') parts.push(t(`rules:relation.${m.relation}`));
    if (typeof m.age === 'string') parts.push(t('check:members.age', { age: m.age }));
    return parts.join('，');
  }

  function submit(ev: Event) {
    ev.preventDefault();
    onContinue();
  }

  const hasSpouse = answers.members.some((m) => m.relation === 'spouse');
  const full = answers.members.length >= MAX_MEMBERS;

  return (
    <form class="step members-hub" data-step="members" noValidate onSubmit={submit}>
      <h1 ref={headingRef} tabIndex={-1} class="question">
        {t('check:q.members')}
      </h1>
      <p class="hint">{t('check:q.members.hint')}</p>
      <ul class="member-list">
        {answers.members.map((_, i) => (
          <li key={i} class="member-row">
            <div class="member-text">
              <strong>{who(i)}</strong>
              <span>{describe(i)}</span>
              {incomplete(i) && <span class="tag">{t('check:members.notFinished')}</span>}
            </div>
            <div class="member-actions">
              <button type="button" class="button link" id={`member-${i}-change`} onClick={() => onChange(i)}>
                {t('common:change')}
                <Hidden> {who(i)}</Hidden>
              </button>
              {i > 0 && (
                <button type="button" class="button link" onClick={() => setConfirming(i)}>
                  {t('check:members.remove')}
                  <Hidden> {who(i)}</Hidden>
                </button>
              )}
            </div>
            {confirming === i && (
              <div class="confirm" ref={confirmRef} tabIndex={-1} role="group" aria-labelledby={`confirm-${i}`}>
                <p id={`confirm-${i}`}>{t('check:members.removeConfirm', { who: who(i) })}</p>
                <button
                  type="button"
                  class="button warning"
                  onClick={() => {
                    setConfirming(null);
                    onRemove(i);
                  }}
                >
                  {t('check:members.removeYes')}
                </button>
                <button type="button" class="button secondary" onClick={() => setConfirming(null)}>
                  {t('common:cancel')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {full ? (
        <p>{t('check:members.max', { max: MAX_MEMBERS })}</p>
      ) : (
        <div class="add-buttons" role="group" aria-label={t('check:members.add')}>
          {ADD.filter((r) => r !== 'spouse' || !hasSpouse).map((r) => (
            <button
              key={r}
              type="button"
              class="button secondary add"
              data-relation={r}
              onClick={(e) => {
                // 加配偶 goes once a spouse is listed: the focus moves on to 加孩子, not to the page's top
                if (r === 'spouse') (e.currentTarget.nextElementSibling as HTMLElement | null)?.focus();
                onAdd(r === 'other' ? undefined : r);
              }}
            >
              {t(`check:members.add.${r}`)}
            </button>
          ))}
        </div>
      )}
      <button type="submit" class="button primary">
        {t('check:members.done')}
      </button>
    </form>
  );
}
