/** What every language must provide besides content: URL segments and interface strings. */
export type SectionKey =
  | 'home' | 'stories' | 'welcome' | 'blog' | 'documents' | 'members' | 'projects' | 'events'
  | 'orientation' | 'jobs' | 'search' | 'alliance' | 'figures';

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
}
