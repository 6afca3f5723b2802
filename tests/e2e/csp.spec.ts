/**
 * The built site under its own security headers (scripts/serve.ts applies dist/_headers): one page
 * of every type in both languages, and the search page running a search, without a single CSP
 * violation and without any request to a host other than the local server.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadPageTypes } from './routes.ts';
import { sectionPath } from '../../site/routes.ts';
import { languageIds } from '../../site/i18n/index.ts';

const pages = await loadPageTypes();
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

declare global { interface Window { __cspViolations?: string[] } }

/** Collects console "Refused to …" messages, securitypolicyviolation events and foreign requests. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => { if (/Refused to|Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`); });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) problems.push(`request to ${url.href}`);
  });
  return {
    problems,
    async violations() {
      const events = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return [...problems, ...events.map((e) => `securitypolicyviolation: ${e}`)];
    },
  };
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.__cspViolations ??= []).push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
});

test('every response carries the security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
  expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
  expect(headers['permissions-policy']).toBeTruthy();
  expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
});

for (const sample of pages) {
  test(`no CSP violation: ${sample.name} (${sample.language}) ${sample.path}`, async ({ page }) => {
    const watcher = watch(page);
    const response = await page.goto(sample.path);
    expect(response?.status()).toBe(sample.status);
    expect(response?.headers()['content-security-policy']).toBeTruthy();
    await page.waitForLoadState('networkidle');
    // Scroll through the page so lazy images and visible islands load too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(await watcher.violations()).toEqual([]);
  });
}

for (const language of languageIds) {
  test(`no CSP violation while searching (${language})`, async ({ page }) => {
    const watcher = watch(page);
    await page.goto(sectionPath(language, 'search'));
    // The region's name appears in every language's content (a word like 'training' is not in Czech pages).
    await page.locator('#search-q').fill('Erzgebirge');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    await page.locator('select[data-filter="type"]').selectOption({ index: 1 });
    await page.waitForLoadState('networkidle');
    expect(await watcher.violations()).toEqual([]);
  });
}
