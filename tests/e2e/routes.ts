/**
 * The routes the e2e tests visit: one of every view in every language, from the same route map the
 * build uses. New views (search, …) appear here by themselves. Section routes that live below their
 * section's index (filter pages, pagination, …) count as a variant of their view and get a sample
 * of their own, named after the route's extra keys (e.g. `page`, `filter`) or else the first path
 * segment below the index (e.g. `seite`).
 */
import { siteData } from '../../site/data.ts';
import { routeMap, type Route } from '../../site/route-map.ts';
import { homePath, sectionPath } from '../../site/routes.ts';
import { languageIds } from '../../site/i18n/index.ts';

export interface SampleRoute {
  path: string;
  view: string;
  language: string;
  title?: string;
  /** Set for pages below a section index (filter, pagination, …) – see variantOf(). */
  variant?: string;
  /** `view` or `view-variant`: unique per language, used in test titles and file names. */
  name: string;
  /** The HTTP status the page is served with (200, or 404 for the not-found page). */
  status: number;
}

/** Article views: their pages carry no client JavaScript (checked in dist/ and in the browser). */
export const NO_JS_VIEWS = ['story', 'guide', 'post', 'document', 'orientation'];

/** The keys every route has; any other key marks a variant of its view. */
const BASE_KEYS = new Set(['kind', 'view', 'section', 'language', 'path', 'alternates', 'doc']);

function variantOf(route: Route): string | undefined {
  if (route.kind !== 'section') return undefined;
  const base = sectionPath(route.language, route.section);
  if (route.path === base) return undefined;
  // Extra keys name the variant; an object value (e.g. params: { filter, page }) by its own keys.
  // A missing value or a number <= 1 (page 1) is the default and names nothing.
  const isSet = (value: unknown) => value !== undefined && value !== null && !(typeof value === 'number' && value <= 1);
  const extra = Object.entries(route)
    .filter(([key, value]) => !BASE_KEYS.has(key) && isSet(value))
    .flatMap(([key, value]) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value)
            .filter(([, inner]) => isSet(inner))
            .map(([inner]) => inner)
        : [key],
    )
    .sort();
  if (extra.length) return extra.join('+');
  return route.path.startsWith(base) ? route.path.slice(base.length).split('/')[0] || 'sub' : 'sub';
}

export async function loadRoutes(): Promise<SampleRoute[]> {
  const samples = new Map<string, SampleRoute>();
  for (const route of routeMap(await siteData()) as Route[]) {
    const variant = variantOf(route);
    const name = variant ? `${route.view}-${variant}` : route.view;
    const key = `${name}:${route.language}`;
    if (samples.has(key)) continue;
    const title = route.kind === 'document' ? (route.doc.title ?? undefined) : undefined;
    samples.set(key, { path: route.path, view: route.view, language: route.language, title, variant, name, status: 200 });
  }
  return [...samples.values()];
}

/** A URL in each language that no page has: the site's 404 page, served with status 404. */
export function notFoundRoutes(): SampleRoute[] {
  return languageIds.map((language) => ({
    path: `${homePath(language)}diese-seite-gibt-es-nicht/`,
    view: 'notFound',
    language,
    name: 'notFound',
    status: 404,
  }));
}

/** Every page type the reader can meet: one sample of every view (and variant) per language, plus the 404 page. */
export async function loadPageTypes(): Promise<SampleRoute[]> {
  return [...(await loadRoutes()), ...notFoundRoutes()];
}
