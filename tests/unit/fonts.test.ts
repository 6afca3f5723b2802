/**
 * The web font's subsets (src/lib/font-subsets.ts, made by scripts/subset-fonts.ts): the committed
 * files are exactly what the script makes from the installed fontsource files, each keeps every
 * glyph of its unicode-range that Inter has, with the weight axis the styles need, and no style
 * asks for a weight outside that axis (the browser would synthesise it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import {
  codePoints,
  FONT_FEATURES,
  FONT_SUBSETS,
  FONT_WEIGHTS,
  PRELOADED_SUBSETS,
  subsetsFor,
  type SubsetName,
} from '../../src/lib/font-subsets.ts';
import { FONT_DIR, subsetFontFile } from '../../scripts/subset-fonts.ts';

const require = createRequire(import.meta.url);
const subsets = Object.entries(FONT_SUBSETS) as [SubsetName, (typeof FONT_SUBSETS)[SubsetName]][];
const font = (file: string) => create(fs.readFileSync(file)) as Font;
const keptFeatures = new Set<string>(FONT_FEATURES);

describe('font subsets', () => {
  it.each(subsets)('%s: the committed file is what `npm run fonts` makes', async (name, subset) => {
    const committed = fs.readFileSync(path.join(FONT_DIR, subset.file));
    expect((await subsetFontFile(name)).equals(committed), `run npm run fonts: src/assets/fonts/${subset.file} is stale`).toBe(true);
  });

  it.each(subsets)('%s: keeps every glyph of the characters the browser takes from it, and the weight axis', (name, subset) => {
    const source = font(require.resolve(`@fontsource-variable/inter/files/${subset.source}`));
    const cut = font(path.join(FONT_DIR, subset.file));
    const served = codePoints(subset.unicodeRange).filter(
      (cp) => source.hasGlyphForCodePoint(cp) && subsetsFor(String.fromCodePoint(cp))[0] === name,
    );
    expect(served.length).toBeGreaterThan(0);
    expect(served.filter((cp) => !cut.hasGlyphForCodePoint(cp)).map((cp) => cp.toString(16))).toEqual([]);
    expect(cut.variationAxes.wght).toMatchObject({ min: FONT_WEIGHTS.min, max: FONT_WEIGHTS.max });
  });

  it.each(subsets)('%s: holds no character a later declared face takes', (name, subset) => {
    const cut = font(path.join(FONT_DIR, subset.file));
    const takenLater = codePoints(subset.unicodeRange).filter(
      (cp) => cut.hasGlyphForCodePoint(cp) && subsetsFor(String.fromCodePoint(cp))[0] !== name,
    );
    expect(takenLater.map((cp) => String.fromCodePoint(cp))).toEqual([]);
  });

  it('the Czech letters are in latin-ext, declared after it, so their small file wins', () => {
    const ext = new Set(codePoints(FONT_SUBSETS.latinExt.unicodeRange));
    expect(codePoints(FONT_SUBSETS.czech.unicodeRange).every((cp) => ext.has(cp))).toBe(true);
    const order = Object.keys(FONT_SUBSETS);
    expect(order.indexOf('czech')).toBeGreaterThan(order.indexOf('latinExt'));
    expect(String.fromCodePoint(...codePoints(FONT_SUBSETS.czech.unicodeRange))).toBe('ČčĎďĚěŇňŘřŠšŤťŮůŽž');
  });

  it('every font-weight in the styles is within the font files’ weight axis', () => {
    const files = fs.globSync('src/**/*.{astro,css}');
    const weights = files.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/font-weight(?:-[a-z]+)?:\s*(\d{3})\b/g)].map((m) => ({ file, weight: Number(m[1]) })),
    );
    expect(weights.length).toBeGreaterThan(3);
    const outside = weights.filter(({ weight }) => weight < FONT_WEIGHTS.min || weight > FONT_WEIGHTS.max);
    expect(outside).toEqual([]);
  });

  it('the core file keeps the tabular figures and drops the features no style uses', () => {
    const cut = font(path.join(FONT_DIR, FONT_SUBSETS.core.file)) as Font & { GSUB: { featureList: { tag: string }[] } };
    const tags = new Set(cut.GSUB.featureList.map((feature) => feature.tag));
    expect(tags.has('tnum')).toBe(true);
    expect([...tags].filter((tag) => !keptFeatures.has(tag))).toEqual([]);
  });

  it('every font-variant-numeric in the styles needs only features the files keep', () => {
    // The CSS values and the OpenType features they switch on (CSS Fonts 4, font-variant-numeric).
    const featureOf: Record<string, string> = {
      'tabular-nums': 'tnum',
      'proportional-nums': 'pnum',
      'lining-nums': 'lnum',
      'oldstyle-nums': 'onum',
      'diagonal-fractions': 'frac',
      'stacked-fractions': 'afrc',
      ordinal: 'ordn',
      'slashed-zero': 'zero',
    };
    const values = fs
      .globSync('src/**/*.{astro,css}')
      .flatMap((file) =>
        [...fs.readFileSync(file, 'utf8').matchAll(/font-variant-numeric:\s*([a-z\s-]+)/g)].flatMap((m) => m[1].trim().split(/\s+/)),
      );
    expect(values).toContain('tabular-nums');
    const missing = values.filter((value) => value !== 'normal' && !keptFeatures.has(featureOf[value] ?? value));
    expect(missing).toEqual([]);
  });
});

describe('subsetsFor', () => {
  it('names the files the browser picks for a text, the last declared face winning', () => {
    expect(subsetsFor('Deutsch English Grüße „so“ – 5 km²')).toEqual(['core']);
    expect(subsetsFor('Deutsch Čeština')).toEqual(['czech', 'core']);
    // Ç is latin, not core; ł is latin-ext only; Ě comes from the Czech file, although latin-ext covers it as well.
    expect(subsetsFor('Ça va')).toEqual(['latin', 'core']);
    expect(subsetsFor('Łódź Ě')).toEqual(['latinExt', 'czech', 'core']);
    expect(subsetsFor('')).toEqual([]);
  });
});

describe('PRELOADED_SUBSETS', () => {
  it('every language preloads the core and the Czech letters (the language switch on every page writes Czech)', () => {
    expect(PRELOADED_SUBSETS.de).toEqual(['czech', 'core']);
    expect(PRELOADED_SUBSETS.en).toEqual(['czech', 'core']);
    expect(PRELOADED_SUBSETS.cs).toEqual(['czech', 'core']);
  });
});
