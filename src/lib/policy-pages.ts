// Build-time helpers for the policy pages (/policy/ and /policy/<program>/): the parameters and
// articles each programme's page shows (declared in src/rules/programs/<id>/policy.ts), grouped
// by document, and the worked examples read from the programme's cases.yaml. Runs only while
// Astro builds the pages (Node): nothing here reaches the browser. The examples are evaluated
// here too, so the page shows the engine's own answer for each, worded by the same helpers as the
// result page (src/lib/explain.ts).
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument, isMap, isScalar, isSeq, visit, type Node as YamlNode } from 'yaml';
import { DOC } from '../rules/docs.ts';
import { Decimal } from '../rules/money.ts';
import { PARAMETER_SETS, parametersAt, type GradeLimits, type Param, type ParameterSet } from '../rules/params.ts';
import { today } from '../rules/dates.ts';
import { factNames, factsOfKind } from '../rules/facts.ts';
import { programCasesFile } from './case-files.ts';
import { simpleFactWords } from './describe.ts';
import { SOURCES, articleText, type SourceDoc } from '../rules/sources.ts';
import type { Citation, Program } from '../rules/index.ts';
import { evaluate, isError, type HouseholdInput, type Step } from '../rules/index.ts';
import { arithmetic, citationAnchor, deductionLine, lawValues, memberLabel, paramValues, payText, stepText, thirdPersonRules, type LawValues } from './explain.ts';
import type { T as ExplainT } from '../i18n/runtime.ts';
import { BASE, createI18n, type Locale } from '../i18n/index.ts';
import zhPolicy from '../i18n/zh-CN/policy.json' with { type: 'json' };
import enPolicy from '../i18n/en/policy.json' with { type: 'json' };
import { POLICY_PROGRAMS, policyOf } from '../rules/programs/policies.ts';

/** The programmes the policy pages list and generate, in order (src/rules/programs/policies.ts). */
export { POLICY_PROGRAMS };

type T = (key: string, options?: Record<string, unknown>) => string;

// ---- which parameters each programme uses --------------------------------------------------

export interface ParamRow {
  /** 'dibao.standard': also the i18n key suffix `policy:param.dibao.standard` */
  key: string;
  param: Param<unknown>;
}

export function programParams(program: Program, set: ParameterSet): ParamRow[] {
  const rows: ParamRow[] = [];
  for (const { group, only } of policyOf(program).params) {
    const params = set.params[group] as Record<string, Param<unknown>>;
    for (const [name, param] of Object.entries(params)) {
      if (only && !only.includes(name)) continue;
      rows.push({ key: `${group}.${name}`, param });
    }
  }
  return rows;
}

// ---- articles grouped by document ------------------------------------------------------------

export interface ArticleEntry {
  citation: Citation;
  anchor: string;
  /** the exact words (documents in the texts) or the summary (outside documents); undefined if not registered */
  text: string | undefined;
  /** parameter keys that cite it */
  params: string[];
  /** roles (`policy:role.<role>`) */
  roles: string[];
}

export interface DocEntry {
  id: string;
  doc: SourceDoc | undefined;
  articles: ArticleEntry[];
}

const key = (c: Citation) => `${c.doc}|${c.article}`;

/** The registry's order of a document's articles (then unregistered ones, in the order met). */
function articleOrder(doc: string, article: string): number {
  const d = Object.hasOwn(SOURCES, doc) ? SOURCES[doc] : undefined;
  const i = d ? Object.keys(d.articles).indexOf(article) : -1;
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}

