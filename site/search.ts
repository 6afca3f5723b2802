/**
 * What the search index knows about a page: whether it is indexed at all, its content type, the
 * Pagefind filters (town, branch, audience, topic), a date to sort by and an image for the
 * thumbnail. Framework-free; SearchMeta.astro writes these as data-pagefind-* attributes.
 */
import { label, locale, localized, type LanguageId } from './i18n/index.ts';
import type { SearchFilterKey, SearchStrings } from './i18n/types.ts';
import type { ImageValue } from './images.ts';
import type { Route } from './route-map.ts';
import { fixedSchedule } from './event-dates.ts';

/** Section pages whose own text is worth finding (indexes and home only repeat their cards). */
const INDEXED_SECTION_VIEWS = new Set(['alliance', 'members', 'jobs', 'figures']);

/** Only content pages go into the index; listings, home, search and noindex pages stay out. */
export function isSearchIndexed(route: Route): boolean {
  if (route.kind === 'section') return INDEXED_SECTION_VIEWS.has(route.view) && !route.params;
  return !route.doc.seo?.noIndex;
}

export interface SearchFacets {
  /** The content type label (also the `type` filter value and the `type` meta shown on results). */
  type: string;
  filters: Partial<Record<SearchFilterKey, string[]>>;
  /** ISO date for `data-pagefind-sort="date"` (newest first), where the type has one. */
  date?: string;
  image?: ImageValue | null;
}

const labels = (language: LanguageId, ids: readonly (string | null | undefined)[] | null | undefined) => [
  ...new Set((ids ?? []).map((id) => label(language, id)).filter(Boolean)),
];
const present = (values: (string | null | undefined)[]) => values.filter((v): v is string => Boolean(v));

/** The facets of one route (call only for routes where isSearchIndexed is true). */
export function searchFacets(route: Route): SearchFacets {
  const language = route.language;
  const types: SearchStrings['types'] = locale(language).search.types;
  if (route.kind === 'section') return { type: types.section, filters: {} };
  switch (route.view) {
    case 'story': {
      const story = route.doc;
      return {
        type: types.story,
        date: story.publishedAt,
        image: story.image,
        filters: {
          town: present([story.town?.name]),
          branch: present([localized(story.branch?.title, language)]),
          audience: labels(language, [story.kind]),
        },
      };
    }
    case 'guide': {
      const guide = route.doc;
      return {
        type: types.guide,
        image: guide.image,
        filters: { audience: labels(language, guide.audience), topic: labels(language, [guide.topic]) },
      };
    }
    case 'post': {
      const post = route.doc;
      return {
        type: types.post,
        date: post.publishedAt,
        image: post.image,
        filters: { audience: labels(language, post.audience), topic: labels(language, [post.category]) },
      };
    }
    case 'event': {
      const event = route.doc;
      // The first day as the page shows it; announced formats (date not fixed) have none.
      return {
        type: types.event,
        date: fixedSchedule(event)?.start,
        image: event.image,
        filters: { town: present([event.place?.town?.name]) },
      };
    }
    case 'orientation': {
      const page = route.doc;
      return { type: types.orientation, filters: { audience: labels(language, page.audience), topic: labels(language, [page.topic]) } };
    }
    case 'document': {
      const doc = route.doc;
      return { type: types.document, date: doc.adoptedOn ?? undefined, filters: { topic: labels(language, [doc.kind]) } };
    }
    case 'project':
      return { type: types.project, image: route.doc.image, filters: {} };
    default:
      return { type: types.page, filters: {} };
  }
}
