// The expandable part of a member's row: pension, disabilities (type + grade, several),
// serious illnesses (searched by name), school, parents, supporters and rural care.
import { useState } from 'preact/hooks';
import { DISABILITY_TYPES, ILLNESSES, ILLNESS_IDS, RURAL_CARE, STUDENT_LEVELS, SUPPORTERS, type IllnessId } from '../../rules/catalog.ts';
import type { T } from '../../i18n/runtime.ts';
import type { FieldIssue } from './analyse.ts';
import { CheckField, IssueNote, SelectField, TextField } from './Fields.tsx';
import { UNSURE, fieldId, type DraftMember } from './model.ts';

interface EditorProps {
  t: T;
  id: string;
  index: number;
  /** how the member is named (the row's label) */
  who: string;
  member: DraftMember;
  rural: boolean;
  issue: (path: string) => FieldIssue | undefined;
  onChange: (patch: Partial<DraftMember>) => void;
}

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export function MemberEditor({ t, id, index: i, who, member: m, rural, issue, onChange }: EditorProps) {
  const base = `members.${i}`;
  const choose = { value: '' as const, label: t('hotline:choose') };
  const typeOptions = [choose, ...DISABILITY_TYPES.map((x) => ({ value: x, label: t(`rules:disability.${x}`) }))];
  const gradeOptions = [choose, ...['1', '2', '3', '4'].map((g) => ({ value: g, label: t('rules:grade', { grade: g }) })), { value: UNSURE, label: t('hotline:unsure') }];
  // the parents' situation: 否 (the file's default), 是, or 不确定 (null)
  const parents = m.bothParentsUnavailable === null ? UNSURE : String(m.bothParentsUnavailable);

  const setDisability = (k: number, patch: Partial<DraftMember['disabilities'][number]>) =>
    onChange({ disabilities: m.disabilities.map((d, j) => (j === k ? { ...d, ...patch } : d)) });
  const addDisability = () => {
    onChange({ disabilities: [...m.disabilities, { type: '', grade: '' }] });
    focusSoon(fieldId(`${base}.disabilities.${m.disabilities.length}.type`));
  };
  const removeDisability = (k: number) => {
    onChange({ disabilities: m.disabilities.filter((_, j) => j !== k) });
    focusSoon(fieldId(`${base}.add-disability`));
  };

  return (
    <div id={id} class="hl-editor" role="group" aria-label={t('hotline:members.editorLabel', { member: who })}>
      <fieldset class="hl-sub">
        <legend>{t('hotline:field.member.disabilities')}</legend>
        {m.disabilities.map((d, k) => (
          <div class="hl-inline" key={k}>
            <SelectField t={t} id={fieldId(`${base}.disabilities.${k}.type`)} label={t('hotline:field.member.disabilityType', { n: k + 1 })} value={d.type} options={typeOptions} issue={issue(`${base}.disabilities.${k}.type`)} onValue={(v) => setDisability(k, { type: v })} />
            <SelectField t={t} id={fieldId(`${base}.disabilities.${k}.grade`)} label={t('hotline:field.member.disabilityGrade', { n: k + 1 })} value={d.grade} options={gradeOptions} issue={issue(`${base}.disabilities.${k}.grade`)} onValue={(v) => setDisability(k, { grade: v })} />
            <button type="button" class="hl-remove" onClick={() => removeDisability(k)}>
              {t('hotline:member.disability.remove', { n: k + 1 })}
            </button>
          </div>
        ))}
        <button type="button" id={fieldId(`${base}.add-disability`)} onClick={addDisability}>
          {t('hotline:member.disability.add')}
        </button>
      </fieldset>

      <IllnessPicker t={t} id={fieldId(`${base}.illnesses`)} selected={m.illnesses} issue={issue(`${base}.illnesses`)} onChange={(illnesses) => onChange({ illnesses })} />

      <div class="hl-row-fields">
        <TextField t={t} id={fieldId(`${base}.illnessDeductionSince`)} label={t('hotline:field.member.illnessDeductionSince')} hint={t('hotline:hint.date')} value={m.illnessDeductionSince} issue={issue(`${base}.illnessDeductionSince`)} onValue={(v) => onChange({ illnessDeductionSince: v })} />
        <SelectField
          t={t}
          id={fieldId(`${base}.student`)}
          label={t('hotline:field.member.student')}
          value={m.studentLevel}
          options={[{ value: '' as const, label: t('hotline:student.none') }, ...STUDENT_LEVELS.map((l) => ({ value: l, label: t(`rules:level.${l}`) }))]}
          issue={issue(`${base}.student`)}
          onValue={(v) => onChange({ studentLevel: v })}
        />
        {m.studentLevel && <CheckField t={t} id={fieldId(`${base}.student.fullTime`)} label={t('hotline:field.member.fullTime')} checked={m.studentFullTime} onValue={(v) => onChange({ studentFullTime: v })} />}
      </div>
      <div class="hl-row-fields">
        <CheckField t={t} id={fieldId(`${base}.hasPension`)} label={t('hotline:field.member.hasPension')} checked={m.hasPension} onValue={(v) => onChange({ hasPension: v })} />
      </div>
      <div class="hl-row-fields">
        <SelectField
          t={t}
          id={fieldId(`${base}.bothParentsUnavailable`)}
          label={t('hotline:field.member.bothParentsUnavailable')}
          value={parents}
          options={['false', 'true', UNSURE].map((v) => ({ value: v, label: t(`hotline:parents.${v}`) }))}
          issue={issue(`${base}.bothParentsUnavailable`)}
          onValue={(v) => onChange({ bothParentsUnavailable: v === UNSURE ? null : v === 'true' })}
        />
        <SelectField t={t} id={fieldId(`${base}.supporters`)} label={t('hotline:field.member.supporters')} value={m.supporters} options={SUPPORTERS.map((s) => ({ value: s, label: t(`hotline:supporters.${s}`) }))} issue={issue(`${base}.supporters`)} onValue={(v) => onChange({ supporters: v })} />
        {rural && <SelectField t={t} id={fieldId(`${base}.ruralCare`)} label={t('hotline:field.member.ruralCare')} value={m.ruralCare} options={RURAL_CARE.map((s) => ({ value: s, label: t(`hotline:ruralCare.${s}`) }))} onValue={(v) => onChange({ ruralCare: v })} />}
      </div>
    </div>
  );
}

