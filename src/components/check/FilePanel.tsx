// Save the answers as a household file (contract §2) on this device, or open one. Nothing is sent:
// the file is made in the browser (Blob + <a download>) and read with FileReader.
import { useState } from 'preact/hooks';
import type { HouseholdInput, ValidationIssue } from '../../rules/index.ts';
import { saveHouseholdFile } from '../../lib/write-household-file.ts';
import type { T } from '../../i18n/runtime.ts';
import { issueMessage, memberLabel, type Person } from '../../lib/explain.ts';
import { today } from '../../rules/dates.ts';

/** "members.1.age" → "配偶的年龄" (the member as the file names them); unknown parts are shown as written. */
export function pathText(t: T, path: string, members: readonly Person[] = []): string {
  if (!path) return t('check:path.file');
  const parts = path.split('.');
  if (parts[0] === 'members') {
    if (parts.length === 1) return t('check:path.members');
    const who = memberLabel(t, members, Number(parts[1]));
    const rest = parts.slice(2).filter((p) => !/^\d+$/.test(p));
    if (rest.length === 0) return who;
    const key = `check:path.member.${rest.join('.')}`;
    const field = t(key, { defaultValue: '' }) || t(`check:path.member.${rest[0]}`, { defaultValue: '' }) || rest.join('.');
    return t('check:path.of', { who, field });
  }
  return t(`check:path.${path}`, { defaultValue: '' }) || t(`check:path.${parts[0]}`, { defaultValue: '' }) || path;
}

export function issueText(t: T, issue: ValidationIssue, members: readonly Person[] = []): string {
  return t('check:file.issue', { where: pathText(t, issue.path, members), problem: issueMessage(t, issue.code, issue.message) });
}

export interface FilePanelProps {
  t: T;
  /** the household to save, or null when there is nothing to save yet */
  household: HouseholdInput | null;
  onImport: (h: HouseholdInput) => void;
}

export function FilePanel({ t, household, onImport }: FilePanelProps) {
  const [issues, setIssues] = useState<ValidationIssue[] | null>(null);
  const [fileMembers, setFileMembers] = useState<Person[]>([]);

  function exportFile() {
    if (household) saveHouseholdFile(household, t('check:file.name', { date: today() }));
  }

  async function importFile(ev: Event) {
    const input = ev.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = ''; // the same file can be chosen again after fixing it
    // the schema is loaded only now: the questionnaire itself builds households it has checked
    const { readHouseholdFile } = await import('../../lib/household-file.ts');
    const read = readHouseholdFile(text);
    if (!read.ok) {
      setIssues(read.issues.length ? read.issues : [{ path: '', code: read.error, message: read.error }]);
      setFileMembers(read.members ?? []);
      return;
    }
    setIssues(null);
    onImport(read.household);
  }

  return (
    <section class="file-panel no-print" aria-labelledby="file-h">
      <h2 id="file-h">{t('check:file.title')}</h2>
      <p class="hint">{t('check:file.intro')}</p>
      {household && (
        <p>
          <button type="button" class="button secondary" onClick={exportFile}>
            {t('check:file.export')}
          </button>
        </p>
      )}
      <div class={`field${issues ? ' field-error' : ''}`}>
        <label for="import-file" class="label">
          {t('check:file.import')}
        </label>
        <p class="hint" id="import-hint">
          {t('check:file.importHint')}
        </p>
        {issues && (
          <div class="import-problems" role="alert" id="import-error">
            <p class="error-message">{t('check:file.problems', { count: issues.length })}</p>
            <ul>
              {issues.map((issue, i) => (
                <li key={i}>{issueText(t, issue, fileMembers)}</li>
              ))}
            </ul>
          </div>
        )}
        <input
          type="file"
          id="import-file"
          accept=".json,application/json"
          class="input-file"
          aria-describedby={issues ? 'import-hint import-error' : 'import-hint'}
          onChange={importFile}
        />
      </div>
    </section>
  );
}
