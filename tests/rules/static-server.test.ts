// scripts/static-server.ts, which check:budget, lighthouse and the hotline bench load the built
// site from: it must serve dist/ like a plain static host (index.html for a folder, a redirect
// to the slash, gzip when asked, the 404 page, a file changed on disk served changed) and nothing
// outside dist/.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { fileFor, serveDist } from '../../scripts/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'jinzhucha-static-'));
const dist = join(root, 'dist');
mkdirSync(join(dist, 'policy'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<p>start</p>');
writeFileSync(join(dist, 'policy', 'index.html'), '<p>policy</p>');
writeFileSync(join(dist, '404.html'), '<p>missing</p>');
writeFileSync(join(dist, 'app.js'), 'export const x = 1;');
writeFileSync(join(root, 'secret.txt'), 'outside dist');

let server: Awaited<ReturnType<typeof serveDist>>;
before(async () => {
  server = await serveDist(dist);
});
after(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** One raw request (fetch would normalise `..` away and unzip by itself). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(server.origin);
    const req = request({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a folder is served from its index.html, with its type', async () => {
  const r = await get('/policy/');
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(r.body.toString(), '<p>policy</p>');
});

test('a folder without its slash is redirected to it, query kept', async () => {
  const r = await get('/policy?x=1');
  assert.equal(r.status, 301);
  assert.equal(r.headers.location, '/policy/?x=1');
});

test('gzip only when the browser asks for it', async () => {
  const zipped = await get('/app.js', { 'accept-encoding': 'gzip, br' });
  assert.equal(zipped.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(zipped.body).toString(), 'export const x = 1;');
  const plain = await get('/app.js');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body.toString(), 'export const x = 1;');
});

test('a file changed on disk is served changed, gzipped too (a new build deployed over a served one)', async () => {
  writeFileSync(join(dist, 'sw.js'), 'const VERSION = "1";');
  assert.equal(gunzipSync((await get('/sw.js', { 'accept-encoding': 'gzip' })).body).toString(), 'const VERSION = "1";');
  writeFileSync(join(dist, 'sw.js'), 'const VERSION = "2"; // the next build');
  const next = await get('/sw.js', { 'accept-encoding': 'gzip' });
  assert.equal(next.headers['content-type'], 'text/javascript; charset=utf-8', 'a service worker must be served as JavaScript');
  assert.equal(gunzipSync(next.body).toString(), 'const VERSION = "2"; // the next build');
});

test('an unknown path gets the 404 page; nothing outside dist/ is served', async () => {
  const missing = await get('/nothing-here.js');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.toString(), '<p>missing</p>');
  const outside = await get('/../secret.txt');
  assert.equal(outside.status, 404);
  assert.equal(fileFor(dist, '/%2e%2e/secret.txt'), null);
  assert.equal(fileFor(dist, '/%E0%A4%A'), null, 'a malformed escape is no file');
});
