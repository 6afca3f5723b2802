/**
 * A new routed type is one registry entry (plus its schema and its view): a fixture type `vacancy`
 * (tests/fixtures/content-type/vacancy.ts) comes in through HERZLAND_EXTRA_CONTENT_TYPES, and the
 * data layer loads it, the route map routes it with its translations, links and redirects lead to
 * it and the sitemap and search index list it – with no other change to the code.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { FixtureDocument } from '../fixtures/dataset.ts';

process.env.HERZLAND_EXTRA_CONTENT_TYPES = path.resolve('tests/fixtures/content-type/vacancy.ts');
// The registry reads the hook when it is first imported, so everything is imported after setting it.
const { fixtureSiteData, slug, translationGroup } = await import('../fixtures/dataset.ts');
const { routeMap } = await import('../../site/route-map.ts');
const { documentPath } = await import('../../site/routes.ts');
const { redirectsOf } = await import('../../site/redirects.ts');
const { sitemapEntry } = await import('../../site/sitemap.ts');
const { isSearchIndexed } = await import('../../site/search.ts');
const { contentTypeOf } = await import('../../site/content-types.ts');

const vacancy = (id: string, language: string, current: string, fields: Record<string, unknown> = {}): FixtureDocument => ({
  _id: id,
  _type: 'vacancy',
  title: `Ausbildung ${current}`,
  slug: slug(current),
  language,
  summary: 'Drei Jahre, Start im August.',
  ...fields,
});
const documents: FixtureDocument[] = [
  { _id: 'siteSettings', _type: 'siteSettings', title: 'hERZland' },
  vacancy('vacancy-mechatronik', 'de', 'mechatronik', { previousSlugs: ['mechatroniker'] }),
  vacancy('vacancy-mechatronics', 'en', 'mechatronics'),
  vacancy('vacancy-pflege', 'de', 'pflege', { seo: { noIndex: true } }),
  translationGroup('vacancy', { de: 'vacancy-mechatronik', en: 'vacancy-mechatronics' }),
];

let data: Awaited<ReturnType<typeof fixtureSiteData>>;
let routes: ReturnType<typeof routeMap>;
beforeAll(async () => {
  data = await fixtureSiteData(documents);
  routes = routeMap(data);
});
const routeOf = (id: string) => routes.find((route) => route.kind === 'document' && route.doc._id === id);

describe('a routed type added through the registry alone', () => {
  it('is registered and loaded under its data key', () => {
    expect(contentTypeOf('vacancy')?.view).toBe('vacancy');
    // Registered at run time: SiteData's type does not list the key.
    const loaded = 'vacancies' in data && Array.isArray(data.vacancies) ? data.vacancies : [];
    expect(loaded.map((doc: { _id: string }) => doc._id).sort()).toEqual(['vacancy-mechatronics', 'vacancy-mechatronik', 'vacancy-pflege']);
  });

  it('gets a page in its section per language, rendered by its view', () => {
    expect(routeOf('vacancy-mechatronik')).toMatchObject({
      kind: 'document',
      view: 'vacancy',
      section: 'jobs',
      language: 'de',
      path: '/jobs/mechatronik/',
    });
    expect(routeOf('vacancy-mechatronics')?.path).toBe('/en/jobs/mechatronics/');
  });

  it('links the translations both ways and is the target of links and redirects', () => {
    const alternates = { de: '/jobs/mechatronik/', en: '/en/jobs/mechatronics/' };
    expect(routeOf('vacancy-mechatronik')?.alternates).toEqual(alternates);
    expect(routeOf('vacancy-mechatronics')?.alternates).toEqual(alternates);
    expect(documentPath({ _type: 'vacancy', language: 'en', slug: 'mechatronics' })).toBe('/en/jobs/mechatronics/');
    expect(redirectsOf(routes)).toContainEqual({
      from: '/jobs/mechatroniker/',
      to: '/jobs/mechatronik/',
      language: 'de',
      id: 'vacancy-mechatronik',
    });
  });

  it('is listed in the sitemap and the search index, unless a document asks for noindex', () => {
    const entry = sitemapEntry(routeOf('vacancy-mechatronik'), data, 'https://example.org');
    expect(entry?.url).toBe('https://example.org/jobs/mechatronik/');
    expect(entry?.links).toContainEqual({ lang: 'en', url: 'https://example.org/en/jobs/mechatronics/' });
    expect(isSearchIndexed(routeOf('vacancy-mechatronik')!)).toBe(true);
    expect(sitemapEntry(routeOf('vacancy-pflege'), data, 'https://example.org')).toBeUndefined();
    expect(isSearchIndexed(routeOf('vacancy-pflege')!)).toBe(false);
  });

  it('refuses an extra entry that would replace a configured type', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-types-')), 'story.ts');
    fs.writeFileSync(file, "export default { story: { query: '*[_type == \"story\"]', data: 'stories', view: 'story' } };\n");
    process.env.HERZLAND_EXTRA_CONTENT_TYPES = file;
    vi.resetModules();
    await expect(import('../../site/content-types.ts')).rejects.toThrow(/"story" must be a new type/);
  });
});