/** Group citations by document, each article once, with what uses it. */
export function groupByDoc(entries: readonly { citation: Citation; param?: string; role?: string }[]): DocEntry[] {
  const articles = new Map<string, ArticleEntry>();
  for (const { citation, param, role } of entries) {
    let a = articles.get(key(citation));
    if (!a) {
      a = { citation, anchor: citationAnchor(citation), text: articleText(citation.doc, citation.article), params: [], roles: [] };
      articles.set(key(citation), a);
    }
    if (param && !a.params.includes(param)) a.params.push(param);
    if (role && !a.roles.includes(role)) a.roles.push(role);
  }
  const docs = new Map<string, DocEntry>();
  for (const a of articles.values()) {
    const id = a.citation.doc;
    if (!docs.has(id)) docs.set(id, { id, doc: Object.hasOwn(SOURCES, id) ? SOURCES[id] : undefined, articles: [] });
    docs.get(id)!.articles.push(a);
  }
  // documents in the order the page first needs them (its own standard first); articles as in the document
  const out = [...docs.values()];
  for (const d of out) d.articles.sort((a, b) => articleOrder(d.id, a.citation.article) - articleOrder(d.id, b.citation.article));
  return out;
}

/** Every article a programme's page quotes: each parameter's citation (every set) and the extras. */
export function programArticles(program: Program): DocEntry[] {
  const entries: { citation: Citation; param?: string; role?: string }[] = [];
  for (const set of PARAMETER_SETS) for (const row of programParams(program, set)) entries.push({ citation: row.param.citation, param: row.key });
  for (const e of policyOf(program).extras) entries.push({ citation: { doc: e.doc, article: e.article }, role: e.role });
  return groupByDoc(entries);
}

/** Every registered article of every document, for the index page. */
export function allArticles(): DocEntry[] {
  return groupByDoc(Object.values(SOURCES).flatMap((d) => Object.keys(d.articles).map((article) => ({ citation: { doc: d.id, article } }))));
}

// ---- words for values --------------------------------------------------------------------------

/** '第五条(一)' as is; a bare number (numbered items, e.g. 征求意见稿 19) as "第19项". */
export function articleLabel(t: T, article: string): string {
  return /^\d+$/.test(article) ? t('policy:article.item', { n: article }) : article;
}

const GRADE_TYPES = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental'] as const;

/** { physical: 2, visual: 1 } → "视力残疾1级、肢体残疾1–2级" (grade 1 is the most severe). */
function gradesText(t: T, limits: GradeLimits): string {
  return GRADE_TYPES.filter((type) => limits[type] !== undefined)
    .map((type) => {
      const max = limits[type]!;
      const name = t(`rules:disability.${type}`);
      return max === 1 ? t('policy:grades.one', { type: name }) : t('policy:grades.range', { type: name, max });
    })
    .join(t('policy:list.separator'));
}

/** A parameter's value with its unit, in words. */
export function valueText(t: T, param: Param<unknown>): string {
  const v = param.value;
  switch (param.unit) {
    case 'rule':
      return t('policy:value.rule');
    case 'grade':
      // one grade for every type (重度: 一、二级), or a table by type
      return typeof v === 'number' ? t('policy:grades.range', { type: t('policy:grades.anyType'), max: v }) : gradesText(t, v as GradeLimits);
    case 'date':
    case 'count': // the label names what is counted ("住房最多几套"): the number alone reads right
      return String(v);
    case 'ratio': {
      // a share below 1 reads better as a percentage (0.6 → 60%)
      const d = new Decimal(String(v));
      return d.lt(1) ? t('policy:value.percent', { value: d.times(100).toString() }) : t('policy:value.times', { value: d.toString() });
    }
    default:
      return `${String(v)} ${t(`common:unit.${param.unit}`)}`;
  }
}

/**
 * The year of a figure that is a reference amount (contract §1): money or a number of months from
 * the 2021 十四五 plan (001), which later notices may have changed. Null for every other figure.
 */
export function referenceYear(param: Param<unknown>): number | null {
  const planned = param.citation.doc === DOC.plan14 && (param.unit.startsWith('CNY') || param.unit === 'months');
  return planned ? Number(param.effective.slice(0, 4)) : null;
}

/** How sure we are of a figure outside the policy texts (its document's confidence), or null for a figure in them. */
export function outsideConfidence(param: Param<unknown>): string | null {
  const doc = Object.hasOwn(SOURCES, param.citation.doc) ? SOURCES[param.citation.doc] : undefined;
  if (!param.outsideTexts && (!doc || doc.inPolicyTexts)) return null;
  return doc?.confidence ?? 'medium';
}

