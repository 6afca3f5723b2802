/**
 * The web font's files: Inter (variable, @fontsource-variable/inter) cut by `npm run fonts`
 * (scripts/subset-fonts.ts) to the weights the design tokens use and split by script, so a page
 * loads only the small files its language needs. `core` holds the part of fontsource's latin range
 * that German, English and Czech text uses; the rest of that range has a file of its own, as do the
 * Czech letters beyond it: every page's language switch says „Čeština“, and the full latin-ext file
 * (over 80 kB) would otherwise load on every page for one letter. FontFaces.astro declares them;
 * the last declared face that covers a character wins (CSS Fonts 4, unicode-range), so each file
 * holds only the characters of its range that no later subset covers.
 */

import { languages, type LanguageId } from '../../studio/config/languages.ts';
import { locale } from '../../site/i18n/index.ts';

/** Font weights the styles use (tokens.css --font-weight-*, tests/unit/fonts.test.ts checks every rule). */
export const FONT_WEIGHTS = { min: 400, max: 800 } as const;

/**
 * OpenType features the files keep: composition and language forms, kerning, mark positioning and
 * the tabular figures the styles ask for (font-variant-numeric: tabular-nums). Inter's fraction
 * features and contextual alternates (arrows, a colon raised between figures) are left out: no
 * style uses fractions, and the alternates' glyphs were a fifth of the latin file (31.6 → 25.0 kB),
 * which every first visit loads before its text. tests/unit/fonts.test.ts checks the styles.
 */
export const FONT_FEATURES = ['ccmp', 'locl', 'kern', 'mark', 'mkmk', 'tnum'] as const;

export interface FontSubset {
  /** File in src/assets/fonts/ and the fontsource file it is cut from. */
  file: string;
  source: string;
  /** CSS unicode-range: the characters the file covers. */
  unicodeRange: string;
}

/** In declaration order (see above). latin's and latinExt's ranges are fontsource's for its files. */
export const FONT_SUBSETS = {
  latinExt: {
    file: 'inter-latin-ext.woff2',
    source: 'inter-latin-ext-wght-normal.woff2',
    unicodeRange:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
  // Č č Ď ď Ě ě Ň ň Ř ř Š š Ť ť Ů ů Ž ž: Czech's letters beyond Latin-1.
  czech: {
    file: 'inter-czech.woff2',
    source: 'inter-latin-ext-wght-normal.woff2',
    unicodeRange: 'U+010C-010F,U+011A-011B,U+0147-0148,U+0158-0159,U+0160-0161,U+0164-0165,U+016E-016F,U+017D-017E',
  },
  latin: {
    file: 'inter-latin.woff2',
    source: 'inter-latin-wght-normal.woff2',
    unicodeRange:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  // ASCII, NBSP § © « soft hyphen ° ² ³ · », German's Ä Ö Ü ß ä ö ü, Czech's Á É Í Ó Ú Ý á é í ó ú ý,
  // ×, general punctuation („“ – … thin spaces), € and −: with the Czech file, what the site's
  // languages write (the language switch writes Czech on every page).
  core: {
    file: 'inter-core.woff2',
    source: 'inter-latin-wght-normal.woff2',
    unicodeRange:
      'U+0000-007F,U+00A0,U+00A7,U+00A9,U+00AB,U+00AD,U+00B0,U+00B2-00B3,U+00B7,U+00BB,U+00C1,U+00C4,U+00C9,U+00CD,U+00D3,U+00D6,U+00D7,U+00DA,U+00DC,U+00DD,U+00DF,U+00E1,U+00E4,U+00E9,U+00ED,U+00F3,U+00F6,U+00FA,U+00FC,U+00FD,U+2000-206F,U+20AC,U+2212',
  },
} as const satisfies Record<string, FontSubset>;

/** The code points of a CSS unicode-range. */
export function codePoints(unicodeRange: string): number[] {
  return unicodeRange.split(',').flatMap((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from!, 16);
    const end = parseInt(to, 16);
    return Array.from({ length: end - start + 1 }, (_, i) => start + i);
  });
}

export type SubsetName = keyof typeof FONT_SUBSETS;
/** The subsets in declaration order. */
export const SUBSET_NAMES = Object.keys(FONT_SUBSETS) as SubsetName[];

const RANGES = SUBSET_NAMES.map((name) => new Set(codePoints(FONT_SUBSETS[name].unicodeRange)));

/** The subset the browser takes a character from: the last declared one that covers it. */
function subsetOf(codePoint: number): SubsetName | undefined {
  return SUBSET_NAMES[RANGES.findLastIndex((range) => range.has(codePoint))];
}

/** The characters a subset's file holds: those of its range that no later declared subset covers. */
export function servedCodePoints(name: SubsetName): number[] {
  return codePoints(FONT_SUBSETS[name].unicodeRange).filter((cp) => subsetOf(cp) === name);
}

/** The subsets that render `text` (per character, the browser's choice), in declaration order. */
export function subsetsFor(text: string): SubsetName[] {
  const used = new Set<SubsetName | undefined>();
  for (const char of text) used.add(subsetOf(char.codePointAt(0)!));
  return SUBSET_NAMES.filter((name) => used.has(name));
}

/** What the language switch on every page writes: each language's name and its note when a page is not translated. */
const languageSwitchText = languages
  .map(({ id, title }) => `${title} ${locale(id).ui.switchOverview} ${locale(id).ui.switchNotTranslated}`)
  .join(' ');

/**
 * The files a language's pages preload (FontFaces.astro), computed once per language: those its
 * interface strings and the language switch need. Characters only the content uses load their
 * file when a page shows them.
 */
export const PRELOADED_SUBSETS = Object.fromEntries(
  languages.map(({ id }) => [id, subsetsFor(`${languageSwitchText} ${JSON.stringify(locale(id))}`)]),
) as Readonly<Record<LanguageId, SubsetName[]>>;
