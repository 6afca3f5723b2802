/**
 * Search-engine facts about pages, shared by the <head>, the sitemap, the feeds and the Open Graph
 * images: which pages are public, when they changed, their absolute URLs and their images.
 * Framework-free; everything per build is memoised by the data object.
 */
import { defaultLanguage, languageIds, locale, type LanguageId, type SectionKey } from './i18n/index.ts';
import { sectionPath } from './routes.ts';
import { siteConfig } from './config.ts';
import { perData } from './memo.ts';
import { routeMap, type Route } from './route-map.ts';
import type { SiteData } from './data.ts';

export function absoluteUrl(path: string, siteUrl = siteConfig().siteUrl): string {
  return new URL(path, `${siteUrl}/`).href;
}

export const TITLE_MAX = 70;

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis. */
export function clipText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.includes(' ') ? cut.replace(/[\s,;:–-]+\S*$/, '') : cut}…`;
}

/** The <title>: "Page | Site" (home: "Site – Tagline"), the page part shortened to fit TITLE_MAX. */
export function documentTitle(isHome: boolean, title: string, siteTitle: string): string {
  if (isHome) return `${siteTitle} – ${clipText(title, TITLE_MAX - siteTitle.length - 3)}`;
  return `${clipText(title, TITLE_MAX - siteTitle.length - 3)} | ${siteTitle}`;
}

/** Listing pages after the first one repeat their first page: kept out of the sitemap. */
export function isPaginated(route: Route): boolean {
  return route.kind === 'section' && (route.params?.page ?? 1) > 1;
}

/** Pages that belong in the sitemap: everything public except search, later listing pages and noindex. */
export function isSitemapPage(route: Route): boolean {
  if (route.kind === 'section') return route.view !== 'search' && !isPaginated(route);
  return !route.doc.seo?.noIndex;
}

/** `noindex` pages: the search page (results are not content) and documents that ask for it. */
export function isNoIndex(route: Route): boolean {
  return route.kind === 'section' ? route.view === 'search' : !isSitemapPage(route);
}

/** The x-default of a page: its default-language version, else the page itself. */
export function xDefaultPath(route: Route): string {
  return route.alternates[defaultLanguage] ?? route.path;
}

/** Where the build writes a page's Open Graph image (see scripts/build.ts and site/og-image.ts). */
export function ogImagePath(route: Pick<Route, 'path'>): string {
  return `/og/${route.path.replace(/^\/|\/$/g, '') || 'index'}.jpg`;
}
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** `og:locale` form of a language (de → de_DE). */
export function ogLocale(language: LanguageId): string {
  return locale(language).dateLocale.replace('-', '_');
}

// Feeds -------------------------------------------------------------------------------------------

export const FEED_SECTIONS = ['stories', 'blog'] as const satisfies readonly SectionKey[];
export type FeedSection = (typeof FEED_SECTIONS)[number];

export function feedPath(language: LanguageId, section: FeedSection): string {
  return `${sectionPath(language, section)}rss.xml`;
}

export function feedTitle(language: LanguageId, section: FeedSection, siteTitle: string): string {
  return `${siteTitle}: ${locale(language).sectionTitles[section]}`;
}

export function feedDescription(language: LanguageId, section: FeedSection): string {
  const strings = locale(language).seo;
  return section === 'stories' ? strings.storiesFeed : strings.blogFeed;
}

export function allFeeds(): { language: LanguageId; section: FeedSection; path: string }[] {
  return languageIds.flatMap((language) => FEED_SECTIONS.map((section) => ({ language, section, path: feedPath(language, section) })));
}

// Last modified -----------------------------------------------------------------------------------

const newest = (dates: (string | null | undefined)[]): string | undefined =>
  dates
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);

interface Indexes {
  byPath: Map<string, Route>;
  sectionUpdated: Map<string, string | undefined>;
}
/** Per build: path → route, and the newest change per section and language. */
const indexes = perData((data: SiteData): Indexes => {
  const routes = routeMap(data);
  const byPath = new Map(routes.map((route) => [route.path, route]));
  const perSection = new Map<string, (string | undefined)[]>();
  for (const route of routes) {
    if (route.kind !== 'document' || !route.section) continue;
    const key = `${route.language}:${route.section}`;
    perSection.set(key, [...(perSection.get(key) ?? []), documentModified(route.doc)]);
  }
  const sectionUpdated = new Map([...perSection].map(([key, dates]) => [key, newest(dates)]));
  return { byPath, sectionUpdated };
});

export function routeByPath(data: SiteData, path: string): Route | undefined {
  return indexes(data).byPath.get(path);
}

/** A document's last change: `_updatedAt`, else the newest editorial date it carries. */
export function documentModified(doc: object): string | undefined {
  const d = doc as Record<string, unknown>;
  const dates = ['_updatedAt', 'updatedOn', 'lastReviewed', 'publishedAt', 'adoptedOn'].map((key) => d[key]);
  return dates.find((v) => typeof v === 'string' && v) as string | undefined;
}

/** `_updatedAt` of a document; for a section page the newest change in it (or of the site settings). */
export function lastModified(route: Route, data: SiteData): string | undefined {
  if (route.kind === 'document') return documentModified(route.doc);
  return (
    indexes(data).sectionUpdated.get(`${route.language}:${route.section}`) ??
    newest([data.settings._updatedAt, data.regionFacts?._updatedAt])
  );
}

/** The pages above this one, by URL (home → section → …), that exist in the route map. */
export function ancestors(route: Route, data: SiteData): Route[] {
  const segments = route.path.split('/').filter(Boolean);
  const found: Route[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const path = i === 0 ? '/' : `/${segments.slice(0, i).join('/')}/`;
    const ancestor = routeByPath(data, path);
    if (ancestor && !found.includes(ancestor)) found.push(ancestor);
  }
  // English home is /en/: make sure the language's home leads the list, not the German one.
  const home = routeByPath(data, sectionPath(route.language, 'home'));
  const rest = found.filter((r) => !(r.kind === 'section' && r.view === 'home'));
  return home && home !== route ? [home, ...rest] : rest;
}
