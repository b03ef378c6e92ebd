// The translator the islands use in the browser: i18next's call shape ("ns:key", {{var}}
// interpolation, an unknown key shows itself) over the same flat resource files, without
// i18next's 16 KB gzip — the questionnaire's whole JavaScript budget is 45 KB.
// tests/rules/i18n.test.ts checks that it gives exactly what i18next gives for every key.
import type { TFunction } from 'i18next';

/** The translator every wording function takes: i18next's own at build time, makeT's in an island. */
export type T = TFunction;

export type Resources = Record<string, Record<string, string>>;

const VAR = /\{\{\s*([\w.]+)\s*\}\}/g;

export function makeT(resources: Resources, defaultNS = 'common'): T {
  const t = (key: string, vars?: Record<string, unknown>): string => {
    const sep = key.indexOf(':');
    const ns = sep > 0 ? key.slice(0, sep) : defaultNS;
    const k = sep > 0 ? key.slice(sep + 1) : key;
    const text = resources[ns]?.[k];
    if (text === undefined) return typeof vars?.defaultValue === 'string' ? vars.defaultValue : k;
    if (!vars) return text;
    return text.replace(VAR, (whole, name: string) => (vars[name] === undefined || vars[name] === null ? whole : String(vars[name])));
  };
  return t as unknown as T;
}
