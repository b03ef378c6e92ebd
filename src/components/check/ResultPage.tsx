// The result: the engine's evaluation in words (ResultView, what the family can probably get
// first), then every answer of 不确定 with where to find it, the
// materials checklist with its print button, and saving the household file.
import { useState } from 'preact/hooks';
import type { Ref } from 'preact';
import type { Evaluation, HouseholdInput } from '../../rules/index.ts';
import type { T } from '../../i18n/runtime.ts';
import { ResultView, type OutsideDocs } from '../result/ResultView.tsx';
import { Checklist } from '../result/Checklist.tsx';
import { FilePanel } from './FilePanel.tsx';

export interface ResultPageProps {
  t: T;
  household: HouseholdInput;
  evaluation: Evaluation;
  unsure: string[];
  /** the groups of facts no question asked (src/rules/facts.ts): the result does not state their conditions as facts */
  notAsked: readonly string[];
  policyBase: string;
  outsideDocs: OutsideDocs;
  today: string;
  headingRef: Ref<HTMLHeadingElement>;
  onEdit: () => void;
  onImport: (h: HouseholdInput) => void;
}

export function ResultPage(props: ResultPageProps) {
  const { t, household, evaluation, unsure } = props;
  const [hideNames, setHideNames] = useState(false);
  return (
    <div class="result-page" data-step="result">
      <h1 ref={props.headingRef} tabIndex={-1}>
        {t('rules:result.title')}
      </h1>
      <ResultView t={t} household={household} evaluation={evaluation} policyBase={props.policyBase} outsideDocs={props.outsideDocs} level={2} notAsked={props.notAsked} checklistId="checklist" />
      {unsure.length > 0 && (
        <section class="unsure" aria-labelledby="unsure-h">
          <h2 id="unsure-h">{t('check:result.unsure.title')}</h2>
          <p>{t('check:result.unsure.intro')}</p>
          <ul>
            {unsure.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <div id="checklist" class="checklist-wrap">
        <div class="print-controls no-print">
          <div class="checkbox">
            <input type="checkbox" id="hide-names" checked={hideNames} onChange={(e) => setHideNames((e.currentTarget as HTMLInputElement).checked)} />
            <label for="hide-names">{t('rules:checklist.hideNames')}</label>
          </div>
          <button type="button" class="button secondary" onClick={() => window.print()}>
            {t('rules:checklist.print')}
          </button>
        </div>
        <Checklist t={t} household={household} evaluation={evaluation} today={props.today} hideNames={hideNames} />
      </div>
      <FilePanel t={t} household={household} onImport={props.onImport} />
      <p class="no-print">
        <button type="button" class="button secondary" onClick={props.onEdit}>
          {t('check:result.edit')}
        </button>
      </p>
    </div>
  );
}
