// A minimal translator with i18next's call shape ("ns:key", {{var}} interpolation), for the
// hotline island only. i18next itself is ~16 KB gzip; the strings already arrive as props from the
// Astro page (flat keys, no plurals, no nesting), so this is all the island needs to stay within
// its 60 KB budget. On the server the page uses the same function, so both render the same text.
import type { TFunction } from 'i18next';

export type Resources = Record<string, Record<string, string>>;

const VAR = /\{\{\s*([\w.]+)\s*\}\}/g;

export function makeT(resources: Resources, defaultNS = 'hotline'): TFunction {
  const t = (key: string, vars?: Record<string, unknown>): string => {
    const sep = key.indexOf(':');
    const ns = sep > 0 ? key.slice(0, sep) : defaultNS;
    const k = sep > 0 ? key.slice(sep + 1) : key;
    const text = resources[ns]?.[k];
    // like i18next: an unknown key shows itself, so a missing string is visible, not blank
    if (text === undefined) return k;
    if (!vars) return text;
    return text.replace(VAR, (whole, name: string) => (vars[name] === undefined || vars[name] === null ? whole : String(vars[name])));
  };
  return t as unknown as TFunction;
}
