/**
 * Open Graph images (1200×630 PNG), made at build time without any service: an SVG in the site's
 * colours with the title and section set in Inter (glyph outlines read from the self-hosted
 * @fontsource file with fontkitten, so no system font is involved), the document's image on the
 * right where it has one, rasterised with sharp. scripts/build.ts calls renderOgImage per page.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';
import sharp from 'sharp';
import { OG_IMAGE_SIZE } from './seo.ts';

const { width: W, height: H } = OG_IMAGE_SIZE;
const MARGIN = 72;
const IMAGE_WIDTH = 456;

/** Light-theme colours of src/styles/tokens.css (read from the file, these are the fallbacks). */
const DEFAULT_COLOURS = { heart: '#b3122a', forest: '#1f3a34', muted: '#4f5b57', paper: '#fbf6ee', 'surface-alt': '#f1e9dc' };
type Colours = typeof DEFAULT_COLOURS;

export function readColours(tokensCss: string | undefined): Colours {
  const light = tokensCss?.split('@media')[0] ?? '';
  const colours = { ...DEFAULT_COLOURS };
  for (const name of Object.keys(colours) as (keyof Colours)[]) {
    const value = new RegExp(`--color-${name}:\\s*(#[0-9a-f]{3,8})`, 'i').exec(light)?.[1];
    if (value) colours[name] = value;
  }
  return colours;
}

// Text as outlines ------------------------------------------------------------------------------

let fonts: Font[] | undefined;
function interFonts(): Font[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  fonts = ['latin', 'latin-ext'].map((subset) =>
    create(fs.readFileSync(require.resolve(`@fontsource-variable/inter/files/inter-${subset}-wght-normal.woff2`))) as Font);
  return fonts;
}

interface Run { d: string; width: number }

/** One line of text as an SVG path, left baseline at (x, y). Glyphs missing in both subsets are skipped. */
export function textPath(text: string, size: number, x = 0, y = 0): Run {
  const [latin, latinExt] = interFonts();
  const scale = size / latin.unitsPerEm;
  let cursor = 0;
  let d = '';
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const font = latin.hasGlyphForCodePoint(cp) ? latin : latinExt.hasGlyphForCodePoint(cp) ? latinExt : undefined;
    if (!font) continue;
    const glyph = font.glyphForCodePoint(cp);
    d += glyph.path.scale(scale, -scale).translate(x + cursor, y).toSVG();
    cursor += glyph.advanceWidth * scale;
  }
  return { d, width: cursor };
}

const advances = new Map<string, number>();
/** Width of a line in pixels, from cached advance widths (no outlines needed to measure). */
function widthOf(text: string, size: number): number {
  const [latin, latinExt] = interFonts();
  let units = 0;
  for (const char of text) {
    let advance = advances.get(char);
    if (advance === undefined) {
      const cp = char.codePointAt(0)!;
      const font = latin.hasGlyphForCodePoint(cp) ? latin : latinExt.hasGlyphForCodePoint(cp) ? latinExt : undefined;
      advance = font ? font.glyphForCodePoint(cp).advanceWidth : 0;
      advances.set(char, advance);
    }
    units += advance;
  }
  return (units * size) / latin.unitsPerEm;
}

