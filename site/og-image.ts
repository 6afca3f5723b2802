/**
 * Open Graph images (1200×630 JPEG), made at build time without any service: the site's colours,
 * the title and section set in Inter (glyph outlines read from the self-hosted @fontsource file
 * with fontkitten, so no system font is involved), the document's image on the right where it has
 * one, rasterised with sharp. scripts/og-images.ts renders one per page in worker threads.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';
import sharp from 'sharp';
import { OG_IMAGE_SIZE } from './seo.ts';

const { width: W, height: H } = OG_IMAGE_SIZE;
const MARGIN = 72;
const IMAGE_WIDTH = 456;
/** Height of the heart-red bar along the bottom edge. */
const BAR = 14;
/** The box the document's photo fills, on the right above the bar. */
export const OG_PHOTO_SIZE = { width: IMAGE_WIDTH, height: H - BAR } as const;

/** The card's colours: these light-theme tokens of src/styles/tokens.css, read from the file. */
const COLOUR_TOKENS = ['heart', 'forest', 'muted', 'paper', 'surface-alt'] as const;
type Colours = Record<(typeof COLOUR_TOKENS)[number], string>;

export function readColours(tokensCss: string): Colours {
  const light = tokensCss.split('@media')[0];
  const read = (name: string) => {
    const value = new RegExp(`--color-${name}:\\s*(#[0-9a-f]{3,8})`, 'i').exec(light)?.[1];
    if (!value) throw new Error(`src/styles/tokens.css has no --color-${name} (a hex colour) for the Open Graph cards`);
    return [name, value] as const;
  };
  return Object.fromEntries(COLOUR_TOKENS.map(read)) as Colours;
}

// Text as outlines ------------------------------------------------------------------------------

let fonts: Font[] | undefined;
function interFonts(): Font[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  fonts = ['latin', 'latin-ext'].map(
    (subset) => create(fs.readFileSync(require.resolve(`@fontsource-variable/inter/files/inter-${subset}-wght-normal.woff2`))) as Font,
  );
  return fonts;
}

type Glyph = ReturnType<Font['glyphForCodePoint']>;

/** The character's glyph from the latin subset, else latin-ext; undefined when neither has it. */
function glyphOf(char: string): Glyph | undefined {
  const cp = char.codePointAt(0)!;
  const font = interFonts().find((subset) => subset.hasGlyphForCodePoint(cp));
  return font?.glyphForCodePoint(cp);
}
/** Both subsets share one em size. */
const unitsPerEm = () => interFonts()[0].unitsPerEm;

interface Run {
  d: string;
  width: number;
}

/** One line of text as an SVG path, left baseline at (x, y). Glyphs missing in both subsets are skipped. */
export function textPath(text: string, size: number, x = 0, y = 0): Run {
  const scale = size / unitsPerEm();
  let cursor = 0;
  let d = '';
  for (const char of text) {
    const glyph = glyphOf(char);
    if (!glyph) continue;
    d += glyph.path
      .scale(scale, -scale)
      .translate(x + cursor, y)
      .toSVG();
    cursor += glyph.advanceWidth * scale;
  }
  return { d, width: cursor };
}

const advances = new Map<string, number>();
/** Width of a line in pixels, from cached advance widths (no outlines needed to measure). */
function widthOf(text: string, size: number): number {
  let units = 0;
  for (const char of text) {
    let advance = advances.get(char);
    if (advance === undefined) advances.set(char, (advance = glyphOf(char)?.advanceWidth ?? 0));
    units += advance;
  }
  return (units * size) / unitsPerEm();
}

/** Greedy word wrap; the last allowed line ends in an ellipsis when the text is longer. */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number): { lines: string[]; overflow: boolean } {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || widthOf(candidate, size) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
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
  const steps: [number, number][] = [
    [72, 3],
    [62, 4],
    [54, 4],
    [48, 5],
  ];
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
  const heart = withHeart
    ? `<path d="${HEART}" transform="translate(${x + size * 0.42} ${y - size * 0.34}) scale(${size / 36})" fill="${colours.heart}"/>`
    : '';
  let cursor = x + (withHeart ? size * 1.05 : 0);
  const parts: [string, string, number][] = [
    ['h', colours.forest, 0],
    ['ERZ', colours.heart, size * 0.05],
    ['land', colours.forest, 0],
  ];
  const runs = parts.map(([chars, fill, weight]) => {
    const run = textPath(chars, size, cursor, y);
    cursor += run.width;
    return text(run, fill, weight || size * 0.02);
  });
  return heart + runs.join('');
}

export interface OgImageText {
  title: string;
  /** The section label above the title (e.g. "hERZland-Geschichten"). */
  section: string;
}

interface OgLayout {
  withImage: boolean;
  textWidth: number;
  size: number;
  lines: string[];
  baselines: number[];
}

function layout(title: string, withImage: boolean): OgLayout {
  const textWidth = (withImage ? W - IMAGE_WIDTH : W) - 2 * MARGIN;
  const { size, lines } = fitTitle(title, textWidth);
  const lineHeight = Math.round(size * 1.14);
  const titleTop = 250 + size * 0.8;
  return { withImage, textWidth, size, lines, baselines: lines.map((_, i) => titleTop + i * lineHeight) };
}

