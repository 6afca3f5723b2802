/**
 * One JSON-LD @graph per page (schema.org), typed with schema-dts so that a wrong property fails
 * the type check: the alliance (Organization with its members), the WebSite, the page itself
 * (WebPage, CollectionPage, FAQPage, SearchResultsPage), a BreadcrumbList below home, and the
 * main entity: Article for stories, BlogPosting for posts, Event for events. Framework-free.
 */
import type {
  Article,
  BlogPosting,
  BreadcrumbList,
  CollectionPage,
  Event,
  FAQPage,
  Graph,
  ImageObject,
  ItemList,
  Organization,
  Person,
  Place,
  SearchAction,
  SearchResultsPage,
  Thing,
  VirtualLocation,
  WebPage,
  WebSite,
  WithActionConstraints,
} from 'schema-dts';
import { languageIds, locale } from './i18n/index.ts';
import { listedItems, listingSections, type ListingSection } from './collections.ts';
import { documentPath, safeHref, sectionPath } from './routes.ts';
import { pageMeta } from './page-meta.ts';
import { endValue, fixedSchedule, startValue } from './event-dates.ts';
import { absoluteUrl, ancestors, documentModified, lastModified, OG_IMAGE_SIZE, ogImagePath } from './seo.ts';
import type { Route } from './route-map.ts';
import type { SiteMember, SiteData, SiteEvent } from './data.ts';

export interface GraphContext {
  siteUrl: string;
  /** The page's <title> text without the site name, and its meta description. */
  title: string;
  description: string;
}

const ORG_ID = '/#organization';
const SITE_ID = '/#website';

/** Views that list documents: their page is a CollectionPage with an ItemList. */
const COLLECTION_SOURCES = {
  storyIndex: 'stories',
  guideIndex: 'guides',
  blogIndex: 'posts',
  documentIndex: 'documents',
  projectIndex: 'projects',
  eventIndex: 'events',
  orientationIndex: 'orientationPages',
} as const satisfies Partial<Record<Route['view'], keyof SiteData>>;

/** Members are listed on the pages about the alliance; elsewhere the organisation is referenced briefly. */
const MEMBER_VIEWS = new Set<Route['view']>(['home', 'alliance', 'members']);

function member(m: SiteMember): Organization {
  const url = safeHref(m.website);
  return { '@type': 'Organization', name: m.name, ...(m.shortName ? { alternateName: m.shortName } : {}), ...(url ? { url } : {}) };
}

function organization(route: Route, data: SiteData, at: (path: string) => string): Organization {
  const strings = locale(route.language).seo;
  return {
    '@type': 'Organization',
    '@id': at(ORG_ID),
    name: strings.organizationName,
    url: at('/'),
    logo: { '@type': 'ImageObject', url: at('/og/logo.png'), width: '512', height: '512' },
    ...(data.settings.contact?.email ? { email: data.settings.contact.email } : {}),
    ...(MEMBER_VIEWS.has(route.view) ? { member: data.members.map(member) } : {}),
  };
}

function webSite(route: Route, data: SiteData, at: (path: string) => string): WebSite {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${at(sectionPath(route.language, 'search'))}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@type': 'WebSite',
    '@id': at(SITE_ID),
    url: at('/'),
    name: data.settings.title ?? 'hERZland',
    inLanguage: [...languageIds],
    publisher: { '@id': at(ORG_ID) },
    potentialAction: search,
  };
}

function breadcrumbs(route: Route, data: SiteData, at: (path: string) => string): BreadcrumbList | undefined {
  if (route.kind === 'section' && route.view === 'home') return undefined;
  const trail = [...ancestors(route, data), route];
  const name = (r: Route) => (r.kind === 'section' && r.view === 'home' ? locale(r.language).sectionTitles.home : pageMeta(r, data).title);
  return {
    '@type': 'BreadcrumbList',
    '@id': `${at(route.path)}#breadcrumb`,
    itemListElement: trail.map((r, index) => ({ '@type': 'ListItem', position: index + 1, name: name(r), item: at(r.path) })),
  };
}

function ogImage(route: Route, at: (path: string) => string): ImageObject {
  return { '@type': 'ImageObject', url: at(ogImagePath(route)), width: String(OG_IMAGE_SIZE.width), height: String(OG_IMAGE_SIZE.height) };
}

function itemList(route: Route, data: SiteData, at: (path: string) => string): ItemList | undefined {
  const source = COLLECTION_SOURCES[route.view as keyof typeof COLLECTION_SOURCES];
  if (!source) return undefined;
  // A listing page lists what it shows (one filter, one page of them), not the whole collection.
  const docs =
    route.kind === 'section' && route.section in listingSections
      ? listedItems(data, route.section as ListingSection, route.language, route.params)
      : (data[source] as { language: string | null; title: string | null; slug: string | null; _type: string }[]).filter(
          (doc) => doc.language === route.language && doc.slug,
        );
  return {
    '@type': 'ItemList',
    numberOfItems: docs.length,
    itemListElement: docs.map((doc, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      url: at(documentPath(doc)),
      name: doc.title ?? '',
    })),
  };
}

