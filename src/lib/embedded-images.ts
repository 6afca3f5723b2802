/**
 * The embedded dataset's images as Astro image imports, looked up by file name. Built once per
 * build (component frontmatter runs on every render, this module only once).
 */
import type { GetImageResult, ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

const modules = import.meta.glob<ImageMetadata>('$content/images/*.{png,jpg,jpeg,webp,avif,gif,svg}', { eager: true, import: 'default' });
const byFileName = new Map(Object.entries(modules).map(([path, meta]) => [path.slice(path.lastIndexOf('/') + 1), meta]));

export function embeddedImage(file: string | undefined): ImageMetadata | undefined {
  return file ? byFileName.get(file) : undefined;
}

const thumbnails = new Map<string, Promise<string>>();
/** URL of a small WebP of an embedded image; the same image on many pages is processed once. */
export function embeddedThumbnail(file: string, width: number): Promise<string> | undefined {
  const image = byFileName.get(file);
  if (!image || image.format === 'svg') return undefined;
  const key = `${file}@${width}`;
  let url = thumbnails.get(key);
  if (!url)
    thumbnails.set(key, (url = getImage({ src: image, width: Math.min(width, image.width), format: 'webp' }).then((result) => result.src)));
  return url;
}

/** An embedded image as <picture> needs it: AVIF for the <source>, WebP for the <img> (SVG as is). */
export interface EmbeddedPicture {
  avifSrcset?: string;
  src: string;
  srcset?: string;
  width: number;
  height: number;
}

const pictures = new Map<string, Promise<EmbeddedPicture>>();
/**
 * The derivatives of an embedded image at these widths. getImage hashes its options on every call,
 * which cost more than the rest of a card's rendering at 10,000 pages: each image at each set of
 * widths is resolved once per build, however many pages show it.
 */
export function embeddedPicture(file: string, widths: readonly number[]): Promise<EmbeddedPicture> | undefined {
  const image = byFileName.get(file);
  if (!image) return undefined;
  const key = `${file}@${widths.join()}`;
  let picture = pictures.get(key);
  if (!picture) pictures.set(key, (picture = resolvePicture(image, widths)));
  return picture;
}

async function resolvePicture(image: ImageMetadata, widths: readonly number[]): Promise<EmbeddedPicture> {
  const size = (result: GetImageResult) => ({
    width: Number(result.attributes.width ?? image.width),
    height: Number(result.attributes.height ?? image.height),
  });
  if (image.format === 'svg') {
    const svg = await getImage({ src: image, format: 'svg' });
    return { src: svg.src, ...size(svg) };
  }
  const [avif, webp] = await Promise.all(
    (['avif', 'webp'] as const).map((format) => getImage({ src: image, widths: [...widths], format })),
  );
  return { avifSrcset: avif.srcSet.attribute, src: webp.src, srcset: webp.srcSet.attribute, ...size(webp) };
}
