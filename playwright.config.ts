// Playwright runs the e2e journeys in the system Chromium against the built app, served the way a static host would.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from './scripts/find-chromium.mjs';

const ci = Boolean(process.env.CI);
// 4174, not 4173, so a running `npm start` never gets mistaken for the app under test.
const port = Number(process.env.KANBAO_E2E_PORT ?? 4174);
const baseURL = `http://localhost:${port}`;
// scripts/run-e2e.mjs builds into its own folder; a bare `npx playwright test` uses `npm run build`'s dist/.
const distDir = process.env.KANBAO_E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: ci,
  retries: 0,
  workers: 2,
  reporter: ci ? 'line' : 'list',
  // Room for a loaded two-core CI machine; a test that needs more than this is slow, not unlucky.
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    // Traces cost a quarter of the run time on two cores: ask for them with `--trace on`.
    screenshot: 'only-on-failure',
    // Each test starts without a service worker; e2e/saved.spec.ts opts in for the offline journey.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? findChromium() ?? undefined,
          args: chromiumLaunchArgs,
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --outDir ${distDir} --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !ci,
    timeout: 30_000,
  },
});
