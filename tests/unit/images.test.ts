import { describe, expect, it } from 'vitest';
import { localImageFile, remoteImage, sanityImageOrigin } from '../../site/images.ts';

const asset = {
  _id: 'image-0123456789abcdef0123456789abcdef01234567-2000x1000-jpg',
  url: 'https://cdn.sanity.io/images/abc123/production/0123456789abcdef0123456789abcdef01234567-2000x1000.jpg',
  width: 2000,
  height: 1000,
};
const project = { projectId: 'abc123', dataset: 'production' };

describe('images', () => {
  it('recognises embedded assets by their file:// URL', () => {
    expect(localImageFile({ asset: { ...asset, url: 'file://./images/abc-10x10.png' } })).toBe('abc-10x10.png');
    expect(localImageFile({ asset })).toBeUndefined();
  });

  it('builds Sanity CDN srcsets in the requested aspect ratio, never wider than the original', () => {
    const image = remoteImage({ asset, alt: 'x' }, project, 3 / 2)!;
    const candidates = image.srcset.split(', ');
    expect(candidates.map((c) => c.split(' ')[1])).toEqual(['320w', '640w', '960w', '1280w', '1600w']);
    const largest = new URL(image.src);
    expect(largest.origin + largest.pathname).toBe(
      'https://cdn.sanity.io/images/abc123/production/0123456789abcdef0123456789abcdef01234567-2000x1000.jpg',
    );
    expect(largest.searchParams.get('w')).toBe('1600');
    expect(largest.searchParams.get('h')).toBe('1067');
    expect(largest.searchParams.get('auto')).toBe('format');
    expect([image.width, image.height]).toEqual([1600, 1067]);
  });

  it('applies crop and hotspot', () => {
    const image = remoteImage(
      {
        asset,
        crop: { top: 0.1, bottom: 0.1, left: 0, right: 0.5 },
        hotspot: { x: 0.25, y: 0.5, width: 0.2, height: 0.2 },
      },
      project,
      1,
    )!;
    expect(new URL(image.src).searchParams.get('rect')).toBe('100,100,800,800'); // 800 px tall crop, square around the hotspot (x = 0.25 → 500 px);
  });

  it('takes images from the stand-in that answers the API when there is one (SANITY_API_HOST, the local Content Lake)', () => {
    expect(sanityImageOrigin({})).toBe('https://cdn.sanity.io');
    const lake = { ...project, apiHost: 'http://localhost:4301' };
    expect(sanityImageOrigin(lake)).toBe('http://localhost:4301');
    const image = remoteImage({ asset }, lake, 2, [640])!;
    const url = new URL(image.src);
    expect(url.origin + url.pathname).toBe(
      'http://localhost:4301/images/abc123/production/0123456789abcdef0123456789abcdef01234567-2000x1000.jpg',
    );
    expect(image.srcset).toBe(`${image.src} 640w`);
  });

  it('has no image without asset dimensions', () => {
    expect(remoteImage({ asset: { ...asset, width: null } }, project)).toBeUndefined();
  });
});
