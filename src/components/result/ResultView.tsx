// The engine's result in words. First what the family can probably get (the programmes likely or
// under review with what they may pay, the either/or choices, members supported on their own and
// the family's 低保 if that is refused, the answers of 不确定 that decide something); then per
// programme its standing (words and icon, not colour alone), amount or reference amount and
// arithmetic, every condition with its citation, and what would change it.
import type { Evaluation, HouseholdInput, Program, Step } from '../../rules/index.ts';
// the registry itself, not index.ts: that would bring the zod schema into the questionnaire's first load
import { PROGRAMS, REGISTRY } from '../../rules/registry.ts';
import {
  amountText,
  arithmetic,
  ceilingsText,
  choiceOptions,
  citationAnchor,
  deductionLine,
  fallbackLine,
  hintText,
  lawValues,
  listedSteps,
  programLine,
  referenceText,
  routeLines,
  stepText,
  unknownAnswerLines,
  type LawValues,
} from '../../lib/explain.ts';
import type { T } from '../../i18n/runtime.ts';
import './result.css';

export interface ResultViewProps {
  t: T;
  household: HouseholdInput;
  evaluation: Evaluation;
  /** e.g. '/policy/' or '/en/policy/': citations link to `${policyBase}${program}/#anchor` */
  policyBase: string;
  /** documents not in the policy texts the tool carries, with how sure we are of them: their citations are marked */
  outsideDocs: OutsideDocs;
  /** the heading level of each programme (the page's structure decides) */
  level?: 2 | 3;
  /** hotline: show only the conditions that are not met or unknown */
  compact?: boolean;
}

/** Document id → how sure we are of a document outside the policy texts ('high' | 'medium'). */
export type OutsideDocs = Readonly<Record<string, string>>;

const ICON = { met: 'likely', 'not-met': 'unlikely', unknown: 'review' } as const;

/** One condition: its outcome in words and icon (a note is 说明, an unknown never ✕), its sentence and citation. */
function StepItem({ t, household, step, law, href, outside }: { t: T; household: HouseholdInput; step: Step; law: LawValues; href: string; outside: string | undefined }) {
  const note = step.kind === 'note';
  return (
    <li class={`step step-${note ? 'note' : step.outcome}`}>
      <span class="step-outcome">
        {!note && <span aria-hidden="true">{t(`rules:status.${ICON[step.outcome]}.icon`)} </span>}
        {t(note ? 'rules:outcome.note' : `rules:outcome.${step.outcome}`)}
      </span>{' '}
      <span class="step-text">{stepText(t, household, step, law)}</span>
      {step.citation && (
        <span class="step-cite">
          {' '}
          <a href={href}>{t('rules:cite.label', { doc: step.citation.doc, article: step.citation.article })}</a>
          {outside && <em class="outside">（{t('rules:result.outsideConfidence', { confidence: t(`rules:confidence.${outside}`) })}）</em>}
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
  const reference = referenceText(t, household, r, program);
  const ceilings = ceilingsText(t, r, program);
  const lines = arithmetic(t, household, r, program);
  const steps = listedSteps(r, program, compact === true);
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
      {reference && <p class="reference">{reference}</p>}
      {ceilings && <p class="ceilings">{ceilings}</p>}
      {steps.length > 0 &&
        (() => {
          const list = (
            <ul class="steps">
              {steps.map((s, i) => (
                <StepItem
                  key={`${s.code}-${s.member ?? ''}-${i}`}
                  t={t}
                  household={household}
                  step={s}
                  law={law}
                  href={s.citation ? `${policyBase}${program}/#${citationAnchor(s.citation)}` : ''}
                  outside={s.citation ? outsideDocs[s.citation.doc] : undefined}
                />
              ))}
            </ul>
          );
          // a programme the family may not get keeps its reasons one click away: the page stays short
          return p.status === 'unlikely' && !compact ? (
            <details class="conditions">
              <summary class="label">{t('rules:result.conditions')}</summary>
              {list}
            </details>
          ) : (
            <>
              <p class="label">{t('rules:result.conditions')}</p>
              {list}
            </>
          );
        })()}
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

/** What the family can probably get, on the first screen (contract §4.2, §4.1, §5 `choices`). */
function Overview(props: ResultViewProps) {
  const { t, household, evaluation } = props;
  const r = evaluation.result;
  const H = props.level === 3 ? 'h3' : 'h2';
  // a programme in a choice is shown as an option of it, not twice
  const inChoice = new Set(r.choices.flatMap((c) => c.options.map((o) => o.program)));
  const shown = PROGRAMS.filter((p) => r.programs[p].status !== 'unlikely' && !inChoice.has(p));
  const choices = choiceOptions(t, household, r);
  const fallback = fallbackLine(t, r);
  const unknowns = unknownAnswerLines(t, household, r);
  return (
    <section class="overview" aria-labelledby="result-overview-h">
      <H id="result-overview-h">{t('rules:result.overview.title')}</H>
      {shown.length === 0 && choices.length === 0 ? (
        <p>{t('rules:result.overview.none')}</p>
      ) : (
        <ul class="overview-list">
          {shown.map((p) => (
            <li key={p} class={`status-${r.programs[p].status}`}>
              <span class="status-icon" aria-hidden="true">
                {t(`rules:status.${r.programs[p].status}.icon`)}
              </span>{' '}
              {programLine(t, household, r, p)}
            </li>
          ))}
        </ul>
      )}
      {choices.map((options, i) => (
        <div key={i} class="choice" role="group" aria-labelledby={`result-choice-${i}`}>
          <p class="label" id={`result-choice-${i}`}>
            {t('rules:result.choice.title')}
          </p>
          <p>{t('rules:result.choice.intro')}</p>
          <ul>
            {options.map((o, j) => (
              <li key={j}>
                {j > 0 && <strong>{t('rules:result.choice.or')} </strong>}
                {o}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {routeLines(t, household, r).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {fallback && <p class="fallback">{fallback}</p>}
      {unknowns.length > 0 && (
        <>
          <p class="label">{t('rules:result.unknowns.title')}</p>
          <ul class="steps unknowns">
            {unknowns.map((line) => (
              <li key={line} class="step step-unknown">
                <span class="step-outcome">
                  <span aria-hidden="true">{t('rules:status.review.icon')} </span>
                  {t('rules:outcome.unknown')}
                </span>{' '}
                {line}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="muted no-print">{t('rules:result.overview.more')}</p>
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
      <Overview {...props} />
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
