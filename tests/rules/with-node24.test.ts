// scripts/with-node24.mjs, the launcher every npm script needing a recent Node goes through:
// on a recent Node it runs the command as it is; on an older one it runs it with Node 24 from
// ~/.cache/node24 first on PATH, installing it when missing; when that install fails it says so
// in one sentence and exits 1. WITH_NODE24_TEST_VERSION makes it take the older-Node path here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'jinzhucha-launcher-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A command that prints what it ran with and exits 7, so pass-through is visible. */
const REPORT = ['node', '-e', 'console.log(JSON.stringify({ argv: process.argv.slice(1), path: process.env.PATH, node: process.env.NODE ?? null })); process.exit(7)', 'one arg', '$HOME'];

function launch(command: string[], env: Record<string, string | undefined>) {
  const r = spawnSync(process.execPath, ['scripts/with-node24.mjs', ...command], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.error, undefined, `could not run: ${r.error?.message}`);
  return r;
}

test('on a recent Node the command runs as it is: arguments verbatim, exit code passed on, PATH untouched', () => {
  const r = launch(REPORT, { WITH_NODE24_TEST_VERSION: undefined });
  assert.equal(r.status, 7);
  assert.equal(r.stderr, '');
  const seen = JSON.parse(r.stdout);
  assert.deepEqual(seen.argv, ['one arg', '$HOME']);
  assert.equal(seen.path, process.env.PATH);
});

test('on an older Node with Node 24 already in ~/.cache/node24, the command runs with it first on PATH', () => {
  const home = join(dir, 'home-with-node24');
  const bin = join(home, '.cache', 'node24', 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(process.execPath, join(bin, 'node')); // a Node ≥ 22.15 standing in for Node 24
  const r = launch(REPORT, { HOME: home, WITH_NODE24_TEST_VERSION: '20.20.2' });
  assert.equal(r.stderr, '', 'nothing to install, so nothing to say');
  assert.equal(r.status, 7);
  const seen = JSON.parse(r.stdout);
  assert.equal(seen.path.split(delimiter)[0], bin);
  assert.equal(seen.node, join(bin, 'node'));
  assert.deepEqual(seen.argv, ['one arg', '$HOME']);
});

test('on an older Node whose Node 24 cannot be installed: one line saying it installs, one sentence saying what to install, exit 1', () => {
  const home = join(dir, 'home-empty');
  mkdirSync(home);
  const marker = join(dir, 'ran');
  const r = launch(['node', '-e', `require('node:fs').writeFileSync(${JSON.stringify(marker)}, '')`], {
    HOME: home,
    WITH_NODE24_TEST_VERSION: '20.20.2',
    // a registry nobody answers on, no retries, and an empty cache, so the install fails quickly
    npm_config_registry: 'http://127.0.0.1:9',
    npm_config_fetch_retries: '0',
    npm_config_cache: join(home, '.npm'),
  });
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 2, r.stderr);
  assert.match(lines[0], /^Node 20\.20\.2 is older than 22\.15: installing Node 24 from the npm registry into /);
  assert.match(lines[1], /^津助查 needs Node 22\.15 or newer: install Node 24 \(https:\/\/nodejs\.org\) and run the command again \(.*\)\.$/);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
  assert.equal(existsSync(marker), false, 'the command must not run');
});