// ---- worked examples ---------------------------------------------------------------------------

/** A worked case of the programme's cases.yaml as the policy page needs it. */
export interface WorkedExample {
  /** the test's name (English, for staff) */
  name: string;
  /** the test's `cite`, as written (may hold "contract §…" fragments) */
  cite: string;
  /** the `#` comments inside the case (the hand arithmetic), one line each */
  arithmetic: string;
  /** the household file of the case, as written */
  household: unknown;
}


const commentText = (c: string | null | undefined) =>
  (c ?? '')
    .split('\n')
    .map((line) => line.replace(/^ /, ''))
    .join('\n');

/**
 * The programme's worked cases with their comments. The comments inside an item are the
 * case's arithmetic; the comment before an item is the file's or the section's heading
 * ("# ---- the income line ----"), used only to spread the chosen examples over the sections.
 * A case whose arithmetic is "see file header" gets the file's header comment instead.
 */
export function allExamples(program: Program): { example: WorkedExample; section: number }[] {
  const file = resolve(process.cwd(), programCasesFile(program));
  if (!existsSync(file)) return [];
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (!isSeq(doc.contents)) return [];
  const header = commentText(doc.commentBefore).trim();
  const out: { example: WorkedExample; section: number }[] = [];
  let section = 0;
  for (const item of doc.contents.items) {
    if (!isMap(item)) continue;
    if (item.commentBefore && /^\s*-{3,}/m.test(item.commentBefore)) section++;
    const name = item.get('name');
    const cite = item.get('cite');
    const comments: string[] = [];
    visit(item, {
      Node(_key, node: YamlNode) {
        if (node === item) return;
        if (node.commentBefore) comments.push(commentText(node.commentBefore));
        if (node.comment) comments.push(commentText(node.comment));
      },
    });
    if (typeof name !== 'string') continue;
    let arithmetic = comments.join('\n').trim();
    if (/^see (the )?file header$/i.test(arithmetic) && header) arithmetic = header;
    const household = (item.toJS(doc) as { household?: unknown }).household;
    out.push({ example: { name, cite: typeof cite === 'string' ? cite : isScalar(cite) ? String(cite.value) : '', arithmetic, household }, section });
  }
  return out;
}

/**
 * At most `max` examples with arithmetic, taken in turn from each section, in file order. A case
 * the engine rejects (an invalid household) cannot be worked, so it is never chosen.
 */
export function workedExamples(program: Program, max = 8): WorkedExample[] {
  const all = allExamples(program).filter((e) => e.example.arithmetic !== '' && !isError(evaluate(e.example.household)));
  const bySection = new Map<number, typeof all>();
  for (const e of all) bySection.set(e.section, [...(bySection.get(e.section) ?? []), e]);
  const chosen = new Set<(typeof all)[number]>();
  for (let round = 0; chosen.size < Math.min(max, all.length); round++)
    for (const list of bySection.values()) if (list[round] && chosen.size < max) chosen.add(list[round]);
  return all.filter((e) => chosen.has(e)).map((e) => e.example);
}

// ---- an example in the reader's words --------------------------------------------------------------

/** A citation of an example: a document, maybe an article, maybe the words the case rests on. */
export interface ExampleCitation {
  doc: string;
  article: string | null;
  /** words quoted from the article in the case's cite ("18 周岁(含)以上"), Chinese */
  note: string | null;
  /** the article (or its document) on this page, when the page quotes it */
  href: string | null;
}

/** A worked example as a resident reads it: the household, the engine's answer, its basis. */
export interface ExampleView {
  /** sentences describing the household, in the page's language */
  household: string[];
  /** the programme's standing, with the monthly amount when there is one */
  result: string;
  /** how the engine got there: deduction, the deciding steps, the amount's arithmetic */
  how: string[];
  citations: ExampleCitation[];
  /** the test's name and hand arithmetic, for staff (English) */
  name: string;
  arithmetic: string;
}

