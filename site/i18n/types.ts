/** What every language must provide besides content: URL segments and interface strings. */
import type { guideAudiences, postCategories, storyKinds } from '../../studio/schemaTypes/enums.ts';

/** The schema's values that listing pages filter by (story kinds, guide audiences, post categories). */
export type FilterValue =
  (typeof storyKinds)[number]['value'] | (typeof guideAudiences)[number]['value'] | (typeof postCategories)[number]['value'];

export type SectionKey =
  | 'home'
  | 'stories'
  | 'welcome'
  | 'blog'
  | 'documents'
  | 'members'
  | 'projects'
  | 'events'
  | 'orientation'
  | 'jobs'
  | 'search'
  | 'alliance'
  | 'figures';

export interface Locale {
  /** URL segment(s) of each section, without slashes at the ends ('' for home). */
  sections: Record<SectionKey, string>;
  /** Human names of the sections (navigation, breadcrumbs, titles). */
  sectionTitles: Record<SectionKey, string>;
  /** Labels for the stable enumeration ids stored in content (story kinds, topics, …). */
  labels: Record<string, string>;
  ui: {
    skipToContent: string;
    mainNavigation: string;
    footerNavigation: string;
    languageSwitch: string;
    /** After a language's name in the language switch when the page has no translation into it. */
    switchOverview: string;
    /** Read out after switchOverview: says the link leads to the section overview instead. */
    switchNotTranslated: string;
    readMore: string;
    example: string;
    exampleNotice: string;
    publishedOn: string;
    lastReviewed: string;
    steps: string;
    faq: string;
    contacts: string;
    sources: string;
    related: string;
    jobsLikeThis: string;
    externalLink: string;
    download: string;
    tableOfContents: string;
    upcoming: string;
    past: string;
    addToCalendar: string;
    author: string;
    readingTime: string;
    notFoundTitle: string;
    notFoundText: string;
    results: string;
    online: string;
    registration: string;
    organisers: string;
    goal: string;
    targetGroup: string;
    status: string;
    yearlyResults: string;
    year: string;
    adoptedOn: string;
    members: string;
    responsible: string;
    links: string;
    placeholder: string;
  };
  dateLocale: string;
  /** Search page, header search entry and search result labels (site/search.ts). */
  search: SearchStrings;
  /** Head metadata, structured data, feeds and redirect pages (site/seo.ts). */
  seo: SeoStrings;
  /** URL segments of listing pages inside a section: filters (/<segment>/<slug>/) and pages (/<page>/2/). */
  listingSegments: Record<ListingDimension | 'page', string>;
  /** URL slugs of filter values in this language; values not listed keep their (German) value as slug. */
  filterSlugs: Partial<Record<FilterValue, string>>;
  /** Strings of the editorial sections (stories, guides, blog, career orientation). */
  editorial: EditorialStrings;
  /** Strings of the alliance pages (hub, members, projects, documents, events, region in figures). */
  alliance: AllianceStrings;
  /** Site shell (header, footer, 404), home page and jobs page. */
  shell: ShellStrings;
  home: HomeStrings;
  jobs: JobsStrings;
}

/** Dimensions a listing can be filtered by (stories: branch/town/kind, guides: audience, blog: category). */
export type ListingDimension = 'branch' | 'town' | 'kind' | 'audience' | 'category';

export interface EditorialStrings {
  filterNav: string;
  filterAll: string;
  dimensions: Record<ListingDimension, string>;
  pagination: string;
  previousPage: string;
  nextPage: string;
  page: (n: number) => string;
  /** "<section title>: <filter label>" as heading and title of a filter page. */
  filtered: (section: string, filter: string) => string;
  storiesIntro: string;
  storyCount: (n: number) => string;
  storyFacts: string;
  person: string;
  employer: string;
  town: string;
  branch: string;
  relatedStories: string;
  moreStories: string;
  allStories: string;
  jobsLikeThisTitle: string;
  jobsLikeThisText: string;
  /** Link text of the BA deep link: says where it goes. */
  jobsLink: (term: string, place: string, radiusKm: number | undefined) => string;
  guidesIntro: string;
  guideTopics: string;
  guideCount: (n: number) => string;
  forAudience: string;
  onThisPage: string;
  reviewedNote: string;
  phone: string;
  email: string;
  website: string;
  address: string;
  blogIntro: string;
  postCount: (n: number) => string;
  minutes: (n: number) => string;
  relatedPosts: string;
  aboutAuthor: string;
  allPosts: string;
  orientationIntro: string;
  worksheetTitle: string;
  worksheetText: string;
  pageAddress: string;
  liveSearches: string;
  liveSearchesText: string;
  liveApprenticeships: (place: string, radiusKm: number | undefined) => string;
  liveInternships: (place: string, radiusKm: number | undefined) => string;
  makerz: string;
  allOrientation: string;
}

