// `node scripts/with-node24.mjs COMMAND [ARG…]`: runs COMMAND on a Node new enough for 津助查.
//
// Astro 7 needs Node ≥ 22.12 and the scripts and rule tests are TypeScript run by Node's type
// stripping with module.registerHooks (22.15), so on an older Node `npm start` or `npm test`
// would end in a stack trace. This file is plain JavaScript that any Node ≥ 18 can run, and it
// is what every npm script needing a recent Node goes through (and .ci/run too, so that the
// bootstrap lives in one place):
//   - Node ≥ 22.15: COMMAND runs as it is.
//   - older: Node 24 from the npm registry (`npm install --prefix ~/.cache/node24 node@24`, once)
//     goes first on PATH, and COMMAND runs with it, so `node` and every `#!/usr/bin/env node`
//     tool (astro, tsc, playwright) is Node 24.
//   - if that install fails: one sentence saying what to install, exit 1 (npm's output goes to a
//     log file, not the screen: a newcomer needs the sentence, not npm's error dump).
// The exit code is COMMAND's.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const NODE24_DIR = join(homedir(), '.cache', 'node24');
const NODE24_BIN = join(NODE24_DIR, 'node_modules', '.bin');
const NODE24 = join(NODE24_BIN, process.platform === 'win32' ? 'node.cmd' : 'node');
const INSTALL_LOG = join(NODE24_DIR, 'install.log');

/** Node ≥ 22.15? (`version` as in process.versions.node: "20.20.2") */
function recent(version) {
  const [major, minor] = String(version).split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 15);
}

/** The version a Node binary reports, or null when it does not run. */
function versionOf(node) {
  if (!existsSync(node)) return null;
  const out = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return out.status === 0 ? out.stdout.trim() : null;
}

function needNode(why) {
  console.error(`津助查 needs Node 22.15 or newer: install Node 24 (https://nodejs.org) and run the command again${why ? ` (${why})` : ''}.`);
  process.exit(1);
}

/** Node 24 in ~/.cache/node24, installed from the npm registry if it is not there yet. */
function ensureNode24(running) {
  if (recent(versionOf(NODE24) ?? '0')) return;
  console.error(`Node ${running} is older than 22.15: installing Node 24 from the npm registry into ${NODE24_DIR} (once).`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(npm, ['install', '--prefix', NODE24_DIR, '--no-audit', '--no-fund', 'node@24'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  let log = '';
  try {
    mkdirSync(NODE24_DIR, { recursive: true });
    writeFileSync(INSTALL_LOG, `${install.error ? `${install.error.message}\n` : ''}${install.stdout ?? ''}${install.stderr ?? ''}`);
    log = `; npm's output is in ${INSTALL_LOG}`;
  } catch {
    // no log then: the sentence still says what to do
  }
  if (install.status !== 0 || !recent(versionOf(NODE24) ?? '0')) needNode(`installing it from the npm registry into ${NODE24_DIR} failed${log}`);
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-node24.mjs COMMAND [ARG…]');
  process.exit(2);
}

const env = { ...process.env };
// Lets the launcher's own test take the older-Node path on a recent Node.
const running = env.WITH_NODE24_TEST_VERSION || process.versions.node;
if (!recent(running)) {
  ensureNode24(running);
  env.PATH = [NODE24_BIN, env.PATH].filter(Boolean).join(delimiter);
  env.NODE = NODE24;
  // npm finds its global npmrc (registry, cafile…) next to the Node it runs on; keep this
  // Node's one when npm runs on Node 24. Inside `npm run` npm has already exported it.
  if (!env.NPM_CONFIG_GLOBALCONFIG && !env.npm_config_globalconfig) {
    const config = spawnSync('npm', ['config', 'get', 'globalconfig'], { encoding: 'utf8', shell: process.platform === 'win32' });
    const file = config.status === 0 ? config.stdout.trim() : '';
    if (file && existsSync(file)) env.NPM_CONFIG_GLOBALCONFIG = file;
  }
}

const child = spawn(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
// Ctrl-C reaches the child too (same process group); a kill of this process is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`could not start ${command}: ${error.message}`);
  process.exit(127);
});
child.on('close', (code, signal) => {
  if (code !== null) process.exit(code);
  // Ended by a signal: end the same way, so the shell above sees it.
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
});
