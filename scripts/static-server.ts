// The static file server the measuring scripts load the built site from (check-budget.ts,
// lighthouse.ts, bench-hotline.ts, bench-caseload.ts): dist/ as a plain static host would serve
// it, so that what is measured is the files and not a dev or preview server's extras.

import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The file a URL path of our own site is served from, or null. */
export function fileFor(dir: string, pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  try {
    if (statSync(file).isFile()) return file;
    if (statSync(join(file, 'index.html')).isFile()) return join(file, 'index.html');
  } catch {
    // not there
  }
  return null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

const gzippedCache = new Map<string, Buffer>();
/**
 * The file gzipped at level 9, as served (and as the budget counts it); computed once per version
 * of the file, so a file changed on disk is served changed (tests/e2e/offline.spec.ts deploys a
 * new build over a served one).
 */
export function gzipped(file: string): Buffer {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}\0${mtimeMs}\0${size}`;
  let body = gzippedCache.get(key);
  if (!body) {
    body = gzipSync(readFileSync(file), { level: 9 });
    gzippedCache.set(key, body);
  }
  return body;
}

/**
 * A tiny static file server over `dir` on 127.0.0.1 (a free port), like a plain static host:
 * gzip when asked, no rewriting, no other headers.
 */
export async function serveDist(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.endsWith('/') && !extname(url.pathname) && fileFor(dir, `${url.pathname}/`)) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(dir, url.pathname) : null;
    if (!file) {
      const notFound = fileFor(dir, '/404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(notFound ? readFileSync(notFound) : 'not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compressed like any static host would (Lighthouse's throttled load depends on it).
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && /^(text|application\/(json|xml|manifest)|image\/svg)/.test(type);
    const body = gzip ? gzipped(file) : readFileSync(file);
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}


/**
 * The built site served from dist/ and a Chromium to measure it with (bench-hotline.ts,
 * bench-caseload.ts); `page` is a page of the site that must have been built. close() stops both.
 */
export async function builtSiteInChromium(root: string, page: string) {
  const dist = join(root, 'dist');
  if (!fileFor(dist, page)) throw new Error(`no dist${page}: run \`npx astro build\` first`);
  const { chromium } = await import('@playwright/test');
  const server = await serveDist(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { origin: server.origin, browser, close: async () => (await browser.close(), await server.close()) };
}
