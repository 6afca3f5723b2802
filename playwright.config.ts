import { defineConfig } from '@playwright/test';
import { CHROME_PATH, CHROMIUM_ARGS } from './scripts/chromium.ts';

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT) || 4322;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  // Many checks wait on the browser (a Tab press waits a frame): a third worker fills the cores.
  workers: Number(process.env.E2E_WORKERS) || 3,
  retries: 0,
  timeout: 30_000,
  // Three workers share two cores: Pagefind's first search on a page can take over the default 5 s.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Pictures for review only when something failed; SCREENSHOTS=1 makes the per-page checks take them all.
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROME_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    // Serves the built dist/ (npm test builds it first) with the site's security headers.
    command: `node scripts/serve.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
