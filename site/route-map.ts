/**
 * The route map: every page the build writes, computed once from the site data. The Astro
 * catch-all route renders exactly these entries; sitemap, language switch and hreflang use the
 * same `alternates`.
 */
import { languageIds, type LanguageId, type SectionKey } from './i18n/index.ts';
import { documentPath, sectionPath } from './routes.ts';
import type { RoutedDocument, SiteData } from './data.ts';
import { listingRoutes, type ListingParams } from './collections.ts';
import { assertNoRedirectClash } from './redirects.ts';

export type SectionView =
  | 'home'
  | 'storyIndex'
  | 'guideIndex'
  | 'blogIndex'
  | 'documentIndex'
  | 'members'
  | 'projectIndex'
  | 'eventIndex'
  | 'orientationIndex'
  | 'jobs'
  | 'alliance'
  | 'figures'
  | 'search';
export type DocumentView = 'story' | 'guide' | 'post' | 'document' | 'project' | 'event' | 'orientation' | 'page';

interface RouteBase {
  path: string;
  language: LanguageId;
  /** The same page in other languages (including this one), for the language switch and hreflang. */
  alternates: Partial<Record<LanguageId, string>>;
}
export interface SectionRoute extends RouteBase {
  kind: 'section';
  view: SectionView;
  section: SectionKey;
  /** Listing pages beyond the section index: a filter and/or a page number (see site/collections.ts). */
  params?: ListingParams;
}
export interface DocumentRoute extends RouteBase {
  kind: 'document';
  view: DocumentView;
  section?: SectionKey;
  doc: RoutedDocument;
}
export type Route = SectionRoute | DocumentRoute;

const sectionViews: [SectionKey, SectionView][] = [
  ['home', 'home'],
  ['stories', 'storyIndex'],
  ['welcome', 'guideIndex'],
  ['blog', 'blogIndex'],
  ['documents', 'documentIndex'],
  ['members', 'members'],
  ['projects', 'projectIndex'],
  ['events', 'eventIndex'],
  ['orientation', 'orientationIndex'],
  ['jobs', 'jobs'],
  ['alliance', 'alliance'],
  ['figures', 'figures'],
  ['search', 'search'],
];

const documentViews: [keyof SiteData, DocumentView, SectionKey | undefined][] = [
  ['stories', 'story', 'stories'],
  ['guides', 'guide', 'welcome'],
  ['posts', 'post', 'blog'],
  ['documents', 'document', 'documents'],
  ['projects', 'project', 'projects'],
  ['events', 'event', 'events'],
  ['orientationPages', 'orientation', 'orientation'],
  ['pages', 'page', undefined],
];

function sectionAlternates(section: SectionKey): RouteBase['alternates'] {
  return Object.fromEntries(languageIds.map((language) => [language, sectionPath(language, section)]));
}

export function buildRouteMap(data: SiteData): Route[] {
  const routes: Route[] = [];
  for (const [section, view] of sectionViews) {
    const alternates = sectionAlternates(section);
    for (const language of languageIds) {
      routes.push({ kind: 'section', view, section, language, path: alternates[language]!, alternates });
    }
  }
  // Filter and pagination pages of the editorial sections, after the indexes.
  const viewOfSection = new Map(sectionViews);
  for (const listing of listingRoutes(data)) {
    const view = viewOfSection.get(listing.section);
    if (view) routes.push({ kind: 'section', view, ...listing });
  }

  const pathById = new Map<string, string>();
  const documentRoutes: DocumentRoute[] = [];
  for (const [key, view, section] of documentViews) {
    for (const doc of data[key] as RoutedDocument[]) {
      if (!doc.slug || !(languageIds as readonly string[]).includes(doc.language ?? '')) continue;
      const path = documentPath(doc);
      pathById.set(doc._id, path);
      documentRoutes.push({ kind: 'document', view, section, doc, language: doc.language as LanguageId, path, alternates: {} });
    }
  }
  for (const route of documentRoutes) {
    const group = data.translations.get(route.doc._id) ?? { [route.language]: route.doc._id };
    for (const [language, id] of Object.entries(group)) {
      const path = pathById.get(id);
      if (path) route.alternates[language as LanguageId] = path;
    }
    route.alternates[route.language] = route.path;
    routes.push(route);
  }

  const seen = new Map<string, Route>();
  for (const route of routes) {
    const clash = seen.get(route.path);
    if (clash) {
      const name = (r: Route) => (r.kind === 'document' ? `${r.doc._type} ${r.doc._id}` : `section ${r.section}`);
      throw new Error(`Two pages want the URL ${route.path}: ${name(clash)} and ${name(route)}`);
    }
    seen.set(route.path, route);
  }
  // A previous slug must not point at a live page (its redirect would shadow the page).
  assertNoRedirectClash(routes);
  return routes;
}

/** Where the language switch leads: the translation, or else the section index in that language. */
export function languageSwitchTarget(route: Route, language: LanguageId): string {
  return route.alternates[language] ?? sectionPath(language, route.section ?? 'home');
}

let cached: { data: SiteData; routes: Route[] } | undefined;
/** Memoised per data object: every page of a build shares one route map. */
export function routeMap(data: SiteData): Route[] {
  if (cached?.data !== data) cached = { data, routes: buildRouteMap(data) };
  return cached.routes;
}
