// The two locales say the same things, the islands' translator says exactly what i18next says
// (for every key, with every context and count the code passes), and every literal key the code
// asks for exists (a missing one would show its key to a resident).
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { createI18n, type Locale } from '../../src/i18n/index.ts';
import i18next from 'i18next';
import { CONTEXTS, RELATION_WORDS } from '../../src/components/check/words.ts';
import { makeT } from '../../src/i18n/runtime.ts';

const LOCALES: Locale[] = ['zh-CN', 'en'];
const NAMESPACES = globSync('src/i18n/zh-CN/*.json').map((f) => basename(f, '.json')).sort();
const load = (locale: Locale, ns: string) => JSON.parse(readFileSync(`src/i18n/${locale}/${ns}.json`, 'utf8')) as Record<string, string>;
const resources = (locale: Locale) => Object.fromEntries(NAMESPACES.map((ns) => [ns, load(locale, ns)]));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

test('both locales have the same namespaces and the same keys in each', () => {
  assert.deepEqual(globSync('src/i18n/en/*.json').map((f) => basename(f, '.json')).sort(), NAMESPACES);
  for (const ns of NAMESPACES) assert.deepEqual(Object.keys(load('en', ns)).sort(), Object.keys(load('zh-CN', ns)).sort(), ns);
});

test('a key has the same placeholders in both locales, and no string is empty', () => {
  for (const ns of NAMESPACES) {
    const zh = load('zh-CN', ns);
    const en = load('en', ns);
    for (const key of Object.keys(zh)) {
      assert.deepEqual(placeholders(en[key]), placeholders(zh[key]), `${ns}:${key}`);
      assert.ok(zh[key].trim() && en[key].trim(), `${ns}:${key} is empty`);
    }
  }
});

/** Counts to try: 0 (i18next's key_zero), and at least one count of every plural form of each locale. */
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 1.5];

test('the counts tried reach every plural form of both locales', () => {
  for (const locale of LOCALES) {
    const rules = new Intl.PluralRules(locale);
    assert.deepEqual(new Set(COUNTS.map((n) => rules.select(n))), new Set(rules.resolvedOptions().pluralCategories), locale);
  }
});

/** The options a key is tried with: none, its values, and its values with every context and count the code passes. */
function optionSets(vars: Record<string, unknown>): Record<string, unknown>[] {
  const sets: Record<string, unknown>[] = [{}, vars];
  for (const context of CONTEXTS) sets.push({ ...vars, context });
  for (const count of COUNTS) {
    sets.push({ ...vars, count });
    for (const context of CONTEXTS) sets.push({ ...vars, context, count });
  }
  return sets;
}

test("the islands' translator gives what i18next gives, for every key, with every context and count the code uses", () => {
  for (const locale of LOCALES) {
    const res = resources(locale);
    const i18n = createI18n(locale, res);
    const mini = makeT(res, 'common', locale);
    for (const ns of NAMESPACES) {
      for (const [key, text] of Object.entries(res[ns])) {
        const vars = Object.fromEntries(placeholders(text).map((name) => [name, `«${name}»`]));
        // the key itself, and the base of a variant (q.age for q.age_self), which the code asks for
        const base = key.replace(new RegExp(`_(?:${[...CONTEXTS, 'zero', 'one', 'two', 'few', 'many', 'other'].join('|')})$`), '');
        for (const k of new Set([key, base])) {
          for (const options of optionSets(vars)) {
            assert.equal(mini(`${ns}:${k}`, options), i18n.t(`${ns}:${k}`, options), `${locale} ${ns}:${k} ${JSON.stringify(options)}`);
          }
        }
      }
    }
    assert.equal(mini('rules:no.such.key', { defaultValue: '' }), i18n.t('rules:no.such.key', { defaultValue: '' }));
    assert.equal(mini('rules:no.such.key'), i18n.t('rules:no.such.key'));
    assert.equal(mini('rules:no.such.key', { count: 2, context: 'self' }), i18n.t('rules:no.such.key', { count: 2, context: 'self' }));
  }
});

