/**
 * "A language is configuration plus content": a fourth language (Polish, only in this fixture) is
 * added through the environment hook of studio/config/languages.ts (HERZLAND_EXTRA_LANGUAGES: the
 * language entry and its one locale file) and a few fixture documents. The real build then has to
 * produce its routes, hreflang links, search index, feeds, sitemap alternates and 404 page –
 * with no other change to the code.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const fixtureDir = path.resolve('tests/fixtures/fourth-language');
/** The documents every build needs besides the fixture's own: site settings and the region's figures. */
const BASE_TYPES = new Set(['siteSettings', 'regionFacts']);

let workDir: string;
let distDir: string;
let build: ReturnType<typeof spawnSync>;
const read = (file: string) => fs.readFileSync(path.join(distDir, file), 'utf8');

beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-fourth-language-'));
  const contentDir = path.join(workDir, 'content');
  distDir = path.join(workDir, 'dist');
  fs.mkdirSync(path.join(contentDir, 'images'), { recursive: true });
  const base = fs
    .readFileSync('content/data.ndjson', 'utf8')
    .split('\n')
    .filter((line) => line && BASE_TYPES.has(JSON.parse(line)._type));
  // The base documents' images (settings: the default Open Graph image) come along.
  for (const line of base) {
    for (const [, file] of line.matchAll(/file:\/\/\.\/(images\/[^"]+)/g))
      fs.copyFileSync(path.join('content', file), path.join(contentDir, file));
  }
  fs.cpSync(path.join(fixtureDir, 'images'), path.join(contentDir, 'images'), { recursive: true });
  fs.writeFileSync(
    path.join(contentDir, 'data.ndjson'),
    [...base, fs.readFileSync(path.join(fixtureDir, 'documents.ndjson'), 'utf8').trim()].join('\n') + '\n',
  );
  const extra = [{ id: 'pl', title: 'Polski', locale: 'pl-PL', localeFile: path.join(fixtureDir, 'pl.ts') }];
  build = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      DIST_DIR: distDir,
      OG_CACHE_DIR: path.join(workDir, 'og-cache'),
      HERZLAND_EXTRA_LANGUAGES: JSON.stringify(extra),
      HERZLAND_TODAY: '2026-11-15',
    },
    encoding: 'utf8',
  });
}, 600_000);

describe('a fourth language from configuration, one locale file and documents', () => {
  it('builds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('writes the language’s home, section and document pages under /pl/ with lang="pl"', () => {
    for (const file of [
      'pl/index.html',
      'pl/historie/index.html',
      'pl/historie/fixture-przez-granice/index.html',
      'pl/szukaj/index.html',
    ]) {
      expect(read(file), file).toMatch(/<html lang="pl"/);
    }
    expect(read('pl/historie/fixture-przez-granice/index.html')).toContain('Anna codziennie dojeżdża 25 km przez granicę.');
  });

  it('links translations both ways with hreflang', () => {
    const german = read('geschichten/fixture-grenze/index.html');
    const polish = read('pl/historie/fixture-przez-granice/index.html');
    expect(german).toMatch(/<link rel="alternate" hreflang="pl" href="[^"]*\/pl\/historie\/fixture-przez-granice\/"/);
    expect(polish).toMatch(/<link rel="alternate" hreflang="de" href="[^"]*\/geschichten\/fixture-grenze\/"/);
    expect(polish).toContain('<meta property="og:locale" content="pl_PL"');
  });

  it('sends the language switch of an untranslated page to the section overview and says so', () => {
    const html = read('geschichten/fixture-nur-deutsch/index.html');
    const link = /<a href="\/pl\/historie\/" hreflang="pl" lang="pl"[^>]*>([\s\S]*?)<\/a>/.exec(html);
    expect(link?.[1]).toContain('przegląd');
    expect(link?.[1]).toContain('tej strony nie ma po polsku');
  });

  it('indexes the language for search', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.pl?.page_count).toBeGreaterThan(0);
  });

  it('writes the language’s feed, sitemap alternates and 404 page', () => {
    const feed = read('pl/historie/rss.xml');
    expect(feed).toContain('<language>pl-PL</language>');
    expect(feed).toContain('Fixture: Przez granicę do pracy');
    const sitemaps = fs.globSync('sitemap-*.xml', { cwd: distDir }).map(read).join('');
    expect(sitemaps).toMatch(/hreflang="pl" href="[^"]*\/pl\/historie\/fixture-przez-granice\/"/);
    expect(read('pl/404.html')).toMatch(/<html lang="pl"/);
  });
});
