/**
 * The embedded dataset's images as Astro image imports, looked up by file name. Built once per
 * build (component frontmatter runs on every render, this module only once).
 */
import type { ImageMetadata } from 'astro';
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
  if (!url) thumbnails.set(key, (url = getImage({ src: image, width: Math.min(width, image.width), format: 'webp' }).then((result) => result.src)));
  return url;
}
