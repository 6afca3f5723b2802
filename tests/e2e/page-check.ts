/**
 * Everything checked on every page type, in one visit (tests/e2e/page-types.spec.ts uses it,
 * tests/e2e/page-check.spec.ts proves it catches planted faults):
 * - renders: HTTP status, lang, one h1 (with the document's title), <title>;
 * - axe-core WCAG 2.0/2.1 A+AA in the light scheme, and the colour rules again after a reload in the
 *   dark scheme (prefers-color-scheme only changes colours: half the cost of a second full run), in
 *   the default language (the dark tokens do not depend on the language);
 * - Content-Security-Policy under the real headers (scripts/serve.ts applies dist/_headers): the
 *   header is there and no violation is reported (console or securitypolicyviolation event);
 * - no request to another host, no cookie, no local/session storage (page scrolled to the end so
 *   lazy images and client:visible islands load too);
 * - no client JavaScript on article pages (JSON-LD is data, not script);
 * - no horizontal overflow at 1280, 375 and 320 px (the narrowest supported width).
 * Screenshots are taken on failure (playwright.config.ts) or on request: SCREENSHOTS=1.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { defaultLanguage } from '../../site/i18n/index.ts';
import { NO_JS_VIEWS, type SampleRoute } from './routes.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const WIDTHS = [1280, 375, 320];
const SCREENSHOT_WIDTHS = [375, 1280];

/** What one visit found, by kind; every list is empty on a good page. */
export interface PageProblems {
  render: string[];
  axe: string[];
  csp: string[];
  thirdParty: string[];
  storage: string[];
  clientJs: string[];
  overflow: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

function describeViolations(violations: Violations, scheme: string): string[] {
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 8).map((node) => {
      const summary =
        node.failureSummary
          ?.split('\n')
          .slice(1, 3)
          .map((line) => line.trim())
          .join(' ') ?? '';
      return `      ${node.target.join(' ')}${summary ? `\n        ${summary}` : ''}`;
    });
    const more = v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : '';
    return `[${scheme}] [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n${nodes.join('\n')}${more}`;
  });
}

/**
 * axe-core WCAG 2.0/2.1 A+AA on the page as it is now (or on `include` only), described for a
 * failure message; [] when it passes. The one way the e2e specs run axe.
 */
export async function axeViolations(page: Page, { scheme = 'light', include }: { scheme?: 'light' | 'dark'; include?: string } = {}) {
  // Wait for web fonts so text metrics (and thus contrast sampling of overlapping boxes) are final.
  await page.evaluate(() => document.fonts.ready);
  // Violations only: axe skips the details of every passing node, a large share of its time.
  // options() goes first: it replaces what withTags() sets.
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(TAGS);
  if (include) builder = builder.include(include);
  if (scheme === 'dark') builder = builder.withRules(COLOUR_RULES);
  return describeViolations((await builder.analyze()).violations, scheme);
}

/**
 * How long the network may take to settle after the scroll. Once (CI, stop 18) Playwright's
 * networkidle never came and the test ran out of time without saying why; a request is judged
 * when it starts (third-party check), so the visit goes on and names what was still open.
 */
const NETWORK_SETTLE_MS = 20_000;

/** Brings every part of the page into view (lazy images, client:visible islands), then lets the network settle. */
async function scrollThrough(page: Page, openRequests: Set<Request>): Promise<void> {
  await page.evaluate(async () => {
    // A frame, or a quarter second when the renderer withholds frames (seen once in CI on a loaded
    // machine: the page waited for a frame until the test's time ran out).
    const nextFrame = () =>
      new Promise((resolve) => {
        requestAnimationFrame(resolve);
        setTimeout(resolve, 250);
      });
    const step = Math.max(window.innerHeight / 2, 100);
    for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await nextFrame();
    }
  });
  await page.waitForLoadState('networkidle', { timeout: NETWORK_SETTLE_MS }).catch(() => {
    const open = [...openRequests].map((request) => request.url()).join(', ') || 'none that the page reported';
    console.warn(`${page.url()}: the network did not settle within ${NETWORK_SETTLE_MS / 1000} s; still open: ${open}`);
  });
}

async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // Name the culprits: elements that stick out of their parent's content box (where the overflow starts).
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${
        el.className && typeof el.className === 'string'
          ? ` class="${el.className
              .split(' ')
              .filter((c) => !c.startsWith('astro-'))
              .join(' ')}"`
          : ''
      }>`;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const parent = el.parentElement;
        if (!parent || el.closest('.visually-hidden, svg *')) return false;
        const right = el.getBoundingClientRect().right;
        const parentRight = parent.getBoundingClientRect().right - parseFloat(getComputedStyle(parent).paddingRight);
        return right > width + 1 && right > parentRight + 1 && getComputedStyle(parent).overflowX === 'visible';
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${describe(el)} in ${describe(el.parentElement!)}: ${Math.round(el.getBoundingClientRect().width)} px wide, right edge ${Math.round(el.getBoundingClientRect().right)} px`,
      );
    return [`page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`, ...culprits];
  });
}

