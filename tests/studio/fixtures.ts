/**
 * The Studio under test: every request to a host other than localhost is answered locally (and
 * recorded: an unexpected host fails the test), and a page error or the Studio's error screen
 * fails the test, as in Sanity's own e2e suite (helpers/studioErrors.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export const contentDir = path.join(process.env.LAKE_TEST_DIR!, 'content');
export const stateDir = path.join(process.env.LAKE_TEST_DIR!, 'state');

/** Hosts the Studio calls regardless of apiHost (version check, fonts, bridge, error feedback). */
const KNOWN_EXTERNAL = /^(?:[a-z0-9-]+\.)?(?:sanity-cdn\.com|sanity\.io)$/;

/** The lake's drafts (git-ignored, outside content/); empty before the first draft. */
export function readDrafts(): Record<string, any>[] {
  const file = path.join(stateDir, 'drafts.ndjson');
  return fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
}

export function readDataset(): Record<string, any>[] {
  return fs
    .readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

export const test = base.extend<{ studio: Page; external: string[] }>({
  // Playwright's fixture signature: the first parameter must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  external: async ({}, use) => {
    await use([]);
  },
  studio: async ({ page, external }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
    await page.context().route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/]|[a-z0-9-]+\.localhost[:/])/, async (route) => {
      const url = new URL(route.request().url());
      external.push(url.href);
      if (url.pathname.endsWith('.js')) return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
      return route.fulfill({ status: 404, contentType: 'application/json', body: '{}' });
    });
    await use(page);
    const unexpected = external.filter((href) => !KNOWN_EXTERNAL.test(new URL(href).hostname));
    expect(unexpected, 'requests to hosts other than localhost and Sanity CDNs').toEqual([]);
    await expect(page.locator('[data-testid="studio-error-screen"], #__sanityError')).toHaveCount(0);
    expect(errors, 'page errors').toEqual([]);
  },
});

export { expect };

/** Opens a document by its id through the Studio's intent route and waits until it is editable. */
export async function openDocument(page: Page, id: string, type: string) {
  await page.goto(`/intent/edit/id=${id};type=${type}`);
  await expect(page.locator('[data-testid="form-view"]')).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('[data-testid="form-view"][data-read-only="true"]')).toHaveCount(0);
}