test("the islands' translator picks the variant i18next picks, for every combination of context and plural keys", () => {
  // one base key per subset of its variants (empty-string and plain values), tried with and
  // without a context and with every count: the lookup order is i18next's, not just its usual case
  const variants = ['', '_c', '_zero', '_one', '_two', '_few', '_other', '_c_zero', '_c_one', '_c_few', '_c_other'];
  for (const locale of [...LOCALES, 'ar', 'pl']) {
    const common: Record<string, string> = {};
    const bases: string[] = [];
    for (let set = 0; set < 1 << variants.length; set += set < 64 ? 1 : 7) {
      const base = `k${set}`;
      bases.push(base);
      variants.forEach((v, i) => {
        if (set & (1 << i)) common[base + v] = v === '_other' && set % 3 === 0 ? '' : `${base}${v} {{count}}`;
      });
    }
    const i18n = i18next.createInstance();
    void i18n.init({ lng: locale, fallbackLng: false, resources: { [locale]: { common } }, defaultNS: 'common', keySeparator: false, nsSeparator: ':', interpolation: { escapeValue: false }, initAsync: false });
    const mini = makeT({ common }, 'common', locale);
    for (const base of bases) {
      for (const context of [undefined, 'c', '', 'x']) {
        for (const count of [undefined, ...COUNTS, 22, 25, 105]) {
          const options = { context, count };
          assert.equal(mini(base, options), i18n.t(base, options), `${locale} ${base} ${JSON.stringify(options)}`);
        }
      }
    }
  }
});

test("values: a missing one stays as written, an undefined or null one is empty, as in i18next", () => {
  const res = { common: { a: 'A {{x}} {{y}}' } };
  const i18n = createI18n('en', res);
  const mini = makeT(res, 'common', 'en');
  for (const vars of [{}, { x: 1 }, { x: undefined }, { x: null }, { x: 0, y: 'y' }])
    assert.equal(mini('a', vars), i18n.t('a', vars), JSON.stringify(vars));
  assert.equal(mini('no {{x}}', { x: 1 }), i18n.t('no {{x}}', { x: 1 }));
  assert.equal(mini('no', { defaultValue: 'D {{x}}', x: 1 }), i18n.t('no', { defaultValue: 'D {{x}}', x: 1 }));
});

test('every variant key has its base key, and every question that names the member has the applicant\'s (_self) form', () => {
  for (const locale of LOCALES) {
    const res = resources(locale);
    for (const ns of NAMESPACES) {
      for (const key of Object.keys(res[ns])) {
        for (const context of CONTEXTS) {
          const m = new RegExp(`^(.+)_${context}$`).exec(key);
          if (m) assert.ok(res[ns][m[1]] !== undefined, `${locale} ${ns}:${key} has no base key ${m[1]}`);
        }
      }
    }
    // the questionnaire words q.<id> and unsure.<id> with the member's context: "How old is {{who}}?" needs "How old are you?"
    // (a relation's variant, q.supporters_parent, is such a question's other wording: it needs no _self of its own)
    const variant = new RegExp(`_(?:${CONTEXTS.join('|')})$`);
    for (const [key, text] of Object.entries(res.check)) {
      if (/^(q|unsure)\.[\w.]+$/.test(key) && !variant.test(key) && placeholders(text).includes('who')) assert.ok(res.check[`${key}_self`], `${locale} check:${key} has no ${key}_self`);
    }
    for (const r of RELATION_WORDS) assert.ok(res.check[`who.${r}`], `${locale} check:who.${r} is missing`);
  }
});

test('the code passes only the declared contexts', () => {
  const found: string[] = [];
  for (const file of globSync('src/**/*.{ts,tsx,astro}')) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bcontext(?:\s*:|\s*=(?!=))\s*(['"`])(.*?)\1/g)) found.push(`${file}: ${m[2]}`);
  }
  assert.deepEqual(found.filter((f) => !(CONTEXTS as readonly string[]).includes(f.slice(f.lastIndexOf(' ') + 1))), []);
});

test('every literal key the code asks for exists in zh-CN', () => {
  const zh = resources('zh-CN');
  const missing: string[] = [];
  for (const file of globSync('src/**/*.{ts,tsx,astro}')) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bt\(\s*'((?:common|rules|check|hotline|policy|caseload):[\w.-]+)'/g)) {
      const [ns, key] = [m[1].slice(0, m[1].indexOf(':')), m[1].slice(m[1].indexOf(':') + 1)];
      if (zh[ns]?.[key] === undefined) missing.push(`${file}: ${m[1]}`);
    }
  }
  assert.deepEqual(missing, []);
});
