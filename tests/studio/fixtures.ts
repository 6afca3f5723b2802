/**
 * The Studio under test: every request to a host other than localhost is answered locally (and
 * recorded: an unexpected host fails the test), and a page error or the Studio's error screen
 * fails the test, as in Sanity's own e2e suite (helpers/studioErrors.ts).
 *
 * The Studio boots once per worker: tests share one browser context and page and move between
 * documents with the Studio's own router (`navigate`), which saves a full boot per test. A failed
 * test ends its worker, so the next test starts with a fresh Studio.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

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

interface Watch {
  /** Hosts other than localhost the pages asked for. */
  external: string[];
  /** Uncaught errors of any page of the context. */
  errors: string[];
}

/** Watches a page: records its uncaught errors (the context's routes record external requests). */
function watchPage(page: Page, watch: Watch) {
  page.on('pageerror', (error) => watch.errors.push(error.stack ?? error.message));
}

export const test = base.extend<{ studio: Page; newTab: () => Promise<Page> }, { studioContext: BrowserContext; watch: Watch }>({
  // Playwright's fixture signature: the first parameter must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  watch: [async ({}, use) => use({ external: [], errors: [] }), { scope: 'worker' }],
  studioContext: [
    async ({ browser, watch }, use, workerInfo) => {
      const options = workerInfo.project.use;
      const context = await browser.newContext({
        baseURL: options.baseURL,
        ignoreHTTPSErrors: options.ignoreHTTPSErrors,
        locale: options.locale,
        viewport: options.viewport,
      });
      await context.route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/]|[a-z0-9-]+\.localhost[:/])/, async (route) => {
        const url = new URL(route.request().url());
        watch.external.push(url.href);
        if (url.pathname.endsWith('.js')) return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
        return route.fulfill({ status: 404, contentType: 'application/json', body: '{}' });
      });
      watchPage(await context.newPage(), watch);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  studio: async ({ studioContext, watch }, use) => {
    const [externalBefore, errorsBefore] = [watch.external.length, watch.errors.length];
    await use(studioContext.pages()[0]);
    const unexpected = watch.external.slice(externalBefore).filter((href) => !KNOWN_EXTERNAL.test(new URL(href).hostname));
    expect(unexpected, 'requests to hosts other than localhost and Sanity CDNs').toEqual([]);
    for (const page of studioContext.pages()) {
      await expect(page.locator('[data-testid="studio-error-screen"], #__sanityError')).toHaveCount(0);
    }
    expect(watch.errors.slice(errorsBefore), 'page errors').toEqual([]);
  },
  /** Another tab of the same browser (same session), closed after the test. */
  newTab: async ({ studioContext, watch }, use) => {
    const tabs: Page[] = [];
    await use(async () => {
      const tab = await studioContext.newPage();
      watchPage(tab, watch);
      tabs.push(tab);
      return tab;
    });
    for (const tab of tabs) await tab.close();
  },
});

export { expect };

/**
 * Goes to a Studio path. Once the Studio is running this is a move inside the app (the Studio's
 * router follows the History API), not a reload that boots it again.
 */
export async function navigate(page: Page, url: string) {
  const running = await page.locator('[data-testid="studio-navbar"]').count();
  if (!running) return void (await page.goto(url));
  await page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, url);
}

/** Opens a document by its id through the Studio's intent route and waits until it is editable. */
export async function openDocument(page: Page, id: string, type: string) {
  await navigate(page, `/intent/edit/id=${id};type=${type}`);
  // The intent resolves to the document's pane (then the previous document's form is gone).
  await expect(page).toHaveURL((url) => !url.pathname.startsWith('/intent/') && decodeURIComponent(url.pathname).includes(id), {
    timeout: 120_000,
  });
  await expect(page.locator('[data-testid="form-view"]')).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('[data-testid="form-view"][data-read-only="true"]')).toHaveCount(0);
}
