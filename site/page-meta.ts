/** Title and description of every page: the document's SEO fields, else its teaser/summary. */
import { locale, localized } from './i18n/index.ts';
import type { Route } from './route-map.ts';
import type { SiteData } from './data.ts';
import { listingTitle } from './collections.ts';

export interface PageMeta {
  title: string;
  description: string;
  noIndex: boolean;
}

const DESCRIPTION_MAX = 160;

/** Where a document page's title and description come from; each routed type has some of these. */
interface MetaFields {
  seo: { title: string | null; description: string | null; noIndex: boolean | null } | null;
  title: string;
  teaser?: string | null;
  summary?: string | null;
  excerpt?: string | null;
  goal?: string | null;
}

function clip(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= DESCRIPTION_MAX) return clean;
  return `${clean.slice(0, DESCRIPTION_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

export function pageMeta(route: Route, data: SiteData): PageMeta {
  const fallbackDescription = localized(data.settings.defaultSeo?.description, route.language) ?? '';
  if (route.kind === 'section') {
    if (route.view === 'home') {
      const title = localized(data.settings.tagline, route.language) ?? locale(route.language).sectionTitles.home;
      return { title, description: clip(fallbackDescription || locale(route.language).seo.sectionDescriptions.home), noIndex: false };
    }
    // Filter and later pages of a listing get their own title and description ("…: Aue-Bad Schlema – Seite 2").
    const title = listingTitle(data, route.section, route.language, route.params);
    const sectionDescription = locale(route.language).seo.sectionDescriptions[route.section];
    const description = route.params ? `${title}. ${sectionDescription}` : sectionDescription;
    return { title, description: clip(description), noIndex: false };
  }
  const doc: MetaFields = route.doc;
  const summary = doc.seo?.description ?? doc.teaser ?? doc.summary ?? doc.excerpt ?? doc.goal ?? fallbackDescription;
  return {
    title: doc.seo?.title ?? doc.title ?? '',
    description: clip(String(summary ?? '')),
    noIndex: Boolean(doc.seo?.noIndex),
  };
}
