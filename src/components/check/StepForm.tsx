// One question on its own page (GOV.UK "one thing per page"): the question is the h1 (inside the
// legend for radios and checkboxes), a hint says where to find the figure, errors sit beside the
// field and in a summary at the top. What the resident typed stays in the field on error.
// A few short text boxes may follow the question on its page (`more`: the name beside the age,
// homes and cars beside the savings), each with its own label, hint and message.
import { useState } from 'preact/hooks';
import type { ComponentChildren, Ref } from 'preact';
import type { T } from '../../i18n/runtime.ts';
import type { Value } from './answers.ts';
import { parseArea, parseCount, parseMoney, greaterThanMoney, toHalfWidth } from './money-input.ts';
import type { AskedQuestion } from './questions.ts';
import { IllnessPicker } from './IllnessPicker.tsx';
import { ErrorMessage, ErrorSummary, fieldId, type FieldError } from './ui.tsx';

/** A question asked on another's page: a text box (text, count or money) whose label says all (the page's hint explains the rest). */
export interface MorePart {
  step: AskedQuestion;
  value: Value | undefined;
  title: string;
}

export interface StepFormProps {
  t: T;
  step: AskedQuestion;
  value: Value | undefined;
  title: string;
  hint: string;
  more: MorePart[];
  optionLabel: (option: string) => string;
  /** the date answers are checked against (YYYY-MM-DD) */
  asOf: string;
  /** fromHome: the total it cannot exceed */
  monetary?: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** the question's answer, then those of `more` in their order */
  onSubmit: (values: Value[]) => void;
}

const asList = (v: Value | undefined) => (Array.isArray(v) ? v : []);
const asText = (v: Value | undefined) => (typeof v === 'string' ? v : '');

/** The raw text fields of a step, from a stored answer. */
function initialText(step: AskedQuestion, v: Value | undefined): Record<string, string> {
  const s = asText(v);
  if (step.field.kind === 'since') {
    const m = /^(\d{4})-(\d{2})/.exec(s);
    return { year: m ? m[1] : '', month: m ? String(Number(m[2])) : '' };
  }
  if (step.field.kind === 'area') return { main: s === 'unsure' ? '' : s };
  return { main: s };
}

function initialChoice(step: AskedQuestion, v: Value | undefined): Value | undefined {
  if (step.field.kind === 'since') return v === undefined ? undefined : /^\d/.test(asText(v)) ? 'date' : v;
  if (step.field.kind === 'area') return v === 'unsure' ? 'unsure' : undefined;
  return v;
}

type BoxRead = { error: string } | { value: string };

/** The text of one box as an answer: a figure, a count or a name, or the message to show beside it. */
function readBox(t: T, step: AskedQuestion, raw: string, monetary?: string): BoxRead {
  const field = step.field;
  if (field.kind === 'money') {
    const read = parseMoney(raw);
    if (!read.ok) return { error: read.error === 'empty' ? t('check:error.money.empty') : t(`common:money.${read.error}`) };
    if (step.key === 'monetaryFromSellingOnlyHomeForIllness' && monetary !== undefined && greaterThanMoney(read.value, monetary))
      return { error: t('check:error.monetaryFromSellingOnlyHomeForIllness', { monetary }) };
    return { value: read.value };
  }
  if (field.kind === 'count') {
    const read = parseCount(raw, field.min, field.max);
    if (!read.ok) return { error: read.error === 'empty' ? t('check:error.count.empty') : read.error === 'range' ? t('common:number.range', { min: field.min, max: field.max }) : t('common:number.invalid') };
    return { value: String(read.value) };
  }
  const v = raw.trim();
  const max = field.kind === 'text' ? field.max : 0;
  return v.length > max ? { error: t('check:error.name.long', { max }) } : { value: v };
}