/** The id of a document's heading on a policy page (DocArticles.astro). */
export const docAnchor = (d: Pick<DocEntry, 'articles'>) => `doc-${d.articles[0].anchor}`;

type Raw = Record<string, unknown>;
const rec = (v: unknown): Raw => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const given = (v: unknown) => v !== undefined && v !== null;
const isZero = (v: unknown) => Number(v) === 0;

/**
 * What to call each member: the result's own labels (explain.ts memberLabel: the name, else the
 * relation, "子女1", "子女2" when shared), so the description and the engine's sentences
 * ("子女2：每月 1870 元") point at the same person.
 */
const memberLabels = (t: T, members: Raw[]): string[] => members.map((_, i) => memberLabel(t as unknown as ExplainT, members, i));

/** What the case says about one member, and nothing it leaves to the defaults. */
function memberFacts(t: T, m: Raw): string[] {
  const facts = [t('policy:example.age', { age: m.age })];
  if (given(m.monthlyIncome)) facts.push(isZero(m.monthlyIncome) ? t('policy:example.noIncome') : t('policy:example.income', { amount: String(m.monthlyIncome) }));
  for (const d of arr(m.disabilities).map(rec))
    facts.push(t('policy:example.disability', { type: t(`rules:disability.${String(d.type)}`), grade: d.grade === null ? t('rules:grade.unknown') : t('rules:grade', { grade: d.grade }) }));
  const illnesses = arr(m.illnesses);
  if (illnesses.length > 0) facts.push(t('policy:example.illnesses', { list: illnesses.map((i) => t(`rules:illness.${String(i)}`)).join(t('policy:list.separator')) }));
  if (typeof m.illnessDeductionSince === 'string') facts.push(t('policy:example.illnessSince', { date: m.illnessDeductionSince }));
  if (given(m.student)) {
    const s = rec(m.student);
    const level = t(`rules:level.${String(s.level)}`);
    facts.push(s.fullTime === true ? t('policy:example.student.fullTime', { level }) : t('policy:example.student.partTime', { level }));
  }
  // whatever the case wrote, defaults included
  facts.push(...simpleFactWords(t, 'policy:example.fact', m, () => true));
  return facts;
}

const HOUSEHOLD_FLAGS = factsOfKind('household', 'flag');
const EXPENSES = factNames('rigidExpenses');
const CONDUCT = factNames('conduct');

/** What the case says about the household as a whole: area when rural, flags that are true, assets, expenses, figures. */
function householdFacts(t: T, h: Raw): string[] {
  const facts: string[] = [];
  if (h.area === 'rural') facts.push(t('policy:example.rural'));
  const hh = rec(h.household);
  if (typeof hh.currentCoverage === 'string' && hh.currentCoverage !== 'none')
    facts.push(t('policy:example.coverage', { program: t(`rules:program.${hh.currentCoverage}`) }));
  if (hh.singleParent === 'widowed' || hh.singleParent === 'other') facts.push(t(`policy:example.singleParent.${hh.singleParent}`));
  for (const flag of HOUSEHOLD_FLAGS) if (hh[flag] === true) facts.push(t(`policy:example.flag.${flag}`));

  const a = rec(h.assets);
  if (given(a.monetary)) facts.push(t('policy:example.monetary', { amount: String(a.monetary) }));
  if (given(a.monetaryFromSellingOnlyHomeForIllness)) facts.push(t('policy:example.homeSale', { amount: String(a.monetaryFromSellingOnlyHomeForIllness) }));
  if (given(a.homes)) facts.push(t('policy:example.homes', { n: a.homes }));
  if (given(a.homesTotalArea)) facts.push(t('policy:example.homesArea', { area: a.homesTotalArea }));
  if (given(a.cars)) facts.push(t('policy:example.cars', { n: a.cars }));
  if (given(a.carsTotalValue)) facts.push(t('policy:example.carsValue', { amount: String(a.carsTotalValue) }));

  const e = rec(h.rigidExpenses);
  const spent = EXPENSES.filter((k) => given(e[k])).map((k) => t(`policy:example.expense.${k}`, { amount: String(e[k]) }));
  if (spent.length > 0) facts.push(t('policy:example.expenses', { list: spent.join(t('policy:list.separator')) }));

  const c = rec(h.conduct);
  for (const k of CONDUCT) if (c[k] === true) facts.push(t(`policy:example.conduct.${k}`));

  const f = rec(h.assumptions);
  if (given(f.priorYearCityDisposableIncome))
    facts.push(t('policy:example.assumption.money', { figure: t('rules:figure.priorYearCityDisposableIncome'), amount: String(f.priorYearCityDisposableIncome) }));
  if (given(f.priorYearCityHousingAreaPerCapita))
    facts.push(t('policy:example.assumption.area', { figure: t('rules:figure.priorYearCityHousingAreaPerCapita'), area: f.priorYearCityHousingAreaPerCapita }));
  return facts;
}

