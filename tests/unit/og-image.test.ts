/**
 * Open Graph cards: the fast renderer draws what the design's reference SVG draws, photos and
 * broken photos behave, every page gets a job, and the worker pipeline writes, caches and fails
 * loudly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../site/config.ts';
import type { SiteData } from '../../site/data.ts';
import { createOgRenderer, ogImageSvg, wrapText } from '../../site/og-image.ts';
import { routeMap } from '../../site/route-map.ts';
import { ogImagePath } from '../../site/seo.ts';
import { ogJobs, readTokensCss, startOgImages } from '../../scripts/og-images.ts';
import { fixtureImage, fixtureSiteData, ref, slug, writeDataset, type FixtureDocument } from '../fixtures/dataset.ts';

/** A small dataset for the card jobs and the worker pipeline (the build renders the real cards once). */
const fixture: FixtureDocument[] = [
  { _id: 'siteSettings', _type: 'siteSettings', title: 'Testseite' },
  { _id: 'town-a', _type: 'town', name: 'Alpha', slug: slug('alpha') },
  {
    _id: 'story-a-de',
    _type: 'story',
    language: 'de',
    title: 'Zurück nach Alpha',
    slug: slug('zurueck'),
    previousSlugs: ['frueher'],
    town: ref('town-a'),
    image: fixtureImage('story-a'),
    publishedAt: '2026-01-01T00:00:00Z',
  },
  {
    _id: 'story-b-en',
    _type: 'story',
    language: 'en',
    title: 'Back to Alpha',
    slug: slug('back'),
    town: ref('town-a'),
    image: fixtureImage('story-b'),
    publishedAt: '2026-01-02T00:00:00Z',
  },
];

const W = 1200;
const H = 630;
const PHOTO_LEFT = W - 456;
/** Mean difference (levels of 0–255) below which a card counts as the reference drawing. */
const MATCH = 3;
const host = 'herzland.example';
const tokensCss = readTokensCss();
const title = 'Zurück ins Erzgebirge: Wie Jana als Mechatronikerin in Annaberg-Buchholz neu anfing';
const section = 'hERZland-Geschichten';

const pixels = async (image: Buffer) => sharp(image).flatten().removeAlpha().raw().toBuffer();
/** Mean absolute difference per channel (0–255) over the columns [from, to). */
function difference(a: Buffer, b: Buffer, from = 0, to = W): number {
  let sum = 0;
  let count = 0;
  for (let y = 0; y < H; y++) {
    for (let i = (y * W + from) * 3; i < (y * W + to) * 3; i++) {
      sum += Math.abs(a[i] - b[i]);
      count += 1;
    }
  }
  return sum / count;
}
const reference = (withImage: boolean) => pixels(Buffer.from(ogImageSvg({ title, section, host, tokensCss }, withImage)));
const someImage = () => {
  const dir = path.resolve('content/images');
  return path.join(
    dir,
    fs.readdirSync(dir).find((file) => /\.(webp|png|jpe?g)$/.test(file))!,
  );
};