/** Strings of the alliance pages and the region in figures. */
export interface AllianceStrings {
  /** Prefix of approximate values, kept as in the source ("ca."). */
  approx: string;
  intro: (members: number) => string;
  aboutLink: string;
  sectionsNav: string;
  membersCount: (n: number) => string;
  projectsCount: (n: number) => string;
  documentsCount: (n: number) => string;
  upcomingCount: (n: number) => string;
  strategyTitle: string;
  strategyIntro: string;
  regionalTitle: string;
  regionalIntro: string;
  fieldNumber: (n: number) => string;
  fieldProjects: string;
  goalsTitle: string;
  goalsText: string;
  basisTitle: string;
  membersIntro: (n: number) => string;
  managingMemberNote: (name: string) => string;
  website: (name: string) => string;
  projectsIntro: string;
  allResults: string;
  projectFacts: string;
  actionField: string;
  allProjects: string;
  /** One-sentence takeaway of a chart over the years. */
  trend: (label: string, first: string, from: string, last: string, to: string) => string;
  byYear: (label: string) => string;
  source: string;
  documentsIntro: string;
  kind: string;
  pdf: (size: string) => string;
  allDocuments: string;
  eventsIntro: string;
  dateTbd: string;
  exampleEvent: string;
  noUpcoming: string;
  when: string;
  where: string;
  calendarHint: string;
  allEvents: string;
  onlyInGerman: string;
  figuresIntro: (asOf: string) => string;
  keyFigures: string;
  trends: string;
  figure: string;
  value: string;
  context: string;
  sourcesTitle: string;
  sourceOfAll: string;
}

/** Search filters (Pagefind filter names); their values are labels from content. */
export type SearchFilterKey = 'type' | 'town' | 'branch' | 'audience' | 'topic';

/**
 * Strings of the search UI. The client module gets them as JSON, so templates use `{count}` and
 * `{query}` placeholders instead of functions.
 */
export interface SearchStrings {
  label: string;
  headerLabel: string;
  placeholder: string;
  submit: string;
  intro: string;
  noScript: string;
  browse: string;
  loading: string;
  failed: string;
  /** `{count}` results for `{query}`. */
  resultsOne: string;
  resultsMany: string;
  noResults: string;
  filtersLabel: string;
  filterAll: string;
  filters: Record<SearchFilterKey, string>;
  sortLabel: string;
  sortRelevance: string;
  sortNewest: string;
  more: string;
  /** Content type labels shown on each result (and used as the `type` filter value). */
  types: Record<'story' | 'guide' | 'post' | 'document' | 'project' | 'event' | 'orientation' | 'page' | 'section', string>;
}

export interface SeoStrings {
  /** The alliance as an organisation (structured data, feeds). */
  organizationName: string;
  storiesFeed: string;
  blogFeed: string;
  movedTitle: string;
  movedText: string;
  /** Meta description of each section page (home uses the site settings' default description). */
  sectionDescriptions: Record<SectionKey, string>;
}

/** Strings of the site shell: header, menu, footer, 404 (src/components/Site*.astro). */
export interface ShellStrings {
  /** The summary of the main menu on small screens. */
  menu: string;
  /** Under the wordmark: who runs the site. */
  brandBy: string;
  /** Hidden suffix of the brand link, e.g. "Startseite". */
  homeLink: string;
  footerAbout: string;
  contact: string;
  email: string;
  phone: string;
  /** Heading of the person responsible for journalistic-editorial content (§ 18 Abs. 2 MStV). */
  responsibleHeading: string;
  /** Footer link to the Impressum while the address there is still a placeholder. */
  addressInImpressum: string;
  /** Footer link to the Impressum while the responsible person is still a placeholder. */
  detailsInImpressum: string;
  /** Shown after "Glück auf!" where the greeting needs explaining ('' in German). */
  mottoGloss: string;
  notFoundSections: string;
  notFoundHome: string;
  /** The label of a language link, in that language (e.g. "Information in English"). */
  inThisLanguage: string;
}

/** Strings of the home page (src/views/HomeView.astro). */
export interface HomeStrings {
  eyebrow: string;
  /** The region's pitch; figures come formatted from regionFacts ("ca. 328.000", "31 %", "Sachsen: 19 %"). */
  pitch: (facts: { inhabitants: string; manufacturing: string; manufacturingComparison: string }) => string;
  ctaJobs: string;
  ctaStories: string;
  audiencesTitle: string;
  audiences: Record<HomeAudience, { title: string; text: string }>;
  storiesTitle: string;
  allStories: string;
  eventsTitle: string;
  allEvents: string;
  noEvents: string;
  figuresTitle: string;
  figuresLink: string;
  source: string;
  asOf: (date: string) => string;
  approx: string;
  jobsTitle: string;
  jobsText: string;
  jobsMore: string;
}
export type HomeAudience = 'school' | 'return' | 'international' | 'employers';

/** Strings of the jobs page and the job-link form (src/views/JobsView.astro, JobSearchForm.tsx). */
export interface JobsStrings {
  intro: string;
  kinds: Record<'job' | 'apprenticeship' | 'internship', string>;
  baTitle: string;
  baText: string;
  formTitle: string;
  formText: string;
  what: string;
  whatHint: string;
  where: string;
  whereHint: string;
  radius: string;
  kind: string;
  submit: string;
  result: string;
  /** Pieces of a link text (see describeJobSearch in site/jobs.ts): {term}, {place}, {km} are filled in. */
  termPart: string;
  placePart: string;
  nowhere: string;
  atBa: string;
  townsTitle: string;
  townsText: string;
  town: string;
  fairSite: string;
  regionalTitle: string;
  makerzText: string;
  portalText: string;
  fairText: string;
  noData: string;
}
