// The form's groups after the member table, in the order a call goes: family situation,
// assets, expenses, exclusions. Each group opens with the question staff read out.
import type { ComponentChildren } from 'preact';
import { COVERAGES, SINGLE_PARENT } from '../../rules/catalog.ts';
import type { T } from '../../i18n/runtime.ts';
import type { FieldIssue } from './analyse.ts';
import { CheckField, SelectField, TextField } from './Fields.tsx';
import { ASSET_FIELDS, CONDUCT_FLAGS, EXPENSE_FIELDS, HOUSEHOLD_FLAGS, fieldId, type Draft } from './model.ts';

export function Group({ t, n, title, script, children }: { t: T; n: number; title: string; script: string | string[]; children: ComponentChildren }) {
  return (
    <section id={`hl-s${n}`} class="hl-group" aria-labelledby={`hl-s${n}-h`}>
      <h2 id={`hl-s${n}-h`}>
        <span class="hl-group-n">{n}</span> {title} <kbd class="hl-kbd">Alt+{n}</kbd>
      </h2>
      {(Array.isArray(script) ? script : [script]).map((line) => (
        <p class="hl-script" key={line}>
          <span class="hl-script-label">{t('hotline:script.label')}</span>
          {line}
        </p>
      ))}
      {children}
    </section>
  );
}

interface SectionProps {
  t: T;
  draft: Draft;
  issue: (path: string) => FieldIssue | undefined;
  update: (fn: (d: Draft) => Draft) => void;
}

export function FamilySection({ t, draft, issue, update }: SectionProps) {
  const hh = draft.household;
  const setHousehold = (patch: Partial<Draft['household']>) => update((d) => ({ ...d, household: { ...d.household, ...patch } }));
  return (
    <Group t={t} n={2} title={t('hotline:section.family')} script={t('hotline:script.family')}>
      <div class="hl-row-fields">
        <SelectField t={t} id={fieldId('area')} label={t('hotline:field.area')} value={draft.area} options={(['urban', 'rural'] as const).map((a) => ({ value: a, label: t(`hotline:area.${a}`) }))} issue={issue('area')} onValue={(v) => update((d) => ({ ...d, area: v }))} />
        <SelectField t={t} id={fieldId('household.currentCoverage')} label={t('hotline:field.household.currentCoverage')} value={hh.currentCoverage} options={COVERAGES.map((c) => ({ value: c, label: t(`hotline:coverage.${c}`) }))} issue={issue('household.currentCoverage')} onValue={(v) => setHousehold({ currentCoverage: v })} />
        <SelectField t={t} id={fieldId('household.singleParent')} label={t('hotline:field.household.singleParent')} value={hh.singleParent} options={SINGLE_PARENT.map((c) => ({ value: c, label: t(`hotline:singleParent.${c}`) }))} issue={issue('household.singleParent')} onValue={(v) => setHousehold({ singleParent: v })} />
      </div>
      <div class="hl-checks">
        {HOUSEHOLD_FLAGS.map((f) => (
          <CheckField key={f} t={t} id={fieldId(`household.${f}`)} label={t(`hotline:field.household.${f}`)} checked={hh[f]} issue={issue(`household.${f}`)} onValue={(v) => setHousehold({ [f]: v })} />
        ))}
      </div>
      <TextField t={t} id={fieldId('asOf')} class="hl-narrow-field" label={t('hotline:field.asOf')} hint={t('hotline:hint.asOf')} value={draft.asOf} issue={issue('asOf')} onValue={(v) => update((d) => ({ ...d, asOf: v }))} />
    </Group>
  );
}

export function AssetsSection({ t, draft, issue, update }: SectionProps) {
  return (
    <Group t={t} n={3} title={t('hotline:section.assets')} script={t('hotline:script.assets')}>
      <div class="hl-grid-fields">
        {ASSET_FIELDS.map((f) => (
          <TextField
            key={f}
            t={t}
            id={fieldId(`assets.${f}`)}
            label={t(`hotline:field.assets.${f}`)}
            inputMode={f === 'homes' || f === 'cars' ? 'numeric' : 'decimal'}
            placeholder="0"
            hint={f === 'monetary' || f === 'monetaryFromSellingOnlyHomeForIllness' ? t(`hotline:hint.${f}`) : undefined}
            value={draft.assets[f]}
            issue={issue(`assets.${f}`)}
            onValue={(v) => update((d) => ({ ...d, assets: { ...d.assets, [f]: v } }))}
          />
        ))}
      </div>
    </Group>
  );
}

export function ExpensesSection({ t, draft, issue, update }: SectionProps) {
  return (
    <Group t={t} n={4} title={t('hotline:section.expenses')} script={t('hotline:script.expenses')}>
      <div class="hl-grid-fields">
        {EXPENSE_FIELDS.map((f) => (
          <TextField
            key={f}
            t={t}
            id={fieldId(`rigidExpenses.${f}`)}
            label={t(`hotline:field.rigidExpenses.${f}`)}
            inputMode="decimal"
            placeholder={f === 'living' ? t('hotline:placeholder.living') : '0'}
            hint={f === 'living' ? t('hotline:hint.living') : undefined}
            value={draft.rigidExpenses[f]}
            issue={issue(`rigidExpenses.${f}`)}
            onValue={(v) => update((d) => ({ ...d, rigidExpenses: { ...d.rigidExpenses, [f]: v } }))}
          />
        ))}
      </div>
    </Group>
  );
}

export function ConductSection({ t, draft, issue, update }: SectionProps) {
  return (
    <Group t={t} n={5} title={t('hotline:section.conduct')} script={t('hotline:script.conduct')}>
      <div class="hl-checks">
        {CONDUCT_FLAGS.map((f) => (
          <CheckField key={f} t={t} id={fieldId(`conduct.${f}`)} label={t(`hotline:field.conduct.${f}`)} checked={draft.conduct[f]} issue={issue(`conduct.${f}`)} onValue={(v) => update((d) => ({ ...d, conduct: { ...d.conduct, [f]: v } }))} />
        ))}
      </div>
    </Group>
  );
}
