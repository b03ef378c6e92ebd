// "检查您的回答": every answer with a change button that comes back here after the change.
import type { Ref } from 'preact';
import type { T } from '../../i18n/runtime.ts';
import type { Answers } from './answers.ts';
import { SECTIONS, valueOf, type AskedQuestion, type Walk } from './questions.ts';
import { Hidden } from './ui.tsx';
import { answerText, questionText, whoLabel } from './words.ts';

export interface CheckAnswersProps {
  t: T;
  answers: Answers;
  walk: Walk;
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (stepId: string) => void;
  onSubmit: () => void;
}

function Row({ t, answers, step, onChange }: { t: T; answers: Answers; step: AskedQuestion; onChange: (id: string) => void }) {
  const q = questionText(t, answers, step);
  return (
    <div class="summary-row">
      <dt>{q}</dt>
      <dd class="summary-value">{answerText(t, answers, step, valueOf(answers, step))}</dd>
      <dd class="summary-action">
        <button type="button" class="button link" onClick={() => onChange(step.id)}>
          {t('common:change')}
          <Hidden> {q}</Hidden>
        </button>
      </dd>
    </div>
  );
}

export function CheckAnswers({ t, answers, walk, headingRef, onChange, onSubmit }: CheckAnswersProps) {
  const shown = walk.steps.filter((s) => s.field.kind !== 'members');
  return (
    <div class="check-answers" data-step="check">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('check:checkAnswers.title')}
      </h1>
      <p>{t('check:checkAnswers.intro')}</p>
      {SECTIONS.map((section) => {
        const steps = shown.filter((s) => s.section === section && (section !== 'members' || s.member !== undefined));
        if (section !== 'members' && steps.length === 0) return null;
        return (
          <section key={section} aria-labelledby={`sum-${section}`}>
            <h2 id={`sum-${section}`}>{t(`check:section.${section}`)}</h2>
            {section === 'members' ? (
              <>
                {answers.members.map((_, i) => (
                  <div key={i} class="summary-member">
                    <h3>{i === 0 ? t('check:members.you') : whoLabel(t, answers, i)}</h3>
                    <dl class="summary">
                      {steps
                        .filter((s) => s.member === i)
                        .map((s) => (
                          <Row key={s.id} t={t} answers={answers} step={s} onChange={onChange} />
                        ))}
                    </dl>
                  </div>
                ))}
                <p>
                  <button type="button" class="button link" onClick={() => onChange('members')}>
                    {t('check:checkAnswers.members')}
                  </button>
                </p>
              </>
            ) : (
              <dl class="summary">
                {steps.map((s) => (
                  <Row key={s.id} t={t} answers={answers} step={s} onChange={onChange} />
                ))}
              </dl>
            )}
          </section>
        );
      })}
      <button type="button" class="button primary" onClick={onSubmit}>
        {t('check:checkAnswers.submit')}
      </button>
    </div>
  );
}