/** The household in a few sentences of the page's language. */
export function householdText(t: T, household: unknown): string[] {
  const h = rec(household);
  const members = arr(h.members).map(rec);
  const sep = t('policy:example.separator');
  const lines: string[] = [];
  if (members.length === 1) lines.push(t('policy:example.alone', { facts: memberFacts(t, members[0]).join(sep) }));
  else {
    const labels = memberLabels(t, members);
    const each = members.map((m, i) => t('policy:example.member', { label: labels[i], facts: memberFacts(t, m).join(sep) }));
    lines.push(t('policy:example.household', { n: members.length, members: each.join(t('policy:example.members.separator')) }));
  }
  const facts = householdFacts(t, h);
  if (facts.length > 0) lines.push(t('policy:example.householdFacts', { facts: facts.join(sep) }));
  if (typeof h.asOf === 'string') lines.push(t('policy:example.asOf', { date: h.asOf }));
  return lines;
}

/**
 * The steps that decide the programme, in the engine's order: those not met or not known (an
 * amount-only step is left out when the programme is unlikely anyway: it would speak of a
 * payment there is no question of) and, unless it is unlikely, the met steps its policy.ts shows (`shownWhenMet`).
 * `decisive` is what the example rests on when its case cites no document: the open steps, or
 * else the met ones.
 */
function decidingSteps(program: Program, p: { status: string; reasons: Step[] }): { shown: Step[]; decisive: Step[] } {
  const open = p.reasons.filter((s) => s.outcome !== 'met' && !(s.kind === 'amount' && p.status === 'unlikely'));
  const met = p.status === 'unlikely' ? [] : p.reasons.filter((s) => s.outcome === 'met' && policyOf(program).shownWhenMet.includes(s.code));
  const shown = p.reasons.filter((s) => open.includes(s) || met.includes(s));
  if (shown.length === 0 && p.reasons[0]) shown.push(p.reasons[0]);
  return { shown, decisive: open.length > 0 ? open : shown };
}

const DOC_IDS = Object.keys(SOURCES).sort((a, b) => b.length - a.length);
const DEVELOPER_TEXT = /[A-Za-z]{3,}|§/;

/**
 * The real citations in a case's `cite`: "津民规〔2025〕7号 二(一)5, 二(二)2（…）; contract §4.3"
 * → 7号 二(一)5 and 7号 二(二)2 with its quoted words. Dropped: the parts that cite the contract
 * (the project's own spec, not a policy), and notes in ASCII brackets after a space, which are
 * developers' remarks ("(as screen, contract §4.2)", "(314)"); an article id's own brackets
 * ("二(二)1") stay.
 */
