/**
 * Link builders for every internal URL. Pages, navigation, sitemap and redirects all go through
 * these functions, so a route changes in one place.
 */
import { defaultLanguage, locale, type LanguageId, type SectionKey } from './i18n/index.ts';
import { contentTypeOf } from './content-types.ts';

function languagePrefix(language: LanguageId): string {
  return language === defaultLanguage ? '' : `/${language}`;
}

function joinPath(...parts: string[]): string {
  const inner = parts
    .filter(Boolean)
    .join('/')
    .replace(/\/{2,}/g, '/')
    .replace(/^\/|\/$/g, '');
  return inner ? `/${inner}/` : '/';
}

export function sectionPath(language: LanguageId, section: SectionKey, ...rest: string[]): string {
  return joinPath(languagePrefix(language), locale(language).sections[section], ...rest);
}

export function homePath(language: LanguageId): string {
  return sectionPath(language, 'home');
}

/** The URL of a document's own page: in its type's section, or at the top level (Impressum, …). */
export function documentPath(doc: { _type: string; language?: string | null; slug?: string | null }): string {
  const language = (doc.language ?? defaultLanguage) as LanguageId;
  if (!doc.slug) throw new Error(`Document of type ${doc._type} has no slug`);
  const type = contentTypeOf(doc._type);
  if (!type) throw new Error(`Documents of type ${doc._type} have no page of their own`);
  return type.section ? sectionPath(language, type.section, doc.slug) : joinPath(languagePrefix(language), doc.slug);
}

export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}

const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;
/** Only http(s), mailto, tel, internal paths and anchors reach the HTML; anything else is dropped. */
export function safeHref(href: string | null | undefined): string | undefined {
  const trimmed = href?.trim();
  return trimmed && SAFE_HREF.test(trimmed) ? trimmed : undefined;
}
