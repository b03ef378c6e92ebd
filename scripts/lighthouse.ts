// `npm run lighthouse`: Lighthouse (default config = a mid-range phone on a slow 4G connection,
// simulated throttling) on the start page, the questionnaire and one policy page of the built
// site, served from dist/ by scripts/static-server.ts.
//
// Targets: performance ≥ 95, accessibility 100, best practices 100. Every page is audited three
// times and judged on the median score of each category: one run's performance score moves by
// several points on a busy 2-core machine, and Lighthouse's docs/variability.md says to run it
// several times and read the median ("the median of 5 runs is twice as stable as 1 run").
// Prints the scores, LCP, TBT and CLS of every run, the medians, the spread, and every audit that
// cost points in accessibility or best practices. Exits 1 when a page's median misses a target.
//
// Options:
//   --runs N                   runs per page (default 3; odd numbers give a true median)
//   --report-only              print only; never fail
//   --page /path/              add a page (repeatable); --dist <dir> as in check-budget.ts

import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { distDir, table } from './check-budget.ts';
import { fileFor, serveDist } from './static-server.ts';
import { findChromium } from './find-browser.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100 };
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Run {
  path: string;
  run: number;
  scores: Record<Category, number>;
  lcp: number;
  tbt: number;
  cls: number;
  /** audits that cost points in accessibility or best practices, and the warnings Lighthouse gave */
  findings: string[];
}

function argValues(argv: string[], name: string): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    if (a === name && argv[i + 1]) out.push(argv[i + 1]);
  });
  return out;
}

/** The start page, the questionnaire and one policy page (/policy/dibao/, else the first one). */
function pagesToAudit(dir: string, extra: string[]): string[] {
  const policy = ['/policy/dibao/', '/policy/tekun/', '/policy/edge/', '/policy/rigid/', '/policy/medical/', '/policy/'].find((p) => fileFor(dir, p));
  const pages = ['/', '/check/', ...(policy ? [policy] : []), ...extra];
  const missing = pages.filter((p) => !fileFor(dir, p));
  for (const p of missing) console.log(`lighthouse: ${p} is not in the build; skipped`);
  return [...new Set(pages.filter((p) => !missing.includes(p)))];
}

/** What an audit found, briefly: the first few items of its details table (URL, message, node). */
function itemsOf(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const words = items.slice(0, 3).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    const location = item.sourceLocation as { url?: string } | undefined;
    return [item.description, item.url ?? location?.url, item.source, node?.snippet].filter((v) => typeof v === 'string' && v !== '').join(' ').slice(0, 200);
  });
  return words.length > 0 ? `: ${words.join(' | ')}${items.length > 3 ? ` | … ${items.length - 3} more` : ''}` : '';
}

async function audit(url: string, port: number): Promise<Omit<Run, 'path' | 'run'>> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  const findings: string[] = [];
  for (const category of ['accessibility', 'best-practices'] as const) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1) continue;
      if (a.scoreDisplayMode !== 'binary' && a.scoreDisplayMode !== 'numeric' && a.scoreDisplayMode !== 'metricSavings') continue;
      findings.push(`${category}: ${ref.id} (weight ${ref.weight}) — ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}${itemsOf(a.details)}`);
    }
  }
  for (const w of lhr.runWarnings) findings.push(`warning: ${w}`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return { scores, lcp: value('largest-contentful-paint'), tbt: value('total-blocking-time'), cls: value('cumulative-layout-shift'), findings };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const reportOnly = argv.includes('--report-only');
  const runs = Math.max(1, Number(argValues(argv, '--runs')[0] ?? 3));
  const dir = distDir(argv);
  const pages = pagesToAudit(dir, argValues(argv, '--page'));

  const server = await serveDist(dir);
  const chromePath = process.env.CHROMIUM_PATH || (await findChromium());
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
  const results: Run[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      for (const path of pages) {
        console.log(`lighthouse: ${path} (run ${run} of ${runs})`);
        results.push({ path, run, ...(await audit(server.origin + path, chrome.port)) });
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  const medians: Run[] = pages.map((path) => {
    const mine = results.filter((r) => r.path === path);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(mine.map((r) => r.scores[c]))])) as Record<Category, number>;
    return { path, run: 0, scores, lcp: median(mine.map((r) => r.lcp)), tbt: median(mine.map((r) => r.tbt)), cls: median(mine.map((r) => r.cls)), findings: [] };
  });
  const met = (r: Run, c: Category) => r.scores[c] >= TARGETS[c];
  const rows = [
    ['page', 'run', 'performance', 'accessibility', 'best practices', 'LCP ms', 'TBT ms', 'CLS', 'targets'],
    ...[...results, ...(runs > 1 ? medians : [])].map((r) => [
      r.path,
      r.run === 0 ? 'median' : String(r.run),
      `${r.scores.performance}${met(r, 'performance') ? '' : ' ✗'}`,
      `${r.scores.accessibility}${met(r, 'accessibility') ? '' : ' ✗'}`,
      `${r.scores['best-practices']}${met(r, 'best-practices') ? '' : ' ✗'}`,
      r.lcp.toFixed(0),
      r.tbt.toFixed(0),
      r.cls.toFixed(3),
      CATEGORIES.every((c) => met(r, c)) ? 'met' : `missed: ${CATEGORIES.filter((c) => !met(r, c)).join(', ')}`,
    ]),
  ];
  console.log(`\nLighthouse ${CATEGORIES.join(', ')} — mobile defaults (simulated slow 4G, 4× CPU slowdown).`);
  console.log(`Targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS['best-practices']}.\n`);
  console.log(table(rows));

  if (runs > 1) {
    console.log('\nSpread between runs (max − min):');
    for (const path of pages) {
      const mine = results.filter((r) => r.path === path);
      const spread = (f: (r: Run) => number) => Math.max(...mine.map(f)) - Math.min(...mine.map(f));
      console.log(
        `  ${path}: performance ${spread((r) => r.scores.performance)} points, LCP ${spread((r) => r.lcp).toFixed(0)} ms, TBT ${spread((r) => r.tbt).toFixed(0)} ms, CLS ${spread((r) => r.cls).toFixed(3)}`,
      );
    }
  }

  const findings = new Map<string, Set<string>>();
  for (const r of results) for (const f of r.findings) findings.set(f, (findings.get(f) ?? new Set()).add(r.path));
  if (findings.size > 0) {
    console.log('\nWhat cost points (accessibility, best practices) and Lighthouse warnings:');
    for (const [f, paths] of findings) console.log(`  ${f}  [${[...paths].join(' ')}]`);
  }

  const failing = medians.flatMap((r) => CATEGORIES.filter((c) => !met(r, c)).map((c) => `${r.path} ${c} ${r.scores[c]} < ${TARGETS[c]}`));
  const judged = runs > 1 ? `the median of ${runs} runs of every page` : 'one run of every page';
  if (failing.length === 0) {
    console.log(`\nlighthouse: targets met (${judged})`);
    return 0;
  }
  console.log(`\nlighthouse: targets missed (${judged}): ${failing.join('; ')}${reportOnly ? ' (report only: not failing)' : ''}`);
  return reportOnly ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(2);
  },
);
