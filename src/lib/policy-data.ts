// Build-time helpers for the policy pages (/policy/ and /policy/<program>/): which parameters
// and which articles each programme's page shows, grouped by document, and the worked examples
// read from tests/cases/<program>.yaml. Runs only while Astro builds the pages (Node): nothing
// here reaches the browser.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument, isMap, isScalar, isSeq, visit, type Node as YamlNode } from 'yaml';
import { Decimal } from '../rules/money.ts';
import { PARAMETER_SETS, type GradeLimits, type Param, type ParameterSet, type Parameters } from '../rules/params.ts';
import { SOURCES, articleText, type SourceDoc } from '../rules/sources.ts';
import type { Citation, Program } from '../rules/types.ts';
import { citationAnchor } from './explain.ts';
import { BASE, createI18n, type Locale } from '../i18n/index.ts';
import zhPolicy from '../i18n/zh-CN/policy.json' with { type: 'json' };
import enPolicy from '../i18n/en/policy.json' with { type: 'json' };

type T = (key: string, options?: Record<string, unknown>) => string;

// ---- which parameters each programme uses --------------------------------------------------

/** 低保, 边缘 and 特困 screen assets with the 刚性支出 limits (contract §4.2): these five. */
const ASSET_LIMITS = ['monetaryMonths', 'maxHomes', 'maxHomesWithAreaTest', 'maxCars', 'carValueLimit'] as const;

type Group = keyof Parameters;

/**
 * The parameter groups a programme's rules read (src/rules/*.ts): its own group, the 低保标准
 * every line is measured against, the deduction for 低保 and 边缘, the asset screen.
 */
const PARAM_GROUPS: Record<Program, readonly { group: Group; only?: readonly string[] }[]> = {
  dibao: [{ group: 'dibao' }, { group: 'deduction' }, { group: 'supplement' }, { group: 'rigid', only: ASSET_LIMITS }],
  edge: [{ group: 'edge' }, { group: 'dibao' }, { group: 'deduction' }, { group: 'rigid', only: ASSET_LIMITS }],
  tekun: [{ group: 'tekun' }, { group: 'dibao' }, { group: 'rigid', only: ASSET_LIMITS }],
  rigid: [{ group: 'rigid' }, { group: 'dibao' }],
  medical: [],
};

export interface ParamRow {
  /** 'dibao.standard': also the i18n key suffix `policy:param.dibao.standard` */
  key: string;
  param: Param<unknown>;
}

export function programParams(program: Program, set: ParameterSet): ParamRow[] {
  const rows: ParamRow[] = [];
  for (const { group, only } of PARAM_GROUPS[program]) {
    const params = set.params[group] as Record<string, Param<unknown>>;
    for (const [name, param] of Object.entries(params)) {
      if (only && !only.includes(name)) continue;
      rows.push({ key: `${group}.${name}`, param });
    }
  }
  return rows;
}

// ---- articles each page quotes beyond the parameters -----------------------------------------

const R5 = '津民规〔2025〕5号';
const M6 = '津民规〔2025〕6号';
const M7 = '津民规〔2025〕7号';
const MED = '津政办规〔2026〕2号';
const PLAN = '津政办·十四五基本公共服务规划';
const ASSET_DOC = '低保与低保边缘财产条件';
const TEKUN_NATIONAL = '民发〔2021〕43号';
const EDGE_CASH = '低保边缘救助金发放条件(公开解读)';

/** An article with what it is used for on that page (`policy:role.<role>`). */
interface Extra extends Citation {
  role: string;
}
const x = (doc: string, article: string, role: string): Extra => ({ doc, article, role });

/** The deduction of 津民规〔2025〕7号 二(一), shared by 低保 and 边缘. */
const DEDUCTION_RULE = [x(M7, '二(一)', 'deduction'), x(M7, '二(一)末段', 'deductionChoice')];
/** Materials: 5号 第八条/第九条 for every application (contract §5.1), 7号 三 for 低保 and 边缘. */
const APPLY = [x(R5, '第八条', 'apply'), x(R5, '第九条', 'materials')];
const CLASS_MATERIALS = ['三(一)', '三(二)', '三(三)', '三(四)', '三(五)'].map((a) => x(M7, a, 'materialsExtra'));

/**
 * Articles the engine's steps, the materials and the result page cite for each programme that
 * are not already a parameter's citation (steps: src/rules/<program>.ts; materials.ts).
 */
