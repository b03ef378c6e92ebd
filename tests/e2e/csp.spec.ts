// Content-Security-Policy (astro.config.mjs → security.csp): every built page carries the policy
// and the no-referrer meta; the policy is really enforced; and the two islands — the
// questionnaire and the hotline — work under it without a single violation.
import { globSync, readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { evaluate, isError, PROGRAMS, type HouseholdInput } from '../../src/rules/index.ts';
import { readHouseholdFile } from '../../src/lib/household-file.ts';
import { expectResult, expected, openCheck, walkPersona } from './helpers/check.ts';

/** Every page of the build: dist/policy/dibao/index.html → /policy/dibao/. */
const PAGES = globSync('**/*.html', { cwd: 'dist' })
  .map((f) => `/${f.replaceAll('\\', '/')}`.replace(/(^|\/)index\.html$/, '$1'))
  .sort();

const COMMON = JSON.parse(readFileSync('src/i18n/zh-CN/common.json', 'utf8')) as Record<string, string>;
const CHECK = JSON.parse(readFileSync('src/i18n/zh-CN/check.json', 'utf8')) as Record<string, string>;

type Policy = Map<string, string[]>;

function parsePolicy(content: string): Policy {
  const policy: Policy = new Map();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;

/** Listens for everything that would show a CSP problem: violation events, console errors, page errors. */
async function watchCsp(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    // The browser's own /favicon.ico request is not the page's doing (the site has no favicon yet).
    if (/\/favicon\.ico$/.test(m.location().url)) return;
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${new URL(r.url()).pathname}`);
  });
  // Runs before the page's own scripts (through the DevTools protocol, so the policy does not block it).
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  return {
    problems,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

test.describe('the policy on every page', () => {
  test('there are pages to check', () => {
    expect(PAGES).toContain('/');
    expect(PAGES.length).toBeGreaterThan(1);
  });

  for (const path of PAGES) {
    test(`${path}: CSP and referrer meta, with the directives we promise, before anything it governs`, async ({ page }) => {
      const html = readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');
      await page.goto(path);
      const metas = page.locator('head meta[http-equiv="content-security-policy" i]');
      await expect(metas).toHaveCount(1);
      await expect(page.locator('head meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');

      const policy = parsePolicy((await metas.getAttribute('content')) ?? '');
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('img-src')?.sort()).toEqual(["'self'", 'blob:', 'data:']);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
      // the caseload's Web Worker and the service worker; the web app manifest
      expect(policy.get('worker-src')).toEqual(["'self'"]);
      expect(policy.get('manifest-src')).toEqual(["'self'"]);
      expect(policy.get('script-src-attr'), 'inline event handlers are refused').toEqual(["'none'"]);
      expect(policy.get('style-src-attr'), 'style="…" attributes are refused').toEqual(["'none'"]);
      for (const directive of ['script-src', 'style-src']) {
        const sources = policy.get(directive) ?? [];
        expect(sources, directive).toContain("'self'");
        // only our own origin and hashes of what Astro inlined: no 'unsafe-inline', no 'unsafe-eval', no host
        for (const s of sources) expect(s === "'self'" || HASH.test(s), `${directive} ${s}`).toBe(true);
      }
      // nothing anywhere allows another host
      for (const [name, sources] of policy)
        for (const s of sources) expect(/^('self'|'none'|data:|blob:|'sha(256|384|512)-.+')$/.test(s), `${name} ${s}`).toBe(true);

      // A <meta> policy only governs what comes after it.
      const at = html.search(/<meta[^>]+http-equiv="content-security-policy"/i);
      const firstGoverned = html.search(/<(script|style|img|iframe|object|embed)\b|<link\b[^>]*rel="?(stylesheet|modulepreload|preload|icon|manifest)/i);
      expect(at).toBeGreaterThan(-1);
      if (firstGoverned >= 0) expect(at, 'CSP meta before the first script, style or resource').toBeLessThan(firstGoverned);
    });
  }

  test('no page has an inline event handler, a javascript: URL or a style attribute in its HTML', () => {
    for (const path of PAGES) {
      const html = readFileSync(`dist${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8');
      expect(html.match(/<[^>]+\son[a-z]+\s*=/gi) ?? [], `${path} inline handlers`).toEqual([]);
      expect(html.match(/(href|src|action)\s*=\s*["']?\s*javascript:/gi) ?? [], `${path} javascript: URLs`).toEqual([]);
      expect(html.match(/<[^>]+\sstyle\s*=/gi) ?? [], `${path} style attributes`).toEqual([]);
    }
  });
});

test('the policy is enforced: an injected inline script, handler or outside request is refused and reported', async ({ page }) => {
  const csp = await watchCsp(page);
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __inline?: boolean; __handler?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.head.append(s);
    const b = document.createElement('button');
    b.setAttribute('onclick', 'window.__handler = true');
    document.body.append(b);
    b.click();
    let fetched = true;
    await fetch('https://example.com/').catch(() => {
      fetched = false;
    });
    return { inline: w.__inline === true, handler: w.__handler === true, fetched };
  });
  expect(ran).toEqual({ inline: false, handler: false, fetched: false });
  await expect.poll(async () => (await csp.violations()).length).toBeGreaterThanOrEqual(3);
  const seen = (await csp.violations()).join('\n');
  expect(seen).toContain('script-src-elem');
  expect(seen).toContain('script-src-attr');
  expect(seen).toContain('connect-src');
});

test('the questionnaire works under the policy: from the first question to the result, no violation', async ({ page }) => {
  const csp = await watchCsp(page);
  const h: HouseholdInput = {
    area: 'urban',
    members: [
      { relation: 'applicant', age: 67, monthlyIncome: '800' },
      { name: '老伴', relation: 'spouse', age: 65, monthlyIncome: '0' },
    ],
  };
  await openCheck(page);
  await walkPersona(page, h);
  await expectResult(page, expected(h), 'zh-CN');
  // saving the answers goes through a Blob URL (<a download href="blob:…">): allowed, and the file is the household
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: CHECK['file.export'] }).click()]);
  expect(download.url()).toMatch(/^blob:/);
  const saved = readHouseholdFile(readFileSync(await download.path(), 'utf8'));
  expect(saved.ok && saved.household.members.map((m) => [m.relation, m.age, String(m.monthlyIncome)])).toEqual(h.members.map((m) => [m.relation, m.age, m.monthlyIncome]));
  // the toolbar's 长辈模式 button is an island handler too
  const elder = page.getByRole('button', { name: COMMON['elder.toggle'] });
  await elder.click();
  await expect(elder).toHaveAttribute('aria-pressed', 'true');
  expect(await csp.violations()).toEqual([]);
  expect(csp.problems).toEqual([]);
});

test('the hotline loads and evaluates under the policy, no violation', async ({ page }) => {
  const csp = await watchCsp(page);
  await page.goto('/hotline/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.fill('#hl-f-members-0-age', '70');
  await page.fill('#hl-f-members-0-monthlyIncome', '500');
  // a new row's supporters are 未问/不确定 until asked
  const out = evaluate({ area: 'urban', members: [{ relation: 'applicant', age: 70, monthlyIncome: '500', supporters: 'unknown' }] });
  if (isError(out)) throw new Error(JSON.stringify(out.issues));
  await expect(page.locator('.hl-panel')).not.toHaveClass(/is-stale/);
  for (const p of PROGRAMS) {
    await expect(page.locator(`section.program:has(#program-${p})`), p).toHaveClass(new RegExp(`status-${out.result.programs[p].status}`));
  }
  expect(await csp.violations()).toEqual([]);
  expect(csp.problems).toEqual([]);
});
