/**
 * The per-page checker (page-check.ts) catches what it is there for: each test serves a copy of a
 * built article page with one planted fault – the real response from scripts/serve.ts, headers and
 * all, with its HTML changed on the way – and expects checkPage() to report exactly that kind.
 */
import { expect, test, type Page } from '@playwright/test';
import { checkPage, type PageProblems } from './page-check.ts';
import { loadRoutes, NO_JS_VIEWS } from './routes.ts';

const article = (await loadRoutes()).find((route) => NO_JS_VIEWS.includes(route.view) && route.language === 'de');
if (!article) throw new Error('The route map has no article page to plant faults in');
// One visit runs axe twice, scrolls and resizes: more than the default 30 s on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

/** Serves the article with `plant` applied to its HTML; `headers` may change the response headers. */
async function plantIn(page: Page, plant: (html: string) => string, headers = (h: Record<string, string>) => h) {
  await page.route(
    (url) => url.pathname === article!.path,
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const planted = plant(html);
      expect(planted, 'the fault was planted').not.toBe(html);
      await route.fulfill({ response, body: planted, headers: headers(response.headers()) });
    },
  );
}

const intoMain = (markup: string) => (html: string) => html.replace(/(<main\b[^>]*>)/, `$1${markup}`);
const kindsFound = (problems: PageProblems) =>
  Object.entries(problems)
    .filter(([, list]) => list.length)
    .map(([kind]) => kind);

test('the unchanged article page passes (the baseline for the planted faults)', async ({ page, context, baseURL }) => {
  await plantIn(page, (html) => `${html}\n`);
  expect(kindsFound(await checkPage(page, context, article, baseURL!))).toEqual([]);
});

test('a planted axe violation (image without alt) fails the check', async ({ page, context, baseURL }) => {
  await plantIn(page, intoMain('<img src="/favicon.svg" width="16" height="16">'));
  const problems = await checkPage(page, context, article, baseURL!);
  expect(problems.axe.join('\n')).toMatch(/\[light\].*image-alt/);
  expect(kindsFound(problems)).toEqual(['axe']);
});

test('a planted third-party request fails the check, with or without the CSP blocking it', async ({ page, context, baseURL }) => {
  const pixel = 'https://tracker.example/pixel.gif';
  await plantIn(page, intoMain(`<img src="${pixel}" alt="" width="1" height="1">`));
  const problems = await checkPage(page, context, article, baseURL!);
  expect([...problems.thirdParty, ...problems.csp].join('\n')).toContain(pixel);

  // Without a CSP the browser sends the request: the request watcher itself must see it.
  const open = await context.newPage();
  await open.route('https://tracker.example/**', (route) => route.fulfill({ status: 204 }));
  await plantIn(open, intoMain(`<img src="${pixel}" alt="" width="1" height="1">`), (headers) => {
    const { 'content-security-policy': _csp, ...rest } = headers;
    return rest;
  });
  const unprotected = await checkPage(open, context, article, baseURL!);
  expect(unprotected.thirdParty.join('\n')).toContain(pixel);
  expect(unprotected.csp).toContain('no Content-Security-Policy header');
});

test('a planted inline script fails the check (CSP and no client JS on article pages)', async ({ page, context, baseURL }) => {
  await plantIn(page, intoMain('<script>document.body.dataset.planted = "yes";</script>'));
  const problems = await checkPage(page, context, article, baseURL!);
  expect(problems.csp.join('\n')).toMatch(/script-src|Refused to execute inline script/);
  expect(problems.clientJs.join('\n')).toContain('document.body.dataset.planted');
  expect(kindsFound(problems).sort()).toEqual(['clientJs', 'csp']);
});