/** The page node: its type depends on the view (FAQPage for guides with questions, …). */
function webPage(route: Route, data: SiteData, ctx: GraphContext, at: (path: string) => string, crumbs: boolean): Thing {
  const url = at(route.path);
  const common = {
    '@id': `${url}#webpage`,
    url,
    name: ctx.title,
    description: ctx.description,
    inLanguage: route.language,
    isPartOf: { '@id': at(SITE_ID) },
    primaryImageOfPage: ogImage(route, at),
    ...(lastModified(route, data) ? { dateModified: lastModified(route, data) } : {}),
    ...(crumbs ? { breadcrumb: { '@id': `${url}#breadcrumb` } } : {}),
  };
  if (route.view === 'search') return { '@type': 'SearchResultsPage', ...common } satisfies SearchResultsPage;
  const list = itemList(route, data, at);
  if (list) return { '@type': 'CollectionPage', ...common, mainEntity: list } satisfies CollectionPage;
  if (route.view === 'guide') {
    const faq = route.doc.faq ?? [];
    if (faq.length) {
      return {
        '@type': 'FAQPage',
        ...common,
        mainEntity: faq
          .filter((f) => f.question && f.answer)
          .map((f) => ({
            '@type': 'Question',
            name: f.question!,
            acceptedAnswer: { '@type': 'Answer', text: f.answer! },
          })),
      } satisfies FAQPage;
    }
  }
  return { '@type': 'WebPage', ...common } satisfies WebPage;
}

function article(route: Route, ctx: GraphContext, at: (path: string) => string): Article | BlogPosting | undefined {
  if (route.kind !== 'document' || (route.view !== 'story' && route.view !== 'post')) return undefined;
  const url = at(route.path);
  const doc = route.doc;
  const base = {
    '@id': `${url}#article`,
    headline: doc.title,
    description: ctx.description,
    inLanguage: route.language,
    url,
    mainEntityOfPage: { '@id': `${url}#webpage` },
    image: [ogImage(route, at)],
    datePublished: doc.publishedAt,
    dateModified: documentModified(doc) ?? doc.publishedAt,
    publisher: { '@id': at(ORG_ID) },
  };
  if (route.view === 'post') {
    const author = route.doc.author;
    // An editorial team writes as an Organization, a named author as a Person.
    const named: Person | Organization | undefined = author?.name
      ? { '@type': author.isTeam ? 'Organization' : 'Person', name: author.name }
      : undefined;
    return { '@type': 'BlogPosting', ...base, author: named ?? { '@id': at(ORG_ID) } } satisfies BlogPosting;
  }
  return { '@type': 'Article', ...base, author: { '@id': at(ORG_ID) } } satisfies Article;
}

/**
 * Where an event takes place, only when it is known: a Place with a name and a postal address (at
 * least the town), or a VirtualLocation with the online link. Otherwise no location at all.
 */
function eventLocation(doc: SiteEvent): Place | VirtualLocation | undefined {
  if (doc.isOnline) {
    const online = safeHref(doc.onlineUrl);
    return online ? { '@type': 'VirtualLocation', url: online } : undefined;
  }
  const place = doc.place;
  const town = place?.town;
  const name = place?.name ?? town?.name;
  if (!name || !(place?.address || town?.name)) return undefined;
  return {
    '@type': 'Place',
    name,
    address: {
      '@type': 'PostalAddress',
      ...(place?.address ? { streetAddress: place.address.replace(/\s*\n\s*/g, ', ') } : {}),
      ...(town?.postcode ? { postalCode: town.postcode } : {}),
      ...(town?.name ? { addressLocality: town.name } : {}),
      addressRegion: 'Sachsen',
      addressCountry: 'DE',
    },
  };
}

/** Events with a fixed date only: example events announce a format whose date is not set yet. */
function event(route: Route, at: (path: string) => string): Event | undefined {
  if (route.kind !== 'document' || route.view !== 'event') return undefined;
  const doc = route.doc;
  const schedule = fixedSchedule(doc);
  if (!schedule) return undefined;
  const url = at(route.path);
  const location = eventLocation(doc);
  const end = endValue(schedule);
  return {
    '@type': 'Event',
    '@id': `${url}#event`,
    name: doc.title,
    ...(doc.summary ? { description: doc.summary } : {}),
    url,
    // A whole-day event is a date, not an instant: "2024-06-08", never "2024-06-07T22:00:00Z".
    startDate: startValue(schedule),
    ...(end ? { endDate: end } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: doc.isOnline ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    ...(location ? { location } : {}),
    image: [ogImage(route, at)],
    inLanguage: route.language,
    organizer: doc.organisers?.length ? doc.organisers.map((o) => member(o as SiteMember)) : { '@id': at(ORG_ID) },
  } satisfies Event;
}

/** The whole graph of one page. */
export function pageGraph(route: Route, data: SiteData, ctx: GraphContext): Graph {
  const at = (path: string) => absoluteUrl(path, ctx.siteUrl);
  const crumbs = breadcrumbs(route, data, at);
  const nodes: Thing[] = [organization(route, data, at), webSite(route, data, at), webPage(route, data, ctx, at, Boolean(crumbs))];
  if (crumbs) nodes.push(crumbs);
  const main = article(route, ctx, at) ?? event(route, at);
  if (main) nodes.push(main);
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** JSON for a <script type="application/ld+json">: nothing in it can close the script element. */
const JSON_LD_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
export function serializeJsonLd(graph: Graph): string {
  return JSON.stringify(graph).replace(/[<>&\u2028\u2029]/g, (char) => JSON_LD_ESCAPES[char]);
}
