/**
 * One calendar file per event with a fixed date, next to its page: /veranstaltungen/<slug>.ics and
 * /en/events/<slug>.ics. Paths come from the route map; the file from site/ics.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../site/data.ts';
import { routeMap, type DocumentRouteOf } from '../../site/route-map.ts';
import { locale } from '../../site/i18n/index.ts';
import { calendarEventOf, hasCalendarFile } from '../../site/events.ts';
import { buildCalendar, icsPath } from '../../site/ics.ts';
import { calendarCacheKey } from '../../site/cache-keys.ts';

export const getStaticPaths = (async () => {
  const routes = routeMap(await siteData())
    .filter((route): route is DocumentRouteOf<'event'> => route.view === 'event')
    .filter((route) => hasCalendarFile(route.doc));
  return routes.map((route) => ({
    params: {
      path: icsPath(route.path)
        .replace(/^\//, '')
        .replace(/\.ics$/, ''),
    },
    props: { route },
    // Incremental builds reuse the file while the event and the site's address are unchanged.
    cacheKey: calendarCacheKey(route),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { route } = props as { route: DocumentRouteOf<'event'> };
  const event = route.doc;
  const pageUrl = new URL(route.path, site).href;
  const body = buildCalendar([calendarEventOf(event, route.language, pageUrl)], {
    productId: `-//hERZland//${locale(route.language).sectionTitles.events}//${route.language.toUpperCase()}`,
    name: event.title,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
