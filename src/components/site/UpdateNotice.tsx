// "A new version…" with its 刷新 button, shown by the questionnaire, the hotline and the caseload
// once a newer version of the site (new rules, new wording) is installed and waiting
// (src/lib/offline.ts). The live region is there from the start, so the message is announced.
import { useEffect, useState } from 'preact/hooks';
import { watchForUpdate } from '../../lib/offline.ts';

export function UpdateNotice({ text, action }: { text: string; action: string }) {
  const [reload, setReload] = useState<(() => void) | null>(null);
  useEffect(() => watchForUpdate((r) => setReload(() => r)), []);
  return (
    <div role="status" class="update-notice no-print">
      {reload && (
        <p class="notice">
          {text}{' '}
          <button type="button" class="button" onClick={reload}>
            {action}
          </button>
        </p>
      )}
    </div>
  );
}
