// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

// A static site: every page is built to dist/ and the rules run in the browser.
// Telemetry is off in every script (ASTRO_TELEMETRY_DISABLED=1 is set by scripts/test.ts and .ci/run).
export default defineConfig({
  output: 'static',
  integrations: [preact()],
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  build: {
    inlineStylesheets: 'always',
  },
});
