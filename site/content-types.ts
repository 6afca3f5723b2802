/**
 * The document types with a page of their own, in one table. For each: the query that loads all
 * its documents (every language at once), the key of that list in SiteData, the section its pages
 * live in (none: at the top level, like the Impressum), the view that renders one document and the
 * section view that lists them. data.ts, routes.ts, route-map.ts and the view routes
 * (src/integrations/view-routes.ts) derive their tables from here, so a new routed type is its
 * Studio schema file, one entry here and one view (src/views/<View>View.astro, by the view's name,
 * a page whose getStaticPaths is `viewPaths('<view>')`).
 */
import { pathToFileURL } from 'node:url';
import type { SectionKey } from './i18n/types.ts';
import type { QueryResult } from './sources/types.ts';
import {
  allianceDocumentsQuery,
  eventsQuery,
  orientationPagesQuery,
  pagesQuery,
  postsQuery,
  projectsQuery,
  storiesQuery,
  welcomeGuidesQuery,
} from './queries.ts';

export interface ContentType {
  /** GROQ for every document of the type, each with `_id, _type, slug, language` (see queries.ts). */
  query: string;
  /** Key of the type's documents in SiteData. */
  data: string;
  /** Section whose URL prefixes the pages; without one they live at the top level. */
  section?: SectionKey;
  /** Route view of one document; the component is src/views/<View>View.astro. */
  view: string;
  /** Route view of the section's index page, which lists the documents. */
  listing?: string;
}

const configuredTypes = {
  story: { query: storiesQuery, data: 'stories', section: 'stories', view: 'story', listing: 'storyIndex' },
  welcomeGuide: { query: welcomeGuidesQuery, data: 'guides', section: 'welcome', view: 'guide', listing: 'guideIndex' },
  post: { query: postsQuery, data: 'posts', section: 'blog', view: 'post', listing: 'blogIndex' },
  allianceDocument: {
    query: allianceDocumentsQuery,
    data: 'documents',
    section: 'documents',
    view: 'document',
    listing: 'documentIndex',
  },
  project: { query: projectsQuery, data: 'projects', section: 'projects', view: 'project', listing: 'projectIndex' },
  event: { query: eventsQuery, data: 'events', section: 'events', view: 'event', listing: 'eventIndex' },
  orientationPage: {
    query: orientationPagesQuery,
    data: 'orientationPages',
    section: 'orientation',
    view: 'orientation',
    listing: 'orientationIndex',
  },
  page: { query: pagesQuery, data: 'pages', view: 'page' },
} as const satisfies Record<string, ContentType>;

type Configured = typeof configuredTypes;
export type RoutedType = keyof Configured;
/** A document of a routed type as its query returns it. */
export type DocumentOf<Type extends RoutedType> = QueryResult<Configured[Type]['query']>[number];
export type RoutedDocument = DocumentOf<RoutedType>;
export type DocumentViewOf<Type extends RoutedType> = Configured[Type]['view'];
export type DocumentView = DocumentViewOf<RoutedType>;
export type ListingView = { [Type in RoutedType]: Configured[Type] extends { listing: infer View } ? View : never }[RoutedType];
/** SiteData's lists of routed documents, e.g. `stories: DocumentOf<'story'>[]`. */
export type RoutedLists = { [Type in RoutedType as Configured[Type]['data']]: DocumentOf<Type>[] };

/**
 * Types added for one build from the environment: HERZLAND_EXTRA_CONTENT_TYPES is the absolute path
 * of a module whose default export is a Record<type, ContentType>. The test of the registry uses it
 * (tests/unit/content-types.test.ts); their names are not part of the RoutedType type.
 */
async function extraTypes(): Promise<Record<string, ContentType>> {
  const file = process.env.HERZLAND_EXTRA_CONTENT_TYPES;
  if (!file) return {};
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default?: Record<string, ContentType> };
  const types = module.default ?? {};
  for (const [type, entry] of Object.entries(types)) {
    if (type in configuredTypes || !entry?.query || !entry.data || !entry.view) {
      throw new Error(`HERZLAND_EXTRA_CONTENT_TYPES (${file}): "${type}" must be a new type with query, data and view`);
    }
  }
  return types;
}

/** Every routed type of this build, in the order their pages are routed. */
export const contentTypes: Readonly<Record<string, ContentType>> = { ...configuredTypes, ...(await extraTypes()) };

/** The registry entry of a document type (undefined: the type has no page of its own). */
export function contentTypeOf(type: string): ContentType | undefined {
  return Object.hasOwn(contentTypes, type) ? contentTypes[type] : undefined;
}
