/**
 * The site's data, loaded once per build: every query runs exactly once (memoised at module scope)
 * and pages pick what they need from the result. Components never fetch.
 */
import { contentSource, createSource, type ContentSource } from './sources/index.ts';
import type { QueryResult } from './sources/types.ts';
import { siteConfig } from './config.ts';
import { contentTypes, type DocumentOf, type RoutedLists } from './content-types.ts';
import {
  actionFieldsQuery,
  branchesQuery,
  membersQuery,
  regionFactsQuery,
  siteSettingsQuery,
  townsQuery,
  translationGroupsQuery,
} from './queries.ts';

/** The queries besides those of the routed types (site/content-types.ts), by their key in SiteData. */
const lookupQueries = {
  settings: siteSettingsQuery,
  regionFacts: regionFactsQuery,
  translationGroups: translationGroupsQuery,
  towns: townsQuery,
  branches: branchesQuery,
  members: membersQuery,
  actionFields: actionFieldsQuery,
};
type Lookups = { [Key in keyof typeof lookupQueries]: QueryResult<(typeof lookupQueries)[Key]> };

// The documents as the site's queries project them. Named apart from TypeGen's schema types
// (Story, Page, …: the stored documents), which sanity.types.ts exports too.
export type SiteStory = DocumentOf<'story'>;
export type SiteWelcomeGuide = DocumentOf<'welcomeGuide'>;
export type SitePost = DocumentOf<'post'>;
export type SiteAllianceDocument = DocumentOf<'allianceDocument'>;
export type SiteProject = DocumentOf<'project'>;
export type SiteEvent = DocumentOf<'event'>;
export type SiteOrientationPage = DocumentOf<'orientationPage'>;
export type SitePage = DocumentOf<'page'>;
export type SiteActionField = Lookups['actionFields'][number];
export type SiteMember = Lookups['members'][number];
export type SiteTown = Lookups['towns'][number];
export type SiteBranch = Lookups['branches'][number];
export type SiteSettingsValues = NonNullable<Lookups['settings']>;
export type SiteRegionFacts = Lookups['regionFacts'];
export type { RoutedDocument } from './content-types.ts';

export interface SiteData extends RoutedLists, Omit<Lookups, 'settings' | 'translationGroups'> {
  settings: SiteSettingsValues;
  /** Document id → ids of the same document in other languages, keyed by language. */
  translations: Map<string, Record<string, string>>;
}

function groupTranslations(groups: Lookups['translationGroups']): SiteData['translations'] {
  const map: SiteData['translations'] = new Map();
  for (const group of groups) {
    const byLanguage: Record<string, string> = {};
    for (const member of group.members ?? []) {
      if (member.language && member.id) byLanguage[member.language] = member.id;
    }
    for (const id of Object.values(byLanguage)) map.set(id, byLanguage);
  }
  return map;
}

/** Runs every query of the table at once; the result has the table's keys and each query's result type. */
async function fetchAll<const Queries extends Record<string, string>>(
  source: ContentSource,
  queries: Queries,
): Promise<{ [Key in keyof Queries]: QueryResult<Queries[Key]> }> {
  const results = await Promise.all(Object.entries(queries).map(async ([key, query]) => [key, await source.fetch(query)] as const));
  return Object.fromEntries(results) as { [Key in keyof Queries]: QueryResult<Queries[Key]> };
}

export async function fetchSiteData(source: ContentSource): Promise<SiteData> {
  const routedQueries = Object.fromEntries(Object.values(contentTypes).map((type) => [type.data, type.query]));
  const [{ settings, translationGroups, ...lookups }, routed] = await Promise.all([
    fetchAll(source, lookupQueries),
    fetchAll(source, routedQueries) as Promise<RoutedLists>,
  ]);
  if (!settings) throw new Error('The dataset has no siteSettings document (_id "siteSettings").');
  return { ...routed, ...lookups, settings, translations: groupTranslations(translationGroups) };
}

/**
 * The draft preview's request count, on globalThis: its server (scripts/preview-server.ts) and the
 * pages Astro renders load this module separately.
 */
const PREVIEW_REQUEST = Symbol.for('herzland.previewRequest');
type PreviewGlobal = typeof globalThis & { [PREVIEW_REQUEST]?: number };
/** Called by the draft preview's server for every request: pages rendered after it load the content again. */
export function countPreviewRequest(): void {
  const counter = globalThis as PreviewGlobal;
  counter[PREVIEW_REQUEST] = (counter[PREVIEW_REQUEST] ?? 0) + 1;
}

/**
 * The build's data, on globalThis: Astro's bundled pages and the sitemap's options in the config
 * load this module separately, in one process, and one load (seconds at 10,000 documents) serves both.
 */
const BUILD_DATA = Symbol.for('herzland.buildData');
type BuildGlobal = typeof globalThis & { [BUILD_DATA]?: Promise<SiteData> };

let loading: Promise<SiteData> | undefined;
let loadedFor: number | undefined;
/** The build's data, fetched on first use and shared by every page. */
export function siteData(): Promise<SiteData> {
  if (siteConfig().preview) {
    // The draft preview shows every page with the content as it is at that moment: loaded once per
    // request, which every view's getStaticPaths tried for the path shares.
    const request = (globalThis as PreviewGlobal)[PREVIEW_REQUEST] ?? 0;
    if (loadedFor !== request) loading = undefined;
    loadedFor = request;
    return (loading ??= fetchSiteData(createSource(siteConfig())));
  }
  return ((globalThis as BuildGlobal)[BUILD_DATA] ??= fetchSiteData(contentSource()));
}
