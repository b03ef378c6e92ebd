// How long one result update of the hotline workspace takes, for a 10-person household.
//   node scripts/bench-hotline.ts            prints the figures
//   node scripts/bench-hotline.ts --check    also exits 1 when the p95 is over the 50 ms budget
//   node scripts/bench-hotline.ts --node     Node part only (no browser, no build needed)
// 1. Node: the work done on every keystroke outside rendering (form → file → evaluate, and the
//    status line, read-back and ticket summary), 1 000 runs.
// 2. Browser: the built site (`npx astro build` first) served by scripts/static-server.ts on a
//    free port (so a running preview or another checkout's bench is no obstacle), Chromium via
//    Playwright; a key typed into a member's income field, timed in the page with
//    performance.now() from the input event to the panel's next render (the panel's
//    data-updated-at attribute, set after each commit), 50 times.
// A script that prints figures, not a test.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../src/components/hotline/analyse.ts';
import { draftFromFile } from '../src/components/hotline/model.ts';
import { readBack, statusLine, ticketSummary } from '../src/components/hotline/summary.ts';
import { makeT } from '../src/i18n/runtime.ts';
import { PROGRAMS } from '../src/rules/registry.ts';
import type { HouseholdInput } from '../src/rules/index.ts';
import { builtSiteInChromium } from './static-server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_MS = 50;
const args = new Set(process.argv.slice(2));

/** Ten people: every member field kind the form has, so the update does all its work. */
const HOUSEHOLD: HouseholdInput = {
  area: 'urban',
  members: [
    { relation: 'applicant', age: 58, monthlyIncome: '1800', disabilities: [{ type: 'physical', grade: 2 }, { type: 'visual', grade: 3 }] },
    { relation: 'spouse', age: 56, monthlyIncome: '900', illnesses: ['uremia', 'epilepsy'], illnessDeductionSince: '2024-01-15' },
    { relation: 'child', age: 20, student: { level: 'undergraduate', fullTime: true } },
    { relation: 'child', age: 16, student: { level: 'senior', fullTime: true } },
    { relation: 'parent', age: 82, monthlyIncome: '1200', hasPension: true, supporters: 'unable' },
    { relation: 'parent', age: 80, illnesses: ['alzheimers'], supporters: 'unable' },
    { relation: 'grandchild', age: 3 },
    { relation: 'sibling', age: 50, monthlyIncome: '2500', disabilities: [{ type: 'mental', grade: 2 }] },
    { relation: 'other', age: 35, monthlyIncome: '3000' },
    { relation: 'grandparent', age: 95, supporters: 'none' },
  ],
  household: { applyingByProxy: true },
  assets: { monetary: '20000', homes: 1, homesTotalArea: 90 },
  rigidExpenses: { medical: '40000', education: '8000' },
};

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { median: at(0.5), p95: at(0.95) };
}
const ms = (x: number) => x.toFixed(2);

function nodeBench(runs = 1000) {
  const read = (ns: string) => JSON.parse(readFileSync(join(ROOT, `src/i18n/zh-CN/${ns}.json`), 'utf8')) as Record<string, string>;
  const t = makeT({ hotline: read('hotline'), rules: read('rules') }, 'hotline');
  const draft = draftFromFile(HOUSEHOLD);
  const settings = { priorYearCityDisposableIncome: { value: '52000', entered: '2026-03-01' } };
  const times: number[] = [];
  for (let i = 0; i < runs + 50; i++) {
    const start = performance.now();
    const a = analyse(t, draft, settings);
    if (!a.evaluation) throw new Error(`the bench household is invalid: ${JSON.stringify(a.issues)}`);
    statusLine(t, a.evaluation);
    readBack(t, a.built.file, a.evaluation);
    ticketSummary(t, a.built.file, a.evaluation, { settings, pending: 0 });
    if (i >= 50) times.push(performance.now() - start); // the first runs warm the JIT
  }
  return stats(times);
}

async function browserBench(samples = 50) {
  const { origin: base, browser, close } = await builtSiteInChromium(ROOT, '/hotline/');
  try {
    // no service worker: its one-time download of the whole site would run beside the typing timed here
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    await page.goto(`${base}/hotline/`);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.setInputFiles('#hl-import', { name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(HOUSEHOLD)) });
    await page.waitForFunction((programs) => document.querySelectorAll('section.program').length === programs && document.querySelectorAll('tr.hl-row').length === 10, PROGRAMS.length);
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[] };
      w.__lat = [];
      let start = 0;
      document.addEventListener('input', () => (start = performance.now()), true);
      new MutationObserver(() => {
        if (start) w.__lat.push(performance.now() - start);
        start = 0;
      }).observe(document.querySelector('.hl-panel')!, { attributes: true, attributeFilter: ['data-updated-at'] });
    });
    await page.focus('#hl-f-members-0-monthlyIncome');
    await page.keyboard.press('End');
    for (let i = 0; i < samples; i++) {
      // add a digit, then take it away: each keystroke is a valid change that re-evaluates
      await page.keyboard.press(i % 2 === 0 ? '7' : 'Backspace');
      await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length > n, i);
    }
    const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
    const stale = await page.locator('.hl-panel.is-stale').count();
    if (stale) throw new Error('the panel went stale during the bench');
    return stats(lat);
  } finally {
    await close();
  }
}

const node = nodeBench();
console.log(`node: form → evaluate → status/read-back/summary, 10 members, 1000 runs: median ${ms(node.median)} ms, p95 ${ms(node.p95)} ms`);

let headline = node;
let where = 'node';
if (!args.has('--node')) {
  try {
    const b = await browserBench();
    console.log(`browser: input event → panel render, 10 members, 50 keystrokes: median ${ms(b.median)} ms, p95 ${ms(b.p95)} ms`);
    headline = b;
    where = 'browser';
  } catch (error) {
    console.log(`browser: skipped (${(error as Error).message})`);
  }
}
if (where === 'node') console.log('(the browser figures are missing: the line below is the Node measurement)');
console.log(`hotline update: median ${ms(headline.median)} ms, p95 ${ms(headline.p95)} ms (budget ${BUDGET_MS} ms)`);
if (args.has('--check') && headline.p95 > BUDGET_MS) {
  console.error(`over budget: p95 ${ms(headline.p95)} ms > ${BUDGET_MS} ms`);
  process.exit(1);
}
