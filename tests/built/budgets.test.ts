/**
 * Performance and client-JS budgets from issue 4, checked deterministically on the built dist/:
 * - home page HTML + the CSS it links (following @import) <= 14 kB gzip, fonts and images excluded;
 * - no HTML page over 50 kB gzip;
 * - the fonts a page preloads <= 30 kB (woff2 is compressed already): every first visit loads them
 *   before its text;
 * - the CSS a page loads (linked stylesheets with their @imports, plus inline <style>) per page type,
 *   gzip: see CSS_BUDGET;
 * - no client JavaScript on story, guide, post, document and orientation pages (JSON data blocks
 *   such as JSON-LD are not JavaScript);
 * - React islands only hydrate client:visible / client:idle;
 * - every <img> has width, height and alt; every image after the first (the LCP candidate) is lazy;
 *   on the blog and project listings that first image is the first card's, eager and high priority.
 * "Compressed" = gzip at zlib's default level 6 (what static hosts use; brotli would be smaller).
 * 1 kB = 1000 bytes.
 */
import path from 'node:path';
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { HtmlElement } from 'html-validate';
import { homePath } from '../../site/routes.ts';
import { languageIds } from '../../site/i18n/index.ts';
import { NO_JS_VIEWS } from '../e2e/routes.ts';
import { distDir, ensureBuilt, filesByView, htmlFiles, parseHtml, readDist, urlPathOf } from './built-site.ts';

const HOME_BUDGET = 14_000;
const PAGE_BUDGET = 50_000;
/** Inter's core file (17.6 kB) and the Czech letters of the language switch (4.2 kB), as cut by `npm run fonts`. */
const PRELOADED_FONTS_BUDGET = 22_000;
/**
 * CSS per page type, gzip. Every view is a page file of its own (src/integrations/view-routes.ts),
 * so a page ships the shared base and the CSS of its view and that view's components only: 4.8–6.3 kB
 * measured when this budget was set (each page shipped all views' CSS before, 11.6 kB).
 */
const CSS_BUDGET = 7_000;
const ALLOWED_HYDRATION = ['visible', 'idle'];
/** <script> types that are data, not code (HTML spec "data block"). */
const DATA_SCRIPT_TYPES = ['application/ld+json', 'application/json'];

await ensureBuilt();
const files = htmlFiles();
const byView = await filesByView();
/** rel is a token list (html-validate's selector engine has no ~=). */
const hasRel = (element: HtmlElement, token: string) =>
  String(element.getAttributeValue('rel') ?? '')
    .toLowerCase()
    .split(/\s+/)
    .includes(token);
const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 6 }).length;

