/**
 * The one list of content languages for hERZland.
 *
 * Everything language-related derives from this list: the document
 * internationalization plugin, the `localizedString` / `localizedText`
 * objects, the desk structure and the Astro site. Adding a language (e.g.
 * Czech) means adding one entry here.
 *
 * Keep this file framework-free (no `sanity` import): the site imports it too.
 */
export const languages = [
  {id: 'de', title: 'Deutsch', locale: 'de-DE'},
  {id: 'en', title: 'English', locale: 'en-GB'},
] as const

export type Language = (typeof languages)[number]
export type LanguageId = Language['id']

/** The language every document is written in first; its fields are required. */
export const defaultLanguage = 'de' satisfies LanguageId

export const languageIds: readonly LanguageId[] = languages.map((language) => language.id)

export function isLanguageId(value: unknown): value is LanguageId {
  return typeof value === 'string' && (languageIds as readonly string[]).includes(value)
}

export function getLanguage(id: LanguageId): Language {
  const language = languages.find((candidate) => candidate.id === id)
  if (!language) throw new Error(`Unknown language id: ${id}`)
  return language
}
