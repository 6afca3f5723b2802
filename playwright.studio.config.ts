import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROME_PATH, CHROMIUM_ARGS } from './scripts/chromium.ts';
import { DEFAULT_DATASET, PLACEHOLDER_PROJECT_ID } from './studio/env.ts';
import { lakePreviewEnv, PREVIEW_SCRIPT } from './studio/lake/preview.ts';

/**
 * The real Sanity Studio (`sanity dev`) in Chromium against the local Content Lake over a copy of
 * content/, with the draft preview the „Vorschau“ tab shows. Ports from STUDIO_TEST_PORT (Studio),
 * the next one (lake) and the one after (preview), default 34100/34101/34102.
 */
const STUDIO_PORT = Number(process.env.STUDIO_TEST_PORT) || 34100;
const LAKE_PORT = STUDIO_PORT + 1;
const PREVIEW_PORT = STUDIO_PORT + 2;
// Set once in the runner; workers inherit it, so every process sees the same copy.
if (!process.env.LAKE_TEST_DIR) {
  const dir = path.resolve('test-results/studio-lake');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync('content', path.join(dir, 'content'), { recursive: true });
  process.env.LAKE_TEST_DIR = dir;
  process.env.LAKE_TEST_URL = `https://localhost:${LAKE_PORT}`;
  process.env.STUDIO_TEST_URL = `http://localhost:${STUDIO_PORT}`;
}
const dir = process.env.LAKE_TEST_DIR;

export default defineConfig({
  testDir: 'tests/studio',
  outputDir: 'test-results/playwright-studio',
  fullyParallel: false,
  workers: 1,
  // The real Studio is a large app whose boot and save timing varies with load: one retry, reported as flaky.
  retries: 1,
  timeout: 300_000,
  expect: { timeout: 60_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright-studio.json' }]],
  use: {
    baseURL: process.env.STUDIO_TEST_URL,
    ignoreHTTPSErrors: true,
    locale: 'de-DE',
    viewport: { width: 1400, height: 900 },
    launchOptions: { executablePath: CHROME_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `npx tsx studio/lake/main.ts --lake-only --port ${LAKE_PORT} --studio-port ${STUDIO_PORT} --content ${dir}/content --state ${dir}/state`,
      env: { SANITY_STUDIO_PROJECT_ID: '' },
      url: `https://localhost:${LAKE_PORT}/v1/ping`,
      ignoreHTTPSErrors: true,
      reuseExistingServer: Boolean(process.env.STUDIO_REUSE),
      timeout: 60_000,
    },
    {
      // Started after the lake, whose certificate it must trust (the lake writes it on start).
      command: `npx tsx ${PREVIEW_SCRIPT}`,
      env: lakePreviewEnv({
        port: PREVIEW_PORT,
        lakeUrl: `https://localhost:${LAKE_PORT}`,
        projectId: PLACEHOLDER_PROJECT_ID,
        dataset: DEFAULT_DATASET,
        caFile: `${dir}/state/cert/cert.pem`,
        studioOrigins: [`http://localhost:${STUDIO_PORT}`],
      }),
      url: `http://127.0.0.1:${PREVIEW_PORT}/`,
      reuseExistingServer: Boolean(process.env.STUDIO_REUSE),
      timeout: 240_000,
    },
    {
      // A production build loads in seconds where `sanity dev` serves hundreds of modules per page.
      command: `npx sanity build ${dir}/studio --yes && npx sanity preview ${dir}/studio --port ${STUDIO_PORT} --host localhost`,
      cwd: 'studio',
      env: {
        SANITY_STUDIO_LAKE_URL: `https://localhost:${LAKE_PORT}`,
        SANITY_STUDIO_PREVIEW_URL: `http://127.0.0.1:${PREVIEW_PORT}`,
        DO_NOT_TRACK: '1',
        SANITY_STUDIO_PROJECT_ID: '',
      },
      url: `http://localhost:${STUDIO_PORT}/`,
      reuseExistingServer: Boolean(process.env.STUDIO_REUSE),
      timeout: 400_000,
    },
  ],
});
