/**
 * Old URLs stay alive: a document may list `previousSlugs`; each becomes a 301 in `_redirects`
 * (Netlify/Cloudflare format) and an HTML page at the old path with canonical + meta refresh
 * (noindex) for hosts that read no redirect file. Framework-free; scripts/build.ts writes them.
 */
import { escapeHTML } from '@portabletext/to-html';
import { locale, type LanguageId } from './i18n/index.ts';
import { documentPath } from './routes.ts';
import type { DocumentRoute, SectionRoute } from './route-types.ts';

export interface Redirect {
  from: string;
  to: string;
  language: LanguageId;
  id: string;
}

/** What the redirects read of the route map's entries (any route map, or made-up routes in tests). */
export type RedirectRoute =
  | Pick<SectionRoute, 'kind' | 'path' | 'section'>
  | (Pick<DocumentRoute, 'kind' | 'path' | 'language'> & {
      doc: Pick<DocumentRoute['doc'], '_id' | '_type' | 'slug' | 'language' | 'previousSlugs'>;
    });

/** The URLs a document had under its previous slugs (never its current one). */
export function previousPaths(route: RedirectRoute): string[] {
  if (route.kind !== 'document') return [];
  const { doc } = route;
  const old = [...new Set(doc.previousSlugs ?? [])].filter((slug) => slug && slug !== doc.slug);
  return old.map((slug) => documentPath({ ...doc, slug })).filter((path) => path !== route.path);
}

/** All redirects of a route map. Throws when an old path is a live page or two documents claim it. */
export function redirectsOf(routes: readonly RedirectRoute[]): Redirect[] {
  const live = new Map(routes.map((route) => [route.path, route]));
  const claimed = new Map<string, Redirect>();
  for (const route of routes) {
    if (route.kind !== 'document') continue;
    for (const from of previousPaths(route)) {
      const page = live.get(from);
      if (page) {
        const what = page.kind === 'document' ? `${page.doc._type} ${page.doc._id}` : `the section page ${page.section}`;
        throw new Error(
          `Redirect clash: ${route.doc._type} ${route.doc._id} lists a previous slug whose URL ${from} is live (${what}). Remove it from previousSlugs or rename the live page.`,
        );
      }
      const other = claimed.get(from);
      if (other && other.to !== route.path) {
        throw new Error(`Redirect clash: ${from} is a previous URL of both ${other.id} and ${route.doc._id}.`);
      }
      claimed.set(from, { from, to: route.path, language: route.language, id: route.doc._id });
    }
  }
  return [...claimed.values()].sort((a, b) => a.from.localeCompare(b.from));
}

/** For the route map: fail the build early when a previous slug shadows a live page. */
export function assertNoRedirectClash(routes: readonly RedirectRoute[]): void {
  redirectsOf(routes);
}

/** `_redirects` for Netlify and Cloudflare Pages: one permanent redirect per line. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.map((r) => `${r.from} ${r.to} 301`);
  return `# Previous URLs of documents (previousSlugs), written by scripts/build.ts\n${lines.join('\n')}\n`;
}

/** The HTML page left at an old path: canonical to the new URL, meta refresh, noindex, no script. */
export function redirectPage(redirect: Redirect, siteUrl: string): string {
  const target = new URL(redirect.to, `${siteUrl}/`).href;
  const strings = locale(redirect.language).seo;
  const href = escapeHTML(redirect.to);
  return `<!doctype html>
<html lang="${redirect.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHTML(strings.movedTitle)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHTML(target)}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<h1>${escapeHTML(strings.movedTitle)}</h1>
<p>${escapeHTML(strings.movedText)} <a href="${href}">${escapeHTML(target)}</a></p>
</body>
</html>
`;
}
