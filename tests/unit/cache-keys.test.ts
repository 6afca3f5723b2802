/** The incremental build's page keys (site/cache-keys.ts) change with what a page shows and where it comes from. */
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarCacheKey, pageCacheKey } from '../../site/cache-keys.ts';
import { readConfig } from '../../site/config.ts';
import type { SiteData } from '../../site/data.ts';
import { routeMap, type DocumentRouteOf, type Route } from '../../site/route-map.ts';
import { fixtureSiteData, slug, type FixtureDocument } from '../fixtures/dataset.ts';

const fixture: FixtureDocument[] = [
  { _id: 'siteSettings', _type: 'siteSettings', title: 'Testseite', jobSearch: { region: 'Testkreis', radiusKm: 25 } },
  { _id: 'town-a', _type: 'town', name: 'Alpha', slug: slug('alpha') },
  {
    _id: 'story-a-de',
    _type: 'story',
    language: 'de',
    title: 'Eine Geschichte',
    slug: slug('eine-geschichte'),
    teaser: 'Kurz erzählt.',
    isExample: true,
    body: [{ _type: 'block', _key: 'b', style: 'normal', children: [{ _type: 'span', _key: 's', text: 'Text.' }] }],
  },
  {
    _id: 'event-a-de',
    _type: 'event',
    language: 'de',
    title: 'Ein Termin',
    slug: slug('ein-termin'),
    start: '2030-05-04',
    place: { name: 'Rathaus', town: { _type: 'reference', _ref: 'town-a' } },
  },
];

describe('page cache keys', () => {
  let data: SiteData;
  let story: Route;
  beforeAll(async () => {
    data = await fixtureSiteData(fixture);
    story = routeMap(data).find((route) => route.kind === 'document' && route.view === 'story')!;
  });
  const embedded = readConfig({ CONTENT_DIR: 'content' });
  const project = (projectId: string, dataset = 'production', apiHost?: string) =>
    readConfig({ SANITY_PROJECT_ID: projectId, SANITY_DATASET: dataset, ...(apiHost ? { SANITY_API_HOST: apiHost } : {}) });

  it('are stable for the same page, data and source', () => {
    expect(story).toBeDefined();
    expect(pageCacheKey(story, data, embedded)).toBe(pageCacheKey(story, data, embedded));
    expect(pageCacheKey(story, data, project('abc123'))).toBe(pageCacheKey(story, data, project('abc123')));
  });

  it('change with the Sanity project, dataset and image host, which are in every image URL', () => {
    const keys = [
      embedded,
      project('abc123'),
      project('xyz789'),
      project('abc123', 'staging'),
      project('abc123', 'production', 'http://localhost:3334'),
    ].map((config) => pageCacheKey(story, data, config));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("of a calendar file change with the event, its town's name and the site's address, and nothing else", async () => {
    const eventRoute = (routes: Route[]) => routes.find((route): route is DocumentRouteOf<'event'> => route.view === 'event')!;
    const key = (documents: FixtureDocument[], config = embedded) =>
      fixtureSiteData(documents).then((d) => calendarCacheKey(eventRoute(routeMap(d)), config));
    const edit = (id: string, change: Partial<FixtureDocument>) => fixture.map((doc) => (doc._id === id ? { ...doc, ...change } : doc));
    const base = await key(fixture);
    expect(base).toBe(calendarCacheKey(eventRoute(routeMap(data)), embedded));
    expect(await key(edit('event-a-de', { title: 'Ein anderer Termin' }))).not.toBe(base);
    expect(await key(edit('event-a-de', { start: '2030-05-05' }))).not.toBe(base);
    expect(await key(edit('town-a', { name: 'Beta' }))).not.toBe(base);
    expect(await key(fixture, readConfig({ CONTENT_DIR: 'content', SITE_URL: 'https://example.org' }))).not.toBe(base);
    // A story's edit is not the calendar file's business.
    expect(await key(edit('story-a-de', { title: 'Eine andere Geschichte' }))).toBe(base);
  });
});