/** Greedy word wrap; the last allowed line ends in an ellipsis when the text is longer. */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number): { lines: string[]; overflow: boolean } {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || widthOf(candidate, size) <= maxWidth) line = candidate;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, overflow: false };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(' ') && widthOf(`${last} …`, size) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last} …`;
  return { lines: kept, overflow: true };
}

/** The largest title size at which the title fits (else the smallest, shortened). */
function fitTitle(title: string, maxWidth: number): { size: number; lines: string[] } {
  const steps: [number, number][] = [[72, 3], [62, 4], [54, 4], [48, 5]];
  for (const [size, maxLines] of steps) {
    const { lines, overflow } = wrapText(title, size, maxWidth, maxLines);
    if (!overflow) return { size, lines };
  }
  const [size, maxLines] = steps.at(-1)!;
  return { size, lines: wrapText(title, size, maxWidth, maxLines).lines };
}

// Drawing -----------------------------------------------------------------------------------------

const HEART = 'M0 -6 C-4 -14 -16 -13 -16 -3 C-16 5 -6 11 0 17 C6 11 16 5 16 -3 C16 -13 4 -14 0 -6 Z';

/** Inter's outlines are regular weight; a stroke in the fill colour sets headings semi-bold. */
const text = (run: Run, fill: string, weight = 0) =>
  `<path d="${run.d}" fill="${fill}"${weight ? ` stroke="${fill}" stroke-width="${weight}" stroke-linejoin="round"` : ''}/>`;

function brand(colours: Colours, x: number, y: number, size: number, withHeart = true): string {
  const heart = withHeart ? `<path d="${HEART}" transform="translate(${x + size * 0.42} ${y - size * 0.34}) scale(${size / 36})" fill="${colours.heart}"/>` : '';
  let cursor = x + (withHeart ? size * 1.05 : 0);
  const parts: [string, string, number][] = [['h', colours.forest, 0], ['ERZ', colours.heart, size * 0.05], ['land', colours.forest, 0]];
  const runs = parts.map(([chars, fill, weight]) => {
    const run = textPath(chars, size, cursor, y);
    cursor += run.width;
    return text(run, fill, weight || size * 0.02);
  });
  return heart + runs.join('');
}

export interface OgImageInput {
  title: string;
  /** The section label above the title (e.g. "hERZland-Geschichten"). */
  section: string;
  /** Host name shown at the bottom. */
  host: string;
  /** The document's image (any format sharp reads), shown on the right. */
  image?: Buffer;
  tokensCss?: string;
}

export function ogImageSvg(input: OgImageInput, withImage: boolean): string {
  const colours = readColours(input.tokensCss);
  const textWidth = (withImage ? W - IMAGE_WIDTH : W) - 2 * MARGIN;
  const { size, lines } = fitTitle(input.title, textWidth);
  const lineHeight = Math.round(size * 1.14);
  const titleTop = 250 + size * 0.8;
  const titleRuns = lines.map((line, i) => text(textPath(line, size, MARGIN, titleTop + i * lineHeight), colours.forest, size * 0.035));
  const section = wrapText(input.section, 30, textWidth, 1).lines[0] ?? '';
  const decoration = withImage ? '' : `<path d="${HEART}" transform="translate(1040 330) scale(9)" fill="${colours['surface-alt']}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="${colours.paper}"/>
${decoration}
${brand(colours, MARGIN, 110, 44)}
${text(textPath(section, 30, MARGIN, 206), colours.heart, 0.6)}
${titleRuns.join('\n')}
${text(textPath(input.host, 26, MARGIN, H - 58), colours.muted)}
<rect y="${H - 14}" width="${W}" height="14" fill="${colours.heart}"/>
${withImage ? `<rect x="${W - IMAGE_WIDTH - 10}" width="10" height="${H - 14}" fill="${colours.heart}"/>` : ''}
</svg>`;
}

/** The PNG of one page. */
export async function renderOgImage(input: OgImageInput): Promise<Buffer> {
  let photo: Buffer | undefined;
  if (input.image) {
    try {
      photo = await sharp(input.image).resize(IMAGE_WIDTH, H - 14, { fit: 'cover', position: 'attention' }).png({ compressionLevel: 0 }).toBuffer(); // intermediate: no compression
    } catch { photo = undefined; }
  }
  const base = sharp(Buffer.from(ogImageSvg(input, Boolean(photo))));
  const composed = photo ? base.composite([{ input: photo, left: W - IMAGE_WIDTH, top: 0 }]) : base;
  // zlib level 6: level 9 took about twice as long per image for a few per cent fewer bytes.
  return composed.png({ compressionLevel: 6 }).toBuffer();
}

/** The square logo for structured data (Organization.logo). */
export async function renderLogo(tokensCss?: string): Promise<Buffer> {
  const colours = readColours(tokensCss);
  const size = 512;
  const word = 84;
  const wordWidth = widthOf('hERZland', word);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${colours.paper}"/>
<path d="${HEART}" transform="translate(256 190) scale(6)" fill="${colours.heart}"/>
${brand(colours, (size - wordWidth) / 2, 400, word, false)}</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
