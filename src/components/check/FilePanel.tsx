// Save the answers as a household file (contract §2) on this device, or open one. Nothing is sent:
// the file is made in the browser (Blob + <a download>) and read with FileReader.
import { useState } from 'preact/hooks';
import type { HouseholdInput, ValidationIssue } from '../../rules/index.ts';
import { saveHouseholdFile } from '../../lib/write-household-file.ts';
import type { T } from '../../i18n/runtime.ts';
import { issueText, type Person } from '../../lib/explain.ts';
import { today } from '../../rules/dates.ts';

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