/** Stroke width that sets a title of this size semi-bold. */
const titleWeight = (size: number) => size * 0.035;

/** Everything but the title and the photo: background, brand, section, host and the heart bars. */
function baseSvg(colours: Colours, host: string, section: string, withImage: boolean): string {
  const textWidth = (withImage ? W - IMAGE_WIDTH : W) - 2 * MARGIN;
  const sectionLine = wrapText(section, 30, textWidth, 1).lines[0] ?? '';
  const decoration = withImage ? '' : `<path d="${HEART}" transform="translate(1040 330) scale(9)" fill="${colours['surface-alt']}"/>`;
  return `<rect width="${W}" height="${H}" fill="${colours.paper}"/>
${decoration}
${brand(colours, MARGIN, 110, 44)}
${text(textPath(sectionLine, 30, MARGIN, 206), colours.heart, 0.6)}
${text(textPath(host, 26, MARGIN, H - 58), colours.muted)}
<rect y="${H - BAR}" width="${W}" height="${BAR}" fill="${colours.heart}"/>
${withImage ? `<rect x="${W - IMAGE_WIDTH - 10}" width="10" height="${OG_PHOTO_SIZE.height}" fill="${colours.heart}"/>` : ''}`;
}

const svgDocument = (width: number, height: number, content: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${content}</svg>`;

/**
 * The whole card as one SVG (without the photo). It is the design's reference: the renderer below
 * draws the same layers, and tests/unit/og-image.test.ts compares the two pixel by pixel.
 */
export function ogImageSvg(input: OgImageText & { host: string; tokensCss: string }, withImage: boolean): string {
  const colours = readColours(input.tokensCss);
  const { size, lines, baselines } = layout(input.title, withImage);
  const titleRuns = lines.map((line, i) => text(textPath(line, size, MARGIN, baselines[i]), colours.forest, titleWeight(size)));
  return svgDocument(W, H, `${baseSvg(colours, input.host, input.section, withImage)}\n${titleRuns.join('\n')}`);
}

// Rendering ---------------------------------------------------------------------------------------

/** A glyph's coverage (one byte per pixel) and where its top-left sits relative to the pen. */
interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Buffer;
}

/** Sub-pixel pen positions are rounded to quarters: close enough to the vector reference. */
const SUBPIXEL_STEPS = 4;
/** Photos kept decoded: a build renders the cards of one document's languages close together. */
const PHOTO_CACHE_SIZE = 48;

export interface OgImagePhoto {
  /** Identifies the image and its crop: cards that show the same photo resize it once. */
  key: string;
  /** The image bytes (any format sharp reads); called only when the photo is not cached. */
  read: () => Promise<Buffer>;
}

export interface OgRenderer {
  /** The JPEG of one page. A photo that cannot be decoded is left out (the card stays valid). */
  render(input: OgImageText & { photo?: OgImagePhoto }): Promise<Buffer>;
}

/**
 * Open Graph cards for a whole build. Rasterising the full SVG per page (about 11 ms, plus 17 ms
 * to resize a photo) dominated large builds, so the parts that repeat are rasterised once and
 * reused: the background per section, each photo, each title glyph per size as a coverage mask.
 * A card is then a copy of its background, the photo's rows and the glyphs blended in the title
 * colour, encoded as JPEG.
 */
export function createOgRenderer(options: { host: string; tokensCss: string }): OgRenderer {
  const colours = readColours(options.tokensCss);
  const titleColour = hexToRgb(colours.forest);
  const bases = new Map<string, Promise<Buffer>>();
  const glyphs = new Map<string, Promise<GlyphMask | null>>();
  const photos = new Map<string, Promise<Buffer | null>>();
  const spareCards: Buffer[] = [];

  const rgb = (svg: string) => sharp(Buffer.from(svg)).flatten({ background: colours.paper }).removeAlpha().raw().toBuffer();

  const base = (section: string, withImage: boolean) =>
    memo(bases, `${withImage}\u0000${section}`, () => rgb(svgDocument(W, H, baseSvg(colours, options.host, section, withImage))));

  const glyph = (char: string, size: number, phaseX: number, phaseY: number) =>
    memo(glyphs, `${char}\u0000${size}\u0000${phaseX}\u0000${phaseY}`, async () => {
      const glyph = glyphOf(char);
      if (!glyph) return null;
      const scale = size / unitsPerEm();
      const pad = titleWeight(size) / 2 + 1;
      const box = glyph.cbox;
      if (box.maxX <= box.minX) return null; // a space: nothing to draw
      const left = Math.floor(box.minX * scale + phaseX - pad);
      const top = Math.floor(-box.maxY * scale + phaseY - pad);
      const width = Math.ceil(box.maxX * scale + phaseX + pad) - left;
      const height = Math.ceil(-box.minY * scale + phaseY + pad) - top;
      const d = glyph.path
        .scale(scale, -scale)
        .translate(phaseX - left, phaseY - top)
        .toSVG();
      const svg = svgDocument(
        width,
        height,
        `<path d="${d}" fill="#000" stroke="#000" stroke-width="${titleWeight(size)}" stroke-linejoin="round"/>`,
      );
      const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
      return { left, top, width, height, alpha };
    });

  const photo = (source: OgImagePhoto) => {
    const cached = photos.get(source.key);
    if (cached) {
      photos.delete(source.key);
      photos.set(source.key, cached);
      return cached;
    }
    const decoded = source
      .read()
      .then((bytes) =>
        sharp(bytes)
          .resize(OG_PHOTO_SIZE.width, OG_PHOTO_SIZE.height, { fit: 'cover', position: 'attention' })
          .flatten({ background: colours.paper })
          .removeAlpha()
          .raw()
          .toBuffer(),
      )
      .catch(() => null);
    photos.set(source.key, decoded);
    if (photos.size > PHOTO_CACHE_SIZE) photos.delete(photos.keys().next().value!);
    return decoded;
  };

  return {
    async render({ title, section, photo: photoSource }) {
      const pixels = photoSource ? await photo(photoSource) : null;
      const { withImage, size, lines, baselines } = layout(title, Boolean(pixels));
      // Cards are 2.3 MB of pixels: reusing the buffers keeps garbage collection out of large builds.
      const card = spareCards.pop() ?? Buffer.allocUnsafe(W * H * 3);
      (await base(section, withImage)).copy(card);
      if (pixels) {
        const rowBytes = IMAGE_WIDTH * 3;
        for (let y = 0; y < OG_PHOTO_SIZE.height; y++) pixels.copy(card, (y * W + W - IMAGE_WIDTH) * 3, y * rowBytes, (y + 1) * rowBytes);
      }
      for (const [i, line] of lines.entries()) {
        let pen = MARGIN;
        const baseline = baselines[i];
        for (const char of line) {
          const x = quantise(pen);
          const y = quantise(baseline);
          const mask = await glyph(char, size, x - Math.floor(x), y - Math.floor(y));
          if (mask) blend(card, mask, Math.floor(x), Math.floor(y), titleColour);
          pen += widthOf(char, size);
        }
      }
      try {
        // Encoding is most of a card's cost. A JPEG at quality 85 without Huffman optimisation
        // encodes faster than any PNG zlib level and is half the bytes of the photo cards (which
        // matters at 10,000 cards); the text stays crisp at this quality.
        return await sharp(card, { raw: { width: W, height: H, channels: 3 } })
          .jpeg({ quality: 85, optimiseCoding: false })
          .toBuffer();
      } finally {
        spareCards.push(card);
      }
    },
  };
}

function memo<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = make()));
  return value;
}

const quantise = (value: number) => Math.round(value * SUBPIXEL_STEPS) / SUBPIXEL_STEPS;

function hexToRgb(hex: string): [number, number, number] {
  const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
  return [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * Source-over steps: BLEND_STEPS[alpha * 511 + 255 + delta] is round(delta * alpha / 255) for a
 * channel that is `delta` below the text colour. A lookup instead of a division and a rounding per
 * channel: the title's pixels were about a fifth of a large build's card time.
 */
const BLEND_STEPS = (() => {
  const steps = new Int16Array(256 * 511);
  for (let alpha = 0; alpha < 256; alpha++) {
    for (let delta = -255; delta <= 255; delta++) steps[alpha * 511 + 255 + delta] = Math.round((delta * alpha) / 255);
  }
  return steps;
})();

/** Source-over of one colour through a coverage mask onto an RGB image of width W. */
function blend(card: Buffer, mask: GlyphMask, penX: number, baseline: number, [r, g, b]: [number, number, number]): void {
  const firstColumn = Math.max(0, -(penX + mask.left));
  const endColumn = Math.min(mask.width, W - (penX + mask.left));
  for (let y = 0; y < mask.height; y++) {
    const row = baseline + mask.top + y;
    if (row < 0 || row >= H) continue;
    for (let x = firstColumn; x < endColumn; x++) {
      const alpha = mask.alpha[y * mask.width + x];
      if (!alpha) continue;
      const i = (row * W + penX + mask.left + x) * 3;
      const steps = alpha * 511 + 255;
      card[i] += BLEND_STEPS[steps + r - card[i]];
      card[i + 1] += BLEND_STEPS[steps + g - card[i + 1]];
      card[i + 2] += BLEND_STEPS[steps + b - card[i + 2]];
    }
  }
}

/** The square logo for structured data (Organization.logo). */
export async function renderLogo(tokensCss: string): Promise<Buffer> {
  const colours = readColours(tokensCss);
  const size = 512;
  const word = 84;
  const wordWidth = widthOf('hERZland', word);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${colours.paper}"/>
<path d="${HEART}" transform="translate(256 190) scale(6)" fill="${colours.heart}"/>
${brand(colours, (size - wordWidth) / 2, 400, word, false)}</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