export function StepForm(props: StepFormProps) {
  const { t, step, title, hint, optionLabel, headingRef, more } = props;
  const field = step.field;
  const [choice, setChoice] = useState<Value | undefined>(() => initialChoice(step, props.value));
  // the boxes' texts: the question's own (main, or year and month), then those below it by key
  const [text, setText] = useState<Record<string, string>>(() => ({ ...initialText(step, props.value), ...Object.fromEntries(more.map((p) => [p.step.key, asText(p.value)])) }));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const id = fieldId(step.key);
  const hintId = `${id}-hint`;
  const errorFor = (target: string) => errors.find((e) => e.target === target)?.message;
  // the question's own errors, apart from those of the boxes below it
  const partIds = more.map((p) => fieldId(p.step.key));
  const own = errors.filter((e) => !partIds.includes(e.target));
  const anyError = own.length > 0;

  function validate(): { errors: FieldError[]; value?: Value } {
    const err = (target: string, message: string) => ({ errors: [{ target, message }] });
    switch (field.kind) {
      case 'choice':
        return choice === undefined ? err(fieldId(step.key, field.options[0]), t('check:error.choose')) : { errors: [], value: choice };
      case 'multi': {
        const picked = asList(choice);
        return picked.length === 0 ? err(fieldId(step.key, field.options[0]), t(field.none ? 'check:error.chooseOrNone' : 'check:error.chooseSome')) : { errors: [], value: picked };
      }
      case 'illness': {
        const picked = asList(choice);
        return picked.length === 0 ? err('illness-search', t('check:error.illness')) : { errors: [], value: picked };
      }
      case 'money':
      case 'count':
      case 'text': {
        const read = readBox(t, step, text.main ?? '', props.monetary);
        return 'error' in read ? err(id, read.error) : { errors: [], value: read.value };
      }
      case 'area': {
        if (choice === 'unsure') return { errors: [], value: 'unsure' };
        const read = parseArea(text.main ?? '', field.max);
        if (!read.ok) return err(id, t(read.error === 'empty' ? 'check:error.area.empty' : read.error === 'range' ? 'check:error.area.range' : 'check:error.area.invalid'));
        return { errors: [], value: String(read.value) };
      }
      case 'text': {
        const v = (text.main ?? '').trim();
        return v.length > field.max ? err(id, t('check:error.name.long', { max: field.max })) : { errors: [], value: v };
      }
      case 'since': {
        if (choice === undefined) return err(fieldId(step.key, 'none'), t('check:error.choose'));
        if (choice !== 'date') return { errors: [], value: choice };
        const year = toHalfWidth(text.year ?? '').replace(/年$/, '');
        const month = toHalfWidth(text.month ?? '').replace(/月$/, '');
        const out: FieldError[] = [];
        const thisYear = Number(props.asOf.slice(0, 4));
        if (!/^\d{4}$/.test(year) || Number(year) < 1990 || Number(year) > thisYear) out.push({ target: 'since-year', message: t('check:error.since.year', { max: thisYear }) });
        if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) out.push({ target: 'since-month', message: t('check:error.since.month') });
        if (out.length) return { errors: out };
        const date = `${year}-${month.padStart(2, '0')}-01`;
        if (date > props.asOf) return err('since-year', t('check:error.since.future'));
        return { errors: [], value: date };
      }
      default:
        return { errors: [] };
    }
  }

  function submit(ev: Event) {
    ev.preventDefault();
    const out = validate();
    const values: Value[] = out.value === undefined ? [] : [out.value];
    const all = [...out.errors];
    for (const p of more) {
      const read = readBox(t, p.step, text[p.step.key] ?? '');
      if ('error' in read) all.push({ target: fieldId(p.step.key), message: read.error });
      else values.push(read.value);
    }
    setErrors(all);
    if (all.length === 0 && values.length === more.length + 1) props.onSubmit(values);
  }

  const heading = (
    <h1 ref={headingRef} tabIndex={-1} class="question">
      {title}
    </h1>
  );
  const hintEl = hint ? (
    <p class="hint" id={hintId}>
      {hint}
    </p>
  ) : null;

  const radio = (name: string, value: string, label: string, checked: boolean, onChange: () => void) => {
    const rid = fieldId(name, value);
    return (
      <div class="radio" key={value}>
        <input type="radio" id={rid} name={name} value={value} checked={checked} onChange={onChange} />
        <label for={rid}>{label}</label>
      </div>
    );
  };
  const checkbox = (name: string, value: string, label: string, checked: boolean, onChange: (on: boolean) => void) => {
    const cid = fieldId(name, value);
    return (
      <div class="checkbox" key={value}>
        <input type="checkbox" id={cid} name={name} value={value} checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
        <label for={cid}>{label}</label>
      </div>
    );
  };
  // radios, checkboxes: one message for the group; the date has its own beside each box
  const groupError = field.kind === 'since' ? errorFor(fieldId(step.key, 'none')) : own[0]?.message;
  const groupErrorId = `${id}-group-error`;
  const fieldsetProps = {
    class: `field${anyError ? ' field-error' : ''}`,
    'aria-describedby': [hint ? hintId : '', groupError ? groupErrorId : ''].filter(Boolean).join(' ') || undefined,
  };

  // every grouped question: the question as legend, its hint, one message for the group
  const group = (controls: ComponentChildren) => (
    <fieldset {...fieldsetProps}>
      <legend>{heading}</legend>
      {hintEl}
      <ErrorMessage t={t} id={groupErrorId} message={groupError} />
      {controls}
    </fieldset>
  );

  /**
   * One text box (money, count, area, name, a date's year or month) with its message and unit;
   * the hint (if any) and the message describe it.
   */
  const textBox = (bid: string, kind: string, value: string, hintOf: string, onInput: (v: string) => void, disabled = false) => {
    const message = errorFor(bid);
    const input = (
      <input
        id={bid}
        name={bid}
        type="text"
        inputMode={kind === 'text' ? undefined : kind === 'money' || kind === 'area' ? 'decimal' : 'numeric'}
        autocomplete="off"
        spellcheck={false}
        class={`input-${kind}${message ? ' input-error' : ''}`}
        value={value}
        disabled={disabled}
        aria-invalid={message ? 'true' : undefined}
        aria-describedby={[hintOf, message ? `${bid}-error` : ''].filter(Boolean).join(' ') || undefined}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    );
    return (
      <>
        <ErrorMessage t={t} id={`${bid}-error`} message={message} />
        {kind === 'money' || kind === 'area' ? (
          <div class="input-unit">
            {input}
            <span class="unit">{t(kind === 'money' ? 'common:yuan' : 'check:unit.area')}</span>
          </div>
        ) : (
          input
        )}
      </>
    );
  };

  let body;
  if (field.kind === 'choice') {
    body = group(
      <div class={field.columns ? 'radios many' : 'radios'}>
        {field.options.map((o) => radio(step.key, o, optionLabel(o), choice === o, () => setChoice(o)))}
        {field.unsure && (
          <>
            <p class="or">{t('check:or')}</p>
            {radio(step.key, 'unsure', t('common:unsure'), choice === 'unsure', () => setChoice('unsure'))}
          </>
        )}
      </div>,
    );
  } else if (field.kind === 'multi') {
    const picked = asList(choice);
    const toggle = (o: string, on: boolean) => {
      if (o === 'none') setChoice(on ? ['none'] : []);
      else setChoice(on ? [...picked.filter((p) => p !== 'none' && p !== o), o] : picked.filter((p) => p !== o));
    };
    body = group(
      <div class={field.columns ? 'checkboxes many' : 'checkboxes'}>
        {field.options.map((o) => checkbox(step.key, o, optionLabel(o), picked.includes(o), (on) => toggle(o, on)))}
        {field.none && (
          <>
            <p class="or">{t('check:or')}</p>
            {checkbox(step.key, 'none', t(`check:opt.none.${step.key}`), picked.includes('none'), (on) => toggle('none', on))}
          </>
        )}
      </div>,
    );
  } else if (field.kind === 'illness') {
    body = group(
      <IllnessPicker t={t} picked={asList(choice)} onChange={setChoice} />,
    );
  } else if (field.kind === 'since') {
    body = group(
      <div class="radios">
        {radio(step.key, 'none', t('check:opt.since.none'), choice === 'none', () => setChoice('none'))}
        {radio(step.key, 'date', t('check:opt.since.date'), choice === 'date', () => setChoice('date'))}
        {choice === 'date' && (
          <div class="conditional">
            <fieldset class="date">
              <legend>{t('check:since.when')}</legend>
              <div class="date-parts">
                {(['year', 'month'] as const).map((part) => {
                  const pid = `since-${part}`;
                  return (
                    <div class="date-part" key={part}>
                      <label for={pid}>{t(`check:since.${part}`)}</label>
                      {textBox(pid, part, text[part] ?? '', '', (v) => setText({ ...text, [part]: v }))}
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
        )}
        <p class="or">{t('check:or')}</p>
        {radio(step.key, 'unsure', t('common:unsure'), choice === 'unsure', () => setChoice('unsure'))}
      </div>,
    );
  } else {
    // one text box: money, count, area, name
    const kind = field.kind;
    body = (
      <div class={`field${errorFor(id) ? ' field-error' : ''}`}>
        <h1 ref={headingRef} tabIndex={-1} class="question">
          <label for={id}>{title}</label>
        </h1>
        {hintEl}
        {textBox(id, kind, text.main ?? '', hint ? hintId : '', (v) => setText({ ...text, main: v }), kind === 'area' && choice === 'unsure')}
        {kind === 'area' && (
          <div class="checkboxes">
            <p class="or">{t('check:or')}</p>
            {checkbox(step.key, 'unsure', t('common:unsure'), choice === 'unsure', (on) => setChoice(on ? 'unsure' : undefined))}
          </div>
        )}
      </div>
    );
  }

  const parts = more.map((p) => {
    const key = p.step.key;
    return (
      <div key={p.step.id} class={`field part${errorFor(fieldId(key)) ? ' field-error' : ''}`}>
        <label for={fieldId(key)} class="part-label">
          {p.title}
        </label>
        {textBox(fieldId(key), p.step.field.kind, text[key] ?? '', '', (v) => setText({ ...text, [key]: v }))}
      </div>
    );
  });

  return (
    <form class="step" data-step={step.id} noValidate onSubmit={submit}>
      <ErrorSummary t={t} errors={errors} />
      {body}
      {/* the boxes side by side where they fit (homes, cars: check.css) */}
      <div class="parts">{parts}</div>
      <button type="submit" class="button primary">
        {t('common:continue')}
      </button>
    </form>
  );
}
