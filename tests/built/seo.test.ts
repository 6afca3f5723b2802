/**
 * SEO of the built site (dist/, built once if missing): every page's head, hreflang reciprocity,
 * one JSON-LD graph with the expected types, the sitemap, the feeds, robots.txt and redirects.
 * Plus the pure builders (redirect clashes, JSON-LD escaping) on data made up here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, ensureBuilt } from './built-site.ts';
import { siteData, type SiteData } from '../../site/data.ts';
import { buildRouteMap, routeMap, type Route } from '../../site/route-map.ts';
import { siteConfig } from '../../site/config.ts';
import { defaultLanguage, languageIds, type LanguageId } from '../../site/i18n/index.ts';
import { documentPath } from '../../site/routes.ts';
import { documentModified, documentTitle, feedPath, ogImagePath } from '../../site/seo.ts';
import { redirectPage, redirectsFile, redirectsOf, type RedirectRoute } from '../../site/redirects.ts';
import { serializeJsonLd } from '../../site/structured-data.ts';
import type { SitePost, SiteEvent, SiteStory, SiteWelcomeGuide } from '../../site/data.ts';

const data: SiteData = await siteData();
const routes = routeMap(data);
const { siteUrl } = siteConfig();
const abs = (p: string) => new URL(p, `${siteUrl}/`).href;
const fileOf = (urlPath: string) => path.join(distDir, urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

interface Head {
  title?: string;
  description?: string;
  canonical?: string;
  alternates: Map<string, string>;
  meta: Map<string, string>;
  jsonLd: string[];
  feeds: string[];
}

function readHead(html: string): Head {
  const head = html.slice(0, html.indexOf('</head>'));
  const attr = (tag: string, name: string) => {
    const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
    return m ? decode(m[1]) : undefined;
  };
  const tags = head.match(/<(meta|link)\b[^>]*>/g) ?? [];
  const alternates = new Map<string, string>();
  const meta = new Map<string, string>();
  const feeds: string[] = [];
  let canonical: string | undefined;
  let description: string | undefined;
  for (const tag of tags) {
    const rel = attr(tag, 'rel');
    if (rel === 'canonical') canonical = attr(tag, 'href');
    if (rel === 'alternate' && attr(tag, 'hreflang') && !attr(tag, 'type')) alternates.set(attr(tag, 'hreflang')!, attr(tag, 'href')!);
    if (rel === 'alternate' && attr(tag, 'type') === 'application/rss+xml') feeds.push(attr(tag, 'href')!);
    if (tag.startsWith('<meta') && attr(tag, 'name') === 'description') description = attr(tag, 'content');
    const key = attr(tag, 'property') ?? attr(tag, 'name');
    if (tag.startsWith('<meta') && key) meta.set(key, attr(tag, 'content') ?? '');
  }
  const title = /<title>([^<]*)<\/title>/.exec(head)?.[1];
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return { title: title && decode(title), description, canonical, alternates, meta, jsonLd, feeds };
}

let pages: { route: Route; head: Head }[] = [];

beforeAll(async () => {
  await ensureBuilt();
  pages = routes.map((route) => ({ route, head: readHead(fs.readFileSync(fileOf(route.path), 'utf8')) }));
});

describe('every page head', () => {
  it('has a title, a description, a canonical URL from SITE_URL, Open Graph and Twitter cards', () => {
    for (const { route, head } of pages) {
      expect(head.title, route.path).toMatch(/\S/);
      expect(head.title!.length, `${route.path} title`).toBeLessThanOrEqual(70);
      expect(head.description?.length ?? 0, `${route.path} description`).toBeGreaterThan(20);
      expect(head.description!.length, `${route.path} description`).toBeLessThanOrEqual(160);
      expect(head.canonical, route.path).toBe(abs(route.path));
      expect(head.meta.get('og:title'), route.path).toBeTruthy();
      expect(head.meta.get('og:url'), route.path).toBe(abs(route.path));
      expect(head.meta.get('og:image'), route.path).toBe(abs(ogImagePath(route)));
      expect(head.meta.get('twitter:card'), route.path).toBe('summary_large_image');
      expect(fs.existsSync(path.join(distDir, ogImagePath(route))), ogImagePath(route)).toBe(true);
    }
  });

  it('titles and descriptions are unique within a language', () => {
    for (const language of languageIds) {
      const inLanguage = pages.filter((p) => p.route.language === language);
      for (const field of ['title', 'description'] as const) {
        const seen = new Map<string, string>();
        const duplicates: string[] = [];
        for (const { route, head } of inLanguage) {
          const value = head[field]!;
          if (seen.has(value)) duplicates.push(`${field} "${value}": ${seen.get(value)} and ${route.path}`);
          else seen.set(value, route.path);
        }
        expect(duplicates).toEqual([]);
      }
    }
  });

  it('hreflang alternates include the page itself and x-default, and reciprocate', () => {
    const byUrl = new Map(pages.map((p) => [abs(p.route.path), p]));
    for (const { route, head } of pages) {
      expect(head.alternates.get(route.language), route.path).toBe(abs(route.path));
      const xDefault = head.alternates.get('x-default');
      expect(xDefault, `${route.path} x-default`).toBe(abs(route.alternates[defaultLanguage] ?? route.path));
      for (const [lang, url] of head.alternates) {
        if (lang === 'x-default') continue;
        const other = byUrl.get(url);
        expect(other, `${route.path} → ${lang} ${url} is a page`).toBeDefined();
        expect(other!.route.language).toBe(lang);
        expect(Object.fromEntries(other!.head.alternates), `${url} points back to ${route.path}`).toEqual(
          Object.fromEntries(head.alternates),
        );
      }
    }
  });

  it('links the RSS feeds of its language', () => {
    for (const { route, head } of pages) {
      expect(head.feeds.sort(), route.path).toEqual(
        [abs(feedPath(route.language, 'blog')), abs(feedPath(route.language, 'stories'))].sort(),
      );
    }
  });
});

describe('structured data', () => {
  const typesOf = (graph: { '@graph': { '@type': string }[] }) => new Set(graph['@graph'].map((node) => node['@type']));
  const expected = (route: Route): string[] => {
    const types = ['Organization', 'WebSite'];
    if (route.view !== 'home') types.push('BreadcrumbList');
    if (route.view.endsWith('Index')) types.push('CollectionPage');
    if (route.view === 'search') types.push('SearchResultsPage');
    if (route.view === 'story') types.push('Article');
    if (route.view === 'post') types.push('BlogPosting');
    if (route.kind === 'document' && route.view === 'event' && !(route.doc as SiteEvent).isExample) types.push('Event');
    if (route.kind === 'document' && route.view === 'guide' && (route.doc as SiteWelcomeGuide).faq?.length) types.push('FAQPage');
    if (!types.some((t) => t.endsWith('Page'))) types.push('WebPage');
    return types;
  };

  it('one parseable JSON-LD graph per page with the expected types', () => {
    for (const { route, head } of pages) {
      expect(head.jsonLd, route.path).toHaveLength(1);
      expect(head.jsonLd[0]).not.toMatch(/<\/?[a-z]/i);
      const graph = JSON.parse(head.jsonLd[0]);
      expect(graph['@context']).toBe('https://schema.org');
      const types = typesOf(graph);
      for (const type of expected(route)) expect(types.has(type), `${route.path} has ${type}`).toBe(true);
    }
  });

  it('the alliance lists its members; articles and events carry their facts', () => {
    const home = pages.find((p) => p.route.view === 'home')!;
    const org = JSON.parse(home.head.jsonLd[0])['@graph'].find((n: { '@type': string }) => n['@type'] === 'Organization');
    expect(org.member).toHaveLength(data.members.length);
    for (const { route, head } of pages) {
      const nodes = JSON.parse(head.jsonLd[0])['@graph'] as Record<string, any>[];
      const article = nodes.find((n) => n['@type'] === 'Article' || n['@type'] === 'BlogPosting');
      if (article) {
        const doc = (route as { doc: SiteStory | SitePost }).doc;
        expect(article.headline).toBe(doc.title);
        expect(article.datePublished).toBe(doc.publishedAt);
        expect(article.dateModified).toBeTruthy();
        expect(article.author).toBeTruthy();
        expect(article.image[0].url).toBe(abs(ogImagePath(route)));
        if (route.view === 'post') expect(article.author.name).toBe((doc as SitePost).author?.name);
      }
      const event = nodes.find((n) => n['@type'] === 'Event');
      if (event) {
        expect(event.startDate).toBeTruthy();
        expect(event.eventAttendanceMode).toMatch(/^https:\/\/schema\.org\/(Online|Offline|Mixed)EventAttendanceMode$/);
        expect(event.eventStatus).toBe('https://schema.org/EventScheduled');
        // An event whose place is not known has no location (a Place needs a name and an address).
        if (event.location) expect(['Place', 'VirtualLocation']).toContain(event.location['@type']);
      }
      const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList');
      if (crumbs) expect(crumbs.itemListElement.at(-1).item).toBe(abs(route.path));
    }
  });

  it('long titles are shortened at a word, keeping the site name', () => {
    const title = documentTitle(false, 'Duales Studium an der Dualen Hochschule Sachsen (früher Berufsakademie Sachsen)', 'hERZland');
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title).toMatch(/^Duales Studium an der Dualen Hochschule Sachsen \(früher\S*… \| hERZland$|^Duales Studium.*… \| hERZland$/);
    expect(documentTitle(false, 'Impressum', 'hERZland')).toBe('Impressum | hERZland');
    expect(documentTitle(true, 'Arbeiten und Leben im Erzgebirge', 'hERZland')).toBe('hERZland – Arbeiten und Leben im Erzgebirge');
  });

  it('JSON-LD cannot close its script element', () => {
    const json = serializeJsonLd({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'Thing', name: '</script><script>alert(1)</script>&' }],
    });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)['@graph'][0].name).toBe('</script><script>alert(1)</script>&');
  });
});

describe('sitemap and robots.txt', () => {
  const locs = () => {
    const index = fs.readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => path.join(distDir, new URL(m[1]).pathname));
    return files.flatMap((file) => {
      const xml = fs.readFileSync(file, 'utf8');
      return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
        loc: /<loc>([^<]+)<\/loc>/.exec(m[1])![1],
        lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(m[1])?.[1],
        links: [...m[1].matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((l) => [l[1], l[2]]),
      }));
    });
  };

  it('lists exactly the public pages: no search, no later listing pages, no 404 or redirect pages', () => {
    const expected = routes
      .filter((route) => {
        if (route.kind === 'document') return !(route.doc as { seo?: { noIndex?: boolean | null } | null }).seo?.noIndex;
        return route.view !== 'search' && !((route.params?.page ?? 1) > 1);
      })
      .map((route) => abs(route.path))
      .sort();
    const listed = locs()
      .map((entry) => entry.loc)
      .sort();
    expect(listed).toEqual(expected);
    for (const url of listed) expect(fs.existsSync(fileOf(new URL(url).pathname)), url).toBe(true);
  });

  it('gives lastmod and the hreflang alternates of each page', () => {
    for (const entry of locs()) {
      const route = routes.find((r) => abs(r.path) === entry.loc)!;
      // The document's _updatedAt (or its newest editorial date); never invented when it has none.
      if (route.kind === 'document')
        expect(entry.lastmod, entry.loc).toBe(documentModified(route.doc) && new Date(documentModified(route.doc)!).toISOString());
      const links = Object.fromEntries(entry.links);
      expect(links['x-default'], entry.loc).toBeTruthy();
      for (const [lang, p] of Object.entries(route.alternates)) expect(links[lang]).toBe(abs(p!));
    }
  });

  it('robots.txt points to the sitemap', () => {
    const robots = fs.readFileSync(path.join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${abs('/sitemap-index.xml')}`);
    expect(robots).not.toMatch(/Disallow: \/\s*$/m);
  });
});

describe('RSS feeds', () => {
  const feeds = languageIds.flatMap((language) => (['stories', 'blog'] as const).map((section) => ({ language, section })));
  it.each(feeds)(
    '$section ($language) parses and lists the latest items first',
    ({ language, section }: { language: LanguageId; section: 'stories' | 'blog' }) => {
      const xml = fs.readFileSync(path.join(distDir, feedPath(language, section)), 'utf8');
      expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<rss[^>]*version="2.0"/);
      expect(xml.match(/<channel>/g)).toHaveLength(1);
      const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => ({
        link: /<link>([^<]+)<\/link>/.exec(m[1])?.[1],
        date: new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(m[1])?.[1] ?? ''),
      }));
      const docs = (section === 'stories' ? data.stories : data.posts).filter((d) => d.language === language);
      expect(items).toHaveLength(docs.length);
      const newest = [...docs].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0];
      if (newest) expect(items[0].link).toBe(abs(documentPath(newest)));
      for (let i = 1; i < items.length; i += 1) expect(items[i - 1].date.getTime()).toBeGreaterThanOrEqual(items[i].date.getTime());
      for (const item of items) expect(fs.existsSync(fileOf(new URL(item.link!).pathname)), item.link).toBe(true);
    },
  );
});

describe('redirects', () => {
  it('every redirect of the build resolves to an existing page, with an HTML fallback at the old path', () => {
    const lines = fs
      .readFileSync(path.join(distDir, '_redirects'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    const expectedCount = redirectsOf(routes).length;
    expect(lines).toHaveLength(expectedCount);
    for (const line of lines) {
      const [from, to, status] = line.split(/\s+/);
      expect(status).toBe('301');
      expect(fs.existsSync(fileOf(to)), `${from} → ${to}`).toBe(true);
      const fallback = fs.readFileSync(fileOf(from), 'utf8');
      expect(fallback).toContain(`<link rel="canonical" href="${abs(to)}">`);
      expect(fallback).toContain(`content="0; url=${to}"`);
      expect(fallback).toContain('noindex');
    }
  });

  // Made-up routes: what the redirects read of a story's route.
  const docRoute = (slug: string, previousSlugs: string[], id = slug): RedirectRoute => ({
    kind: 'document',
    language: 'de',
    path: documentPath({ _type: 'story', language: 'de', slug }),
    doc: { _id: id, _type: 'story', slug, language: 'de', previousSlugs },
  });

  it('turns previous slugs into 301s and fallback pages', () => {
    const redirects = redirectsOf([docRoute('neu', ['alt', 'neu'])]);
    expect(redirects).toEqual([{ from: '/geschichten/alt/', to: '/geschichten/neu/', language: 'de', id: 'neu' }]);
    expect(redirectsFile(redirects)).toContain('/geschichten/alt/ /geschichten/neu/ 301');
    const html = redirectPage(redirects[0], 'https://example.org');
    expect(html).toContain('<link rel="canonical" href="https://example.org/geschichten/neu/">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/geschichten/neu/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('<script');
  });

  it('the route map itself stops the build when a previous slug is a live page', () => {
    const [first, second] = data.stories.filter((story) => story.language === 'de');
    const clashing = {
      ...data,
      stories: data.stories.map((story) => (story === second ? { ...story, previousSlugs: [first.slug] } : story)),
    };
    expect(() => buildRouteMap(clashing)).toThrow(/Redirect clash/);
    const moved = {
      ...data,
      stories: data.stories.map((story) => (story === second ? { ...story, previousSlugs: ['frueherer-name'] } : story)),
    };
    expect(redirectsOf(buildRouteMap(moved)).map((r) => r.from)).toContain('/geschichten/frueherer-name/');
  });

  it('refuses an old path that is a live page, or one claimed by two documents', () => {
    expect(() => redirectsOf([docRoute('a', []), docRoute('b', ['a'])])).toThrow(/Redirect clash.*\/geschichten\/a\/ is live/);
    expect(() => redirectsOf([docRoute('b', ['x']), docRoute('c', ['x'])])).toThrow(/previous URL of both/);
  });
});
