import { defineConfig } from '@playwright/test';

// Runs against the already-built dist/ (scripts/test.ts builds it first) served by `astro preview`.
// The browser is the one scripts/find-browser.ts found (CHROMIUM_PATH); Playwright's own download
// is used only if CHROMIUM_PATH is unset.
// E2E_PORT lets two clones run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT) || 4321;
const HOST = '127.0.0.1';

// Chromium saves a download as "download" when the locale cannot encode its name (津助查-….json),
// and a bare CI environment has no locale at all; the browser inherits this process's locale.
if (!/utf-?8/i.test(process.env.LC_ALL || process.env.LC_CTYPE || process.env.LANG || '')) process.env.LC_ALL = 'C.UTF-8';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://${HOST}:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { browserName: 'chromium', viewport: { width: 1280, height: 720 } },
    },
  ],
  webServer: {
    command: `astro preview --port ${PORT} --host ${HOST}`,
    url: `http://${HOST}:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
