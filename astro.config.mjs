// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { decimalSubsetPlugin } from './scripts/decimal-subset.ts';
import { serviceWorker } from './scripts/service-worker.ts';

// A static site: every page is built to dist/ and the rules run in the browser.
// Telemetry is off in every script (ASTRO_TELEMETRY_DISABLED=1 is set by scripts/test.ts and .ci/run).
export default defineConfig({
  output: 'static',
  // serviceWorker(): dist/sw.js, which caches the whole build for offline use (see the script)
  integrations: [preact(), serviceWorker()],
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  // The pages and islands get decimal.js without the methods the engine never calls
  // (trigonometry, logarithms…): 7.5 KiB gzip less for the questionnaire. See the script.
  // Web Workers are bundled apart, with their own plugins: the caseload's worker gets the same subset.
  vite: { plugins: [decimalSubsetPlugin()], worker: { format: 'es', plugins: () => [decimalSubsetPlugin()] } },
  build: {
    inlineStylesheets: 'always',
  },
  // Content-Security-Policy as a <meta http-equiv> on every page. Astro writes script-src and
  // style-src itself: 'self' plus the hashes of the scripts and styles it inlines (the island
  // loader, the inlined stylesheets), so no 'unsafe-inline' is needed. Nothing the user enters
  // may leave the device: everything else is same-origin only. img-src allows blob: and data:
  // because the household file is saved through <a download href="blob:…">. frame-ancestors
  // cannot be set by a <meta> (browsers ignore it there); it belongs in an HTTP header if the
  // site is ever served by a server we control. tests/e2e/csp.spec.ts checks this on every page.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        // the caseload's engine runs in a Web Worker from our own origin (/_astro/…), and /sw.js
        // is the service worker that keeps the site for offline use
        "worker-src 'self'",
        // the web app manifest (/manifest.webmanifest, /en/manifest.webmanifest) that makes the site installable
        "manifest-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // No inline event handlers (onclick="…") and no style="…" attributes: both are XSS vectors,
      // and Preact sets styles through the CSSOM, which CSP does not restrict.
      scriptDirective: { resources: ["'self'", { resource: "'none'", kind: 'attribute' }] },
      styleDirective: { resources: ["'self'", { resource: "'none'", kind: 'attribute' }] },
    },
  },
});
