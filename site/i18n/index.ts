import { pathToFileURL } from 'node:url';
import { defaultLanguage, extraLocaleFiles, languageIds, type LanguageId } from '../../studio/config/languages.ts';
import type { Locale } from './types.ts';

/**
 * The interface strings of every configured language, from site/i18n/<id>.ts (each file is typed as
 * a Locale, so a missing string fails the type check). Loaded once, at start-up, so that adding a
 * language to studio/config/languages.ts needs no import here.
 */
async function loadLocale(language: string): Promise<Locale> {
  const file = extraLocaleFiles[language];
  const module = (file ? await import(/* @vite-ignore */ pathToFileURL(file).href) : await import(`../i18n/${language}.ts`)) as {
    default?: Locale;
  };
  if (!module.default?.sections) {
    throw new Error(`Language ${language}: ${file ?? `site/i18n/${language}.ts`} has no default export of type Locale`);
  }
  return module.default;
}

const locales = Object.fromEntries(
  await Promise.all(languageIds.map(async (language) => [language, await loadLocale(language)] as const)),
) as Record<LanguageId, Locale>;

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

/** A field-level translation (localizedString / localizedText) in this language, else in the default language. */
export function localized(value: Partial<Record<string, string | null>> | null | undefined, language: LanguageId): string | undefined {
  return value?.[language] || value?.[defaultLanguage] || undefined;
}

export { defaultLanguage, languageIds, type LanguageId };
export type { Locale, SectionKey } from './types.ts';
