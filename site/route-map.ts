/**
 * The route map: every page the build writes, computed once from the site data. The views'
 * pages (src/views/, src/lib/view-paths.ts) render exactly these entries; sitemap, language switch and hreflang use the
 * same `alternates`.
 */
import { languageIds, type LanguageId, type SectionKey } from './i18n/index.ts';
import { documentPath, sectionPath } from './routes.ts';
import type { RoutedDocument, SiteData } from './data.ts';
import { contentTypes } from './content-types.ts';
import { perData } from './memo.ts';
import { listingRoutes } from './collections.ts';
import { assertNoRedirectClash } from './redirects.ts';
import type { DocumentRoute, Route, SectionView } from './route-types.ts';

export type { DocumentRoute, DocumentRouteOf, DocumentView, Route, SectionRoute, SectionView } from './route-types.ts';

/** Section pages: home, the listings of the routed types (site/content-types.ts), then the sections of their own. */
const sectionViews: (readonly [SectionKey, SectionView])[] = [
  ['home', 'home'],
  ...Object.values(contentTypes).flatMap((type) =>
    type.section && type.listing ? [[type.section, type.listing as SectionView] as const] : [],
  ),
  ['members', 'members'],
  ['jobs', 'jobs'],
  ['alliance', 'alliance'],
  ['figures', 'figures'],
  ['search', 'search'],
];

/** Every view of the route map: each is a page file of its own (src/integrations/view-routes.ts). */
export function routeViews(): Route['view'][] {
  const documentViews = Object.values(contentTypes).map((type) => type.view as DocumentRoute['view']);
  return [...new Set([...sectionViews.map(([, view]) => view), ...documentViews])];
}

function sectionAlternates(section: SectionKey): Route['alternates'] {
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
  for (const type of Object.values(contentTypes)) {
    for (const doc of (data as unknown as Record<string, RoutedDocument[]>)[type.data] ?? []) {
      if (!doc.slug || !(languageIds as readonly string[]).includes(doc.language ?? '')) continue;
      const path = documentPath(doc);
      pathById.set(doc._id, path);
      const { view, section } = type;
      // The registry pairs each type with its view; TypeScript cannot follow that through the loop.
      const route = { kind: 'document', view, section, doc, language: doc.language as LanguageId, path, alternates: {} };
      documentRoutes.push(route as DocumentRoute);
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

/** Memoised per data object: every page of a build shares one route map. */
export const routeMap = perData(buildRouteMap);
