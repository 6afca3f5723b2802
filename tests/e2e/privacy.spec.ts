import { expect, test } from '@playwright/test';
import { loadPageTypes } from './routes.ts';

/**
 * Privacy: a reader who opens any page type makes requests only to the site's own host, and the site
 * sets no cookies (nor localStorage/sessionStorage). The page is scrolled to the end, so lazy images
 * and client:visible islands load too.
 */
const routes = await loadPageTypes();

for (const route of routes) {
  test(`${route.name} (${route.language}): no third-party request, no cookie`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    let requests = 0;
    page.on('request', (request) => {
      requests += 1;
      const url = request.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== origin) foreign.push(`${request.resourceType()} ${url}`);
    });

    const response = await page.goto(route.path, { waitUntil: 'load' });
    expect(response?.status()).toBe(route.status);
    // Bring every part of the page into view (lazy images, client:visible islands), then settle.
    await page.evaluate(async () => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      }
    });
    await page.waitForLoadState('networkidle');

    expect(requests).toBeGreaterThan(0);
    expect(foreign, `requests to other hosts from ${route.path}:\n  ${foreign.join('\n  ')}`).toEqual([]);
    const cookies = await context.cookies();
    expect(cookies.map((c) => `${c.name} (${c.domain})`), `cookies set by ${route.path}`).toEqual([]);
    const storage = await page.evaluate(() => ({ document: document.cookie, local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
    expect(storage, `client-side storage used by ${route.path}`).toEqual({ document: '', local: [], session: [] });
  });
}
