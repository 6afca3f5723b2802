/**
 * No broken internal link across the built site: linkinator crawls dist/ served by scripts/serve.ts
 * (the production-like server: directory indexes, 404 page with status 404, _headers) on a free
 * port. It starts from every HTML page (so orphans are checked too) and checks <a>, <link>, <img>
 * src/srcset, <source>, <script src>, meta content, JSON-LD URLs, url() in CSS, and #fragment targets.
 * Absolute URLs on the configured site URL (canonical, hreflang, og:url, JSON-LD) are rewritten to
 * the local server, so they are checked as well. Other hosts are skipped (no network here).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LinkChecker, LinkState, type LinkResult, type RedirectInfo } from 'linkinator';
import { siteConfig } from '../../site/config.ts';
import { distDir, ensureBuilt, htmlFiles, urlPathOf } from './built-site.ts';
import { startLocalServer, type LocalServer } from '../../scripts/serve-process.ts';

await ensureBuilt();
const pages = htmlFiles().map(urlPathOf);
const siteUrl = siteConfig().siteUrl;

let server: LocalServer | undefined;
let origin = '';
let links: LinkResult[] = [];
const redirects: RedirectInfo[] = [];

beforeAll(async () => {
  server = await startLocalServer({ distDir });
  origin = server.origin;

  const checker = new LinkChecker();
  checker.on('redirect', (info) => redirects.push(info));
  const result = await checker.check({
    path: pages.map((page) => `${origin}${page}`),
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 16,
    timeout: 10_000,
    redirects: 'allow',
    urlRewriteExpressions: [{ pattern: new RegExp(`^${siteUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$)`), replacement: origin }],
    linksToSkip: async (link) => new URL(link).origin !== origin,
  });
  links = result.links;
}, 120_000);

afterAll(() => {
  server?.stop();
});

describe('internal links', () => {
  test('the crawl reached every built page', () => {
    const checked = new Set(links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname));
    const missed = pages.filter((page) => !checked.has(page));
    expect(missed, `pages not checked: ${missed.join(', ')}`).toEqual([]);
  });

  test('no broken internal link (including #fragments)', () => {
    const byTarget = new Map<string, Set<string>>();
    for (const link of links.filter((l) => l.state === LinkState.BROKEN)) {
      const detail = link.failureDetails?.map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ');
      const key = `${link.url.replace(origin, '')} [${detail || `status ${link.status ?? '-'}`}]`;
      byTarget.set(key, (byTarget.get(key) ?? new Set()).add(link.parent ? new URL(link.parent).pathname : '(start page)'));
    }
    const report = [...byTarget].sort().map(([target, parents]) => {
      const list = [...parents].sort();
      return `  ${target}\n    linked from ${list.length} page(s): ${list.slice(0, 6).join(', ')}${list.length > 6 ? ', …' : ''}`;
    });
    expect(report, `${report.length} broken internal link target(s):\n${report.join('\n')}`).toEqual([]);
  });

  test('internal links point to the canonical URL (no redirect)', () => {
    const hops = [
      ...new Set(redirects.map((r) => `  ${r.url.replace(origin, '')} → ${r.targetUrl?.replace(origin, '') ?? '?'} (${r.status})`)),
    ].sort();
    expect(hops, `links that redirect:\n${hops.join('\n')}`).toEqual([]);
  });
});
