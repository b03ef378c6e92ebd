// The engine's result in words. First an answer box: what the family can probably get, how much
// and for whom, the either/or choices, members supported on their own and the family's 低保 if
// that is refused, every answer of 不确定 with what is at stake, and where to apply and whom to
// call. Then each programme the family may get with its open conditions, the arithmetic and the
// rest behind "怎么算的"; each one it probably cannot get is one line with "为什么". Last, what
// happens after applying, programme by programme, each line cited.
import type { Evaluation, HouseholdInput, Program, Step } from '../../rules/index.ts';
// the registry itself, not index.ts: that would bring the zod schema into the questionnaire's first load
import { programDef, PROGRAMS } from '../../rules/registry.ts';
import type { ProgramDef } from '../../rules/program.ts';
import {
  afterApplying,
  amountText,
  briefLine,
  arithmetic,
  ceilingsText,
  choiceOptions,
  citationAnchor,
  deductionLine,
  fallbackLine,
  hintText,
  isPending,
  lawValues,
  listedSteps,
  payText,
  programLine,
  referenceText,
  routeLines,
  stepText,
  unknownAnswerLines,
  WHERE_TO_APPLY,
  type LawValues,
} from '../../lib/explain.ts';
import { ASSISTANCE_HOTLINE, CITY_HOTLINE } from '../../lib/hotlines.ts';
import type { Citation } from '../../rules/index.ts';
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
  /** the groups of facts the questionnaire did not ask (src/rules/facts.ts): their conditions are not stated as facts */
  notAsked?: readonly string[];
  /** the id of the checklist on the same page, which the answer box links to */
  checklistId?: string;
}

/** Document id → how sure we are of a document outside the policy texts ('high' | 'medium'). */
export type OutsideDocs = Readonly<Record<string, string>>;

const ICON = { met: 'likely', 'not-met': 'unlikely', unknown: 'review' } as const;

function Cite({ t, href, citation, outside }: { t: T; href: string; citation: Citation; outside?: string }) {
  return (
    <span class="step-cite">
      {' '}
      <a href={href}>{t('rules:cite.label', { doc: citation.doc, article: citation.article })}</a>
      {outside && <em class="outside">（{t('rules:result.outsideConfidence', { confidence: t(`rules:confidence.${outside}`) })}）</em>}
    </span>
  );
}

/** One condition: its outcome in words and icon (a note is 说明, an unknown 待核实, never ✕), its sentence and citation. */
function StepItem({ t, household, step, law, href, outside }: { t: T; household: HouseholdInput; step: Step; law: LawValues; href: string; outside: string | undefined }) {
  const note = step.kind === 'note';
  return (
    <li class={`step step-${note ? 'note' : step.outcome}`}>
      <span class="step-outcome">
        {!note && <span aria-hidden="true">{t(`rules:status.${ICON[step.outcome]}.icon`)} </span>}
        {t(note ? 'rules:outcome.note' : `rules:outcome.${step.outcome}`)}
      </span>{' '}
      <span class="step-text">{stepText(t, household, step, law)}</span>
      {step.citation && <Cite t={t} href={href} citation={step.citation} outside={outside} />}
    </li>
  );
}

/** The step and hint codes of a programme that read facts the questionnaire did not ask. */
function unaskedCodes(def: ProgramDef, notAsked: readonly string[]): { groups: string[]; codes: Set<string> } {
  const groups = notAsked.filter((g) => def.reads?.[g]);
  return { groups, codes: new Set(groups.flatMap((g) => def.reads![g])) };
}

