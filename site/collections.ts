/**
 * Listings of the editorial sections, computed once per build: filter groups (stories by branch,
 * town and kind; guides by audience; posts by category), pagination, guides grouped by topic and
 * related items. Everything is memoised per SiteData object, so the route map and every page of a
 * build share one computation. Framework-free: no Astro, no fetching.
 */
import { label, languageIds, locale, localized, type LanguageId, type SectionKey } from './i18n/index.ts';
import type { FilterValue, ListingDimension } from './i18n/types.ts';
import { sectionPath } from './routes.ts';
import { perData } from './memo.ts';
import { guideAudiences, guideTopics, postCategories, storyKinds } from '../studio/schemaTypes/enums.ts';
import type { SiteOrientationPage, SitePost, SiteData, SiteStory, SiteWelcomeGuide } from './data.ts';

export const PAGE_SIZE = 12;

export interface ListingFilter {
  dimension: ListingDimension;
  slug: string;
}
/** What a listing page shows: all items or one filter, and which page of them (1-based). */
export interface ListingParams {
  filter?: ListingFilter;
  page?: number;
}

/** Sections with listing pages, the filters each offers, and whether they are paginated. */
export const listingSections = {
  stories: { dimensions: ['branch', 'town', 'kind'], paginated: false },
  welcome: { dimensions: ['audience'], paginated: false },
  blog: { dimensions: ['category'], paginated: true },
} as const satisfies Partial<Record<SectionKey, { dimensions: readonly ListingDimension[]; paginated: boolean }>>;
export type ListingSection = keyof typeof listingSections;

/** URL of a listing page: /<section>/<filter segment>/<slug>/<page segment>/<n>/ (segments from i18n). */
export function listingPath(language: LanguageId, section: SectionKey, params: ListingParams = {}): string {
  const { listingSegments: segments, filterSlugs } = locale(language);
  const parts: string[] = [];
  if (params.filter) parts.push(segments[params.filter.dimension], filterSlugs[params.filter.slug as FilterValue] ?? params.filter.slug);
  if (params.page && params.page > 1) parts.push(segments.page, String(params.page));
  return sectionPath(language, section, ...parts);
}

/** Splits items into pages. There is always a first page, even when it is empty. */
export function paginate<T>(items: readonly T[], pageSize = PAGE_SIZE): T[][] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`Page size must be a positive integer, got ${pageSize}`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += pageSize) pages.push(items.slice(start, start + pageSize));
  return pages.length ? pages : [[]];
}

// Listings ---------------------------------------------------------------------------------------

export interface FilterOption {
  dimension: ListingDimension;
  slug: string;
  label: string;
  count: number;
}
export interface FilterGroup {
  dimension: ListingDimension;
  options: FilterOption[];
}

export interface Listing<T> {
  /** Items in this language, in the order of the query (newest first / by title). */
  all: T[];
  /** Only dimensions and options that have at least one item. */
  groups: FilterGroup[];
  /** Items of one filter (or all); an unknown filter gives an empty list. */
  items(filter?: ListingFilter): T[];
  option(filter: ListingFilter): FilterOption | undefined;
}

/** One link of a listing's filter navigation; `current` marks the page being shown. */
export interface FilterLink {
  href: string;
  label: string;
  count?: number;
  current: boolean;
}
export interface FilterLinkGroup {
  title: string;
  links: FilterLink[];
}

/**
 * The filter navigation of a listing page: the link to all items (labelled `allLabel`) and one
 * group of links per dimension. `counts` adds each option's number of items.
 */
export function filterNavigation(
  listing: Listing<unknown>,
  language: LanguageId,
  section: ListingSection,
  { active, allLabel, counts }: { active?: ListingFilter; allLabel: string; counts: boolean },
): { all: FilterLink; groups: FilterLinkGroup[] } {
  const { dimensions } = locale(language).editorial;
  const count = (n: number) => (counts ? { count: n } : {});
  return {
    all: { href: listingPath(language, section), label: allLabel, ...count(listing.all.length), current: !active },
    groups: listing.groups.map((group) => ({
      title: dimensions[group.dimension],
      links: group.options.map((option) => ({
        href: listingPath(language, section, { filter: option }),
        label: option.label,
        ...count(option.count),
        current: active?.dimension === option.dimension && active.slug === option.slug,
      })),
    })),
  };
}

type ListingDoc = SiteStory | SiteWelcomeGuide | SitePost;
interface DimensionSpec<T> {
  values(doc: T): (string | null | undefined)[];
  label(slug: string, language: LanguageId): string;
  order: string[];
}

const filterKey = (filter: ListingFilter) => `${filter.dimension}/${filter.slug}`;