const EXTRAS: Record<Program, readonly Extra[]> = {
  dibao: [x(M6, '正文', 'income'), ...DEDUCTION_RULE, x(M7, '二(二)', 'supplements'), x(ASSET_DOC, '财产条件', 'assetScreen'), ...APPLY, ...CLASS_MATERIALS],
  edge: [x(PLAN, '城乡低收入家庭救助', 'income'), x(M6, '正文', 'income'), ...DEDUCTION_RULE, x(EDGE_CASH, '发放条件', 'edgeCash'), x(ASSET_DOC, '财产条件', 'assetScreen'), ...APPLY, ...CLASS_MATERIALS],
  tekun: [x(TEKUN_NATIONAL, '第六条', 'tekunWork'), x(PLAN, '特困人员救助供养', 'tekunConditions'), x(M6, '正文', 'tekunStandard'), x(ASSET_DOC, '财产条件', 'assetScreen'), ...APPLY],
  rigid: [
    x(R5, '第四条', 'rigidIncome'),
    x(R5, '第五条(一)', 'rigidCondition'),
    x(R5, '第五条(二)', 'rigidCondition'),
    x(R5, '第五条(三)', 'rigidCondition'),
    x(R5, '第五条(四)', 'rigidCondition'),
    ...['第六条(一)', '第六条(二)', '第六条(三)', '第六条(四)', '第六条(五)', '第六条(六)', '第六条第三款'].map((a) => x(R5, a, 'rigidExpenses')),
    x(R5, '第七条', 'rigidConduct'),
    ...APPLY,
    x(R5, '第九条(三)', 'materials'),
    x(R5, '第十六条', 'procedure'),
    x(R5, '第十七条', 'procedure'),
    x(R5, '第二十二条', 'validity'),
    x(MED, '第三十五条', 'rigidMedical'),
  ],
  medical: [x(MED, '第七条', 'medicalRecipients'), x(MED, '第三十五条', 'medicalRigid'), x(MED, '第十二条', 'medicalFrom'), x(MED, '第三十七条', 'validity')],
};

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
  for (const e of EXTRAS[program]) entries.push({ citation: { doc: e.doc, article: e.article }, role: e.role });
  return groupByDoc(entries);
}

/** Every registered article of every document, for the index page. */
export function allArticles(): DocEntry[] {
  return groupByDoc(Object.values(SOURCES).flatMap((d) => Object.keys(d.articles).map((article) => ({ citation: { doc: d.id, article } }))));
}

// ---- words for values --------------------------------------------------------------------------

/** '第五条(一)' as is; a bare number (numbered measures, e.g. 津民发〔2022〕14号 11) as "第11项". */
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
      return gradesText(t, v as GradeLimits);
    case 'date':
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

// ---- worked examples ---------------------------------------------------------------------------

export interface WorkedExample {
  name: string;
  cite: string;
  /** the `#` comments inside the case (the hand arithmetic), one line each */
  arithmetic: string;
}

const CASES_DIR = resolve(process.cwd(), 'tests/cases');

const commentText = (c: string | null | undefined) =>
  (c ?? '')
    .split('\n')
    .map((line) => line.replace(/^ /, ''))
    .join('\n');

/**
 * Cases of tests/cases/<program>.yaml with their comments. The comments inside an item are the
 * case's arithmetic; the comment before an item is the file's or the section's heading
 * ("# ---- the income line ----"), used only to spread the chosen examples over the sections.
 */
export function allExamples(program: Program): { example: WorkedExample; section: number }[] {
  const file = resolve(CASES_DIR, `${program}.yaml`);
  if (!existsSync(file)) return [];
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (!isSeq(doc.contents)) return [];
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
    out.push({ example: { name, cite: typeof cite === 'string' ? cite : isScalar(cite) ? String(cite.value) : '', arithmetic: comments.join('\n').trim() }, section });
  }
  return out;
}

/** At most `max` examples with arithmetic, taken in turn from each section, in file order. */
export function workedExamples(program: Program, max = 8): WorkedExample[] {
  const all = allExamples(program).filter((e) => e.example.arithmetic !== '');
  const bySection = new Map<number, typeof all>();
  for (const e of all) bySection.set(e.section, [...(bySection.get(e.section) ?? []), e]);
  const chosen = new Set<(typeof all)[number]>();
  for (let round = 0; chosen.size < Math.min(max, all.length); round++)
    for (const list of bySection.values()) if (list[round] && chosen.size < max) chosen.add(list[round]);
  return all.filter((e) => chosen.has(e)).map((e) => e.example);
}

// ---- i18n for the content pages ------------------------------------------------------------------

const POLICY: Record<Locale, Record<string, string>> = { 'zh-CN': zhPolicy, en: enPolicy };

/** common + rules + policy: the strings of the start and policy pages (build time only). */
export function contentI18n(lang: Locale): T {
  return createI18n(lang, { ...BASE[lang], policy: POLICY[lang] }).t as unknown as T;
}
