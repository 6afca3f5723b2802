/**
 * The site's data, loaded once per build: every query runs exactly once (memoised at module scope)
 * and pages pick what they need from the result. Components never fetch.
 */
import { contentSource, createSource, type ContentSource } from './sources/index.ts';
import { siteConfig } from './config.ts';
import {
  actionFieldsQuery,
  allianceDocumentsQuery,
  branchesQuery,
  eventsQuery,
  membersQuery,
  orientationPagesQuery,
  pagesQuery,
  postsQuery,
  projectsQuery,
  regionFactsQuery,
  siteSettingsQuery,
  storiesQuery,
  townsQuery,
  translationGroupsQuery,
  welcomeGuidesQuery,
} from './queries.ts';
import type {
  ActionFieldsQueryResult,
  AllianceDocumentsQueryResult,
  BranchesQueryResult,
  EventsQueryResult,
  MembersQueryResult,
  OrientationPagesQueryResult,
  PagesQueryResult,
  PostsQueryResult,
  ProjectsQueryResult,
  RegionFactsQueryResult,
  SiteSettingsQueryResult,
  StoriesQueryResult,
  TownsQueryResult,
  TranslationGroupsQueryResult,
  WelcomeGuidesQueryResult,
} from './sanity.types.ts';

export type Story = StoriesQueryResult[number];
export type WelcomeGuide = WelcomeGuidesQueryResult[number];
export type Post = PostsQueryResult[number];
export type AllianceDocument = AllianceDocumentsQueryResult[number];
export type Project = ProjectsQueryResult[number];
export type SiteEvent = EventsQueryResult[number];
export type OrientationPage = OrientationPagesQueryResult[number];
export type Page = PagesQueryResult[number];
export type ActionField = ActionFieldsQueryResult[number];
export type Member = MembersQueryResult[number];
export type Town = TownsQueryResult[number];
export type Branch = BranchesQueryResult[number];
export type SiteSettings = NonNullable<SiteSettingsQueryResult>;
export type RegionFacts = RegionFactsQueryResult;

export type RoutedDocument = Story | WelcomeGuide | Post | AllianceDocument | Project | SiteEvent | OrientationPage | Page;

export interface SiteData {
  settings: SiteSettings;
  regionFacts: RegionFacts;
  towns: Town[];
  branches: Branch[];
  members: Member[];
  actionFields: ActionField[];
  stories: Story[];
  guides: WelcomeGuide[];
  posts: Post[];
  documents: AllianceDocument[];
  projects: Project[];
  events: SiteEvent[];
  orientationPages: OrientationPage[];
  pages: Page[];
  /** Document id → ids of the same document in other languages, keyed by language. */
  translations: Map<string, Record<string, string>>;
}

function groupTranslations(groups: TranslationGroupsQueryResult): SiteData['translations'] {
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

export async function fetchSiteData(source: ContentSource): Promise<SiteData> {
  const [
    settings,
    regionFacts,
    translationGroups,
    towns,
    branches,
    members,
    actionFields,
    stories,
    guides,
    posts,
    documents,
    projects,
    events,
    orientationPages,
    pages,
  ] = await Promise.all([
    source.fetch<SiteSettingsQueryResult>(siteSettingsQuery),
    source.fetch<RegionFactsQueryResult>(regionFactsQuery),
    source.fetch<TranslationGroupsQueryResult>(translationGroupsQuery),
    source.fetch<TownsQueryResult>(townsQuery),
    source.fetch<BranchesQueryResult>(branchesQuery),
    source.fetch<MembersQueryResult>(membersQuery),
    source.fetch<ActionFieldsQueryResult>(actionFieldsQuery),
    source.fetch<StoriesQueryResult>(storiesQuery),
    source.fetch<WelcomeGuidesQueryResult>(welcomeGuidesQuery),
    source.fetch<PostsQueryResult>(postsQuery),
    source.fetch<AllianceDocumentsQueryResult>(allianceDocumentsQuery),
    source.fetch<ProjectsQueryResult>(projectsQuery),
    source.fetch<EventsQueryResult>(eventsQuery),
    source.fetch<OrientationPagesQueryResult>(orientationPagesQuery),
    source.fetch<PagesQueryResult>(pagesQuery),
  ]);
  if (!settings) throw new Error('The dataset has no siteSettings document (_id "siteSettings").');
  return {
    settings,
    regionFacts,
    towns,
    branches,
    members,
    actionFields,
    stories,
    guides,
    posts,
    documents,
    projects,
    events,
    orientationPages,
    pages,
    translations: groupTranslations(translationGroups),
  };
}

let loading: Promise<SiteData> | undefined;
/** The build's data, fetched on first use and shared by every page. */
export function siteData(): Promise<SiteData> {
  // The draft preview shows every page with the content as it is at that moment.
  if (siteConfig().preview) return fetchSiteData(createSource(siteConfig()));
  return (loading ??= fetchSiteData(contentSource()));
}
