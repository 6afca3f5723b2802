/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): Astro reuses a page
 * from the previous build when its `cacheKey` and the hash of its code (module graph) are unchanged.
 * So a key must change whenever anything the page shows changes. It is a hash of the page's inputs,
 * taken from the same functions the views call (related stories, listings, navigation, JSON-LD …),
 * never from a hand-written list of fields. Views whose inputs are spread widely (alliance hub,
 * members, figures …; few pages) hash the whole dataset instead: always right, just not reused.
 */
import { createHash } from 'node:crypto';
import { siteConfig, type SiteConfig } from './config.ts';
import { perData } from './memo.ts';
import { languageIds } from './i18n/index.ts';
import type { SiteData } from './data.ts';
import type { DocumentRouteOf, Route } from './route-map.ts';
import { BUILD_TIME } from './today.ts';
import { pageMeta } from './page-meta.ts';
import { resolveNav } from './navigation.ts';
import { pageGraph } from './structured-data.ts';
import {
  groupByTopic,
  guideListing,
  listingTitle,
  moreStories,
  paginate,
  postListing,
  relatedPosts,
  relatedStories,
  storyListing,
} from './collections.ts';
import { projectResults } from './project-results.ts';
import { sanityImageOrigin } from './images.ts';

/** Bump to invalidate every cached page at once (e.g. when the key's recipe changes). */
const CACHE_KEY_VERSION = 3;

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value, mapsAsObjects)).digest('base64url');

function mapsAsObjects(_key: string, value: unknown): unknown {
  return value instanceof Map ? Object.fromEntries(value) : value;
}

/**
 * A list's part of a key: its items' hashes. Items (a card's data) are objects of the site data
 * shared by every listing page that shows them, so each is serialised once per build, not once per
 * page (a story index of 5,000 stories in 15 filters would otherwise hash 20 MB per page).
 */
const itemHashes = new WeakMap<object, string>();
function listKey(items: readonly object[]): string[] {
  return items.map((item) => {
    let value = itemHashes.get(item);
    if (value === undefined) itemHashes.set(item, (value = hash(item)));
    return value;
  });
}

/**
 * What only a few views read: the whole dataset, hashed once per data object. Its lists go in as
 * their items' hashes, which the listing and document pages' keys have mostly taken already.
 */
const datasetHash = perData((data: SiteData) =>
  hash(Object.entries(data).map(([name, value]) => [name, Array.isArray(value) && value.every(isObject) ? listKey(value) : value])),
);

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** The view's own inputs beyond the route (which carries the page's document and its alternates). */
function viewInputs(route: Route, data: SiteData): unknown {
  const language = route.language;
  switch (route.view) {
    case 'story': {
      const story = route.doc;
      return { related: listKey(relatedStories(data, story)), more: listKey(moreStories(data, story)) };
    }
    case 'post':
      return { related: listKey(relatedPosts(data, route.doc)) };
    case 'project':
      return { results: projectResults(data, route.doc) };
    case 'guide':
    case 'document':
    case 'event':
    case 'orientation':
    case 'page':
    case 'search':
      return null;
    case 'storyIndex': {
      const listing = storyListing(data, language);
      return { items: listKey(listing.items(route.params?.filter)), groups: listing.groups, all: listing.all.length };
    }
    case 'blogIndex': {
      const listing = postListing(data, language);
      const pages = paginate(listing.items(route.params?.filter));
      return { items: listKey(pages[(route.params?.page ?? 1) - 1] ?? []), pages: pages.length, groups: listing.groups };
    }
    case 'guideIndex': {
      const listing = guideListing(data, language);
      const topics = groupByTopic(listing.items(route.params?.filter), language);
      return { topics: topics.map(({ guides, ...topic }) => ({ ...topic, guides: listKey(guides) })), groups: listing.groups };
    }
    default:
      // home, alliance, members, figures, jobs, event/document/project/orientation indexes.
      return { dataset: datasetHash(data), today: BUILD_TIME.toISOString() };
  }
}

/**
 * The frame's parts that depend only on the language (settings: title, footer, job search; the
 * navigation), hashed once per language rather than serialised again for each of 10,000 pages.
 */
const frameHash = perData(
  (data: SiteData) =>
    new Map(
      languageIds.map((language) => [
        language,
        hash({
          settings: data.settings,
          mainNav: resolveNav(data.settings.mainNav, language, data.pages),
          footerNav: resolveNav(data.settings.footerNav, language, data.pages),
        }),
      ]),
    ),
);

/** Inputs of the frame every page shares: settings (title, footer, job search), navigation, config. */
function layoutInputs(route: Route, data: SiteData, config: SiteConfig): unknown {
  const meta = pageMeta(route, data);
  return {
    frame: frameHash(data).get(route.language),
    meta,
    listingTitle: route.kind === 'section' ? listingTitle(data, route.section, route.language, route.params) : undefined,
    graph: pageGraph(route, data, { siteUrl: config.siteUrl, title: meta.title, description: meta.description }),
    siteUrl: config.siteUrl,
    matomo: config.matomo ?? null,
    // Image URLs of a Sanity project name its image host, project and dataset, which no document holds.
    source: config.sanity
      ? { projectId: config.sanity.projectId, dataset: config.sanity.dataset, images: sanityImageOrigin(config.sanity) }
      : 'embedded',
  };
}

/** A route with its document by its hash: listings and related items have usually taken it already. */
const routeKey = (route: Route) => (route.kind === 'document' ? { ...route, doc: listKey([route.doc])[0] } : route);

/** The cacheKey of one page of the route map. */
export function pageCacheKey(route: Route, data: SiteData, config: SiteConfig = siteConfig()): string {
  return hash({ v: CACHE_KEY_VERSION, route: routeKey(route), view: viewInputs(route, data), layout: layoutInputs(route, data, config) });
}

/**
 * The cacheKey of an event's calendar file: the event as its route carries it (its document with
 * place and dates, its path and language), the site's address, and the build's time when the event
 * has no last change of its own (it then stands in for DTSTAMP, site/events.ts).
 */
export function calendarCacheKey(route: DocumentRouteOf<'event'>, config: SiteConfig = siteConfig()): string {
  return hash({
    v: CACHE_KEY_VERSION,
    calendar: routeKey(route),
    siteUrl: config.siteUrl,
    stamp: route.doc._updatedAt ?? BUILD_TIME.toISOString(),
  });
}