function buildListing<T extends ListingDoc>(
  docs: readonly T[],
  language: LanguageId,
  specs: Partial<Record<ListingDimension, DimensionSpec<T>>>,
): Listing<T> {
  const all = docs.filter((doc) => doc.language === language);
  const byFilter = new Map<string, T[]>();
  const groups: FilterGroup[] = [];
  for (const [dimension, spec] of Object.entries(specs) as [ListingDimension, DimensionSpec<T>][]) {
    const counts = new Map<string, number>();
    for (const doc of all) {
      for (const slug of new Set(spec.values(doc))) {
        if (!slug) continue;
        counts.set(slug, (counts.get(slug) ?? 0) + 1);
        const key = filterKey({ dimension, slug });
        if (!byFilter.has(key)) byFilter.set(key, []);
        byFilter.get(key)!.push(doc);
      }
    }
    const rank = (slug: string) => {
      const i = spec.order.indexOf(slug);
      return i < 0 ? spec.order.length : i;
    };
    const options = [...counts]
      .map(([slug, count]) => ({ dimension, slug, count, label: spec.label(slug, language) }))
      .sort((a, b) => rank(a.slug) - rank(b.slug) || a.label.localeCompare(b.label, locale(language).dateLocale));
    if (options.length) groups.push({ dimension, options });
  }
  const options = new Map(groups.flatMap((g) => g.options.map((o) => [filterKey(o), o] as const)));
  return {
    all,
    groups,
    items: (filter) => (filter ? (byFilter.get(filterKey(filter)) ?? []) : all),
    option: (filter) => options.get(filterKey(filter)),
  };
}

const values = (list: readonly { value: string }[]) => list.map((option) => option.value);

function storySpecs(data: SiteData): Record<'branch' | 'town' | 'kind', DimensionSpec<SiteStory>> {
  const branchTitle = new Map(data.branches.map((b) => [b.slug, b.title]));
  const townName = new Map(data.towns.map((t) => [t.slug, t.name]));
  return {
    branch: {
      values: (s) => [s.branch?.slug],
      order: data.branches.map((b) => b.slug),
      label: (slug, language) => localized(branchTitle.get(slug), language) ?? slug,
    },
    town: { values: (s) => [s.town?.slug], order: [], label: (slug) => townName.get(slug) ?? slug },
    kind: { values: (s) => [s.kind], order: values(storyKinds), label: (slug, language) => label(language, slug) },
  };
}

// Guides by topic, related items ------------------------------------------------------------------

export interface TopicGroup {
  topic: string;
  label: string;
  guides: SiteWelcomeGuide[];
}

/** Guides grouped by topic in the schema's topic order; topics without guides are left out. */
export function groupByTopic(guides: readonly SiteWelcomeGuide[], language: LanguageId): TopicGroup[] {
  const order = values(guideTopics);
  const groups = new Map<string, SiteWelcomeGuide[]>();
  for (const guide of guides) {
    const topic = guide.topic ?? '';
    if (!groups.has(topic)) groups.set(topic, []);
    groups.get(topic)!.push(guide);
  }
  const rank = (topic: string) => {
    const i = order.indexOf(topic);
    return i < 0 ? order.length : i;
  };
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([topic, items]) => ({ topic, label: label(language, topic) || topic, guides: items }));
}

const RELATED_LIMIT = 3;

/**
 * Related items come from indexes by language and facet, each list newest first (ties keep the
 * data's order), so finding the related items of one document looks at a handful of candidates.
 * Scanning every story for every story made large builds quadratic.
 */
interface Dated<T> {
  doc: T;
  time: number;
  order: number;
}
const newer = <T>(a: Dated<T>, b: Dated<T>) => a.time > b.time || (a.time === b.time && a.order < b.order);

function indexNewestFirst<T>(
  docs: readonly T[],
  date: (doc: T) => string | null | undefined,
  key: (doc: T) => string | undefined,
): Map<string, Dated<T>[]> {
  const dated = docs
    .map((doc, order) => ({ doc, order, time: Date.parse(date(doc) ?? '') || 0 }))
    .sort((a, b) => b.time - a.time || a.order - b.order);
  const index = new Map<string, Dated<T>[]>();
  for (const item of dated) {
    const k = key(item.doc);
    if (k === undefined) continue;
    if (!index.has(k)) index.set(k, []);
    index.get(k)!.push(item);
  }
  return index;
}

/** Collects up to `limit` documents, skipping the document itself, `skip` and those already taken. */
function collector<T extends { _id: string }>(self: T, limit: number, skip: readonly T[] = []) {
  const taken = new Set([self._id, ...skip.map((doc) => doc._id)]);
  const result: T[] = [];
  return {
    result,
    /** Adds the document; true once the list is full. */
    take(doc: T): boolean {
      if (!taken.has(doc._id)) {
        taken.add(doc._id);
        result.push(doc);
      }
      return result.length >= limit;
    },
  };
}

