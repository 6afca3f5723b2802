import { defaultLanguage, languageIds, type LanguageId } from '../../studio/config/languages.ts';
import type { Locale } from './types.ts';
import de from './de.ts';
import en from './en.ts';

/** A Record over LanguageId: adding a language to the config fails the type check until it has a locale here. */
const locales: Record<LanguageId, Locale> = { de, en };

export function locale(language: LanguageId): Locale {
  return locales[language];
}

export function isLanguage(value: unknown): value is LanguageId {
  return typeof value === 'string' && (languageIds as readonly string[]).includes(value);
}

export function label(language: LanguageId, id: string | null | undefined): string {
  if (!id) return '';
  return locales[language].labels[id] ?? id;
}

export { defaultLanguage, languageIds, type LanguageId };
export type { Locale, SectionKey } from './types.ts';