describe('the card renderer', () => {
  const renderer = createOgRenderer({ host, tokensCss });

  it('makes a 1200×630 JPEG that matches the reference drawing', async () => {
    const card = await renderer.render({ title, section });
    const meta = await sharp(card).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', W, H]);
    // JPEG noise and quarter-pixel glyph placement stay under about 1.5 levels on average…
    expect(difference(await pixels(card), await reference(false))).toBeLessThan(MATCH);
    // …while another title is 10+ levels off: the comparison tells cards apart.
    const other = await renderer.render({ title: 'Ein ganz anderer Titel', section });
    expect(difference(await pixels(other), await reference(false))).toBeGreaterThan(2 * MATCH);
  });

  it('puts the photo on the right and keeps the text column as designed', async () => {
    const bytes = fs.readFileSync(someImage());
    const card = await pixels(await renderer.render({ title, section, photo: { key: 'photo', read: async () => bytes } }));
    const designed = await reference(true);
    expect(difference(card, designed, 0, PHOTO_LEFT)).toBeLessThan(MATCH);
    expect(difference(card, designed, PHOTO_LEFT, W)).toBeGreaterThan(10); // the photo, not the paper background
  });

  it('leaves out a photo that cannot be decoded', async () => {
    const card = await renderer.render({ title, section, photo: { key: 'broken', read: async () => Buffer.from('not an image') } });
    expect(difference(await pixels(card), await reference(false))).toBeLessThan(MATCH);
  });

  it('wraps long titles and shortens what does not fit with an ellipsis', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Wort${i}`).join(' ');
    const { lines, overflow } = wrapText(long, 48, 600, 3);
    expect(lines).toHaveLength(3);
    expect(overflow).toBe(true);
    expect(lines[2].endsWith(' …')).toBe(true);
    expect(wrapText('Kurz', 48, 600, 3)).toEqual({ lines: ['Kurz'], overflow: false });
  });
});

describe('card jobs', () => {
  let data: SiteData;
  const fixtureDir = writeDataset(fixture);
  beforeAll(async () => {
    data = await fixtureSiteData(fixture);
  });

  it("has one job per page, each at the page's og:image path, with the document's own image", () => {
    const routes = routeMap(data);
    const jobs = ogJobs(data, tokensCss, host, readConfig({ CONTENT_DIR: fixtureDir }));
    expect(jobs.map((job) => `/${job.file}`)).toEqual(routes.map((route) => ogImagePath(route)));
    expect(new Set(jobs.map((job) => job.file)).size).toBe(jobs.length);
    const story = routes.find((route) => route.kind === 'document' && route.doc._type === 'story')!;
    const job = jobs[routes.indexOf(story)];
    expect(job.title).toBe((story as { doc: { title: string } }).doc.title);
    expect(fs.existsSync(job.photo!.file!), job.photo!.file).toBe(true);
  });

  it('keys the cache by everything the card shows', () => {
    const [first] = ogJobs(data, tokensCss, host);
    const renamed = ogJobs({ ...data, settings: { ...data.settings, title: 'Anders' } }, tokensCss, host)[0];
    expect(ogJobs(data, tokensCss, host)[0].cacheKey).toBe(first.cacheKey);
    expect(ogJobs(data, `${tokensCss} `, host)[0].cacheKey).not.toBe(first.cacheKey);
    expect(ogJobs(data, tokensCss, 'other.example')[0].cacheKey).not.toBe(first.cacheKey);
    expect(renamed.cacheKey).not.toBe(first.cacheKey); // the home page shows the site title
  });

  it('asks the Sanity image CDN for the photo when a project is configured, with its crop', () => {
    const config = readConfig({ SANITY_PROJECT_ID: 'abc123' });
    const asset = {
      _id: 'image-0123456789abcdef0123456789abcdef01234567-2000x1000-jpg',
      url: 'https://cdn.sanity.io/x.jpg',
      width: 2000,
      height: 1000,
    };
    const story = data.stories[0];
    const remote = {
      ...data,
      stories: [{ ...story, image: { ...story.image, asset, crop: { top: 0, bottom: 0, left: 0, right: 0.5 } } }],
    } as SiteData;
    const job = ogJobs(remote, tokensCss, host, config).find((j) => j.title === story.title)!;
    const url = new URL(job.photo!.url!);
    expect(url.origin + url.pathname).toBe(
      'https://cdn.sanity.io/images/abc123/production/0123456789abcdef0123456789abcdef01234567-2000x1000.jpg',
    );
    expect(url.searchParams.get('rect')).not.toBeNull();
    expect([url.searchParams.get('w'), url.searchParams.get('h')]).toEqual(['912', '1232']);
  });
});

describe('the card pipeline', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-og-test-'));
  const previous = { OG_CACHE_DIR: process.env.OG_CACHE_DIR, CONTENT_DIR: process.env.CONTENT_DIR };
  let routes: ReturnType<typeof routeMap>;
  beforeAll(async () => {
    // The workers load the content themselves: they inherit CONTENT_DIR.
    process.env.OG_CACHE_DIR = path.join(work, 'cache');
    process.env.CONTENT_DIR = writeDataset(fixture);
    routes = routeMap(await fixtureSiteData(fixture));
  });
  afterAll(() => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('writes every card and the logo, and a second build links them all from the cache', async () => {
    const pages = routes.length;
    const first = await startOgImages({ outDir: path.join(work, 'one') }).done;
    expect([first.written, first.cached]).toEqual([pages + 1, 0]);
    // The first worker reports the redirects too: the build does not load the content again for them.
    expect(first.redirects).toEqual([{ from: '/geschichten/frueher/', to: '/geschichten/zurueck/', language: 'de', id: 'story-a-de' }]);
    const second = await startOgImages({ outDir: path.join(work, 'two') }).done;
    expect([second.written, second.cached]).toEqual([pages + 1, pages]);
    for (const route of routes) {
      const file = path.join(work, 'two', ogImagePath(route));
      const firstCard = path.join(work, 'one', ogImagePath(route));
      expect(fs.readFileSync(file).equals(fs.readFileSync(firstCard)), file).toBe(true);
      // Taken from the cache as a hard link to the card rendered first, not copied byte by byte.
      expect(fs.statSync(file).ino, file).toBe(fs.statSync(firstCard).ino);
    }
    expect((await sharp(path.join(work, 'two', 'og', 'logo.png')).metadata()).width).toBe(512);
  }, 120_000);

  it('fails with the card it could not write', async () => {
    const blocked = path.join(work, 'blocked');
    fs.writeFileSync(blocked, 'a file where the output folder should be');
    await expect(startOgImages({ outDir: blocked }).done).rejects.toThrow(/Open Graph image og\//);
  }, 60_000);
});
