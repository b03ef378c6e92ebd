// The member table: one row per person, edited inline; the rarer facts (disability, illness,
// school, supporters) sit in an expandable editor under the row. Income is a column here
// because staff ask "多大岁数、每月多少收入" in one breath. 删除 comes before 详情, so that Tab from
// an opened 详情 goes straight into the editor below it (the DOM order is the visual order).
import { RELATIONS } from '../../rules/catalog.ts';
import type { T } from '../../i18n/runtime.ts';
import type { FieldIssue } from './analyse.ts';
import { SelectField, TextField, IssueNote } from './Fields.tsx';
import { memberLabel } from '../../lib/explain.ts';
import { MemberEditor } from './MemberEditor.tsx';
import { UNSURE, fieldId, type DraftMember } from './model.ts';

export interface MemberTableProps {
  t: T;
  members: DraftMember[];
  rural: boolean;
  issue: (path: string) => FieldIssue | undefined;
  /** problems of the editor part of a row, so a collapsed row still says it has one */
  rowHasIssue: (index: number) => boolean;
  expanded: ReadonlySet<number>;
  onToggle: (key: number) => void;
  onChange: (key: number, patch: Partial<DraftMember>) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
}

/** What the collapsed row says about the editor's contents. */
function rowFacts(t: T, m: DraftMember): string {
  const facts: string[] = [];
  if (m.hasPension) facts.push(t('hotline:member.pension.short'));
  for (const d of m.disabilities)
    if (d.type) facts.push(t('hotline:facts.disability', { type: t(`rules:disability.${d.type}`), grade: d.grade === UNSURE ? t('hotline:grade.unsure') : d.grade ? t('rules:grade', { grade: d.grade }) : '' }).trim());
  for (const id of m.illnesses) facts.push(t(`rules:illness.${id}`));
  if (m.studentLevel) facts.push(t(`rules:level.${m.studentLevel}`));
  if (m.bothParentsUnavailable !== false) facts.push(t(m.bothParentsUnavailable ? 'hotline:member.parentsUnavailable.short' : 'hotline:member.parentsUnsure.short'));
  // 未问/不确定 is where every new row starts: only an answer is a fact here
  if (m.supporters !== 'able' && m.supporters !== 'unknown') facts.push(t(`hotline:fact.supporters.${m.supporters}`));
  return facts.join(t('hotline:list.sep'));
}

export function MemberTable(p: MemberTableProps) {
  const { t } = p;
  const relationOptions = [{ value: '' as const, label: t('hotline:choose') }, ...RELATIONS.map((r) => ({ value: r, label: t(`rules:relation.${r}`) }))];
  const tableIssue = p.issue('members');
  return (
    <>
      <table class="hl-members" aria-describedby={tableIssue ? 'hl-members-issue' : undefined}>
        <caption class="visually-hidden">{t('hotline:members.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hotline:members.col.n')}</th>
            <th scope="col">{t('hotline:field.member.relation')}</th>
            <th scope="col">{t('hotline:field.member.age')}</th>
            <th scope="col">{t('hotline:field.member.monthlyIncome')}</th>
            <th scope="col">{t('hotline:field.member.name')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('hotline:members.col.actions')}</span>
            </th>
            <th scope="col">{t('hotline:members.col.details')}</th>
          </tr>
        </thead>
        <tbody>
          {p.members.map((m, i) => {
            const open = p.expanded.has(m.key);
            const editorId = fieldId(`members.${i}.editor`);
            const who = memberLabel(t, p.members, i);
            const facts = rowFacts(t, m);
            const lead = <span class="visually-hidden">{who} </span>;
            return [
              <tr key={m.key} class="hl-row">
                <th scope="row" class="hl-n-cell">
                  {i + 1}
                </th>
                <td>
                  <SelectField t={t} id={fieldId(`members.${i}.relation`)} cellLabel label={<>{lead}{t('hotline:field.member.relation')}</>} value={m.relation} options={relationOptions} issue={p.issue(`members.${i}.relation`)} onValue={(v) => p.onChange(m.key, { relation: v })} />
                </td>
                <td>
                  <TextField t={t} id={fieldId(`members.${i}.age`)} cellLabel label={<>{lead}{t('hotline:field.member.age')}</>} class="hl-narrow" inputMode="numeric" value={m.age} issue={p.issue(`members.${i}.age`)} onValue={(v) => p.onChange(m.key, { age: v })} />
                </td>
                <td>
                  <TextField t={t} id={fieldId(`members.${i}.monthlyIncome`)} cellLabel label={<>{lead}{t('hotline:field.member.monthlyIncome')}</>} inputMode="decimal" placeholder="0" value={m.monthlyIncome} issue={p.issue(`members.${i}.monthlyIncome`)} onValue={(v) => p.onChange(m.key, { monthlyIncome: v })} />
                </td>
                <td>
                  <TextField t={t} id={fieldId(`members.${i}.name`)} cellLabel label={<>{lead}{t('hotline:field.member.name')}</>} maxLength={40} value={m.name} issue={p.issue(`members.${i}.name`)} onValue={(v) => p.onChange(m.key, { name: v })} />
                </td>
                <td>
                  <button type="button" id={fieldId(`members.${i}.remove`)} class="hl-remove" onClick={() => p.onRemove(i)}>
                    {t('hotline:members.remove')}
                    <span class="visually-hidden"> {who}</span>
                  </button>
                </td>
                <td class="hl-details-cell">
                  <button type="button" id={fieldId(`members.${i}.details`)} class="hl-toggle" aria-expanded={open ? 'true' : 'false'} aria-controls={open ? editorId : undefined} onClick={() => p.onToggle(m.key)}>
                    <span aria-hidden="true">{open ? '▾' : '▸'} </span>
                    {t('hotline:members.details')}
                    <span class="visually-hidden"> {who}</span>
                  </button>
                  {facts && <span class="hl-facts">{facts}</span>}
                  {!open && p.rowHasIssue(i) && <span class="hl-pending">{t('hotline:members.detailsIssue')}</span>}
                </td>
              </tr>,
              open && (
                <tr key={`${m.key}-editor`} class="hl-editor-row">
                  <td colSpan={7}>
                    <MemberEditor t={t} id={editorId} index={i} who={who} member={m} rural={p.rural} issue={p.issue} onChange={(patch) => p.onChange(m.key, patch)} />
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
      <IssueNote t={t} id="hl-members-issue" issue={tableIssue} />
      <p class="hl-add">
        <button type="button" id="hl-add-member" onClick={p.onAdd}>
          {t('hotline:members.add')} <kbd>Alt+M</kbd>
        </button>{' '}
        <span class="hl-hint">{t('hotline:members.count', { n: p.members.length })}</span>
      </p>
    </>
  );
}