const facetKey = (...parts: (string | null | undefined)[]) => (parts.every(Boolean) ? parts.join('\u0000') : undefined);

/**
 * For each story: stories of the same language sharing branch and town first, then those sharing
 * one of them, newest first within each; never the story itself.
 */
function relatedStoriesFinder(stories: readonly SiteStory[], limit = RELATED_LIMIT): (story: SiteStory) => SiteStory[] {
  const published = (s: SiteStory) => s.publishedAt;
  const both = indexNewestFirst(stories, published, (s) => facetKey(s.language, s.branch?.slug, s.town?.slug));
  const byBranch = indexNewestFirst(stories, published, (s) => facetKey(s.language, s.branch?.slug));
  const byTown = indexNewestFirst(stories, published, (s) => facetKey(s.language, s.town?.slug));
  return (story) => {
    const { result, take } = collector(story, limit);
    const key = (...parts: (string | null | undefined)[]) => facetKey(story.language, ...parts);
    for (const item of both.get(key(story.branch?.slug, story.town?.slug) ?? '') ?? []) if (take(item.doc)) return result;
    // Sharing one facet: both lists merged newest first (stories sharing both are taken already).
    const branch = byBranch.get(key(story.branch?.slug) ?? '') ?? [];
    const town = byTown.get(key(story.town?.slug) ?? '') ?? [];
    for (let i = 0, j = 0; i < branch.length || j < town.length;) {
      const next = j >= town.length || (i < branch.length && newer(branch[i], town[j])) ? branch[i++] : town[j++];
      if (take(next.doc)) return result;
    }
    return result;
  };
}

/** For each post: posts of the same language and category, newest first; never the post itself. */
function relatedPostsFinder(posts: readonly SitePost[], limit = RELATED_LIMIT): (post: SitePost) => SitePost[] {
  const byCategory = indexNewestFirst(
    posts,
    (p) => p.publishedAt,
    (p) => facetKey(p.language, p.category),
  );
  return (post) => {
    const { result, take } = collector(post, limit);
    for (const item of byCategory.get(facetKey(post.language, post.category) ?? '') ?? []) if (take(item.doc)) break;
    return result;
  };
}

/** Stories of the same language sharing branch or town (both first), newest first; never the story itself. */
export function findRelatedStories(stories: readonly SiteStory[], story: SiteStory, limit = RELATED_LIMIT): SiteStory[] {
  return relatedStoriesFinder(stories, limit)(story);
}

/** Posts of the same language and category, newest first; never the post itself. */
export function findRelatedPosts(posts: readonly SitePost[], post: SitePost, limit = RELATED_LIMIT): SitePost[] {
  return relatedPostsFinder(posts, limit)(post);
}

// Memoised per build --------------------------------------------------------------------------------

interface Collections {
  stories: Map<LanguageId, Listing<SiteStory>>;
  guides: Map<LanguageId, Listing<SiteWelcomeGuide>>;
  posts: Map<LanguageId, Listing<SitePost>>;
  orientation: Map<LanguageId, SiteOrientationPage[]>;
  relatedStories: Map<string, SiteStory[]>;
  moreStories: Map<string, SiteStory[]>;
  relatedPosts: Map<string, SitePost[]>;
}

function compute(data: SiteData): Collections {
  const perLanguage = <T>(build: (language: LanguageId) => T) => new Map(languageIds.map((l) => [l, build(l)] as const));
  const specs = storySpecs(data);
  const stories = perLanguage((l) => buildListing(data.stories, l, specs));
  const audience: DimensionSpec<SiteWelcomeGuide> = {
    values: (g) => g.audience ?? [],
    order: values(guideAudiences),
    label: (s, l) => label(l, s),
  };
  const category: DimensionSpec<SitePost> = { values: (p) => [p.category], order: values(postCategories), label: (s, l) => label(l, s) };
  const findRelated = relatedStoriesFinder(data.stories);
  const findRelatedPostsOf = relatedPostsFinder(data.posts);
  const relatedStories = new Map(data.stories.map((s) => [s._id, findRelated(s)]));
  const storiesIn = perLanguage((l) => data.stories.filter((s) => s.language === l));
  // Other stories of the language in the listing's order, skipping the story and its related ones.
  const moreStories = new Map(
    data.stories.map((s) => {
      const { result, take } = collector(s, RELATED_LIMIT, relatedStories.get(s._id));
      for (const other of storiesIn.get(s.language as LanguageId) ?? []) if (take(other)) break;
      return [s._id, result];
    }),
  );
  return {
    stories,
    guides: perLanguage((l) => buildListing(data.guides, l, { audience })),
    posts: perLanguage((l) => buildListing(data.posts, l, { category })),
    orientation: perLanguage((l) => data.orientationPages.filter((o) => o.language === l)),
    relatedStories,
    moreStories,
    relatedPosts: new Map(data.posts.map((p) => [p._id, findRelatedPostsOf(p)])),
  };
}

