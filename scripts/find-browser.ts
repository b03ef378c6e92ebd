// Finds a Chromium for Playwright, installing one if it has to, so that `npm test` works on a
// fresh machine. Order: $CHROMIUM_PATH, the system's Chromium/Chrome, Playwright's own browser,
// `npx playwright install chromium`, and (as root, with apt-get) Debian's chromium package.
// Also makes sure `pdftotext` (poppler-utils) is there for the print tests; only warns if not.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

const APT_PACKAGES = ['chromium', 'fonts-noto-cjk', 'poppler-utils'];

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, command))) return join(dir, command);
  }
  return null;
}

function log(message: string): void {
  console.error(`[find-browser] ${message}`);
}

async function playwrightChromium(): Promise<string | null> {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && isExecutable(path) ? path : null;
  } catch {
    return null;
  }
}

async function locate(): Promise<string | null> {
  for (const path of SYSTEM_BROWSERS) {
    if (isExecutable(path)) return path;
  }
  return playwrightChromium();
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 15 * 60 * 1000,
): boolean {
  log(`running: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...env, npm_config_update_notifier: 'false' },
    timeout: timeoutMs,
  });
  if (result.error) log(`${command} failed: ${result.error.message}`);
  return result.status === 0;
}

let aptDone = false;

/** `apt-get update && apt-get install -y chromium fonts-noto-cjk poppler-utils`, once, as root only. */
function aptInstall(): boolean {
  if (aptDone) return false;
  if (!isRoot() || !onPath('apt-get')) return false;
  aptDone = true;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', ...APT_PACKAGES], env);
}

/** Makes sure `pdftotext` is on PATH; installs poppler-utils with apt as root, else only warns. */
export function ensurePdftotext(): string | null {
  let path = onPath('pdftotext');
  if (path) return path;
  aptInstall();
  path = onPath('pdftotext');
  if (!path) {
    log('warning: pdftotext not found; the print tests need it (install poppler-utils).');
  }
  return path;
}

/** Returns the path of a Chromium binary, installing one if it can; throws if there is none. */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    log(`warning: CHROMIUM_PATH=${fromEnv} is not an executable file; looking elsewhere.`);
  }

  let found = await locate();
  if (found) return found;

  log('no Chromium found; trying `npx playwright install chromium`.');
  try {
    // No network for the browser download? Give up after 5 minutes and try apt.
    run('npx', ['--no-install', 'playwright', 'install', 'chromium'], process.env, 5 * 60 * 1000);
  } catch (error) {
    log(`playwright install failed: ${String(error)}`);
  }
  found = await locate();
  if (found) return found;

  if (aptInstall()) {
    found = await locate();
    if (found) return found;
  }

  throw new Error(
    'No Chromium found: install it with `apt-get install chromium` or set CHROMIUM_PATH to a Chrome/Chromium binary.',
  );
}

// `node scripts/find-browser.ts` prints the path (and checks for pdftotext).
if (import.meta.main) {
  try {
    const path = await findChromium();
    ensurePdftotext();
    console.log(path);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
