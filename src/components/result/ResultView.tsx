// The engine's result in words: per programme its standing (words and icon, not colour alone),
// amount and arithmetic, every condition with its citation, and what would change it.
import type { Evaluation, HouseholdInput, Program, Step } from '../../rules/index.ts';
// the registry itself, not index.ts: that would bring the zod schema into the questionnaire's first load
import { PROGRAMS, REGISTRY } from '../../rules/registry.ts';
import { amountText, arithmetic, citationAnchor, deductionLine, hintText, lawValues, stepText, type LawValues } from '../../lib/explain.ts';
import type { T } from '../../i18n/runtime.ts';
import './result.css';

export interface ResultViewProps {
  t: T;
  household: HouseholdInput;
  evaluation: Evaluation;
  /** e.g. '/policy/' or '/en/policy/': citations link to `${policyBase}${program}/#anchor` */
  policyBase: string;
  /** documents not in the policy texts the tool carries: their citations are marked */
  outsideDocs: readonly string[];
  /** the heading level of each programme (the page's structure decides) */
  level?: 2 | 3;
  /** hotline: show only the conditions that are not met or unknown */
  compact?: boolean;
}

function StepItem({ t, household, step, law, href, outside }: { t: T; household: HouseholdInput; step: Step; law: LawValues; href: string; outside: boolean }) {
  return (
    <li class={`step step-${step.outcome}`}>
      <span class="step-outcome">
        <span aria-hidden="true">{t(`rules:status.${step.outcome === 'met' ? 'likely' : step.outcome === 'not-met' ? 'unlikely' : 'review'}.icon`)} </span>
        {t(`rules:outcome.${step.outcome}`)}
      </span>{' '}
      <span class="step-text">{stepText(t, household, step, law)}</span>
      {step.citation && (
        <span class="step-cite">
          {' '}
          <a href={href}>{t('rules:cite.label', { doc: step.citation.doc, article: step.citation.article })}</a>
          {outside && <em class="outside">（{t('rules:result.outside')}）</em>}
        </span>
      )}
    </li>
  );
}

function ProgramCard(props: ResultViewProps & { program: Program }) {
  const { t, household, evaluation, program, policyBase, outsideDocs, compact } = props;
  const r = evaluation.result;
  const p = r.programs[program];
  const H = props.level === 3 ? 'h3' : 'h2';
  const amount = amountText(t, r, program);
  const lines = arithmetic(t, household, r, program);
  const steps = compact ? p.reasons.filter((s) => s.outcome !== 'met') : p.reasons;
  const hints = evaluation.hints[program];
  const id = `program-${program}`;
  const law = lawValues(r);
  return (
    <section class={`program status-${p.status}`} aria-labelledby={id}>
      <H id={id}>{t(`rules:program.${program}`)}</H>
      <p class="standing">
        <span class="status-icon" aria-hidden="true">
          {t(`rules:status.${p.status}.icon`)}
        </span>{' '}
        <strong>{t(`rules:status.${p.status}`)}</strong>
        {amount && <span class="amount">{'　'}{amount}</span>}
      </p>
      {lines.length > 0 && (
        <div class="arithmetic">
          <span class="label">{t('rules:result.arithmetic')}</span>
          {lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      )}
      {steps.length > 0 && (
        <>
          <p class="label">{t('rules:result.conditions')}</p>
          <ul class="steps">
            {steps.map((s, i) => (
              <StepItem
                key={`${s.code}-${s.member ?? ''}-${i}`}
                t={t}
                household={household}
                step={s}
                law={law}
                href={s.citation ? `${policyBase}${program}/#${citationAnchor(s.citation)}` : ''}
                outside={s.citation !== null && outsideDocs.includes(s.citation.doc)}
              />
            ))}
          </ul>
        </>
      )}
      {hints.length > 0 && (
        <>
          <p class="label">{t('rules:result.hints')}</p>
          <ul class="hints">
            {hints.map((h, i) => (
              <li key={`${h.code}-${i}`}>{hintText(t, household, h, law)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ResultView(props: ResultViewProps) {
  const { t, evaluation } = props;
  const r = evaluation.result;
  const law = lawValues(r);
  return (
    <div class="result">
      <p class="notice" role="note">
        {t('rules:result.notDecision')}
      </p>
      <p class="deduction">
        <span class="label">{t('rules:result.deduction')}</span> {deductionLine(t, r)}
        {r.deduction.item && <> （{t(`rules:deduction.${r.deduction.item}`)}）</>}
      </p>
      {PROGRAMS.map((program) => (
        <ProgramCard key={program} {...props} program={program} />
      ))}
      {!props.compact && (
        <>
          <section class="relations" aria-labelledby="relations-h">
            <h2 id="relations-h">{t('rules:result.relations')}</h2>
            <p>{t('rules:result.relations.text')}</p>
          </section>
          <section class="apply" aria-labelledby="apply-h">
            <h2 id="apply-h">{t('rules:result.apply.title')}</h2>
            {REGISTRY.flatMap((def) =>
              (def.procedure ?? []).map(({ code, citation }) => (
                <p key={code}>
                  {t(`rules:result.apply.${code}`, law)}{' '}
                  <a href={`${props.policyBase}${def.id}/#${citationAnchor(citation)}`}>{t('rules:cite.label', { doc: citation.doc, article: citation.article })}</a>
                </p>
              )),
            )}
          </section>
        </>
      )}
    </div>
  );
}
