import { describe, expect, it } from 'vitest';
import {
  PAGE_SIZE,
  filterNavigation,
  findRelatedPosts,
  findRelatedStories,
  groupByTopic,
  guideListing,
  listingPath,
  listingRoutes,
  listingTitle,
  moreStories,
  paginate,
  postListing,
  relatedPosts,
  relatedStories,
  storyListing,
} from '../../site/collections.ts';
import { buildRouteMap, languageSwitchTarget } from '../../site/route-map.ts';
import { pageGraph } from '../../site/structured-data.ts';
import type { SitePost, SiteData, SiteStory, SiteWelcomeGuide } from '../../site/data.ts';
import { languageIds } from '../../site/i18n/index.ts';
import { guideAudiences, postCategories, storyKinds } from '../../studio/schemaTypes/enums.ts';

// Minimal documents: only the fields the collections read.
const town = (slug: string, name: string) => ({ _id: `town-${slug}`, slug, name });
const branch = (slug: string, de: string, en: string) => ({ _id: `branch-${slug}`, slug, title: { de, en } });
const aue = town('aue-bad-schlema', 'Aue-Bad Schlema');
const annaberg = town('annaberg-buchholz', 'Annaberg-Buchholz');
const handwerk = branch('handwerk', 'Handwerk', 'Skilled trades');
const pflege = branch('gesundheit-soziales', 'Gesundheit & Soziales', 'Health & social care');

let seq = 0;
function story(language: string, fields: Partial<Record<'town' | 'branch' | 'kind' | 'publishedAt', unknown>> = {}): SiteStory {
  seq += 1;
  return {
    _id: `story-${seq}-${language}`,
    _type: 'story',
    slug: `s-${seq}`,
    language,
    title: `Story ${seq}`,
    publishedAt: `2026-01-${String((seq % 28) + 1).padStart(2, '0')}T00:00:00Z`,
    ...fields,
  } as unknown as SiteStory;
}
function post(language: string, category: string, day = 1): SitePost {
  seq += 1;
  return {
    _id: `post-${seq}-${language}`,
    _type: 'post',
    slug: `p-${seq}`,
    language,
    category,
    title: `Post ${seq}`,
    publishedAt: `2026-02-${String(day).padStart(2, '0')}T00:00:00Z`,
  } as unknown as SitePost;
}
function guide(language: string, topic: string, audience: string[]): SiteWelcomeGuide {
  seq += 1;
  return {
    _id: `guide-${seq}-${language}`,
    _type: 'welcomeGuide',
    slug: `g-${seq}`,
    language,
    topic,
    audience,
    title: `Guide ${seq}`,
  } as unknown as SiteWelcomeGuide;
}
function siteData(parts: Partial<SiteData>): SiteData {
  return {
    settings: {} as SiteData['settings'],
    regionFacts: null as unknown as SiteData['regionFacts'],
    towns: [annaberg, aue] as SiteData['towns'],
    branches: [handwerk, pflege] as SiteData['branches'],
    members: [],
    actionFields: [],
    stories: [],
    guides: [],
    posts: [],
    documents: [],
    projects: [],
    events: [],
    orientationPages: [],
    pages: [],
    translations: new Map(),
    ...parts,
  };
}
const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

