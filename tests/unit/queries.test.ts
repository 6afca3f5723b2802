/** Every query of site/queries.ts against the embedded dataset, through the same data layer the build uses. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fetchSiteData, type SiteData } from '../../site/data.ts';
import { readEmbeddedDataset } from '../../site/sources/embedded-dataset.ts';
import { createEmbeddedSource } from '../../site/sources/embedded.ts';
import { buildRouteMap } from '../../site/route-map.ts';
import * as queries from '../../site/queries.ts';

let data: SiteData;
beforeAll(async () => {
  data = await fetchSiteData(createEmbeddedSource(readEmbeddedDataset(path.resolve('content'))));
});

describe('queries against the embedded dataset', () => {
  it('every query in queries.ts is used by the data layer and parses', async () => {
    const source = createEmbeddedSource(readEmbeddedDataset(path.resolve('content')));
    for (const [name, query] of Object.entries(queries)) {
      await expect(source.fetch(query), name).resolves.not.toBeUndefined();
    }
  });

  it('siteSettings: title, navigation and job-search defaults', () => {
    expect(data.settings.title).toBeTruthy();
    expect(data.settings.mainNav?.length).toBeGreaterThan(3);
    expect(data.settings.jobSearch?.region).toBe('Erzgebirgskreis');
  });

  it('regionFacts: the seed figures, approximate where the seed says ca.', () => {
    const population = data.regionFacts?.keyFigures?.find((f) => f.value === 328000);
    expect(population).toMatchObject({ approximate: true });
    expect(data.regionFacts?.keyFigures?.some((f) => f.value === 14300)).toBe(true);
  });

  it('members: all 13, WFE as managing member', () => {
    expect(data.members).toHaveLength(13);
    expect(data.members.filter((m) => m.role === 'geschaeftsfuehrend').map((m) => m.shortName ?? m.name)).toEqual([
      expect.stringMatching(/WFE|Wirtschaftsförderung/),
    ]);
  });

  it('projects: Karriere Dual carries the yearly results of the seed', () => {
    const karriereDual = data.projects.find((p) => p._id === 'project-karriere-dual-de')!;
    expect(karriereDual.results?.map((r) => r.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    const pupils2023 = karriereDual.results?.find((r) => r.year === 2023)?.metrics?.find((m) => /Schüler/.test(m.label ?? ''));
    expect(pupils2023).toMatchObject({ value: 725, approximate: true });
    expect(karriereDual.responsible?._id).toBe('member-wfe');
    expect(karriereDual.actionField?.title).toBeTruthy();
  });

  it('stories: references and image assets are dereferenced', () => {
    expect(data.stories.length).toBeGreaterThanOrEqual(2);
    for (const story of data.stories) {
      expect(story.town?.name, story._id).toBeTruthy();
      expect(story.branch?.title?.de, story._id).toBeTruthy();
      expect(story.image?.asset?.width, story._id).toBeGreaterThan(0);
      expect(story.image?.asset?.url, story._id).toMatch(/^file:\/\/\.\/images\/[a-f0-9]{40}-\d+x\d+\.\w+$/);
      expect(story.isExample, story._id).toBe(true);
    }
  });

  it('welcome guides: steps, sources, contacts and review date', () => {
    for (const guide of data.guides) {
      expect(guide.sources?.length, guide._id).toBeGreaterThan(0);
      expect(guide.lastReviewed, guide._id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(guide.contacts?.every((c) => c?.name), guide._id).toBe(true);
    }
  });

  it('posts, documents, events, orientation pages and pages come with their fields', () => {
    expect(data.posts.every((p) => p.author?.name && p.publishedAt)).toBe(true);
    const handlungskonzept = data.documents.find((d) => d.kind === 'handlungskonzept' && d.language === 'de')!;
    expect(handlungskonzept.adoptedOn).toBe('2024-06-06');
    expect(handlungskonzept.body?.filter((b) => b._type === 'block' && b.style === 'h2').length).toBeGreaterThan(4);
    expect(data.events.find((e) => e._id === 'event-makerzstudi-2024-de')?.start).toMatch(/^2024-06-0[78]/);
    expect(data.orientationPages.length).toBeGreaterThan(0);
    expect(new Set(data.pages.map((p) => p.kind))).toEqual(new Set(['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache', 'ueber-uns']));
  });

  it('translations: linked documents share their type and differ in language', () => {
    const all = [...data.stories, ...data.guides, ...data.posts, ...data.documents, ...data.projects, ...data.events, ...data.pages];
    const byId = new Map(all.map((d) => [d._id, d]));
    let pairs = 0;
    for (const [id, group] of data.translations) {
      const doc = byId.get(id);
      if (!doc) continue;
      for (const [language, otherId] of Object.entries(group)) {
        const other = byId.get(otherId);
        if (!other) continue;
        expect(other._type).toBe(doc._type);
        expect(other.language).toBe(language);
        pairs += 1;
      }
    }
    expect(pairs).toBeGreaterThan(10);
  });
});

describe('published perspective of the embedded source', () => {
  it('never returns drafts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-drafts-'));
    const lines = fs.readFileSync('content/data.ndjson', 'utf8').trim().split('\n');
    const story = JSON.parse(lines.find((l) => l.includes('"_type":"story"'))!);
    const draft = { ...story, _id: `drafts.${story._id}`, title: 'ENTWURF – nicht veröffentlichen' };
    fs.writeFileSync(path.join(dir, 'data.ndjson'), [...lines, JSON.stringify(draft)].join('\n'));
    fs.symlinkSync(path.resolve('content/images'), path.join(dir, 'images'));
    const drafted = await fetchSiteData(createEmbeddedSource(readEmbeddedDataset(dir)));
    expect(drafted.stories.map((s) => s.title)).not.toContain(draft.title);
    expect(drafted.stories).toHaveLength(data.stories.length);
  });
});

describe('route map', () => {
  it('gives every routed document one page, with reciprocal language alternates', () => {
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
    expect(paths).toContain('/geschichten/');
    expect(paths).toContain('/en/stories/');
    expect(paths).toContain('/allianz/mitglieder/');
    const story = data.stories.find((s) => s.language === 'de')!;
    expect(paths).toContain(`/geschichten/${story.slug}/`);
  });
});
