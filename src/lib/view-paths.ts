/**
 * The pages of one view: every view in src/views/ is a page of its own (injected by
 * src/integrations/view-routes.ts), so a page ships only the CSS of the view it renders. Its
 * getStaticPaths is `viewPaths('<view>')`: the entries of the route map (site/route-map.ts) with that
 * view, each with the cache key of the incremental build (site/cache-keys.ts).
 */
import type { GetStaticPaths } from 'astro';
import { siteData, type SiteData } from '../../site/data.ts';
import { routeMap, type DocumentRoute, type Route, type SectionRoute } from '../../site/route-map.ts';
import { pageCacheKey } from '../../site/cache-keys.ts';

/** The route of a view's pages: a document view's own route type, or a section route. */
export type RouteOfView<View extends Route['view']> = View extends DocumentRoute['view']
  ? Extract<DocumentRoute, { view: View }>
  : SectionRoute;

export function viewPaths<View extends Route['view']>(view: View) {
  return (async () => {
    const data: SiteData = await siteData();
    return routeMap(data)
      .filter((route): route is RouteOfView<View> => route.view === view)
      .map((route) => ({
        params: { path: route.path.replace(/^\/|\/$/g, '') || undefined },
        props: { route, data },
        // Incremental builds reuse the page while everything it shows is unchanged.
        cacheKey: pageCacheKey(route, data),
      }));
  }) satisfies GetStaticPaths;
}
