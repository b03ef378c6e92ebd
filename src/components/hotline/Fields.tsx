// Small labelled controls. A problem shows beside its field and is tied to it with
// aria-describedby; "not answered yet" is a quiet note, a wrong answer an error (GOV.UK habit:
// never clear what was typed).
import type { ComponentChildren } from 'preact';
import type { T } from '../../i18n/runtime.ts';
import type { FieldIssue } from './analyse.ts';

export function IssueNote({ t, id, issue }: { t: T; id: string; issue?: FieldIssue }) {
  if (!issue) return null;
  return issue.pending ? (
    <span id={id} class="hl-pending">
      {issue.message}
    </span>
  ) : (
    <span id={id} class="hl-err">
      <span class="hl-err-prefix">{t('hotline:issue.prefix')}</span>
      {issue.message}
    </span>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

interface TextProps {
  t: T;
  id: string;
  label: ComponentChildren;
  value: string;
  onValue: (v: string) => void;
  issue?: FieldIssue;
  hint?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  placeholder?: string;
  class?: string;
  /** label visually hidden on wide screens (table cells, where the column header says it) */
  cellLabel?: boolean;
  maxLength?: number;
  onKeyDown?: (e: KeyboardEvent) => void;
  list?: string;
}

export function TextField(p: TextProps) {
  const err = `${p.id}-issue`;
  const hint = `${p.id}-hint`;
  return (
    <div class={`hl-field ${p.class ?? ''}`}>
      <label for={p.id} class={p.cellLabel ? 'visually-hidden hl-cell-label' : undefined}>
        {p.label}
      </label>
      <input
        id={p.id}
        type="text"
        value={p.value}
        inputMode={p.inputMode}
        placeholder={p.placeholder}
        maxLength={p.maxLength}
        autocomplete="off"
        spellcheck={false}
        list={p.list}
        aria-invalid={p.issue && !p.issue.pending ? 'true' : undefined}
        aria-describedby={describedBy(p.hint && hint, p.issue && err)}
        onInput={(e) => p.onValue(e.currentTarget.value)}
        onKeyDown={p.onKeyDown}
      />
      {p.hint && (
        <span id={hint} class="hl-hint">
          {p.hint}
        </span>
      )}
      <IssueNote t={p.t} id={err} issue={p.issue} />
    </div>
  );
}

interface SelectProps<V extends string> {
  t: T;
  id: string;
  label: ComponentChildren;
  value: V;
  options: readonly { value: V; label: string }[];
  onValue: (v: V) => void;
  issue?: FieldIssue;
  cellLabel?: boolean;
  class?: string;
}

export function SelectField<V extends string>(p: SelectProps<V>) {
  const err = `${p.id}-issue`;
  return (
    <div class={`hl-field ${p.class ?? ''}`}>
      <label for={p.id} class={p.cellLabel ? 'visually-hidden hl-cell-label' : undefined}>
        {p.label}
      </label>
      <select
        id={p.id}
        value={p.value}
        aria-invalid={p.issue && !p.issue.pending ? 'true' : undefined}
        aria-describedby={describedBy(p.issue && err)}
        onChange={(e) => p.onValue(e.currentTarget.value as V)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <IssueNote t={p.t} id={err} issue={p.issue} />
    </div>
  );
}

interface CheckProps {
  t: T;
  id: string;
  label: ComponentChildren;
  checked: boolean;
  onValue: (v: boolean) => void;
  issue?: FieldIssue;
}

export function CheckField(p: CheckProps) {
  const err = `${p.id}-issue`;
  return (
    <div class="hl-check">
      <input
        id={p.id}
        type="checkbox"
        checked={p.checked}
        aria-invalid={p.issue && !p.issue.pending ? 'true' : undefined}
        aria-describedby={describedBy(p.issue && err)}
        onChange={(e) => p.onValue(e.currentTarget.checked)}
      />
      <label for={p.id}>{p.label}</label>
      <IssueNote t={p.t} id={err} issue={p.issue} />
    </div>
  );
}
