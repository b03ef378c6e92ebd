// `npm run check:budget`: the size budget of every built page (dist/**/*.html).
//
// Each page is loaded in Chromium (Playwright) from scripts/static-server.ts over dist/, and every
// response is recorded. To that we add every JavaScript file the page's scripts can still import
// later (static `import … from "./x.js"`, dynamic `import("./x.js")`, Vite's preload lists): a
// chunk loaded only when the user opens a file or reaches the result still costs the phone its
// bytes, so the budget is the most a page can ever load. Sizes are gzip level 9 of the files on
// disk (what a static host would send), KiB = 1024 bytes.
//
// Budgets (the product's promise to residents on cheap phones):
//   content pages (start, policy, anything not named below)   0 bytes of JavaScript
//   questionnaire  /check/, /en/check/                       ≤ 45 KiB JS at load (the questions, issue
//     11), ≤ 60 KiB JS in all (with the result page and the file reader, chunks fetched when the
//     check-answers page or a file is reached), ≤ 100 KiB whole page. In all it was 45 until contract
//     v2 and 52 until the answer-first result (issue 11); README "Budgets" says why
//   hotline        /hotline/, /en/hotline/                   ≤ 60 KiB JS
//   caseload       /caseload/, /en/caseload/                 ≤ 60 KiB JS, and its Web Worker (the
//     engine with its schema, and the spreadsheet reader with PapaParse, bundled apart by Vite as
//     *.worker-*.js) counted apart: ≤ 40 KiB
//   the service worker /sw.js, which the three interactive pages register (src/lib/offline.ts):
//     counted apart, ≤ 10 KiB; the files it caches are the site's, not its imports, so they are
//     not added to any page (a content page must not name it at all)
// One chunk is left out, and listed apart, only when the page proves it can never load it:
// @astrojs/preact's client imports @preact/signals only for an island with a
// data-preact-signals attribute (signal props), and no island of ours has one. If a page ever
// has that attribute, the chunk counts like any other.
// Prints a table of every page and exits 1 when a page is over budget.
//
// Options: --dist <dir> (default dist/; built with `astro build` if missing), --json (also print
// the figures as JSON), --verbose (list every file counted per page).

import { spawnSync } from 'node:child_process';
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from './find-browser.ts';
import { SW_FILE } from './service-worker.ts';
import { fileFor, gzipped, serveDist } from './static-server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KIB = 1024;

// ---- budgets ---------------------------------------------------------------------------------

export interface Budget {
  kind: 'content' | 'questionnaire' | 'hotline' | 'caseload';
  /** bytes of gzipped JavaScript, everything the page can ever load */
  js: number;
  /** bytes of gzipped JavaScript loaded with the page itself, when that is limited apart */
  atLoad?: number;
  /** bytes of gzipped JavaScript of the page's Web Workers, counted apart; none allowed when unset */
  worker?: number;
  /** bytes of the gzipped service worker the page registers, counted apart; none allowed when unset */
  serviceWorker?: number;
  /** bytes of the whole page gzipped, or null when only the JavaScript is limited */
  total: number | null;
}

const SW = 10 * KIB;
const NAMED_BUDGETS: Record<string, Budget> = {
  '/check/': { kind: 'questionnaire', js: 60 * KIB, atLoad: 45 * KIB, serviceWorker: SW, total: 100 * KIB },
  '/en/check/': { kind: 'questionnaire', js: 60 * KIB, atLoad: 45 * KIB, serviceWorker: SW, total: 100 * KIB },
  '/hotline/': { kind: 'hotline', js: 60 * KIB, serviceWorker: SW, total: null },
  '/en/hotline/': { kind: 'hotline', js: 60 * KIB, serviceWorker: SW, total: null },
  '/caseload/': { kind: 'caseload', js: 60 * KIB, worker: 40 * KIB, serviceWorker: SW, total: null },
  '/en/caseload/': { kind: 'caseload', js: 60 * KIB, worker: 40 * KIB, serviceWorker: SW, total: null },
};
/** Every other page is a content page: it must work without any JavaScript. */
const CONTENT_BUDGET: Budget = { kind: 'content', js: 0, total: null };

export const budgetFor = (path: string): Budget => NAMED_BUDGETS[path] ?? CONTENT_BUDGET;

/** The @preact/signals chunk, loaded only for islands with signal props (see the head of this file). */
const isSignalsChunk = (pathname: string) => pathname.split('/').pop()!.startsWith('signals.module.');
const NEVER_LOADED_WHY = 'never loaded: no island on the page has signal props (data-preact-signals)';
const notLoadedWhy = (file: { type: string; neverLoaded: boolean }) =>
  file.neverLoaded ? NEVER_LOADED_WHY : file.type === 'service worker' ? 'registered once the page has loaded; blocked while measuring' : 'not loaded at start: reachable by import';

