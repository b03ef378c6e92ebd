// The facts catalogue (src/rules/facts.ts) is the one declaration of the household file's
// fields: the schema has exactly its fields with its defaults, withDefaults gives the same, and
// every fact the describers word has its words in both locales.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { withDefaults } from '../../src/rules/defaults.ts';
import { FILE_FACTS, GROUPS, GROUP_FACTS, MEMBER_FACTS, SIMPLE_MEMBER_FACTS, type Fact } from '../../src/rules/facts.ts';
import { validateHousehold } from '../../src/rules/household.ts';

const MINIMAL = { members: [{ relation: 'applicant', age: 40 }] };

/** The names and defaults a catalogue entry promises: facts without a default are required or optional. */
const defaults = (facts: Record<string, Fact>) => Object.fromEntries(Object.entries(facts).filter(([, f]) => 'default' in f).map(([k, f]) => [k, f.default]));

test('the schema fills in exactly the facts of the catalogue, with their defaults', () => {
  const v = validateHousehold(MINIMAL, '2026-03-01');
  assert.ok(v.ok);
  const h = v.household as unknown as Record<string, Record<string, unknown>> & { members: Record<string, unknown>[] };
  const { relation, age, ...memberRest } = h.members[0];
  assert.deepEqual({ relation, age }, { relation: 'applicant', age: 40 });
  assert.deepEqual(memberRest, defaults(MEMBER_FACTS));
  for (const group of GROUPS) assert.deepEqual(h[group], defaults(GROUP_FACTS[group]), group);
  assert.equal(h.area, FILE_FACTS.area.default);
  const top = Object.keys(h).filter((k) => k !== 'members' && !GROUPS.includes(k as never));
  assert.deepEqual(top.sort(), Object.keys(defaults(FILE_FACTS)).sort(), 'top-level fields');
});

test('a field the catalogue does not declare is refused, and every declared field is accepted', () => {
  const unknown = validateHousehold({ ...MINIMAL, household: { notAFact: true } }, '2026-03-01');
  assert.ok(!unknown.ok && unknown.issues.some((i) => i.path === 'household.notAFact'));
  for (const group of GROUPS) {
    const given = Object.fromEntries(Object.entries(GROUP_FACTS[group]).map(([k, f]) => [k, f.default]));
    assert.ok(validateHousehold({ ...MINIMAL, [group]: given }, '2026-03-01').ok, group);
  }
});

test('withDefaults (the questionnaire, without zod) gives what the schema gives', () => {
  const v = validateHousehold(MINIMAL, '2026-03-01');
  assert.ok(v.ok);
  assert.deepEqual(withDefaults(MINIMAL as never), v.household);
});

test("every member flag and choice has its words for the hotline's summary and the policy pages' examples, in both locales", () => {
  for (const locale of ['zh-CN', 'en']) {
    const words = (ns: string) => JSON.parse(readFileSync(`src/i18n/${locale}/${ns}.json`, 'utf8')) as Record<string, string>;
    const [hotline, policy] = [words('hotline'), words('policy')];
    const missing: string[] = [];
    for (const name of SIMPLE_MEMBER_FACTS) {
      const fact: Fact = MEMBER_FACTS[name];
      if (fact.kind === 'flag') {
        if (hotline[`fact.${name}`] === undefined) missing.push(`hotline:fact.${name}`);
        if (policy[`example.fact.${name}`] === undefined) missing.push(`policy:example.fact.${name}`);
        continue;
      }
      for (const value of fact.values ?? []) {
        // the summary says a choice only when it is not the default
        if (value !== fact.default && hotline[`fact.${name}.${value}`] === undefined) missing.push(`hotline:fact.${name}.${value}`);
        if (policy[`example.fact.${name}.${value}`] === undefined) missing.push(`policy:example.fact.${name}.${value}`);
      }
    }
    assert.deepEqual(missing, [], locale);
  }
});
