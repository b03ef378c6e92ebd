// The two locales say the same things, the islands' translator says exactly what i18next says,
// and every literal key the code asks for exists (a missing one would show its key to a resident).
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { createI18n, type Locale } from '../../src/i18n/index.ts';
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

test("the islands' translator gives what i18next gives, for every key, with and without values", () => {
  for (const locale of LOCALES) {
    const res = resources(locale);
    const i18n = createI18n(locale, res);
    const mini = makeT(res);
    for (const ns of NAMESPACES) {
      for (const [key, text] of Object.entries(res[ns])) {
        const vars = Object.fromEntries(placeholders(text).map((name) => [name, `«${name}»`]));
        assert.equal(mini(`${ns}:${key}`, vars), i18n.t(`${ns}:${key}`, vars), `${locale} ${ns}:${key}`);
      }
    }
    assert.equal(mini('rules:no.such.key', { defaultValue: '' }), i18n.t('rules:no.such.key', { defaultValue: '' }));
    assert.equal(mini('rules:no.such.key'), i18n.t('rules:no.such.key'));
  }
});

test('every literal key the code asks for exists in zh-CN', () => {
  const zh = resources('zh-CN');
  const missing: string[] = [];
  for (const file of globSync('src/**/*.{ts,tsx,astro}')) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bt\(\s*'((?:common|rules|check|hotline|policy):[\w.-]+)'/g)) {
      const [ns, key] = [m[1].slice(0, m[1].indexOf(':')), m[1].slice(m[1].indexOf(':') + 1)];
      if (zh[ns]?.[key] === undefined) missing.push(`${file}: ${m[1]}`);
    }
  }
  assert.deepEqual(missing, []);
});