export function citeParts(cite: string): Omit<ExampleCitation, 'href'>[] {
  const out: Omit<ExampleCitation, 'href'>[] = [];
  for (const raw of cite.replace(/\s+\([^)]*\)/g, '').split(/[;；]/)) {
    const part = raw.trim();
    const doc = DOC_IDS.find((id) => part.startsWith(id)) ?? (/^[^\x00-\x7f]/.test(part) ? part.split(/[\s（]/)[0] : undefined);
    if (!doc || DEVELOPER_TEXT.test(doc)) continue;
    const rest = part.slice(doc.length).trim();
    // commas between articles, not those inside quoted words （…）
    const pieces = rest === '' ? [''] : rest.split(/,\s*(?![^（]*）)/);
    for (const piece of pieces) {
      const m = /^(.*?)\s*(?:（(.*)）)?$/.exec(piece.trim())!;
      const article = m[1].trim() || null;
      const note = m[2]?.trim() || null;
      if ((article && DEVELOPER_TEXT.test(article)) || (note && DEVELOPER_TEXT.test(note))) continue;
      if (!out.some((c) => c.doc === doc && c.article === article)) out.push({ doc, article, note });
    }
  }
  return out;
}

/** Where a citation is quoted on this page: its article, else the nearest enclosing one ("第七条(一)" → "第七条"), else its document. */
function citationHref(c: { doc: string; article: string | null }, docs: readonly DocEntry[]): string | null {
  const d = docs.find((x) => x.id === c.doc);
  if (!d) return null;
  for (let a = c.article; a; ) {
    const hit = d.articles.find((x) => x.citation.article === a);
    if (hit) return `#${hit.anchor}`;
    const shorter = a.replace(/(\([^()]*\)|\d+)$/, '');
    a = shorter === a ? null : shorter;
  }
  return `#${docAnchor(d)}`;
}

/** Does the programme's income pass through the deduction (7号 二(一))? Only where its page lists the deduction. */
const usesDeduction = (program: Program) => policyOf(program).params.some((g) => g.group === 'deduction');

/** One example in the reader's words: evaluated here, at build time, for the page's programme only. */
export function exampleView(t: T, program: Program, example: WorkedExample, docs: readonly DocEntry[]): ExampleView {
  const e = evaluate(example.household);
  if (isError(e)) throw new Error(`${programCasesFile(program)} "${example.name}": the engine rejects its household`);
  const r = e.result;
  const p = r.programs[program];
  const shown = example.household as HouseholdInput;
  const te = t as unknown as ExplainT;

  // the amount (a range where an answer of 不确定 decides it), else the reference amounts with their year
  const amount = payText(te, shown, r, program);
  const result = t(`rules:status.${p.status}`) + (amount ? t('rules:summary.amount', { amount }) : '');

  const deciding = decidingSteps(program, p);
  const how: string[] = [];
  if (usesDeduction(program) && r.deduction.item !== null) how.push(deductionLine(te, shown, r));
  how.push(...deciding.shown.map((s) => stepText(te, shown, s, lawValues(r))));
  how.push(...arithmetic(te, shown, r, program));

  let cites = citeParts(example.cite);
  if (cites.length === 0)
    for (const s of deciding.decisive) if (s.citation && !cites.some((c) => c.doc === s.citation!.doc && c.article === s.citation!.article)) cites.push({ ...s.citation, note: null });
  return {
    household: householdText(t, example.household),
    result,
    how,
    citations: cites.map((c) => ({ ...c, href: citationHref(c, docs) })),
    name: example.name,
    arithmetic: example.arithmetic,
  };
}

/** The page's worked examples, worded for its language. */
export function exampleViews(t: T, program: Program, docs: readonly DocEntry[]): ExampleView[] {
  return workedExamples(program).map((e) => exampleView(t, program, e, docs));
}

/** The law's figures of the set in force when the pages are built (the first set before it starts). */
export function lawInForce(): LawValues {
  return paramValues((parametersAt(today()) ?? PARAMETER_SETS[0]).params);
}

// ---- i18n for the content pages ------------------------------------------------------------------

const POLICY: Record<Locale, Record<string, string>> = { 'zh-CN': zhPolicy, en: enPolicy };

/** common + rules + policy: the strings of the start and policy pages (build time only); their examples speak of the family. */
export function contentI18n(lang: Locale): T {
  return createI18n(lang, { ...BASE[lang], rules: thirdPersonRules(BASE[lang].rules), policy: POLICY[lang] }).t as unknown as T;
}
