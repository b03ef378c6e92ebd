// Every citation resolves to words in src/rules/sources.ts (src/rules/README.md: "`npm test`
// checks that every citation resolves to a text in `sources.ts`").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, isError, PROGRAMS } from '../../src/rules/index.ts';
import { PARAMETER_SETS, type Param } from '../../src/rules/params.ts';
import { SOURCES, articleText } from '../../src/rules/sources.ts';
import { sampleHouseholds } from './arbitrary.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isParam = (v: unknown): v is Param<unknown> => isRecord(v) && 'value' in v && 'unit' in v && 'citation' in v && 'effective' in v;

function isDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Every parameter of a set, with its dotted path. */
function walk(node: unknown, path: string, out: { path: string; param: Param<unknown> }[]): typeof out {
  if (isParam(node)) out.push({ path, param: node });
  else if (isRecord(node)) for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** Why a citation does not resolve, or null when it does. */
function unresolved(citation: unknown): string | null {
  if (!isRecord(citation) || typeof citation.doc !== 'string' || typeof citation.article !== 'string')
    return `malformed citation ${JSON.stringify(citation)}`;
  if (!Object.hasOwn(SOURCES, citation.doc)) return `document ${JSON.stringify(citation.doc)} is not in SOURCES`;
  const text = articleText(citation.doc, citation.article);
  if (text === undefined) return `article ${JSON.stringify(citation.article)} is not in ${citation.doc} (has: ${Object.keys(SOURCES[citation.doc].articles).join(', ')})`;
  if (text.trim() === '') return `article ${citation.article} of ${citation.doc} has empty text`;
  return null;
}

test('PARAMETER_SETS is not empty and its sets are in date order', () => {
  assert.ok(PARAMETER_SETS.length > 0);
  for (const set of PARAMETER_SETS) assert.ok(isDate(set.from), `set ${set.id}: from ${set.from}`);
  for (let i = 1; i < PARAMETER_SETS.length; i++) assert.ok(PARAMETER_SETS[i - 1].from < PARAMETER_SETS[i].from, 'sets out of order');
});

for (const set of PARAMETER_SETS) {
  const params = walk(set.params, '', []);
  test(`parameters ${set.id}: the walk finds parameters`, () => assert.ok(params.length > 0));
  for (const { path, param } of params) {
    test(`parameters ${set.id}: ${path} — citation resolves, dates valid, outsideTexts matches its document`, () => {
      const problem = unresolved(param.citation);
      assert.equal(problem, null, `${path}: ${problem}`);
      assert.ok(isDate(param.effective), `${path}: effective ${JSON.stringify(param.effective)} is not a date`);
      if (param.unit === 'date') assert.ok(isDate(param.value), `${path}: value ${JSON.stringify(param.value)} is not a date`);
      const doc = SOURCES[param.citation.doc];
      if (param.outsideTexts === true)
        assert.equal(doc.inPolicyTexts, false, `${path} is marked outsideTexts but cites ${doc.id}, which is in the policy texts`);
      else
        assert.equal(doc.inPolicyTexts, true, `${path} is not marked outsideTexts but cites ${doc.id}, which is not in the policy texts`);
    });
  }
}

test('reasons of ~200 varied households: every citation is null or resolves', () => {
  const problems = new Map<string, string>();
  let reasons = 0;
  for (const h of sampleHouseholds(200, 20250901)) {
    const out = evaluate(h);
    if (isError(out)) assert.fail(`valid household refused: ${JSON.stringify(out.issues)}`);
    for (const program of PROGRAMS) {
      for (const reason of out.result.programs[program].reasons) {
        reasons++;
        assert.ok(typeof reason.code === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(reason.code), `${program}: reason code ${JSON.stringify(reason.code)} is not kebab`);
        assert.ok('citation' in reason, `${program}.${reason.code}: no citation key`);
        if (reason.citation === null) continue;
        const problem = unresolved(reason.citation);
        if (problem) problems.set(`${program}.${reason.code}`, problem);
      }
    }
  }
  assert.ok(reasons > 0);
  assert.deepEqual(Object.fromEntries(problems), {});
});

/**
 * Documents in the policy texts whose text states no date at all. Each entry says why; the test
 * below checks that an entry is still undated, so the list cannot go stale silently.
 */
const UNDATED_IN_TEXTS: Record<string, string> = {
  '社会救助重点举措(征求意见稿)': 'a consultation draft: shared/policy/003 carries no issue or effective date',
};

for (const doc of Object.values(SOURCES)) {
  test(`sources: ${doc.id} — dates`, () => {
    for (const key of ['issued', 'effective', 'expires'] as const)
      if (doc[key] !== null) assert.ok(isDate(doc[key]), `${key} ${JSON.stringify(doc[key])} is not a valid YYYY-MM-DD date`);
    if (doc.effective && doc.expires) assert.ok(doc.effective <= doc.expires, 'expires before it takes effect');
    if (!doc.inPolicyTexts) return;
    if (Object.hasOwn(UNDATED_IN_TEXTS, doc.id)) {
      assert.ok(doc.issued === null && doc.effective === null, `listed as undated (${UNDATED_IN_TEXTS[doc.id]}) but has a date: drop it from UNDATED_IN_TEXTS`);
      return;
    }
    assert.ok(doc.issued !== null || doc.effective !== null, 'a document of the policy texts has neither an issued nor an effective date');
  });
}

test('sources: every document has at least one article with words', () => {
  for (const doc of Object.values(SOURCES)) {
    const articles = Object.entries(doc.articles);
    assert.ok(articles.length > 0, `${doc.id} has no article`);
    for (const [id, text] of articles) assert.ok(text.trim() !== '', `${doc.id} ${id} is empty`);
  }
});
