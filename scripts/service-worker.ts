// Writes the service worker, dist/sw.js, after `astro build` (an Astro integration, see
// astro.config.mjs): src/offline/sw.ts compiled to JavaScript, after two constants, the list of every
// file of the build to cache (PRECACHE) and the build's version (VERSION).
//
// VERSION hashes every file's URL and contents and the worker's own code: any change to the site
// (a new rule, a new wording, a new chunk) gives a new sw.js, which is what makes the browser
// install the new version and the page offer 刷新 (src/lib/offline.ts).
//
// Our own ~60 lines rather than Workbox: the precache is the whole build and nothing else, which
// needs no routing or runtime caching; Workbox's runtime would be several times the size and one
// more library to keep. The script also runs on a copy of dist/ (tests/e2e/offline.spec.ts
// deploys a changed build that way).

import { createHash } from 'node:crypto';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import ts from 'typescript';

export const SW_FILE = 'sw.js';
const SOURCE = fileURLToPath(new URL('../src/offline/sw.ts', import.meta.url));

/** The URL a built file is served at: policy/dibao/index.html → /policy/dibao/. */
export const urlOf = (file: string): string => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** Every file of the build the worker caches: all of dist/ but the worker itself, sorted. */
export function precacheList(dir: string): string[] {
  return globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((file) => file !== SW_FILE)
    .sort();
}

/** Writes dir/sw.js for the build in `dir`; returns its version and what it caches. */
export function writeServiceWorker(dir: string): { version: string; urls: string[] } {
  const files = precacheList(dir);
  // TypeScript's own transpiler (Node's stripTypeScriptTypes is still experimental in Node 24)
  const code = ts.transpileModule(readFileSync(SOURCE, 'utf8'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } })
    // the constants go first: the file is a classic script, strict where it matters
    .outputText.replace(/^"use strict";\n/, '');
  const hash = createHash('sha256').update(code);
  for (const file of files) hash.update(`${urlOf(file)}\0${createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')}\n`);
  const version = hash.digest('hex').slice(0, 16);
  const urls = files.map(urlOf);
  writeFileSync(join(dir, SW_FILE), `"use strict";\nconst VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(urls, null, 1)};\n${code}`);
  return { version, urls };
}

/** The Astro integration: sw.js once the build is written. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'jinzhucha-service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { version, urls } = writeServiceWorker(fileURLToPath(dir).replace(/[\\/]$/, ''));
        logger.info(`${SW_FILE}: version ${version}, ${urls.length} files to cache`);
      },
    },
  };
}