describe('paginate', () => {
  it('always has a first page, even for no items', () => {
    expect(paginate([])).toEqual([[]]);
  });
  it('puts exactly 12 items on one page and the 13th on a second', () => {
    expect(PAGE_SIZE).toBe(12);
    expect(paginate(times(12, (i) => i)).map((p) => p.length)).toEqual([12]);
    expect(paginate(times(13, (i) => i)).map((p) => p.length)).toEqual([12, 1]);
    expect(paginate(times(25, (i) => i)).map((p) => p.length)).toEqual([12, 12, 1]);
  });
  it('keeps the order and rejects a page size below 1', () => {
    expect(paginate([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(() => paginate([1], 0)).toThrow(/positive integer/);
  });
});

describe('listingPath', () => {
  it('builds filter and page URLs from the i18n segments; page 1 is the plain URL', () => {
    expect(listingPath('de', 'blog')).toBe('/blog/');
    expect(listingPath('de', 'blog', { page: 1 })).toBe('/blog/');
    expect(listingPath('de', 'blog', { page: 2 })).toBe('/blog/seite/2/');
    expect(listingPath('en', 'blog', { page: 2 })).toBe('/en/blog/page/2/');
    expect(listingPath('de', 'blog', { filter: { dimension: 'category', slug: 'ausbildung' }, page: 3 })).toBe(
      '/blog/kategorie/ausbildung/seite/3/',
    );
    expect(listingPath('de', 'stories', { filter: { dimension: 'town', slug: 'aue-bad-schlema' } })).toBe(
      '/geschichten/ort/aue-bad-schlema/',
    );
    expect(listingPath('en', 'stories', { filter: { dimension: 'branch', slug: 'handwerk' } })).toBe('/en/stories/branch/handwerk/');
    expect(listingPath('de', 'welcome', { filter: { dimension: 'audience', slug: 'international' } })).toBe(
      '/willkommen/fuer/international/',
    );
  });

  it("uses the language's own slug for schema values, the value itself where it has none", () => {
    expect(listingPath('en', 'stories', { filter: { dimension: 'kind', slug: 'rueckkehrer' } })).toBe('/en/stories/kind/returnees/');
    expect(listingPath('de', 'stories', { filter: { dimension: 'kind', slug: 'rueckkehrer' } })).toBe('/geschichten/art/rueckkehrer/');
    expect(listingPath('en', 'blog', { filter: { dimension: 'category', slug: 'duales-studium' }, page: 2 })).toBe(
      '/en/blog/category/dual-study/page/2/',
    );
    expect(listingPath('en', 'welcome', { filter: { dimension: 'audience', slug: 'international' } })).toBe(
      '/en/welcome/for/international/',
    );
  });

  it('gives every value of a dimension its own URL-safe slug in every language', () => {
    for (const language of languageIds) {
      for (const [dimension, values] of [
        ['kind', storyKinds],
        ['audience', guideAudiences],
        ['category', postCategories],
      ] as const) {
        const slugs = values.map(({ value }) =>
          listingPath(language, 'blog', { filter: { dimension, slug: value } })
            .split('/')
            .at(-2)!,
        );
        expect(new Set(slugs).size, `${language} ${dimension}`).toBe(values.length);
        for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
  });
});

describe('story listing and filter pages', () => {
  const stories = [
    story('de', { town: aue, branch: pflege, kind: 'international' }),
    story('de', { town: annaberg, branch: pflege, kind: 'rueckkehrer' }),
    story('en', { town: aue, branch: pflege, kind: 'international' }),
  ];
  const data = siteData({ stories });

  it('offers only filters that have stories, in the branch table / kind order, with counts', () => {
    const listing = storyListing(data, 'de');
    expect(listing.all).toHaveLength(2);
    expect(listing.groups.map((g) => g.dimension)).toEqual(['branch', 'town', 'kind']);
    expect(listing.groups[0].options).toEqual([
      { dimension: 'branch', slug: 'gesundheit-soziales', label: 'Gesundheit & Soziales', count: 2 },
    ]);
    expect(listing.groups[2].options.map((o) => o.slug)).toEqual(['rueckkehrer', 'international']);
    expect(storyListing(data, 'en').groups[0].options[0].label).toBe('Health & social care');
  });

  it('narrows the items to a filter; an unknown filter is empty', () => {
    const listing = storyListing(data, 'de');
    expect(listing.items({ dimension: 'town', slug: 'aue-bad-schlema' }).map((s) => s._id)).toEqual([stories[0]._id]);
    expect(listing.items({ dimension: 'branch', slug: 'handwerk' })).toEqual([]);
  });

  it('generates filter pages only for non-empty filters, with alternates only where the filter exists', () => {
    const routes = listingRoutes(data).filter((r) => r.section === 'stories');
    const paths = routes.map((r) => r.path);
    expect(paths).toContain('/geschichten/ort/annaberg-buchholz/');
    expect(paths).toContain('/en/stories/town/aue-bad-schlema/');
    expect(paths).not.toContain('/geschichten/branche/handwerk/');
    expect(paths).not.toContain('/en/stories/town/annaberg-buchholz/');
    const aueDe = routes.find((r) => r.path === '/geschichten/ort/aue-bad-schlema/')!;
    expect(aueDe.alternates).toEqual({ de: '/geschichten/ort/aue-bad-schlema/', en: '/en/stories/town/aue-bad-schlema/' });
    const annabergDe = routes.find((r) => r.path === '/geschichten/ort/annaberg-buchholz/')!;
    expect(annabergDe.alternates).toEqual({ de: '/geschichten/ort/annaberg-buchholz/' });
  });

  it('puts filter pages into the route map; the language switch falls back to the section index', () => {
    const routes = buildRouteMap(data);
    const annabergDe = routes.find((r) => r.path === '/geschichten/ort/annaberg-buchholz/')!;
    expect(annabergDe).toMatchObject({
      kind: 'section',
      view: 'storyIndex',
      section: 'stories',
      params: { filter: { dimension: 'town', slug: 'annaberg-buchholz' } },
    });
    expect(languageSwitchTarget(annabergDe, 'en')).toBe('/en/stories/');
    const aueDe = routes.find((r) => r.path === '/geschichten/ort/aue-bad-schlema/')!;
    expect(languageSwitchTarget(aueDe, 'en')).toBe('/en/stories/town/aue-bad-schlema/');
    // The plain index comes first, so samplers that take the first route of a view get the index.
    expect(routes.find((r) => r.kind === 'section' && r.view === 'storyIndex' && r.language === 'de')!.path).toBe('/geschichten/');
  });

  it('titles a filter page with the filter label', () => {
    expect(listingTitle(data, 'stories', 'de', { filter: { dimension: 'town', slug: 'aue-bad-schlema' } })).toBe(
      'hERZland-Geschichten: Aue-Bad Schlema',
    );
    expect(listingTitle(data, 'blog', 'en', { page: 2 })).toBe('Training & study – Page 2');
  });

  it('links the filter navigation: all stories and one group per dimension, the active filter marked', () => {
    const active = { dimension: 'town', slug: 'aue-bad-schlema' } as const;
    const navigation = filterNavigation(storyListing(data, 'de'), 'de', 'stories', { active, allLabel: 'Alle', counts: true });
    expect(navigation.all).toEqual({ href: '/geschichten/', label: 'Alle', count: 2, current: false });
    expect(navigation.groups.map((g) => g.title)).toEqual(['Branche', 'Ort', 'Art']);
    expect(navigation.groups[1].links).toEqual([
      { href: '/geschichten/ort/annaberg-buchholz/', label: 'Annaberg-Buchholz', count: 1, current: false },
      { href: '/geschichten/ort/aue-bad-schlema/', label: 'Aue-Bad Schlema', count: 1, current: true },
    ]);
    const unfiltered = filterNavigation(storyListing(data, 'en'), 'en', 'stories', { allLabel: 'All', counts: false });
    expect(unfiltered.all).toEqual({ href: '/en/stories/', label: 'All', current: true });
    expect(unfiltered.groups.flatMap((g) => g.links).every((link) => !('count' in link) && !link.current)).toBe(true);
  });

  it('is computed once per data object', () => {
    expect(storyListing(data, 'de')).toBe(storyListing(data, 'de'));
    expect(storyListing(siteData({ stories }), 'de')).not.toBe(storyListing(data, 'de'));
  });
});

describe('blog pagination routes', () => {
  it('has no second page for 12 posts and one for 13, per language and per category', () => {
    const data = siteData({
      posts: [
        ...times(13, (i) => post('de', i < 12 ? 'ausbildung' : 'praktikum', i + 1)),
        ...times(12, (i) => post('en', 'ausbildung', i + 1)),
      ],
    });
    const paths = listingRoutes(data)
      .filter((r) => r.section === 'blog')
      .map((r) => r.path);
    expect(paths).toContain('/blog/seite/2/');
    expect(paths).not.toContain('/blog/seite/3/');
    expect(paths).not.toContain('/en/blog/page/2/');
    expect(paths).toContain('/blog/kategorie/ausbildung/');
    expect(paths).not.toContain('/blog/kategorie/ausbildung/seite/2/');
    expect(paths).toContain('/en/blog/category/apprenticeships/');
    expect(paths).not.toContain('/blog/kategorie/ferienjob/');
    const page2 = listingRoutes(data).find((r) => r.path === '/blog/seite/2/')!;
    expect(page2.params).toEqual({ page: 2 });
    expect(page2.alternates).toEqual({ de: '/blog/seite/2/' });
    expect(postListing(data, 'de').items({ dimension: 'category', slug: 'praktikum' })).toHaveLength(1);
  });

  it('writes no listing pages at all for an empty blog', () => {
    expect(listingRoutes(siteData({})).filter((r) => r.section === 'blog')).toEqual([]);
  });
});

describe('related items', () => {
  it('related stories share branch or town, exclude the story itself and other languages, both matches first', () => {
    const base = story('de', { town: aue, branch: pflege, kind: 'international', publishedAt: '2026-01-01T00:00:00Z' });
    const sameBoth = story('de', { town: aue, branch: pflege, publishedAt: '2025-01-01T00:00:00Z' });
    const sameTown = story('de', { town: aue, branch: handwerk, publishedAt: '2026-06-01T00:00:00Z' });
    const unrelated = story('de', { town: annaberg, branch: handwerk });
    const otherLanguage = story('en', { town: aue, branch: pflege });
    const all = [base, sameBoth, sameTown, unrelated, otherLanguage];
    expect(findRelatedStories(all, base).map((s) => s._id)).toEqual([sameBoth._id, sameTown._id]);
    const data = siteData({ stories: all });
    expect(relatedStories(data, base)).toEqual([sameBoth, sameTown]);
    expect(moreStories(data, base)).toEqual([unrelated]);
    expect(relatedStories(data, otherLanguage)).toEqual([]);
  });

  it('related posts share the category and language, newest first, never the post itself', () => {
    const a = post('de', 'ausbildung', 1);
    const b = post('de', 'ausbildung', 5);
    const c = post('de', 'praktikum', 9);
    const d = post('en', 'ausbildung', 9);
    expect(findRelatedPosts([a, b, c, d], a)).toEqual([b]);
    expect(relatedPosts(siteData({ posts: [a, b, c, d] }), b)).toEqual([a]);
    expect(
      findRelatedPosts(
        times(6, (i) => post('de', 'ausbildung', i + 1)),
        post('de', 'ausbildung'),
      ),
    ).toHaveLength(3);
  });

  it('the indexed lookups pick exactly what scoring every story against every story picks', () => {
    // The obvious quadratic definition, as the reference for the indexes.
    const time = (s: SiteStory) => Date.parse(s.publishedAt ?? '') || 0;
    const score = (a: SiteStory, b: SiteStory) =>
      Number(Boolean(a.branch?.slug) && a.branch?.slug === b.branch?.slug) + Number(Boolean(a.town?.slug) && a.town?.slug === b.town?.slug);
    const reference = (all: SiteStory[], s: SiteStory) =>
      all
        .filter((o) => o._id !== s._id && o.language === s.language && score(s, o) > 0)
        .sort((a, b) => score(s, b) - score(s, a) || time(b) - time(a))
        .slice(0, 3);
    let seed = 7;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const pick = <T>(list: T[]) => list[random(list.length)];
    // Many towns and branches: few stories share both, so the one-facet merge decides most lists.
    const towns = [...times(8, (i) => town(`ort-${i}`, `Ort ${i}`)), undefined];
    const branches = [...times(8, (i) => branch(`branche-${i}`, `Branche ${i}`, `Branch ${i}`)), undefined];
    const all = times(300, () =>
      story(pick(['de', 'en']), {
        town: pick(towns),
        branch: pick(branches),
        // Few distinct dates, so ties between equally related stories are common.
        publishedAt: pick(['2025-01-01T00:00:00Z', '2025-06-01T00:00:00Z', '2026-01-01T00:00:00Z', undefined]),
      }),
    );
    const data = siteData({ stories: all });
    for (const s of all) {
      const expected = reference(all, s);
      expect(relatedStories(data, s), s._id).toEqual(expected);
      const more = all.filter((o) => o.language === s.language && o._id !== s._id && !expected.includes(o)).slice(0, 3);
      expect(moreStories(data, s), s._id).toEqual(more);
    }
  });
});

describe('guides', () => {
  it('filters by audience and groups by topic in the schema order', () => {
    const guides = [
      guide('de', 'rueckkehr-pendeln', ['rueckkehrer']),
      guide('de', 'aufenthalt-visum', ['international', 'unternehmen']),
      guide('en', 'wohnen', ['international']),
    ];
    const data = siteData({ guides });
    const listing = guideListing(data, 'de');
    expect(listing.groups[0].options.map((o) => o.slug)).toEqual(['rueckkehrer', 'international', 'unternehmen']);
    expect(groupByTopic(listing.all, 'de').map((g) => g.topic)).toEqual(['aufenthalt-visum', 'rueckkehr-pendeln']);
    expect(groupByTopic(listing.items({ dimension: 'audience', slug: 'international' }), 'de').map((g) => g.label)).toEqual([
      'Aufenthalt & Visum',
    ]);
    expect(
      listingRoutes(data)
        .filter((r) => r.section === 'welcome')
        .map((r) => r.path),
    ).toEqual([
      '/willkommen/fuer/rueckkehrer/',
      '/willkommen/fuer/international/',
      '/willkommen/fuer/unternehmen/',
      '/en/welcome/for/international/',
    ]);
  });
});

describe('structured data of listing pages', () => {
  const listed = (data: SiteData, path: string): string[] => {
    const route = buildRouteMap(data).find((r) => r.path === path)!;
    const graph = pageGraph(route, data, { siteUrl: 'https://example.org', title: 't', description: 'd' });
    const page = (
      graph['@graph'] as { '@type': string; mainEntity?: { numberOfItems: number; itemListElement: { name: string }[] } }[]
    ).find((node) => node['@type'] === 'CollectionPage')!;
    expect(page.mainEntity!.numberOfItems).toBe(page.mainEntity!.itemListElement.length);
    return page.mainEntity!.itemListElement.map((item) => item.name);
  };

  it('lists the posts of its own page of the blog, not the whole blog', () => {
    const posts = times(14, (i) => post('de', i < 13 ? 'ausbildung' : 'praktikum', i + 1));
    const data = siteData({ posts });
    expect(listed(data, '/blog/')).toEqual(posts.slice(0, 12).map((p) => p.title));
    expect(listed(data, '/blog/seite/2/')).toEqual(posts.slice(12).map((p) => p.title));
    expect(listed(data, '/blog/kategorie/praktikum/')).toEqual([posts[13].title]);
  });

  it("lists a story filter's stories only", () => {
    const stories = [story('de', { town: aue }), story('de', { town: annaberg }), story('de', { town: aue })];
    const data = siteData({ stories });
    expect(listed(data, '/geschichten/')).toEqual(stories.map((s) => s.title));
    expect(listed(data, '/geschichten/ort/aue-bad-schlema/')).toEqual([stories[0].title, stories[2].title]);
  });
});