const collections = perData(compute);

export const storyListing = (data: SiteData, language: LanguageId) => collections(data).stories.get(language)!;
export const guideListing = (data: SiteData, language: LanguageId) => collections(data).guides.get(language)!;
export const postListing = (data: SiteData, language: LanguageId) => collections(data).posts.get(language)!;
export const orientationPagesIn = (data: SiteData, language: LanguageId) => collections(data).orientation.get(language)!;
export const relatedStories = (data: SiteData, story: SiteStory) => collections(data).relatedStories.get(story._id) ?? [];
/** Other stories of the language that are not related, for when there are no related ones. */
export const moreStories = (data: SiteData, story: SiteStory) => collections(data).moreStories.get(story._id) ?? [];
export const relatedPosts = (data: SiteData, post: SitePost) => collections(data).relatedPosts.get(post._id) ?? [];

function listingOf(data: SiteData, section: ListingSection, language: LanguageId): Listing<ListingDoc> {
  const c = collections(data);
  return ({ stories: c.stories, welcome: c.guides, blog: c.posts }[section] as Map<LanguageId, Listing<ListingDoc>>).get(language)!;
}

/** Number of pages of a listing (1 when the section is not paginated). */
export function pageCount(data: SiteData, section: ListingSection, language: LanguageId, filter?: ListingFilter): number {
  if (!listingSections[section].paginated) return 1;
  return paginate(listingOf(data, section, language).items(filter)).length;
}

// Routes ------------------------------------------------------------------------------------------

/** The documents one listing page shows: its filter's items, in a paginated section only its page of them. */
export function listedItems(data: SiteData, section: ListingSection, language: LanguageId, params: ListingParams = {}): ListingDoc[] {
  const items = listingOf(data, section, language).items(params.filter);
  return listingSections[section].paginated ? (paginate(items)[(params.page ?? 1) - 1] ?? []) : items;
}

export interface ListingRoute {
  section: ListingSection;
  language: LanguageId;
  path: string;
  params: ListingParams;
  /** The same filter/page in every language that has it. */
  alternates: Partial<Record<LanguageId, string>>;
}

/**
 * Every listing page beyond the section index itself: one per non-empty filter, and pages 2…n of
 * paginated listings (with and without a filter). Computed once per data object.
 */
export function listingRoutes(data: SiteData): ListingRoute[] {
  const routes: ListingRoute[] = [];
  for (const section of Object.keys(listingSections) as ListingSection[]) {
    for (const language of languageIds) {
      const listing = listingOf(data, section, language);
      const filters: (ListingFilter | undefined)[] = [
        undefined,
        ...listing.groups.flatMap((g) => g.options.map(({ dimension, slug }) => ({ dimension, slug }))),
      ];
      for (const filter of filters) {
        const pages = pageCount(data, section, language, filter);
        for (let page = filter ? 1 : 2; page <= pages; page += 1) {
          const params: ListingParams = { ...(filter && { filter }), ...(page > 1 && { page }) };
          routes.push({ section, language, params, path: listingPath(language, section, params), alternates: {} });
        }
      }
    }
  }
  const byKey = new Map<string, ListingRoute[]>();
  for (const route of routes) {
    const key = `${route.section}|${route.params.filter ? filterKey(route.params.filter) : ''}|${route.params.page ?? 1}`;
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(route);
  }
  for (const group of byKey.values()) {
    const alternates = Object.fromEntries(group.map((r) => [r.language, r.path]));
    for (const route of group) route.alternates = alternates;
  }
  return routes;
}

/** Heading and page title of a listing page, e.g. "hERZland-Geschichten: Annaberg-Buchholz – Seite 2". */
export function listingTitle(data: SiteData, section: SectionKey, language: LanguageId, params: ListingParams = {}): string {
  const strings = locale(language);
  let title = strings.sectionTitles[section];
  if (params.filter && section in listingSections) {
    const option = listingOf(data, section as ListingSection, language).option(params.filter);
    title = strings.editorial.filtered(title, option?.label ?? params.filter.slug);
  }
  if (params.page && params.page > 1) title = `${title} – ${strings.editorial.page(params.page)}`;
  return title;
}