function ProgramCard(props: ResultViewProps & { program: Program }) {
  const { t, household, evaluation, program, policyBase, outsideDocs, compact } = props;
  const r = evaluation.result;
  const p = r.programs[program];
  const def = programDef(program);
  const H = props.level === 3 ? 'h3' : 'h2';
  const unasked = unaskedCodes(def, props.notAsked ?? []);
  // the amount and for whom (a reference amount, with its year, is said apart)
  const pay = amountText(t, r, program) ? payText(t, household, r, program) : null;
  const reference = referenceText(t, household, r, program);
  const ceilings = ceilingsText(t, r, program);
  const lines = arithmetic(t, household, r, program);
  const steps = listedSteps(r, program, compact === true).filter((s) => !unasked.codes.has(s.code));
  const hints = evaluation.hints[program].filter((h) => !unasked.codes.has(h.code));
  const id = `program-${program}`;
  const law = lawValues(r);
  const unlikely = p.status === 'unlikely';
  const item = (s: Step, i: number) => (
    <StepItem
      key={`${s.code}-${s.member ?? ''}-${i}`}
      t={t}
      household={household}
      step={s}
      law={law}
      href={s.citation ? `${policyBase}${program}/#${citationAnchor(s.citation)}` : ''}
      outside={s.citation ? outsideDocs[s.citation.doc] : undefined}
    />
  );
  // what is open stays in sight (待核实); what is settled folds away behind 怎么算的 / 为什么
  const open = unlikely ? [] : steps.filter(isPending);
  const settled = unlikely ? steps : steps.filter((s) => !isPending(s));
  const hintList = hints.length > 0 && (
    <>
      <p class="label">{t('rules:result.hints')}</p>
      <ul class="hints">
        {hints.map((h, i) => (
          <li key={`${h.code}-${i}`}>{hintText(t, household, h, law)}</li>
        ))}
      </ul>
    </>
  );
  const detail = (
    <>
      {lines.length > 0 && (
        <div class="arithmetic">
          {lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      )}
      {ceilings && <p class="ceilings">{ceilings}</p>}
      {unasked.groups.map((g) => (
        <p key={g} class="not-asked">
          {t(`rules:result.notAsked.${g}`)}
        </p>
      ))}
      {settled.length > 0 && (
        <>
          <p class="label">{t('rules:result.conditions')}</p>
          <ul class="steps">{settled.map(item)}</ul>
        </>
      )}
      {unlikely && hintList}
    </>
  );
  const hasDetail = lines.length > 0 || ceilings || unasked.groups.length > 0 || settled.length > 0 || (unlikely && hints.length > 0);
  return (
    <section class={`program status-${p.status}${unlikely ? ' folded' : ''}`} aria-labelledby={id}>
      <div class="program-head">
        <H id={id}>{t(`rules:program.${program}`)}</H>
        <p class="standing">
          <span class="status-icon" aria-hidden="true">
            {t(`rules:status.${p.status}.icon`)}
          </span>{' '}
          <strong>{t(`rules:status.${p.status}`)}</strong>
          {pay && <span class="amount">{'　'}{pay}</span>}
        </p>
      </div>
      {reference && <p class="reference">{reference}</p>}
      {open.length > 0 && <ul class="steps open">{open.map(item)}</ul>}
      {!unlikely && hintList}
      {hasDetail &&
        (compact ? (
          detail
        ) : (
          <details class="conditions">
            <summary class="label">{t(unlikely ? 'rules:result.why' : 'rules:result.how')}</summary>
            {detail}
          </details>
        ))}
    </section>
  );
}

/** Whom to call: the two hotlines (src/lib/hotlines.ts), on the first screen. */
function Phones({ t }: { t: T }) {
  return (
    <p class="phones">
      {t('rules:result.next.phone')} <a href={`tel:${CITY_HOTLINE.tel}`}>{CITY_HOTLINE.tel}</a>
      {t('rules:result.next.or')} <a href={`tel:${ASSISTANCE_HOTLINE.tel}`}>{ASSISTANCE_HOTLINE.tel}</a>
      {t('rules:result.next.end')}
    </p>
  );
}

/** Where to apply: 5号 第八条, the one text that says where; then the way to the checklist. */
function NextStep({ t, policyBase, checklistId }: { t: T; policyBase: string; checklistId?: string }) {
  const where = WHERE_TO_APPLY;
  return (
    <div class="next-step">
      <p class="label">{t('rules:result.next.title')}</p>
      <p>
        {t('rules:result.apply.where')}
        {where && <Cite t={t} href={`${policyBase}${where.program}/#${citationAnchor(where.citation)}`} citation={where.citation} />}
        <span class="muted">{t('rules:result.next.analogy')}</span>
      </p>
      {checklistId && (
        <p class="no-print">
          <a href={`#${checklistId}`}>{t('rules:result.next.checklist')}</a>
        </p>
      )}
    </div>
  );
}

/** What the family can probably get, on the first screen (contract §4.2, §4.1, §5 `choices`). */
function AnswerBox(props: ResultViewProps) {
  const { t, household, evaluation } = props;
  const r = evaluation.result;
  const H = props.level === 3 ? 'h3' : 'h2';
  // a programme in a choice is shown as an option of it, not twice
  const inChoice = new Set(r.choices.flatMap((c) => c.options.map((o) => o.program)));
  const likely = PROGRAMS.filter((p) => r.programs[p].status === 'likely' && !inChoice.has(p));
  const review = PROGRAMS.filter((p) => r.programs[p].status === 'review' && !inChoice.has(p));
  const choices = choiceOptions(t, household, r);
  const fallback = fallbackLine(t, r);
  const unknowns = unknownAnswerLines(t, household, r);
  const none = likely.length === 0 && review.length === 0 && choices.length === 0;
  const list = (programs: Program[]) => (
    <ul class="overview-list">
      {programs.map((p) => (
        <li key={p} class={`status-${r.programs[p].status}`}>
          <span class="status-icon" aria-hidden="true">
            {t(`rules:status.${r.programs[p].status}.icon`)}
          </span>{' '}
          {briefLine(t, household, r, p)}
        </li>
      ))}
    </ul>
  );
  return (
    <section class="overview answer" aria-labelledby="result-overview-h">
      <H id="result-overview-h">{t(none ? 'rules:result.overview.noneTitle' : 'rules:result.overview.title')}</H>
      {none && <p>{t('rules:result.overview.none')}</p>}
      {likely.length > 0 && list(likely)}
      {!props.compact && <Phones t={t} />}
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
      {review.length > 0 && (
        <>
          <p class="label">{t('rules:result.overview.review')}</p>
          {list(review)}
        </>
      )}
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
      {!props.compact && <NextStep t={t} policyBase={props.policyBase} checklistId={props.checklistId} />}
    </section>
  );
}

/**
 * What happens after applying, for each programme the family may get: the steps its own text
 * gives (刚性支出: 5号 第十条–第十七条; 医疗救助: 2号 第十二条; 低保, 边缘, 特困: 5号 第十八条), and
 * where our texts give no time limit for it, that they do not.
 */
function AfterApplying({ t, evaluation, policyBase, level }: ResultViewProps) {
  const r = evaluation.result;
  const law = lawValues(r);
  const H = level === 3 ? 'h4' : 'h3';
  const shown = afterApplying(r);
  if (shown.length === 0) return null;
  return (
    <section class="apply" aria-labelledby="apply-h">
      <h2 id="apply-h">{t('rules:result.apply.title')}</h2>
      {shown.map(({ program, lines, noTime }) => (
        <div key={program} class="apply-program">
          <H>{t(`rules:program.${program}`)}</H>
          <ul>
            {lines.map(({ code, citation }) => (
              <li key={code}>
                {t(`rules:result.apply.${code}`, law)}
                <Cite t={t} href={`${policyBase}${program}/#${citationAnchor(citation)}`} citation={citation} />
              </li>
            ))}
            {noTime && <li class="muted">{t('rules:result.apply.noTime', { program: t(`rules:program.${program}.short`) })}</li>}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function ResultView(props: ResultViewProps) {
  const { t, household, evaluation } = props;
  const r = evaluation.result;
  // the programmes the family may get first; each one it probably cannot get after, one line each
  const order = [...PROGRAMS.filter((p) => r.programs[p].status !== 'unlikely'), ...PROGRAMS.filter((p) => r.programs[p].status === 'unlikely')];
  return (
    <div class="result">
      <AnswerBox {...props} />
      <p class="notice" role="note">
        {t('rules:result.notDecision')}
      </p>
      {r.deduction.item && (
        <p class="deduction">
          <span class="label">{t('rules:result.deduction')}</span> {deductionLine(t, household, r)}
        </p>
      )}
      {order.map((program) => (
        <ProgramCard key={program} {...props} program={program} />
      ))}
      {!props.compact && (
        <>
          <AfterApplying {...props} />
          <section class="relations" aria-labelledby="relations-h">
            <h2 id="relations-h">{t('rules:result.relations')}</h2>
            <p>{t('rules:result.relations.text')}</p>
          </section>
        </>
      )}
    </div>
  );
}
