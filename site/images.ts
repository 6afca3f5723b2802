/**
 * Images: one description for both sources. Remote assets (a Sanity project) get Sanity image CDN
 * URLs with hotspot/crop; embedded assets (`file://./images/…`) go through Astro's image pipeline.
 */
import { createImageUrlBuilder } from '@sanity/image-url';
import type { SanityProjectConfig } from './config.ts';

export interface ImageAssetValue {
  _id: string;
  url: string | null;
  width: number | null;
  height: number | null;
}
export interface ImageValue {
  alt?: string | null;
  caption?: string | null;
  credit?: string | null;
  hotspot?: { x?: number; y?: number; height?: number; width?: number } | null;
  crop?: { top?: number; bottom?: number; left?: number; right?: number } | null;
  asset?: ImageAssetValue | null;
}

const LOCAL_PREFIX = 'file://./images/';

/** Widths offered in srcset: phone, tablet, desktop column, wide hero. */
export const IMAGE_WIDTHS = [320, 640, 960, 1280, 1600] as const;
/**
 * Largest width a box up to 640 CSS px wide needs (heroes, cards: full width on a phone of up to
 * 430 px at 3 device pixels per px, under 30rem at 2x on desktops). Only body images, up to 45rem
 * at 2x, need 1600; every width more is an encode more per image in the build.
 */
export const BOX_MAX_WIDTH = 1280;

export function localImageFile(image: ImageValue | null | undefined): string | undefined {
  const url = image?.asset?.url;
  return url?.startsWith(LOCAL_PREFIX) ? url.slice(LOCAL_PREFIX.length) : undefined;
}

export interface RemoteImage {
  src: string;
  srcset: string;
  width: number;
  height: number;
}

/**
 * Where a project's images are served: Sanity's image CDN, or the stand-in that also answers the
 * API (SANITY_API_HOST: the local Content Lake serves the files of its dataset folder there).
 */
export function sanityImageOrigin(project: Pick<SanityProjectConfig, 'apiHost'>): string {
  return project.apiHost ? new URL(project.apiHost).origin : 'https://cdn.sanity.io';
}

/** Sanity CDN URLs honouring hotspot and crop, for a box of the given aspect ratio (width/height). */
export function remoteImage(
  image: ImageValue,
  project: Pick<SanityProjectConfig, 'projectId' | 'dataset' | 'apiHost'>,
  aspectRatio?: number,
  widths: readonly number[] = IMAGE_WIDTHS,
): RemoteImage | undefined {
  const asset = image.asset;
  if (!asset?._id || !asset.width || !asset.height) return undefined;
  const ratio = aspectRatio ?? asset.width / asset.height;
  const builder = createImageUrlBuilder({ projectId: project.projectId, dataset: project.dataset, baseUrl: sanityImageOrigin(project) });
  const usable = widths.filter((w) => w <= asset.width!);
  const candidates = usable.length ? usable : [asset.width];
  const source = { asset: { _ref: asset._id }, hotspot: image.hotspot ?? undefined, crop: image.crop ?? undefined };
  const url = (w: number) =>
    builder
      .image(source)
      .width(w)
      .height(Math.round(w / ratio))
      .fit('crop')
      .auto('format')
      .url();
  const largest = candidates[candidates.length - 1];
  return {
    src: url(largest),
    srcset: candidates.map((w) => `${url(w)} ${w}w`).join(', '),
    width: largest,
    height: Math.round(largest / ratio),
  };
}
