/**
 * One visit per page type: one page of every view (and listing variant) in every language from the
 * route map, plus the 404 pages, each checked for everything in page-check.ts (renders, axe light +
 * dark, CSP under the real headers, no third-party request or storage, no client JS on article
 * pages, no horizontal overflow down to 320 px). Plus the security headers themselves.
 */
import { expect, test } from '@playwright/test';
import { checkPage, report } from './page-check.ts';
import { loadPageTypes } from './routes.ts';

const routes = await loadPageTypes();
// One visit runs axe twice, scrolls and resizes: more than the default 30 s on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

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

for (const route of routes) {
  test(`${route.name} (${route.language}) ${route.path}`, async ({ page, context, baseURL }) => {
    const problems = await checkPage(page, context, route, baseURL!);
    expect(report(problems), `problems on ${route.path}`).toBe('');
  });
}