interface PickerProps {
  t: T;
  id: string;
  selected: IllnessId[];
  issue?: FieldIssue;
  onChange: (ids: IllnessId[]) => void;
}

/**
 * Search the serious illnesses of 津民规〔2025〕7号 二(一)2 by name (the shown name or the
 * Chinese one). A native input + datalist: the browser's own suggestions work with the keyboard
 * and with Chinese input methods. An exact name adds the illness; Enter adds the only match.
 */
function IllnessPicker({ t, id, selected, issue, onChange }: PickerProps) {
  const [query, setQuery] = useState('');
  const [note, setNote] = useState('');
  const label = (x: IllnessId) => t(`rules:illness.${x}`);
  const matches = (q: string) => {
    const s = q.trim();
    if (!s) return [];
    const exact = ILLNESS_IDS.filter((x) => label(x) === s || ILLNESSES[x].zh === s);
    return exact.length ? exact : ILLNESS_IDS.filter((x) => label(x).includes(s) || ILLNESSES[x].zh.includes(s) || label(x).toLowerCase().includes(s.toLowerCase()));
  };
  const add = (x: IllnessId) => {
    if (!selected.includes(x)) onChange([...selected, x]);
    setQuery('');
    setNote(t('hotline:illness.added', { name: label(x) }));
  };
  const remove = (x: IllnessId) => {
    onChange(selected.filter((y) => y !== x));
    setNote(t('hotline:illness.removed', { name: label(x) }));
    focusSoon(id);
  };
  const listId = `${id}-list`;
  const noteId = `${id}-note`;
  return (
    <div class="hl-sub hl-illness">
      <div class="hl-field">
        <label for={id}>{t('hotline:field.member.illnesses')}</label>
        <input
          id={id}
          type="text"
          list={listId}
          autocomplete="off"
          value={query}
          aria-describedby={[`${id}-hint`, note && noteId, issue && `${id}-issue`].filter(Boolean).join(' ')}
          onInput={(e) => {
            const v = e.currentTarget.value;
            setQuery(v);
            setNote('');
            if ((e as InputEvent).isComposing) return;
            const found = ILLNESS_IDS.find((x) => label(x) === v.trim() || ILLNESSES[x].zh === v.trim());
            if (found) add(found);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.isComposing) return;
            e.preventDefault();
            const found = matches(query);
            if (found.length === 1) add(found[0]);
            else setNote(found.length === 0 ? t('hotline:illness.none') : t('hotline:illness.many', { names: found.map(label).join(t('hotline:list.sep')) }));
          }}
        />
        <span id={`${id}-hint`} class="hl-hint">
          {t('hotline:hint.illness')}
        </span>
        <span id={noteId} class="hl-hint" role="status">
          {note}
        </span>
        <IssueNote t={t} id={`${id}-issue`} issue={issue} />
      </div>
      <datalist id={listId}>
        {ILLNESS_IDS.filter((x) => !selected.includes(x)).map((x) => (
          <option key={x} value={label(x)} />
        ))}
      </datalist>
      {selected.length > 0 && (
        <ul class="hl-chips" aria-label={t('hotline:illness.chosen')}>
          {selected.map((x) => (
            <li key={x}>
              {label(x)}
              <button type="button" class="hl-chip-x" aria-label={t('hotline:illness.remove', { name: label(x) })} onClick={() => remove(x)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
