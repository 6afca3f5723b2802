/** Title and description of every page: the document's SEO fields, else its teaser/summary. */
import { defaultLanguage, locale } from './i18n/index.ts';
import type { Route } from './route-map.ts';
import type { SiteData } from './data.ts';

export interface PageMeta { title: string; description: string; noIndex: boolean }

const DESCRIPTION_MAX = 160;

function clip(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= DESCRIPTION_MAX) return clean;
  return `${clean.slice(0, DESCRIPTION_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

export function pageMeta(route: Route, data: SiteData): PageMeta {
  const fallbackDescription =
    data.settings.defaultSeo?.description?.[route.language] ??
    data.settings.defaultSeo?.description?.[defaultLanguage] ?? '';
  if (route.kind === 'section') {
    const title = route.view === 'home'
      ? (data.settings.tagline?.[route.language] ?? locale(route.language).sectionTitles.home)
      : locale(route.language).sectionTitles[route.section];
    return { title, description: clip(fallbackDescription), noIndex: false };
  }
  const doc = route.doc as Record<string, any>;
  const summary = doc.seo?.description ?? doc.teaser ?? doc.summary ?? doc.excerpt ?? doc.goal ?? fallbackDescription;
  return {
    title: doc.seo?.title ?? doc.title ?? '',
    description: clip(String(summary ?? '')),
    noIndex: Boolean(doc.seo?.noIndex),
  };
}
