/**
 * The web font's files: Inter (variable, @fontsource-variable/inter) cut by `npm run fonts`
 * (scripts/subset-fonts.ts) to the weights the design tokens use and split by script, so a German
 * or English page loads one small file. The Czech letters have a file of their own: every page's
 * language switch says „Čeština“, and the full latin-ext file (over 80 kB) would otherwise load on
 * every page for one letter. FontFaces.astro declares them; the last declared face that covers a
 * character wins (CSS Fonts 4, unicode-range), so `czech` is declared after `latinExt`.
 */

import { languages } from '../../studio/config/languages.ts';

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

/** In declaration order (see above). The ranges are fontsource's for its latin and latin-ext files. */
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

/**
 * The subsets that render `text`: per character, the last declared subset that covers it (the
 * browser's choice), in declaration order.
 */
export function subsetsFor(text: string): SubsetName[] {
  const ranges = SUBSET_NAMES.map((name) => new Set(codePoints(FONT_SUBSETS[name].unicodeRange)));
  const used = new Set<number>();
  for (const char of text) {
    const index = ranges.findLastIndex((range) => range.has(char.codePointAt(0)!));
    if (index >= 0) used.add(index);
  }
  return SUBSET_NAMES.filter((_, index) => used.has(index));
}

/**
 * The files every page needs, preloaded by FontFaces.astro: latin for the text and whatever the
 * language switch's names need (Czech for „Čeština“). Computed once, not per page.
 */
export const EVERY_PAGE_SUBSETS = subsetsFor(`Aa ${languages.map((language) => language.title).join(' ')}`);
