// The live result beside the form. Its top block (heading, one-line status, the figures in use)
// sticks in view; below it first the script to read to the caller, then the engine's result
// (compact), the checklist (the only thing printed) and the ticket summary.
import type { Ref } from 'preact';
import { Checklist } from '../result/Checklist.tsx';
import { ResultView, type OutsideDocs } from '../result/ResultView.tsx';
import type { Evaluation, HouseholdInput } from '../../rules/index.ts';
import type { T } from '../../i18n/runtime.ts';
import type { FieldIssue } from './analyse.ts';
import { FIGURES, type Settings } from './settings.ts';

export interface Shown {
  file: HouseholdInput;
  evaluation: Evaluation;
}

export interface PanelProps {
  t: T;
  panelRef: Ref<HTMLElement>;
  /** remounts the result part on 新来电 (checklist ticks, textarea selection) */
  call: number;
  shown: Shown | null;
  stale: boolean;
  /** problems to show while stale: where, and what */
  problems: { path: string; where: string; issue: FieldIssue }[];
  onFocusField: (path: string) => void;
  live: string;
  settings: Settings;
  onOpenSettings: () => void;
  onCopy: () => void;
  /** the script to read to the caller, one sentence a line: first in the panel */
  readBack: string[];
  summary: string;
  today: string;
  policyBase: string;
  outsideDocs: OutsideDocs;
}

export function Panel(p: PanelProps) {
  const { t } = p;
  return (
    <section id="hl-s6" class={`hl-panel${p.stale ? ' is-stale' : ''}`} aria-labelledby="hl-panel-h" ref={p.panelRef} tabIndex={0}>
      <div class="hl-status">
        <h2 id="hl-panel-h">
          {t('hotline:panel.title')} <kbd class="hl-kbd">Alt+6</kbd>
        </h2>
        <p id="hl-live" class="hl-live" aria-live="polite">
          {p.live}
        </p>
        {p.stale && (
          <div class="hl-stale-box">
            <p class="hl-stale">
              <strong>{t('hotline:panel.stale')}</strong> {t('hotline:panel.staleCount', { n: p.problems.length })}
            </p>
            <ul class="hl-problems">
              {p.problems.slice(0, 6).map((x) => (
                <li key={x.path}>
                  <button type="button" class="hl-link" onClick={() => p.onFocusField(x.path)}>
                    {t('hotline:pair', { label: x.where, text: x.issue.message })}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <ul class="hl-figures" aria-label={t('hotline:figure.listLabel')}>
          {FIGURES.map((id) => {
            const f = p.settings[id];
            return (
              <li key={id} data-figure={id}>
                {f ? (
                  <>
                    {t('hotline:figure.used', { figure: t(`rules:figure.${id}`), date: f.entered, value: f.value, unit: t(`hotline:figure.${id}.unit`) })}
                    <em class="outside">{t('hotline:figure.outside')}</em>
                  </>
                ) : (
                  t('hotline:figure.missing', { figure: t(`rules:figure.${id}`) })
                )}
              </li>
            );
          })}
        </ul>
        <button type="button" id="hl-open-settings" class="hl-small" onClick={p.onOpenSettings}>
          {t('hotline:settings.open')}
        </button>
      </div>

      <div class="hl-panel-body result-dense" key={p.call}>
        {p.shown ? (
          <>
            <section class="hl-readback" aria-labelledby="hl-readback-h">
              <h2 id="hl-readback-h">{t('hotline:readBack.title')}</h2>
              {p.readBack.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </section>
            <ResultView t={t} household={p.shown.file} evaluation={p.shown.evaluation} policyBase={p.policyBase} outsideDocs={p.outsideDocs} level={3} compact />
            <div class="hl-print-root">
              <Checklist t={t} household={p.shown.file} evaluation={p.shown.evaluation} today={p.today} />
            </div>
            <section class="hl-summary" aria-labelledby="hl-summary-h">
              <h2 id="hl-summary-h">{t('hotline:summary.heading')}</h2>
              <textarea id="hl-summary" readOnly rows={10} aria-labelledby="hl-summary-h" value={p.summary} />
              <button type="button" onClick={p.onCopy}>
                {t('hotline:action.copy')} <kbd>Alt+C</kbd>
              </button>
            </section>
          </>
        ) : (
          <p class="hl-empty">{t('hotline:panel.empty')}</p>
        )}
      </div>
    </section>
  );
}
