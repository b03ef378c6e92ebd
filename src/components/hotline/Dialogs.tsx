// Three modal dialogs: confirming 新来电, confirming 删除 of a member, and the device settings
// (statistical figures).
// Native <dialog> with showModal(): focus is trapped and Escape closes; the opener decides where
// focus goes afterwards.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { T } from '../../i18n/runtime.ts';
import { FIGURES, validFigure, type FigureId, type Settings } from './settings.ts';

interface ModalProps {
  id: string;
  open: boolean;
  /** the element focused when the dialog opens */
  initialFocus: string;
  onClose: () => void;
  children: ComponentChildren;
}

function Modal({ id, open, initialFocus, onClose, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      document.getElementById(initialFocus)?.focus();
    } else if (!open && d.open) d.close();
  }, [open, initialFocus]);
  return (
    <dialog
      ref={ref}
      id={id}
      class="hl-dialog"
      aria-labelledby={`${id}-h`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}

export function NewCallDialog({ t, open, onConfirm, onClose }: { t: T; open: boolean; onConfirm: () => void; onClose: () => void }) {
  return (
    <Modal id="hl-newcall" open={open} initialFocus="hl-newcall-confirm" onClose={onClose}>
      <h2 id="hl-newcall-h">{t('hotline:newCall.title')}</h2>
      <p>{t('hotline:newCall.text')}</p>
      <div class="hl-dialog-actions">
        <button type="button" id="hl-newcall-confirm" class="hl-primary" onClick={onConfirm}>
          {t('hotline:newCall.confirm')}
        </button>
        <button type="button" onClick={onClose}>
          {t('hotline:cancel')}
        </button>
      </div>
    </Modal>
  );
}

/** 删除 asks once: Enter on a row's 删除 lands on 不删除, so a second Enter loses nobody. */
export function RemoveDialog({ t, who, open, onConfirm, onClose }: { t: T; who: string; open: boolean; onConfirm: () => void; onClose: () => void }) {
  return (
    <Modal id="hl-remove" open={open} initialFocus="hl-remove-cancel" onClose={onClose}>
      <h2 id="hl-remove-h">{t('hotline:remove.title', { who })}</h2>
      <p>{t('hotline:remove.text')}</p>
      <div class="hl-dialog-actions">
        <button type="button" id="hl-remove-cancel" onClick={onClose}>
          {t('hotline:remove.keep')}
        </button>
        <button type="button" id="hl-remove-confirm" class="hl-primary" onClick={onConfirm}>
          {t('hotline:remove.confirm', { who })}
        </button>
      </div>
    </Modal>
  );
}

interface SettingsProps {
  t: T;
  open: boolean;
  settings: Settings;
  today: string;
  onSave: (s: Settings) => void;
  onClose: () => void;
}

/** Rendered afresh each time it opens (the parent keys it), so it starts from the saved figures. */
export function SettingsDialog({ t, open, settings, today, onSave, onClose }: SettingsProps) {
  const [values, setValues] = useState<Record<FigureId, string>>(() => ({
    priorYearCityDisposableIncome: settings.priorYearCityDisposableIncome?.value ?? '',
    priorYearCityHousingAreaPerCapita: settings.priorYearCityHousingAreaPerCapita?.value ?? '',
  }));
  const [errors, setErrors] = useState<Partial<Record<FigureId, boolean>>>({});
  const submit = (e: Event) => {
    e.preventDefault();
    const next: Settings = {};
    const bad: Partial<Record<FigureId, boolean>> = {};
    for (const id of FIGURES) {
      const v = values[id].trim();
      if (v === '') continue;
      if (!validFigure(id, v)) bad[id] = true;
      // an unchanged figure keeps the day it was entered
      else next[id] = { value: v, entered: settings[id]?.value === v ? settings[id].entered : today };
    }
    setErrors(bad);
    const first = FIGURES.find((id) => bad[id]);
    if (first) document.getElementById(`hl-set-${first}`)?.focus();
    else onSave(next);
  };
  return (
    <Modal id="hl-settings" open={open} initialFocus="hl-set-priorYearCityDisposableIncome" onClose={onClose}>
      <h2 id="hl-settings-h">{t('hotline:settings.title')}</h2>
      <p>{t('hotline:settings.intro')}</p>
      <form onSubmit={submit} novalidate>
        {FIGURES.map((id) => (
          <div class="hl-field" key={id}>
            <label for={`hl-set-${id}`}>
              {t('hotline:settings.label', { figure: t(`rules:figure.${id}`), unit: t(`hotline:figure.${id}.unit`) })}
            </label>
            <input
              id={`hl-set-${id}`}
              type="text"
              inputMode="decimal"
              autocomplete="off"
              value={values[id]}
              aria-invalid={errors[id] ? 'true' : undefined}
              aria-describedby={`hl-set-${id}-hint${errors[id] ? ` hl-set-${id}-err` : ''}`}
              onInput={(e) => setValues({ ...values, [id]: e.currentTarget.value })}
            />
            <span id={`hl-set-${id}-hint`} class="hl-hint">
              {settings[id] ? t('hotline:settings.current', { date: settings[id].entered, value: settings[id].value, unit: t(`hotline:figure.${id}.unit`) }) : t('hotline:settings.notSet')}
              {' '}
              {t(`hotline:settings.hint.${id}`)}
            </span>
            {errors[id] && (
              <span id={`hl-set-${id}-err`} class="hl-err">
                <span class="hl-err-prefix">{t('hotline:issue.prefix')}</span>
                {t(`hotline:settings.invalid.${id}`)}
              </span>
            )}
          </div>
        ))}
        <div class="hl-dialog-actions">
          <button type="submit" class="hl-primary">
            {t('hotline:settings.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('hotline:cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