/** A stylesheet and every stylesheet it @imports, as dist/ files. */
function stylesheetClosure(href: string, seen = new Set<string>()): string[] {
  const file = path.join(distDir, new URL(href, 'http://site/').pathname);
  if (seen.has(file)) return [];
  seen.add(file);
  if (!fs.existsSync(file)) throw new Error(`linked stylesheet ${href} is not in dist/`);
  const css = fs.readFileSync(file, 'utf8');
  const imports = [...css.matchAll(/@import\s+(?:url\()?\s*['"]?([^'")\s;]+)/g)].map((m) => m[1]);
  return [file, ...imports.flatMap((imported) => stylesheetClosure(new URL(imported, new URL(href, 'http://site/')).pathname, seen))];
}

describe('budgets', () => {
  test.each(languageIds)('home page (%s): HTML + its CSS <= 14 kB gzip', async (language) => {
    const file = path.join(homePath(language).slice(1), 'index.html');
    const html = readDist(file);
    const root = await parseHtml(html);
    const hrefs = root
      .querySelectorAll('link')
      .filter((link) => hasRel(link, 'stylesheet'))
      .map((link) => String(link.getAttributeValue('href')));
    const sheets = hrefs.flatMap((href) => stylesheetClosure(href));
    const parts = [
      { name: file, bytes: gzipSize(html) },
      ...sheets.map((sheet) => ({ name: path.relative(distDir, sheet), bytes: gzipSize(fs.readFileSync(sheet)) })),
    ];
    const total = parts.reduce((sum, part) => sum + part.bytes, 0);
    const breakdown = parts.map((part) => `  ${part.bytes} B  ${part.name}`).join('\n');
    expect(total, `home (${language}) is ${total} B gzip, budget ${HOME_BUDGET} B:\n${breakdown}`).toBeLessThanOrEqual(HOME_BUDGET);
  });

  test.each([...byView.keys()])('CSS of %s pages within its gzip budget', async (view) => {
    const budget = CSS_BUDGET;
    const over: string[] = [];
    for (const file of byView.get(view) ?? []) {
      const html = readDist(file);
      const root = await parseHtml(html);
      const sheets = new Set(
        root
          .querySelectorAll('link')
          .filter((link) => hasRel(link, 'stylesheet'))
          .flatMap((link) => stylesheetClosure(String(link.getAttributeValue('href')))),
      );
      const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
      const bytes = [...sheets].reduce((sum, sheet) => sum + gzipSize(fs.readFileSync(sheet)), inline ? gzipSize(inline) : 0);
      if (bytes > budget) over.push(`  ${urlPathOf(file)}: ${bytes} B gzip`);
    }
    expect(over, `${view} pages over their CSS budget of ${budget} B gzip:\n${over.join('\n')}`).toEqual([]);
  });

  test.each(languageIds)('the fonts the home page (%s) preloads: <= 22 kB', async (language) => {
    const root = await parseHtml(readDist(path.join(homePath(language).slice(1), 'index.html')));
    const fonts = root
      .querySelectorAll('link')
      .filter((link) => hasRel(link, 'preload') && link.getAttributeValue('as') === 'font')
      .map((link) => path.join(distDir, String(link.getAttributeValue('href'))));
    expect(fonts.length).toBeGreaterThan(0);
    const sizes = fonts.map((file) => `  ${fs.statSync(file).size} B  ${path.relative(distDir, file)}`);
    const total = fonts.reduce((sum, file) => sum + fs.statSync(file).size, 0);
    expect(total, `preloaded fonts ${total} B, budget ${PRELOADED_FONTS_BUDGET} B:\n${sizes.join('\n')}`).toBeLessThanOrEqual(
      PRELOADED_FONTS_BUDGET,
    );
  });

  test('every page carries its icon as a data: URL of public/favicon.svg (no request while it loads)', async () => {
    const favicon = fs.readFileSync('public/favicon.svg', 'utf8').trim();
    const wrong: string[] = [];
    for (const file of files) {
      const icons = (await parseHtml(readDist(file))).querySelectorAll('link').filter((link) => hasRel(link, 'icon'));
      const href = String(icons[0]?.getAttributeValue('href') ?? '');
      const inline = href.startsWith('data:image/svg+xml,') && decodeURIComponent(href.slice(href.indexOf(',') + 1)) === favicon;
      if (icons.length !== 1 || !inline) wrong.push(`  ${urlPathOf(file)}: ${icons.length} icon link(s), ${href.slice(0, 60)}`);
    }
    expect(wrong, `pages whose icon is not the inline favicon:\n${wrong.join('\n')}`).toEqual([]);
  });

  test('no HTML page over 50 kB gzip', () => {
    expect(files.length).toBeGreaterThan(10);
    const over = files
      .map((file) => ({ file, bytes: gzipSize(fs.readFileSync(path.join(distDir, file))) }))
      .filter(({ bytes }) => bytes > PAGE_BUDGET)
      .map(({ file, bytes }) => `  ${urlPathOf(file)}: ${bytes} B gzip`);
    expect(over, `pages over ${PAGE_BUDGET} B gzip:\n${over.join('\n')}`).toEqual([]);
  });

  test.each(NO_JS_VIEWS)('no client JavaScript on %s pages', async (view) => {
    const pages = byView.get(view) ?? [];
    expect(pages.length, `the route map has no ${view} pages`).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of pages) {
      const root = await parseHtml(readDist(file));
      const where = urlPathOf(file);
      for (const script of root.querySelectorAll('script')) {
        const type = String(script.getAttributeValue('type') ?? '')
          .trim()
          .toLowerCase();
        if (DATA_SCRIPT_TYPES.includes(type)) continue;
        const src = script.getAttributeValue('src');
        found.push(
          `${where}: <script${type ? ` type="${type}"` : ''}${src ? ` src="${src}"` : ''}> ${src ? '' : `(inline: ${script.textContent.trim().slice(0, 60)}…)`}`,
        );
      }
      for (const island of root.querySelectorAll('astro-island')) {
        found.push(
          `${where}: <astro-island component-url="${island.getAttributeValue('component-url')}" client="${island.getAttributeValue('client')}">`,
        );
      }
      for (const link of root
        .querySelectorAll('link')
        .filter((l) => hasRel(l, 'modulepreload') || (hasRel(l, 'preload') && l.getAttributeValue('as') === 'script'))) {
        found.push(`${where}: <link rel="${link.getAttributeValue('rel')}" href="${link.getAttributeValue('href')}">`);
      }
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.key)) found.push(`${where}: <${element.tagName} ${attribute.key}="…"> (inline event handler)`);
          if (/^\s*javascript:/i.test(String(attribute.value ?? '')))
            found.push(`${where}: <${element.tagName} ${attribute.key}="javascript:…">`);
        }
      }
    }
    expect(found, `client JavaScript on ${view} pages:\n${found.join('\n')}`).toEqual([]);
  });

  test('React islands hydrate only client:visible or client:idle', async () => {
    const wrong: string[] = [];
    for (const file of files) {
      const root = await parseHtml(readDist(file));
      for (const island of root.querySelectorAll('astro-island')) {
        const client = String(island.getAttributeValue('client') ?? '');
        if (!ALLOWED_HYDRATION.includes(client)) {
          wrong.push(`${urlPathOf(file)}: ${island.getAttributeValue('component-url')} hydrates client:${client || '?'}`);
        }
      }
    }
    expect(wrong, `islands with other hydration:\n${wrong.join('\n')}`).toEqual([]);
  });

  test('every <img> has width, height and alt; all but the first are loading="lazy"', async () => {
    const problems: string[] = [];
    let images = 0;
    for (const file of files) {
      const root = await parseHtml(readDist(file));
      root.querySelectorAll('img').forEach((img, index) => {
        images += 1;
        const label = `${urlPathOf(file)} img #${index + 1} (${String(img.getAttributeValue('src')).slice(0, 60)})`;
        for (const name of ['width', 'height']) {
          const value = img.getAttributeValue(name);
          if (!/^\d+$/.test(String(value ?? '')) || Number(value) === 0)
            problems.push(`${label}: ${name}="${value ?? ''}" (missing or not a positive integer)`);
        }
        if (!img.hasAttribute('alt')) problems.push(`${label}: no alt attribute`);
        if (index > 0 && img.getAttributeValue('loading') !== 'lazy')
          problems.push(`${label}: loading="${img.getAttributeValue('loading') ?? ''}", expected lazy (not the first image)`);
      });
    }
    expect(images, 'the built site has no images at all').toBeGreaterThan(0);
    expect(problems, `image problems:\n${problems.join('\n')}`).toEqual([]);
  });

  test('on the blog and project listings the first card image, the LCP on a phone, loads eagerly with high priority', async (context) => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of ['blogIndex', 'projectIndex'].flatMap((view) => byView.get(view) ?? [])) {
      const root = await parseHtml(readDist(file));
      const first = root.querySelector('img.card-image');
      if (!first) continue; // a listing without images (an editor's choice) has nothing to prioritise
      checked += 1;
      if (root.querySelector('img') !== first) problems.push(`${urlPathOf(file)}: an image before the first card's`);
      if (first.getAttributeValue('loading') === 'lazy' || first.getAttributeValue('fetchpriority') !== 'high')
        problems.push(
          `${urlPathOf(file)}: loading="${first.getAttributeValue('loading')}" fetchpriority="${first.getAttributeValue('fetchpriority')}"`,
        );
    }
    // Whether the listings show images is the editors' choice: without any there is nothing to check.
    if (checked === 0) context.skip('no blog or project listing with card images');
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
