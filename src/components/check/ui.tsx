// Small shared pieces: error summary, field error, visually hidden text.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { T } from '../../i18n/runtime.ts';

export interface FieldError {
  /** id of the field the summary links to */
  target: string;
  message: string;
}

/** Focus an element by id and bring it into view (error summary links, GOV.UK habit). */
export function focusField(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}

/** GOV.UK error summary: takes focus when it appears, links to each field. */
export function ErrorSummary({ t, errors, id = 'error-summary' }: { t: T; errors: FieldError[]; id?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.target + e.message).join('|');
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [key]);
  if (!errors.length) return null;
  return (
    <div class="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{t('common:error.summary')}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.target + e.message}>
            <a
              href={`#${e.target}`}
              onClick={(ev) => {
                // no hash in the address bar: it would add a history entry the back button has to undo
                ev.preventDefault();
                focusField(e.target);
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorMessage({ t, id, message }: { t: T; id: string; message?: string }) {
  if (!message) return null;
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">{t('common:error.prefix')}</span>
      {message}
    </p>
  );
}

export const Hidden = ({ children }: { children: ComponentChildren }) => <span class="visually-hidden">{children}</span>;

/** ids from question keys: 'grade.physical' → 'f-grade-physical' */
export const fieldId = (key: string, value?: string) => `f-${key.replace(/[^a-zA-Z0-9-]/g, '-')}${value === undefined ? '' : `-${value.replace(/[^a-zA-Z0-9-]/g, '-')}`}`;