// ---- the built site ----------------------------------------------------------------------------

/** dist/ (or --dist), built first if it is not there. */
export function distDir(argv: string[] = process.argv.slice(2)): string {
  const i = argv.indexOf('--dist');
  const dir = resolve(ROOT, i >= 0 && argv[i + 1] ? argv[i + 1] : 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.log(`${relative(ROOT, dir) || dir}/index.html is missing: running astro build`);
    const args = ['astro', 'build', ...(i >= 0 ? ['--outDir', dir] : [])];
    const built = spawnSync('npx', ['--no-install', ...args], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (built.status !== 0) throw new Error(`astro build failed (exit ${built.status})`);
  }
  return dir;
}

/** Every page of the build as a URL path: dist/policy/dibao/index.html → /policy/dibao/. */
export function pagesOf(dir: string): string[] {
  return globSync('**/*.html', { cwd: dir })
    .map((file) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort((a, b) => a.localeCompare(b));
}

// ---- JavaScript a page can load ----------------------------------------------------------------

const isJs = (pathname: string) => /\.m?js$/.test(pathname);
/** A Web Worker's bundle (Vite names it after its source, caseload.worker.ts → caseload.worker-<hash>.js). */
export const isWorker = (pathname: string) => /\.worker-[\w-]+\.m?js$/.test(pathname.split('/').pop()!);
/** The service worker (scripts/service-worker.ts writes it); its list of files to cache is not an import list. */
export const isServiceWorker = (pathname: string) => pathname === `/${SW_FILE}`;

/** The scripts an HTML page names: <script src>, islands' component-url/renderer-url, modulepreload. */
export function scriptsInHtml(html: string): string[] {
  const out: string[] = [];
  const attr = /<(?:script|astro-island|link)\b[^>]*>/gi;
  for (const tag of html.match(attr) ?? []) {
    if (/^<link/i.test(tag) && !/\brel=["']?modulepreload/i.test(tag)) continue;
    for (const m of tag.matchAll(/\b(src|component-url|renderer-url|before-hydration-url|href)=["']([^"']+)["']/gi)) {
      if (m[2]) out.push(m[2]);
    }
  }
  return out;
}

/**
 * Module specifiers a built JS file can load: static imports and re-exports, dynamic
 * `import("…")`, and Vite's preload lists (`["_astro/x.js", …]`, relative to the site root).
 * Over-counting is safer than missing a chunk, so every quoted "….js" that names a file of the
 * build counts.
 */
export function importsInJs(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/["'`]((?:\.{1,2}\/|\/|_astro\/)[^"'`\s]*?\.m?js)["'`]/g)) out.add(m[1]);
  return [...out];
}

/** Resolve a specifier found in `fromUrl`; Vite's `_astro/…` preload entries are root-relative. */
function resolveSpecifier(spec: string, fromUrl: string, origin: string): string {
  if (spec.startsWith('_astro/')) return new URL(`/${spec}`, origin).href;
  return new URL(spec, fromUrl).href;
}

/** Every JS URL reachable from `start` through imports, same origin only; `stop` files are not entered. */
function jsClosure(dir: string, origin: string, start: Iterable<string>, stop: (pathname: string) => boolean = () => false): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const href = queue.pop()!;
    const url = new URL(href);
    if (url.origin !== origin || !isJs(url.pathname)) continue;
    const key = `${url.origin}${url.pathname}`;
    if (seen.has(key) || stop(url.pathname)) continue;
    const file = fileFor(dir, url.pathname);
    if (!file) continue;
    seen.add(key);
    for (const spec of importsInJs(readFileSync(file, 'utf8'))) queue.push(resolveSpecifier(spec, key, origin));
  }
  return seen;
}

/** Whether one of these scripts names the service worker (registers it). */
function namesServiceWorker(dir: string, origin: string, hrefs: Iterable<string>): boolean {
  for (const href of hrefs) {
    const file = fileFor(dir, new URL(href).pathname);
    if (file && importsInJs(readFileSync(file, 'utf8')).some((spec) => isServiceWorker(new URL(resolveSpecifier(spec, href, origin)).pathname))) return true;
  }
  return false;
}

// ---- measuring -------------------------------------------------------------------------------

const gzipSize = (file: string): number => gzipped(file).length;

export interface PageFigures {
  path: string;
  budget: Budget;
  /** gzipped bytes of JavaScript: loaded at start plus reachable through imports */
  jsGzip: number;
  /** the part of jsGzip the browser loaded with the page */
  jsLoadedGzip: number;
  /** gzipped bytes of the page's Web Workers and what they import, apart from jsGzip */
  workerGzip: number;
  /** gzipped bytes of the service worker the page's scripts name, apart from jsGzip (in totalGzip) */
  swGzip: number;
  /** gzipped bytes of chunks the page can name but provably never loads (signals), outside the budget */
  neverLoadedGzip: number;
  /** gzipped bytes of every same-origin file: HTML, CSS, JS (incl. reachable), images, … */
  totalGzip: number;
  /** raw bytes of the same */
  totalRaw: number;
  files: { path: string; gzip: number; loaded: boolean; type: string; neverLoaded: boolean }[];
  /** requests that did not go to our own origin (should be none; the privacy tests check too) */
  outside: string[];
  failed: string[];
  over: string[];
}

async function measure(dir: string, origin: string, browser: Browser, path: string): Promise<PageFigures> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const loaded = new Map<string, string>(); // url without query → resource type
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) outside.push(request.url());
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    if (response.status() >= 400) failed.push(`${response.status()} ${url.pathname}`);
    else if (response.status() < 300) loaded.set(`${url.origin}${url.pathname}`, response.request().resourceType());
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  // Islands hydrate after load; wait for them so their imports are recorded too.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, null, { timeout: 15_000 }).catch(() => {
    failed.push('islands did not hydrate within 15 s');
  });
  await page.waitForLoadState('networkidle');
  await context.close();

  const pageFile = fileFor(dir, path);
  const html = pageFile ? readFileSync(pageFile, 'utf8') : '';
  const declared = scriptsInHtml(html).map((s) => new URL(s, origin + path).href);
  const hasSignalProps = /\bdata-preact-signals=/.test(html);
  const loadedJs = [...loaded.entries()].filter(([href, type]) => type === 'script' || isJs(new URL(href).pathname)).map(([href]) => href);
  // a worker named by the page's scripts is counted apart, with everything it imports; the
  // service worker apart from both, without following it
  const allJs = jsClosure(dir, origin, [...loadedJs, ...declared], (p) => isWorker(p) || isServiceWorker(p));
  const reachable = [...jsClosure(dir, origin, [...loadedJs, ...declared], isServiceWorker)];
  const workerStarts = reachable.filter((href) => isWorker(new URL(href).pathname));
  const workerJs = new Set([...jsClosure(dir, origin, workerStarts, isServiceWorker)].filter((href) => !allJs.has(href)));
  const swFile = namesServiceWorker(dir, origin, [...reachable, ...workerJs]) ? fileFor(dir, `/${SW_FILE}`) : null;

  const entries = new Map<string, { loaded: boolean; type: string }>();
  for (const [href, type] of loaded) entries.set(href, { loaded: true, type: isJs(new URL(href).pathname) ? 'script' : type });
  for (const href of allJs) if (!entries.has(href)) entries.set(href, { loaded: false, type: 'script' });
  for (const href of workerJs) if (!entries.has(href)) entries.set(href, { loaded: false, type: 'worker' });

  const files: PageFigures['files'] = [];
  let jsGzip = 0;
  let jsLoadedGzip = 0;
  let neverLoadedGzip = 0;
  let workerGzip = 0;
  let totalGzip = 0;
  let totalRaw = 0;
  for (const [href, { loaded: wasLoaded, type }] of entries) {
    const { pathname } = new URL(href);
    const file = fileFor(dir, pathname);
    if (!file) continue;
    const gz = gzipSize(file);
    const neverLoaded = type === 'script' && !wasLoaded && !hasSignalProps && isSignalsChunk(pathname);
    files.push({ path: pathname, gzip: gz, loaded: wasLoaded, type, neverLoaded });
    if (neverLoaded) {
      neverLoadedGzip += gz;
      continue;
    }
    totalGzip += gz;
    totalRaw += statSync(file).size;
    if (type === 'worker' || workerJs.has(href)) workerGzip += gz;
    else if (type === 'script') {
      if (wasLoaded) jsLoadedGzip += gz;
      jsGzip += gz;
    }
  }
  const swGzip = swFile ? gzipSize(swFile) : 0;
  if (swFile) {
    files.push({ path: `/${SW_FILE}`, gzip: swGzip, loaded: false, type: 'service worker', neverLoaded: false });
    totalGzip += swGzip;
    totalRaw += statSync(swFile).size;
  }
  files.sort((a, b) => b.gzip - a.gzip);

  const budget = budgetFor(path);
  const over: string[] = [];
  if (jsGzip > budget.js) over.push(budget.js === 0 ? 'ships JavaScript' : 'JS over budget');
  if (budget.atLoad !== undefined && jsLoadedGzip > budget.atLoad) over.push('JS at load over budget');
  if (budget.total !== null && totalGzip > budget.total) over.push('page over budget');
  if (workerGzip > (budget.worker ?? 0)) over.push(budget.worker === undefined ? 'has a worker without a budget' : 'worker over budget');
  if (swGzip > (budget.serviceWorker ?? 0)) over.push(budget.serviceWorker === undefined ? 'registers a service worker without a budget' : 'service worker over budget');
  if (outside.length > 0) over.push('requests to another origin');
  if (failed.length > 0) over.push('failed requests');
  return { path, budget, jsGzip, jsLoadedGzip, workerGzip, swGzip, neverLoadedGzip, totalGzip, totalRaw, files, outside, failed, over };
}

// ---- the table -------------------------------------------------------------------------------

const kib = (bytes: number) => (bytes / KIB).toFixed(1);

/** A plain-text table; columns whose cells are figures are right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const numeric = rows[0].map((_, c) => rows.slice(1).every((r) => /^(≤ )?[\d.]+( ✗)?$|^—$|^none$/.test(r[c])));
  const line = (r: string[]) => r.map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function printTable(figures: PageFigures[]): void {
  const rows = [
    ['page', 'kind', 'JS gz', '(at load)', 'JS budget', 'worker gz', 'worker budget', 'sw gz', 'sw budget', 'never loaded', 'total gz', 'total budget', 'result'],
    ...figures.map((f) => [
      f.path,
      f.budget.kind,
      kib(f.jsGzip),
      kib(f.jsLoadedGzip),
      f.budget.js === 0 ? 'none' : `≤ ${kib(f.budget.js)}${f.budget.atLoad === undefined ? '' : ` (≤ ${kib(f.budget.atLoad)} at load)`}`,
      kib(f.workerGzip),
      f.budget.worker === undefined ? 'none' : `≤ ${kib(f.budget.worker)}`,
      kib(f.swGzip),
      f.budget.serviceWorker === undefined ? 'none' : `≤ ${kib(f.budget.serviceWorker)}`,
      kib(f.neverLoadedGzip),
      kib(f.totalGzip),
      f.budget.total === null ? '—' : `≤ ${kib(f.budget.total)}`,
      f.over.length === 0 ? 'ok' : `OVER: ${f.over.join(', ')}`,
    ]),
  ];
  console.log('\nPage budgets — sizes in KiB (1 KiB = 1024 bytes), gzip -9 of the built files.');
  console.log('JS gz = JavaScript loaded with the page + every chunk it can import later (opening a file, reaching the result): the most the page can ever load;');
  console.log('worker gz = the Web Workers the page can start, with their imports, counted apart from JS gz (in total gz);');
  console.log('sw gz = the service worker the page registers (/sw.js), counted apart from JS gz (in total gz);');
  console.log('(at load) = the part the browser loaded with the page; never loaded = a chunk the page names but cannot load (signals), outside JS gz and total gz.\n');
  console.log(table(rows));
}

// ---- main ------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const dir = distDir(argv);
  const pages = pagesOf(dir);
  if (pages.length === 0) throw new Error(`no HTML pages in ${dir}`);
  const server = await serveDist(dir);
  const executablePath = await findChromium();
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const figures: PageFigures[] = [];
  try {
    for (const path of pages) figures.push(await measure(dir, server.origin, browser, path));
  } finally {
    await browser.close();
    await server.close();
  }

  printTable(figures);
  const verbose = argv.includes('--verbose');
  for (const f of figures) {
    if (!verbose && f.over.length === 0) continue;
    console.log(`\n${f.path}${f.over.length ? ` — ${f.over.join(', ')}` : ''}`);
    for (const file of f.files) console.log(`  ${kib(file.gzip).padStart(7)} KiB  ${file.type.padEnd(14)} ${file.path}${file.loaded ? '' : `  (${notLoadedWhy(file)})`}`);
    for (const url of f.outside) console.log(`  other origin: ${url}`);
    for (const failure of f.failed) console.log(`  failed: ${failure}`);
  }
  if (argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));

  const bad = figures.filter((f) => f.over.length > 0);
  console.log(bad.length === 0 ? `\ncheck:budget: all ${figures.length} pages within budget` : `\ncheck:budget: ${bad.length} of ${figures.length} pages over budget: ${bad.map((f) => f.path).join(' ')}`);
  return bad.length === 0 ? 0 : 1;
}

if (import.meta.main) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(2);
    },
  );
}
