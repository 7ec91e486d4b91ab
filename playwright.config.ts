import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded one (see README "Tests").
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      // Date and time fields follow the browser's own language, which Debian's Chromium takes
      // from the environment (and needs chromium-l10n for): UK, as the desktop app (--lang en-GB).
      env: { ...process.env, LANGUAGE: 'en_GB', LANG: 'en_GB.UTF-8' },
    },
    // UK locale, but a laptop clock set to another zone: times must still be UK time.
    locale: 'en-GB',
    timezoneId: 'America/New_York',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'browser-mode', testDir: 'test/e2e/browser' },
    { name: 'electron', testDir: 'test/e2e/electron' },
  ],
});
