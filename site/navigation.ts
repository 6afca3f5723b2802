/** Navigation entries from siteSettings resolved to URLs for one language. */
import { defaultLanguage, locale, localized, type LanguageId, type SectionKey } from './i18n/index.ts';
import { documentPath, sectionPath } from './routes.ts';
import type { SitePage } from './data.ts';

export interface NavEntry {
  label: string;
  href: string;
  /** The navItem's route, e.g. "impressum". */ route?: string;
}
interface NavItemValue {
  label?: Record<string, string | undefined> | null;
  route?: string | null;
}

export function resolveNav(
  items: readonly NavItemValue[] | null | undefined,
  language: LanguageId,
  pages: readonly SitePage[],
): NavEntry[] {
  const sections = locale(language).sections;
  return (items ?? []).flatMap((item) => {
    const route = item.route ?? '';
    const label = localized(item.label, language) ?? '';
    if (route in sections) return [{ label, href: sectionPath(language, route as SectionKey), route }];
    // Not a section: a page kind such as "impressum"; fall back to the default language's page.
    const page =
      pages.find((p) => p.kind === route && p.language === language) ??
      pages.find((p) => p.kind === route && p.language === defaultLanguage);
    return page ? [{ label: label || page.title || route, href: documentPath(page), route }] : [];
  });
}
