// `npm test`: typecheck → rule tests → find a browser → astro build → Playwright.
// Streams each stage's output, stops at the first failing stage and exits with its code.

import { spawn } from 'node:child_process';
import { globSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as osConstants } from 'node:os';
import { ensurePdftotext, findChromium } from './find-browser.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

// This Node first (so `#!/usr/bin/env node` tools run on it, not an older system Node), then the
// project's binaries.
process.env.PATH = [dirname(process.execPath), join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? '']
  .filter(Boolean)
  .join(delimiter);
process.env.ASTRO_TELEMETRY_DISABLED = '1';

type StageState = 'passed' | 'skipped' | 'failed' | 'not run';
interface StageResult {
  name: string;
  state: StageState;
  seconds: number;
  note: string;
}
const results: StageResult[] = [];

let current: ReturnType<typeof spawn> | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    current?.kill(signal);
    process.exit(128 + (osConstants.signals[signal] ?? 1));
  });
}

function exec(command: string, args: string[]): Promise<number> {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  return new Promise((resolveCode) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env });
    current = child;
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolveCode(127);
    });
    child.on('close', (code, signal) => {
      current = null;
      if (code !== null) resolveCode(code);
      else resolveCode(128 + ((signal && osConstants.signals[signal]) || 1));
    });
  });
}

function line(result: StageResult): string {
  const mark = { passed: 'PASS', skipped: 'SKIP', failed: 'FAIL', 'not run': '----' }[result.state];
  const time = result.state === 'not run' ? '' : ` (${result.seconds.toFixed(1)}s)`;
  return `${mark}  ${result.name}${time}${result.note ? ` — ${result.note}` : ''}`;
}

interface Stage {
  name: string;
  /** Returns an exit code, or a string: the reason the stage was skipped. */
  run: () => Promise<number | string>;
}

const stages: Stage[] = [
  {
    name: 'typecheck (tsc --noEmit)',
    run: () => exec('tsc', ['--noEmit']),
  },
  {
    name: 'rule tests (node --test)',
    run: async () => {
      const pattern = 'tests/rules/**/*.test.ts';
      if (globSync(pattern).length === 0) return `no ${pattern} files yet`;
      // On the decimal.js subset the browser ships (see the hook).
      return exec(process.execPath, ['--import', './tests/rules/decimal-subset.hook.ts', '--test', pattern]);
    },
  },
  {
    name: 'find browser',
    run: async () => {
      try {
        const path = await findChromium();
        process.env.CHROMIUM_PATH = path;
        console.log(`Chromium: ${path}`);
        const pdftotext = ensurePdftotext();
        console.log(`pdftotext: ${pdftotext ?? 'missing (print tests will fail)'}`);
        return 0;
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        return 1;
      }
    },
  },
  {
    name: 'build (astro build)',
    run: () => exec('astro', ['build']),
  },
  {
    name: 'end-to-end (playwright test)',
    run: async () => {
      if (globSync('tests/e2e/**/*.spec.ts').length === 0) return 'no tests/e2e/*.spec.ts yet';
      return exec('playwright', ['test']);
    },
  },
];

let exitCode = 0;
for (const stage of stages) {
  if (exitCode !== 0) {
    results.push({ name: stage.name, state: 'not run', seconds: 0, note: '' });
    continue;
  }
  console.log(`\n=== ${stage.name} ===`);
  const started = performance.now();
  const outcome = await stage.run();
  const seconds = (performance.now() - started) / 1000;
  let result: StageResult;
  if (typeof outcome === 'string') {
    result = { name: stage.name, state: 'skipped', seconds, note: outcome };
  } else if (outcome === 0) {
    result = { name: stage.name, state: 'passed', seconds, note: '' };
  } else {
    result = { name: stage.name, state: 'failed', seconds, note: `exit code ${outcome}` };
    exitCode = outcome;
  }
  results.push(result);
  console.log(line(result));
}

console.log('\n=== summary ===');
for (const result of results) console.log(line(result));
console.log(exitCode === 0 ? 'npm test: all stages passed' : `npm test: failed (exit ${exitCode})`);
process.exit(exitCode);
