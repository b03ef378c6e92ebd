// i18next set-up shared by pages (at build time) and islands (in the browser).
// One flat JSON per locale and namespace with dotted keys; an island gets only the namespaces it needs.
import i18next, { type i18n, type Resource } from 'i18next';
import zhCommon from './zh-CN/common.json' with { type: 'json' };
import zhRules from './zh-CN/rules.json' with { type: 'json' };
import enCommon from './en/common.json' with { type: 'json' };
import enRules from './en/rules.json' with { type: 'json' };

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** The namespaces every page can use; islands add their own (check, hotline). */
export const BASE: Record<Locale, Record<string, Record<string, string>>> = {
  'zh-CN': { common: zhCommon, rules: zhRules },
  en: { common: enCommon, rules: enRules },
};

/** The update notice's words (src/components/site/UpdateNotice.tsx) as the `common` namespace of an island that has no other use for it. */
export const offlineCommon = (locale: Locale): Record<string, string> =>
  Object.fromEntries(Object.entries(BASE[locale].common).filter(([key]) => key.startsWith('offline.')));

/** A ready i18next instance for one locale; `resources` are the namespaces to load. */
export function createI18n(locale: Locale, resources: Record<string, Record<string, string>>): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: resources } as Resource,
    ns: Object.keys(resources),
    defaultNS: 'common',
    keySeparator: false,
    nsSeparator: ':',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** The path of a page in a locale: '/check/' → '/en/check/'. */
export function localePath(locale: Locale, path: string): string {
  return locale === 'zh-CN' ? path : `/en${path}`;
}
