/**
 * The one list of content languages for hERZland.
 *
 * Everything language-related derives from this list: the document
 * internationalization plugin, the language filter, the `localizedString` /
 * `localizedText` objects, the desk structure and the Astro site (which loads
 * the interface strings of each language from `site/i18n/<id>.ts`). Adding a
 * language means adding one entry here and one locale file there.
 *
 * Keep this file framework-free (no `sanity` import): the site imports it too.
 */
const configuredLanguages = [
  { id: 'de', title: 'Deutsch', locale: 'de-DE' },
  { id: 'en', title: 'English', locale: 'en-GB' },
  { id: 'cs', title: 'Čeština', locale: 'cs-CZ' },
] as const;

export type Language = (typeof configuredLanguages)[number];
export type LanguageId = Language['id'];

/**
 * Languages added for one build from the environment, before they are configured above:
 * HERZLAND_EXTRA_LANGUAGES='[{"id":"pl","title":"Polski","locale":"pl-PL","localeFile":"/abs/pl.ts"}]'.
 * The test of a fourth language uses it (tests/unit/fourth-language.test.ts); the Studio, which runs
 * in the browser, never sees it. Their ids are not part of the LanguageId type.
 */
export interface ExtraLanguage {
  id: string;
  title: string;
  locale: string;
  /** Absolute path of the language's locale module (default export: a Locale, see site/i18n/types.ts). */
  localeFile: string;
}

function extraLanguages(): ExtraLanguage[] {
  const raw = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.HERZLAND_EXTRA_LANGUAGES;
  if (!raw) return [];
  const parsed: unknown = JSON.parse(raw);
  const valid = (entry: unknown): entry is ExtraLanguage =>
    typeof entry === 'object' &&
    entry !== null &&
    ['id', 'title', 'locale', 'localeFile'].every((key) => typeof (entry as Record<string, unknown>)[key] === 'string') &&
    /^[a-z]{2,3}$/.test((entry as ExtraLanguage).id);
  if (!Array.isArray(parsed) || !parsed.every(valid)) {
    throw new Error('HERZLAND_EXTRA_LANGUAGES must be a JSON array of {id (2–3 lowercase letters), title, locale, localeFile}');
  }
  return parsed;
}

const extra = extraLanguages();

export const languages: readonly Language[] = [
  ...configuredLanguages,
  ...extra.map(({ id, title, locale }) => ({ id, title, locale }) as unknown as Language),
];

/** Locale modules of the extra languages, by id (empty unless HERZLAND_EXTRA_LANGUAGES is set). */
export const extraLocaleFiles: Readonly<Record<string, string>> = Object.fromEntries(extra.map(({ id, localeFile }) => [id, localeFile]));

/** The language every document is written in first; its fields are required. */
export const defaultLanguage = 'de' satisfies LanguageId;

export const languageIds: readonly LanguageId[] = languages.map((language) => language.id);

export function isLanguageId(value: unknown): value is LanguageId {
  return typeof value === 'string' && (languageIds as readonly string[]).includes(value);
}

export function getLanguage(id: LanguageId): Language {
  const language = languages.find((candidate) => candidate.id === id);
  if (!language) throw new Error(`Unknown language id: ${id}`);
  return language;
}
