/**
 * The embedded images as readers get them, checked on the built dist/: every raster <picture> offers
 * AVIF in its <source> and WebP in its <img> (no PNG derivatives: no browser loaded them), both with
 * the same widths, from phone size up to at least what a 30rem box at 2x needs (960, or the
 * original's width when it is narrower), never wider than the original or than body images need.
 */
import { describe, expect, test } from 'vitest';
import { IMAGE_WIDTHS } from '../../site/images.ts';
import { ensureBuilt, htmlFiles, parseHtml, readDist } from './built-site.ts';

interface Candidate {
  url: string;
  width: number;
}
const candidates = (srcset: string): Candidate[] =>
  srcset.split(',').map((entry) => {
    const [url, descriptor] = entry.trim().split(/\s+/);
    return { url, width: Number(descriptor.replace(/w$/, '')) };
  });
/** Embedded asset file names end in `-<width>x<height>.<ext>`; Astro keeps that stem in derivatives. */
const originalWidth = (url: string) => Number(/-(\d+)x\d+\.[\w-]+_[\w-]+\.\w+$/.exec(url)?.[1]);

describe('embedded images in the built site', () => {
  test('AVIF source and WebP img with the same widths, from phone to desktop sizes', async () => {
    await ensureBuilt();
    const problems: string[] = [];
    let pictures = 0;
    for (const file of htmlFiles()) {
      const html = readDist(file);
      if (!html.includes('<picture')) continue;
      for (const picture of (await parseHtml(html)).querySelectorAll('picture')) {
        const img = picture.querySelector('img');
        const srcset = img?.getAttributeValue('srcset');
        if (!img || !srcset || img.getAttributeValue('src')?.endsWith('.svg')) continue;
        pictures += 1;
        const sources = picture.querySelectorAll('source');
        const label = `${file} ${img.getAttributeValue('src')}`;
        if (sources.length !== 1 || sources[0].getAttributeValue('type') !== 'image/avif') {
          problems.push(`${label}: expected one AVIF <source>, got ${sources.map((s) => s.getAttributeValue('type')).join(', ')}`);
          continue;
        }
        const avif = candidates(sources[0].getAttributeValue('srcset') ?? '');
        const webp = candidates(srcset);
        if (!avif.every((c) => c.url.endsWith('.avif'))) problems.push(`${label}: <source> not all AVIF`);
        if (![...webp.map((c) => c.url), img.getAttributeValue('src')!].every((url) => url.endsWith('.webp')))
          problems.push(`${label}: <img> not all WebP`);
        const widths = avif.map((c) => c.width);
        if (widths.join() !== webp.map((c) => c.width).join())
          problems.push(`${label}: AVIF widths ${widths} ≠ WebP widths ${webp.map((c) => c.width)}`);
        const original = originalWidth(avif[0].url);
        const largest = Math.max(...widths);
        if (largest > original) problems.push(`${label}: ${largest}w is wider than the original (${original})`);
        if (largest < Math.min(original, 960))
          problems.push(`${label}: largest ${largest}w, a 30rem box at 2x needs ${Math.min(original, 960)}`);
        if (largest > Math.max(...IMAGE_WIDTHS)) problems.push(`${label}: ${largest}w is wider than any box needs`);
        if (Math.min(...widths) > 640) problems.push(`${label}: no small width for phones (smallest ${Math.min(...widths)}w)`);
      }
    }
    expect(pictures, 'the built site has no embedded raster pictures').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
