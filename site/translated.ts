/** Documents by language, and those of the default language still waiting for a translation. */
import { defaultLanguage, type LanguageId } from './i18n/index.ts';
import type { SiteData } from './data.ts';

export const byLanguage = <T extends { language: string | null }>(docs: readonly T[], language: LanguageId) =>
  docs.filter((doc) => doc.language === language);

/** Documents of the default language that have no translation into `language` (shown as "only in German"). */
export function untranslated<T extends { _id: string; language: string | null }>(
  docs: readonly T[],
  data: SiteData,
  language: LanguageId,
): T[] {
  if (language === defaultLanguage) return [];
  return docs.filter((doc) => doc.language === defaultLanguage && !data.translations.get(doc._id)?.[language]);
}
