// How fast the caseload (/caseload/) screens a neighbourhood: 10 000 families, about 35 000 members.
//   node scripts/bench-caseload.ts            prints the figures
//   node scripts/bench-caseload.ts --node     Node part only (no browser, no build needed)
//   node scripts/bench-caseload.ts --tasks    also what the main thread's longest tasks did (the trace)
// 1. Node, one thread, what a worker does: the spreadsheet's bytes → households (csv.ts:
//    decoding, PapaParse, the columns) → evaluate() and the row of each; and the same families
//    as household files (JSON.parse → evaluate() and the row) → families per second.
// 2. Browser: the built site (`npx astro build` first) served by scripts/static-server.ts on a
//    free port, Chromium via Playwright; /caseload/ opens the spreadsheet, then the same families
//    as 10 household files of 1 000 (one file of 10 000 is over the page's 10 MB limit). Timed
//    in the page from the file input's change event to the table's last row ("已算完"), and the
//    main thread's longest task while it runs (PerformanceObserver 'longtask': every task over
//    50 ms is reported; none means none was), and the CPU time of the longest task by CPU
//    (Chromium's trace), which a busy machine does not stretch.
// The households are tests/rules/arbitrary.ts's (fixed seed), kept while the average stays at
// 3.5 members. A script that prints figures, not a test.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { householdRows, localeWords, vocabulary } from '../src/components/caseload/csv-columns.ts';
import { readCsv } from '../src/components/caseload/csv.ts';
import { summarise, toCsv } from '../src/components/caseload/rows.ts';
import { evaluate, isError, type HouseholdInput } from '../src/rules/index.ts';
import { sampleHouseholds } from '../tests/rules/arbitrary.ts';
import { builtSiteInChromium } from './static-server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FAMILIES = 10_000;
const MEMBERS_PER_FAMILY = 3.5;
const JSON_FILES = 10;
export const BUDGET = { seconds: 5, longTaskMs: 100 };
const args = new Set(process.argv.slice(2));

const read = (locale: string, ns: string) => JSON.parse(readFileSync(join(ROOT, `src/i18n/${locale}/${ns}.json`), 'utf8')) as Record<string, string>;
const WORDS = [localeWords(read('zh-CN', 'caseload'), read('zh-CN', 'rules')), localeWords(read('en', 'caseload'), read('en', 'rules'))];
const DONE = read('zh-CN', 'caseload')['progress.done'];

/** 10 000 valid households whose members average 3.5 (the generator's average is 4.4). */
function households(): HouseholdInput[] {
  const out: HouseholdInput[] = [];
  let members = 0;
  for (let seed = 1; out.length < FAMILIES; seed++) {
    for (const h of sampleHouseholds(2_000, 20261202 + seed) as unknown as HouseholdInput[]) {
      if (out.length === FAMILIES || members + h.members.length > MEMBERS_PER_FAMILY * (out.length + 1)) continue;
      out.push(h);
      members += h.members.length;
    }
  }
  return out;
}

function nodeBench(list: HouseholdInput[], csv: Uint8Array, json: string[]) {
  const rate = (ms: number) => Math.round(FAMILIES / (ms / 1000));
  // on a busy machine the wall-clock rate says little: the CPU time says what a free core would do
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  let cpu = process.cpuUsage();
  let start = performance.now();
  const sheet = readCsv(csv, WORDS);
  const readMs = performance.now() - start;
  let refused = 0;
  for (const f of sheet.families) {
    const out = evaluate(f.data, { asOf: '2026-12-02' });
    if (isError(out)) refused++;
    else summarise(f.data as HouseholdInput, out);
  }
  const csvMs = performance.now() - start;
  const csvCpu = cpuMs(cpu);
  if (sheet.families.length !== list.length || refused > 0 || sheet.problems.length > 0) throw new Error(`the spreadsheet gave ${sheet.families.length} families, ${refused} refused`);
  cpu = process.cpuUsage();
  start = performance.now();
  for (const text of json)
    for (const h of JSON.parse(text) as HouseholdInput[]) {
      const out = evaluate(h, { asOf: '2026-12-02' });
      if (!isError(out)) summarise(h, out);
    }
  const jsonMs = performance.now() - start;
  const jsonCpu = cpuMs(cpu);
  console.log(`node, one thread: spreadsheet → households ${readMs.toFixed(0)} ms, with evaluate() ${csvMs.toFixed(0)} ms → ${rate(csvMs)} families/s (${rate(csvCpu)} per CPU-second)`);
  console.log(`node, one thread: household files (JSON.parse) → evaluate() ${jsonMs.toFixed(0)} ms → ${rate(jsonMs)} families/s (${rate(jsonCpu)} per CPU-second)`);
}

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } };
type Trace = { traceEvents: TraceEvent[] };