/** Client scripts and inline event handlers in the live DOM (JSON data blocks are not script). */
async function clientScripts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const script of document.querySelectorAll('script')) {
      if (['application/ld+json', 'application/json'].includes(script.type.trim().toLowerCase())) continue;
      found.push(
        script.src ? `<script src="${script.getAttribute('src')}">` : `inline <script>: ${script.textContent!.trim().slice(0, 60)}`,
      );
    }
    for (const island of document.querySelectorAll('astro-island'))
      found.push(`<astro-island component-url="${island.getAttribute('component-url')}">`);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`<${element.tagName.toLowerCase()} ${attribute.name}="…">`);
      }
    }
    return found;
  });
}

/** Visits `route` once and returns every problem found (see the module comment). */
export async function checkPage(page: Page, context: BrowserContext, route: SampleRoute, baseURL: string): Promise<PageProblems> {
  const problems: PageProblems = { render: [], axe: [], csp: [], thirdParty: [], storage: [], clientJs: [], overflow: [] };
  const origin = new URL(baseURL).origin;
  let requests = 0;
  const openRequests = new Set<Request>();
  page.on('requestfinished', (request) => openRequests.delete(request));
  page.on('requestfailed', (request) => openRequests.delete(request));
  page.on('request', (request) => {
    requests += 1;
    const url = request.url();
    openRequests.add(request);
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) problems.thirdParty.push(`${request.resourceType()} ${url}`);
  });
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) problems.csp.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.__cspViolations ??= []).push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const cspEvents = async () => {
    for (const event of await page.evaluate(() => window.__cspViolations ?? []).catch(() => []))
      problems.csp.push(`securitypolicyviolation: ${event}`);
  };

  // Light scheme: render, headers, requests, storage, scripts, overflow, full axe run.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  const response = await page.goto(route.path, { waitUntil: 'load' });
  if (response?.status() !== route.status) problems.render.push(`HTTP status ${response?.status()}, expected ${route.status}`);
  if (!response?.headers()['content-security-policy']) problems.csp.push('no Content-Security-Policy header');
  const head = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    h1: [...document.querySelectorAll('h1')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  }));
  if (head.lang !== route.language) problems.render.push(`<html lang="${head.lang}">, expected ${route.language}`);
  if (!/hERZland/.test(head.title)) problems.render.push(`<title>${head.title}</title> does not name hERZland`);
  if (head.h1.length !== 1) problems.render.push(`${head.h1.length} h1 elements, expected 1`);
  else if (route.title && !head.h1[0].includes(route.title.replace(/\s+/g, ' ').trim()))
    problems.render.push(`h1 "${head.h1[0]}" lacks the title "${route.title}"`);

  await scrollThrough(page, openRequests);
  if (requests === 0) problems.thirdParty.push('no request observed at all (the watcher is broken)');
  const cookies = await context.cookies();
  problems.storage.push(...cookies.map((c) => `cookie ${c.name} (${c.domain})`));
  const storage = await page.evaluate(() => ({
    document: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  if (storage.document) problems.storage.push(`document.cookie: ${storage.document}`);
  problems.storage.push(...storage.local.map((k) => `localStorage ${k}`), ...storage.session.map((k) => `sessionStorage ${k}`));
  if (NO_JS_VIEWS.includes(route.view)) problems.clientJs.push(...(await clientScripts(page)));

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
    problems.overflow.push(...(await horizontalOverflow(page)).map((line) => `${width} px: ${line}`));
  }
  if (process.env.SCREENSHOTS) await screenshots(page, route);
  await page.setViewportSize({ width: 1280, height: 900 });
  problems.axe.push(...(await axeViolations(page)));
  await cspEvents();

  // Dark scheme: the colour rules once per page type, in the default language: the dark tokens are
  // the same in every language. A reload, not a live switch (transitions would be sampled mid-way).
  if (route.language !== defaultLanguage) return problems;
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  if (!(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)))
    problems.render.push('dark colour scheme not applied');
  problems.axe.push(...(await axeViolations(page, { scheme: 'dark' })));
  await cspEvents();
  return problems;
}

/** Full-page screenshots for human review (not compared): test-results/screenshots/<name>-<lang>-<width>.png. */
async function screenshots(page: Page, route: SampleRoute): Promise<void> {
  for (const width of SCREENSHOT_WIDTHS) {
    await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
    await page.evaluate(async () => {
      for (const img of document.querySelectorAll('img[loading="lazy"]')) img.setAttribute('loading', 'eager');
      await Promise.all([...document.images].map((img) => (img.complete ? null : img.decode().catch(() => null))));
      await document.fonts.ready;
    });
    await page.screenshot({
      path: `test-results/screenshots/${route.name}-${route.language}-${width}.png`,
      fullPage: true,
      animations: 'disabled',
    });
  }
}

/** The problems as one readable report, or '' when there are none. */
export function report(problems: PageProblems): string {
  return Object.entries(problems)
    .filter(([, list]) => list.length)
    .map(([kind, list]) => `${kind}:\n  ${list.join('\n  ')}`)
    .join('\n');
}
