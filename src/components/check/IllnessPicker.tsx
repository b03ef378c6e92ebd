// The serious illnesses of 津民规〔2025〕7号 二(一)2 as checkboxes with a search box: typing part of
// the Chinese name ("肾", "脑梗") narrows the list. Chosen illnesses always stay visible.
import { useState } from 'preact/hooks';
import { ILLNESSES, ILLNESS_IDS } from '../../rules/catalog.ts';
import type { T } from '../../i18n/runtime.ts';
import { fieldId } from './ui.tsx';

/** Loose match: every character typed appears in the name in order ("脑梗" matches "脑梗死(脑梗塞)"). */
function matches(name: string, query: string): boolean {
  const q = query.replace(/\s+/g, '').toLowerCase();
  if (!q) return true;
  const n = name.toLowerCase();
  if (n.includes(q)) return true;
  let at = 0;
  for (const ch of q) {
    at = n.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

export function IllnessPicker({ t, picked, onChange }: { t: T; picked: string[]; onChange: (v: string[]) => void }) {
  const [query, setQuery] = useState('');
  const label = (id: string) => t(`rules:illness.${id}`);
  const shown = ILLNESS_IDS.filter((id) => picked.includes(id) || matches(ILLNESSES[id].zh, query) || matches(label(id), query));
  const found = shown.filter((id) => !picked.includes(id)).length;
  return (
    <div class="illness-picker">
      <label for="illness-search" class="search-label">
        {t('check:illness.search')}
      </label>
      <input
        id="illness-search"
        type="search"
        autocomplete="off"
        class="input-search"
        value={query}
        aria-describedby="illness-found"
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          // Enter searches; it does not send the page with nothing chosen yet
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      <p id="illness-found" class="found" role="status">
        {query ? (found ? t('check:illness.found', { count: found }) : t('check:illness.noneFound')) : ''}
      </p>
      <div class="checkboxes">
        {shown.map((id) => {
          const cid = fieldId('illnesses', id);
          return (
            <div class="checkbox" key={id}>
              <input
                type="checkbox"
                id={cid}
                name="illnesses"
                value={id}
                checked={picked.includes(id)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  onChange(on ? [...picked, id] : picked.filter((p) => p !== id));
                }}
              />
              <label for={cid}>{label(id)}</label>
            </div>
          );
        })}
      </div>
    </div>
  );
}