const mainThreadTasks = (trace: Trace): TraceEvent[] => {
  const main = new Set(trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return trace.traceEvents.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`));
};

/**
 * The main thread's five longest tasks over 50 ms (wall), each with the trace events in it of
 * 2 ms or more, as wall/CPU ms: where the time goes (a task whose CPU time is a small part of its
 * wall time waited for a core).
 */
function longTasks(trace: Trace): string[] {
  const lines: string[] = [];
  const tasks = mainThreadTasks(trace)
    .filter((e) => (e.dur ?? 0) > 50_000)
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 5);
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = trace.traceEvents.filter((e) => e !== task && e.ph === 'X' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) >= 2_000 && !e.name.startsWith('ThreadController'));
    lines.push(`  task ${(task.dur! / 1000).toFixed(0)} ms wall, ${((task.tdur ?? 0) / 1000).toFixed(0)} ms CPU: ${inside.map((e) => `${e.name} ${(e.dur! / 1000).toFixed(0)}/${((e.tdur ?? 0) / 1000).toFixed(0)}`).join(', ')}`);
  }
  return lines;
}

/**
 * The CPU time of the page's longest main-thread task, from Chromium's trace (a task's `tdur`):
 * on a busy machine a task's wall-clock duration, which 'longtask' reports, includes the time
 * the thread waited for a core.
 */
function longestTaskCpu(trace: Trace): number {
  return mainThreadTasks(trace).reduce((longest, e) => Math.max(longest, (e.tdur ?? 0) / 1000), 0);
}

async function browserBench(csvPath: string, jsonPaths: string[]) {
  const { origin, browser, close } = await builtSiteInChromium(ROOT, '/caseload/');
  try {
    const one = async (paths: string[]) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${origin}/caseload/`);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await page.evaluate((done) => {
        const w = window as unknown as { __bench: { start: number; end: number; longest: number; tasks: number } };
        w.__bench = { start: 0, end: 0, longest: 0, tasks: 0 };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            w.__bench.longest = Math.max(w.__bench.longest, e.duration);
            w.__bench.tasks++;
          }
        }).observe({ type: 'longtask', buffered: false });
        document.querySelector('#cl-files')!.addEventListener('change', () => (w.__bench.start = performance.now()), true);
        new MutationObserver(() => {
          if (!w.__bench.end && document.querySelector('.cl-message')?.textContent?.startsWith(done)) w.__bench.end = performance.now();
        }).observe(document.querySelector('.cl-message')!, { childList: true, characterData: true, subtree: true });
      }, DONE.slice(0, DONE.indexOf('{{')));
      // devtools.timeline names what a task did (script, style, layout, paint), for --tasks
      await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline', ...(args.has('--tasks') ? ['devtools.timeline'] : [])] });
      await page.locator('#cl-files').setInputFiles(paths);
      await page.waitForFunction(() => (window as unknown as { __bench: { end: number } }).__bench.end > 0, null, { timeout: 120_000 });
      const rows = await page.locator('.cl-table caption').textContent();
      // let a last long task (the final render) be reported
      await page.waitForTimeout(200);
      const b = await page.evaluate(() => (window as unknown as { __bench: { start: number; end: number; longest: number; tasks: number } }).__bench);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as Trace;
      await page.close();
      return { seconds: (b.end - b.start) / 1000, longest: b.longest, tasks: b.tasks, cpu: longestTaskCpu(trace), rows, detail: args.has('--tasks') ? longTasks(trace) : [] };
    };
    return { csv: await one([csvPath]), json: await one(jsonPaths) };
  } finally {
    await close();
  }
}

const list = households();
const members = list.reduce((n, h) => n + h.members.length, 0);
const [head, ...rows] = householdRows(list.map((household, i) => ({ family: `F${String(i + 1).padStart(5, '0')}`, household })), vocabulary(WORDS));
const csv = new TextEncoder().encode(toCsv(head, rows));
const per = FAMILIES / JSON_FILES;
const json = Array.from({ length: JSON_FILES }, (_, k) => JSON.stringify(list.slice(k * per, (k + 1) * per)));
console.log(`caseload: load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs${loadavg()[0] > availableParallelism() ? ' (busy machine: the timings are pessimistic)' : ''}`);
console.log(`caseload: ${FAMILIES} families, ${members} members; spreadsheet ${(csv.length / 1024 / 1024).toFixed(1)} MB, ${JSON_FILES} household files ${(json.reduce((n, j) => n + j.length, 0) / 1024 / 1024).toFixed(1)} MB`);
nodeBench(list, csv, json);

if (!args.has('--node')) {
  const dir = mkdtempSync(join(tmpdir(), 'jinzhucha-caseload-'));
  try {
    const csvPath = join(dir, 'caseload.csv');
    writeFileSync(csvPath, csv);
    const jsonPaths = json.map((text, k) => {
      const path = join(dir, `families-${k + 1}.json`);
      writeFileSync(path, text);
      return path;
    });
    const b = await browserBench(csvPath, jsonPaths);
    console.log(`(the page starts ${Math.min(2, availableParallelism())} workers; load average now ${loadavg()[0].toFixed(1)})`);
    for (const [what, r] of [['spreadsheet', b.csv], ['household files', b.json]] as const) {
      console.log(`browser, ${what}: ${r.seconds.toFixed(2)} s → ${Math.round(FAMILIES / r.seconds)} families/s (budget ${BUDGET.seconds} s); longest main-thread task ${r.longest.toFixed(0)} ms (${r.tasks} over 50 ms; budget ${BUDGET.longTaskMs} ms), ${r.cpu.toFixed(0)} ms of CPU in the longest by CPU — ${r.rows}`);
      for (const line of r.detail) console.log(line);
    }
  } catch (error) {
    console.log(`browser: skipped (${(error as Error).message})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
