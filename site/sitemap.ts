/**
 * Options for @astrojs/sitemap (astro.config.mjs): only pages of the route map that are public
 * (no search page, no later listing pages, no noindex documents, no 404 or redirect pages), each
 * with `lastmod` from `_updatedAt` and its translations as xhtml:link alternates incl. x-default.
 */
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';
import { siteData } from './data.ts';
import { languageIds } from './i18n/index.ts';
import { absoluteUrl, isSitemapPage, lastModified, routeByPath, xDefaultPath } from './seo.ts';
import type { Route } from './route-map.ts';

/** The sitemap entry of one route (undefined: not in the sitemap). */
export function sitemapEntry(route: Route | undefined, data: Parameters<typeof lastModified>[1], siteUrl: string): SitemapItem | undefined {
  if (!route || !isSitemapPage(route)) return undefined;
  const links = [
    ...languageIds.flatMap((lang) => (route.alternates[lang] ? [{ lang, url: absoluteUrl(route.alternates[lang]!, siteUrl) }] : [])),
    { lang: 'x-default', url: absoluteUrl(xDefaultPath(route), siteUrl) },
  ];
  const lastmod = lastModified(route, data);
  return { url: absoluteUrl(route.path, siteUrl), links, ...(lastmod ? { lastmod } : {}) } as SitemapItem;
}

export function sitemapOptions(): SitemapOptions {
  return {
    namespaces: { news: false, image: false, video: false, xhtml: true },
    async serialize(item) {
      const data = await siteData();
      const url = new URL(item.url);
      return sitemapEntry(routeByPath(data, url.pathname), data, url.origin);
    },
  };
}
