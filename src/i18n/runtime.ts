// The translator the islands use in the browser: i18next's call shape ("ns:key", {{var}}
// interpolation, `context` and `count` variants, an unknown key shows itself) over the same flat
// resource files, without i18next's 16 KB gzip — the questionnaire's whole JavaScript budget is 45 KB.
// tests/rules/i18n.test.ts checks that it gives exactly what i18next gives for every key, with
// every context and count the code passes, and for every combination of variant keys.
import type { TFunction } from 'i18next';

/** The translator every wording function takes: i18next's own at build time, makeT's in an island. */
export type T = TFunction;

export type Resources = Record<string, Record<string, string>>;

const VAR = /\{\{\s*([\w.]+)\s*\}\}/g;

/** `lng` chooses the plural forms (Intl.PluralRules), as i18next's `lng` does. */
export function makeT(resources: Resources, defaultNS = 'common', lng = 'zh-CN'): T {
  const plural = new Intl.PluralRules(lng);
  const t = (key: string, vars: Record<string, unknown> = {}): string => {
    const sep = key.indexOf(':');
    const ns = sep > 0 ? key.slice(0, sep) : defaultNS;
    const k = sep > 0 ? key.slice(sep + 1) : key;
    const { context: c, count: n } = vars;
    // i18next v4 keys, in the order i18next's Translator.resolve tries them:
    // key_context_zero (count 0), key_context_<form>, key_context, key_zero, key_<form>, key,
    // then, when the form is not "other", key_context_other and key_other
    const counted = n !== undefined && typeof n !== 'string';
    const form = counted ? `_${plural.select(n as number)}` : '';
    const variants = (b: string) => (counted ? [...(n === 0 ? [`${b}_zero`] : []), b + form, b] : [b]);
    const ctx = (typeof c === 'string' || typeof c === 'number') && c !== '' ? `${k}_${c}` : '';
    const order = [...(ctx ? variants(ctx) : []), ...variants(k)];
    if (counted && form !== '_other') order.push(...(ctx ? [`${ctx}_other`] : []), `${k}_other`);
    // an empty string counts as missing (i18next's returnEmptyString: false)
    const text = order.map((x) => resources[ns]?.[x]).find((x) => x) ?? (typeof vars.defaultValue === 'string' ? vars.defaultValue : k);
    return text.replace(VAR, (whole, name: string) => (name in vars ? String(vars[name] ?? '') : whole));
  };
  return t as unknown as T;
}
