/**
 * The queries of site/queries.ts through the data layer the build uses: what they return is checked
 * on a small dataset declared here (dereferencing, ordering, drafts, translations); over the real
 * content/ only properties that hold for any valid content are checked.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fetchSiteData, type SiteData } from '../../site/data.ts';
import { readEmbeddedDataset } from '../../site/sources/embedded-dataset.ts';
import { createEmbeddedSource } from '../../site/sources/embedded.ts';
import { buildRouteMap } from '../../site/route-map.ts';
import { homePath, sectionPath, documentPath } from '../../site/routes.ts';
import { languageIds } from '../../site/i18n/index.ts';
import * as queries from '../../site/queries.ts';
import { fixtureImage, fixtureSiteData, ref, slug, translationGroup, type FixtureDocument } from '../fixtures/dataset.ts';

const fixture: FixtureDocument[] = [
  {
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: 'Testseite',
    mainNav: [{ _type: 'navItem', _key: 'stories', label: { de: 'Geschichten', en: 'Stories' }, route: 'stories' }],
    jobSearch: { region: 'Testkreis', radiusKm: 25 },
  },
  {
    _id: 'regionFacts',
    _type: 'regionFacts',
    asOf: '2024-01-01',
    keyFigures: [{ _key: 'k', key: 'einwohner', label: { de: 'Einwohner' }, value: 1000, approximate: true }],
  },
  { _id: 'town-b', _type: 'town', name: 'Beta', slug: slug('beta') },
  { _id: 'town-a', _type: 'town', name: 'Alpha', slug: slug('alpha') },
  { _id: 'branch-x', _type: 'branch', title: { de: 'Handwerk', en: 'Crafts' }, slug: slug('handwerk'), order: 1 },
  { _id: 'member-2', _type: 'member', name: 'Zweites Mitglied', role: 'mitglied', order: 2 },
  {
    _id: 'member-1',
    _type: 'member',
    name: 'Erstes Mitglied',
    shortName: 'EM',
    role: 'geschaeftsfuehrend',
    order: 1,
    website: 'https://example.org',
  },
  { _id: 'actionField-f-de', _type: 'actionField', language: 'de', title: 'Feld', slug: slug('feld'), number: 1, framework: 'regional' },
  {
    _id: 'project-p-de',
    _type: 'project',
    language: 'de',
    title: 'Projekt',
    slug: slug('projekt'),
    actionField: ref('actionField-f-de'),
    responsible: ref('member-1'),
    results: [
      {
        _type: 'yearlyResult',
        _key: 'y1',
        year: 2020,
        metrics: [{ _type: 'metric', _key: 'm', label: 'Teilnehmende', value: 40, approximate: true }],
      },
    ],
  },
  {
    _id: 'story-s-de',
    _type: 'story',
    language: 'de',
    title: 'Geschichte',
    slug: slug('geschichte'),
    town: ref('town-a'),
    branch: ref('branch-x'),
    image: fixtureImage('story'),
    publishedAt: '2026-02-01T00:00:00Z',
    isExample: true,
  },
  {
    _id: 'story-s-en',
    _type: 'story',
    language: 'en',
    title: 'Story',
    slug: slug('story'),
    town: ref('town-a'),
    branch: ref('branch-x'),
    image: fixtureImage('story'),
    publishedAt: '2026-02-01T00:00:00Z',
  },
  {
    _id: 'story-old-de',
    _type: 'story',
    language: 'de',
    title: 'Ältere Geschichte',
    slug: slug('aelter'),
    town: ref('town-b'),
    publishedAt: '2025-01-01T00:00:00Z',
  },
  { _id: 'drafts.story-s-de', _type: 'story', language: 'de', title: 'ENTWURF', slug: slug('geschichte') },
  { _id: 'story-noslug-de', _type: 'story', language: 'de', title: 'Ohne Adresse' },
  translationGroup('story', { de: 'story-s-de', en: 'story-s-en' }),
  {
    _id: 'event-late-de',
    _type: 'event',
    language: 'de',
    title: 'Später',
    slug: slug('spaeter'),
    start: '2030-05-01T08:00:00.000Z',
    place: { town: ref('town-b') },
  },
  { _id: 'event-early-de', _type: 'event', language: 'de', title: 'Früher', slug: slug('frueher'), start: '2020-05-01T08:00:00.000Z' },
];

describe('queries on a fixture dataset', () => {
  let data: SiteData;
  beforeAll(async () => {
    data = await fixtureSiteData(fixture);
  });

  it('siteSettings and regionFacts come through as stored', () => {
    expect(data.settings).toMatchObject({ title: 'Testseite', jobSearch: { region: 'Testkreis', radiusKm: 25 } });
    expect(data.regionFacts?.keyFigures).toEqual([expect.objectContaining({ key: 'einwohner', value: 1000, approximate: true })]);
  });

  it('orders members, towns and events as the queries say', () => {
    expect(data.members.map((m) => m._id)).toEqual(['member-1', 'member-2']);
    expect(data.towns.map((t) => t.name)).toEqual(['Alpha', 'Beta']);
    expect(data.events.map((e) => e._id)).toEqual(['event-early-de', 'event-late-de']);
    expect(data.stories.map((s) => s._id).filter((id) => id.endsWith('-de'))).toEqual(['story-s-de', 'story-old-de']);
  });

  it('dereferences towns, branches, members, action fields and image assets', () => {
    const story = data.stories.find((s) => s._id === 'story-s-de')!;
    expect(story.town?.name).toBe('Alpha');
    expect(story.branch?.title?.en).toBe('Crafts');
    expect(story.image?.asset?.width).toBe(800);
    expect(story.image?.asset?.url).toMatch(/^file:\/\/\.\/images\/[a-f0-9]{40}-800x600\.png$/);
    expect(story.isExample).toBe(true);
    const project = data.projects[0];
    expect(project.responsible).toMatchObject({ _id: 'member-1', name: 'Erstes Mitglied' });
    expect(project.actionField).toMatchObject({ _id: 'actionField-f-de', title: 'Feld', number: 1 });
    expect(project.results?.[0].metrics?.[0]).toMatchObject({ value: 40, approximate: true });
    expect(data.events.find((e) => e._id === 'event-late-de')?.place?.town?.name).toBe('Beta');
  });

  it('never returns drafts or documents without a slug', () => {
    expect(data.stories.map((s) => s.title)).not.toContain('ENTWURF');
    expect(data.stories.map((s) => s._id)).not.toContain('story-noslug-de');
  });

  it('groups translations by language, both ways', () => {
    expect(data.translations.get('story-s-de')).toEqual({ de: 'story-s-de', en: 'story-s-en' });
    expect(data.translations.get('story-s-en')).toBe(data.translations.get('story-s-de'));
    expect(data.translations.get('story-old-de')).toBeUndefined();
  });

  it('routes every document with a slug once, with reciprocal alternates', () => {
    const paths = buildRouteMap(data).map((r) => r.path);
    for (const story of data.stories) expect(paths).toContain(documentPath(story));
    expect(paths.filter((p) => p === documentPath(data.stories[0]))).toHaveLength(1);
  });
});

describe('the real dataset (content/): properties of any valid content', () => {
  let data: SiteData;
  beforeAll(async () => {
    data = await fetchSiteData(createEmbeddedSource(readEmbeddedDataset(path.resolve(process.env.CONTENT_DIR || 'content'))));
  });

  it('every query in queries.ts parses and returns a result', async () => {
    const source = createEmbeddedSource(readEmbeddedDataset(path.resolve(process.env.CONTENT_DIR || 'content')));
    for (const [name, query] of Object.entries(queries)) {
      await expect(source.fetch(query), name).resolves.not.toBeUndefined();
    }
  });

  it('references resolve: stories have their town and image, projects their responsible member', () => {
    for (const story of data.stories) {
      if (story.image) expect(story.image.asset?.width, story._id).toBeGreaterThan(0);
    }
    for (const project of data.projects) {
      if (project.responsible) expect(project.responsible._id, project._id).toBeTruthy();
    }
    expect(data.members.filter((m) => m.role === 'geschaeftsfuehrend').length).toBeLessThanOrEqual(1);
  });

  it('translations: linked documents share their type and differ in language', () => {
    const all = [...data.stories, ...data.guides, ...data.posts, ...data.documents, ...data.projects, ...data.events, ...data.pages];
    const byId = new Map(all.map((d) => [d._id, d]));
    for (const [id, group] of data.translations) {
      const doc = byId.get(id);
      if (!doc) continue;
      for (const [language, otherId] of Object.entries(group)) {
        const other = byId.get(otherId);
        if (!other) continue;
        expect(other._type).toBe(doc._type);
        expect(other.language).toBe(language);
      }
    }
  });

  it('the route map gives every routed document one page, with reciprocal language alternates', () => {
    const routes = buildRouteMap(data);
    const paths = routes.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    const byPath = new Map(routes.map((r) => [r.path, r]));
    for (const route of routes) {
      for (const [language, target] of Object.entries(route.alternates)) {
        const other = byPath.get(target!);
        expect(other, `${route.path} → ${language}`).toBeDefined();
        expect(other!.alternates[route.language], `${target} ↔ ${route.path}`).toBe(route.path);
      }
    }
    for (const language of languageIds) {
      expect(paths).toContain(homePath(language));
      expect(paths).toContain(sectionPath(language, 'stories'));
    }
    for (const doc of [...data.stories, ...data.guides, ...data.posts, ...data.events, ...data.projects])
      expect(paths, doc._id).toContain(documentPath(doc));
  });
});
