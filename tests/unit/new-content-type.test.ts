/**
 * "Adding a routed document type touches its schema, one registry entry and one view": in a copy
 * of the repository, a fixture type `vacancy` gets its Studio schema file (plus its line in the
 * schema index), one entry in site/content-types.ts and src/views/VacancyView.astro – nothing
 * else. The real build then has to validate, route, list (sitemap, search) and link (hreflang)
 * its documents.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { slug, translationGroup, writeDataset, type FixtureDocument } from '../fixtures/dataset.ts';

const SCHEMA = `import { defineType } from 'sanity';
import { summaryField, translatableHeadFields, translatableSeoFields } from '../fields';
import { contentGroup, seoGroup } from '../groups';

export const vacancy = defineType({
  name: 'vacancy',
  title: 'Ausbildungsplatz',
  type: 'document',
  groups: [contentGroup, seoGroup],
  fields: [...translatableHeadFields(), summaryField({ description: 'Beruf, Dauer, Beginn.' }), ...translatableSeoFields()],
});
`;
const ENTRY = `  vacancy: {
    query: '*[_type == "vacancy" && defined(slug.current)] | order(title asc){ _id, _type, _updatedAt, title, "slug": slug.current, language, previousSlugs, seo, summary }',
    data: 'vacancies',
    section: 'jobs',
    view: 'vacancy',
  },
`;
const VIEW = `---
import RoutePage from '../layouts/RoutePage.astro';
import { viewPaths } from '../lib/view-paths.ts';
export const getStaticPaths = viewPaths('vacancy');
const { route, data } = Astro.props;
---

<RoutePage route={route} data={data}>
  <article class="vacancy"><h1>{route.doc.title}</h1><p>{route.doc.summary}</p></article>
</RoutePage>
`;

/** The documents every build needs: site settings and the region's figures, from content/. */
const BASE_TYPES = new Set(['siteSettings', 'regionFacts']);
const vacancy = (id: string, language: string, current: string, title: string): FixtureDocument => ({
  _id: id,
  _type: 'vacancy',
  title,
  slug: slug(current),
  language,
  summary: language === 'de' ? 'Dreieinhalb Jahre, Beginn im August.' : 'Three and a half years, starting in August.',
});

let copy: string;
let distDir: string;
let build: ReturnType<typeof spawnSync>;
const read = (file: string) => fs.readFileSync(path.join(distDir, file), 'utf8');
/** The files that differ between the copy and this checkout: what adding the type touched. */
let touched: string[] = [];

beforeAll(() => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-new-type-'));
  copy = path.join(work, 'repo');
  distDir = path.join(work, 'dist');
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((file) => file && !file.startsWith('content/') && fs.existsSync(file));
  for (const file of files) fs.cpSync(file, path.join(copy, file));
  fs.symlinkSync(path.resolve('node_modules'), path.join(copy, 'node_modules'));

  const edit = (file: string, change: (text: string) => string) => {
    const full = path.join(copy, file);
    const before = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : '';
    const after = change(before);
    expect(after, `${file} unchanged`).not.toBe(before);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, after);
    touched.push(file);
  };
  edit('studio/schemaTypes/documents/vacancy.ts', () => SCHEMA);
  edit('studio/schemaTypes/index.ts', (text) =>
    text
      .replace("import { welcomeGuide } from './documents/welcomeGuide';", "$&\nimport { vacancy } from './documents/vacancy';")
      .replace('  contact,\n].map(withDocumentTextRules)', '  contact,\n  vacancy,\n].map(withDocumentTextRules)'),
  );
  edit('site/content-types.ts', (text) => text.replace('} as const satisfies Record<string, ContentType>;', `${ENTRY}$&`));
  edit('src/views/VacancyView.astro', () => VIEW);
  touched = touched.sort();

  const base = fs
    .readFileSync('content/data.ndjson', 'utf8')
    .split('\n')
    .filter((line) => line && BASE_TYPES.has(JSON.parse(line)._type))
    .map((line) => JSON.parse(line) as FixtureDocument);
  const contentDir = writeDataset([
    ...base,
    vacancy('vacancy-mechatronik', 'de', 'mechatroniker-in', 'Ausbildung Mechatroniker/-in'),
    vacancy('vacancy-mechatronics', 'en', 'mechatronics-technician', 'Apprenticeship: mechatronics technician'),
    translationGroup('vacancy', { de: 'vacancy-mechatronik', en: 'vacancy-mechatronics' }),
  ]);
  // The settings' images (default Open Graph image) come along.
  for (const doc of base) {
    for (const [, file] of JSON.stringify(doc).matchAll(/file:\/\/\.\/(images\/[^"]+)/g))
      fs.copyFileSync(path.join('content', file), path.join(contentDir, file));
  }
  build = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
    cwd: copy,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      DIST_DIR: distDir,
      ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
      OG_CACHE_DIR: path.join(work, 'og-cache'),
      HERZLAND_TODAY: '2026-11-15',
    },
    encoding: 'utf8',
  });
}, 600_000);

describe('a new routed type: schema, one registry entry, one view', () => {
  it('touches only those files', () => {
    expect(touched).toEqual([
      'site/content-types.ts',
      'src/views/VacancyView.astro',
      'studio/schemaTypes/documents/vacancy.ts',
      'studio/schemaTypes/index.ts',
    ]);
  });

  it('builds (validated against the schema)', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('routes each document to a page in its section, rendered by its view', () => {
    const german = read('jobs/mechatroniker-in/index.html');
    expect(german).toMatch(/<html lang="de"/);
    expect(german).toContain('<h1>Ausbildung Mechatroniker/-in</h1>');
    expect(read('en/jobs/mechatronics-technician/index.html')).toContain('Three and a half years, starting in August.');
  });

  it('links the translations with hreflang and lists the pages in the sitemap and the search index', () => {
    expect(read('jobs/mechatroniker-in/index.html')).toMatch(
      /<link rel="alternate" hreflang="en" href="[^"]*\/en\/jobs\/mechatronics-technician\/"/,
    );
    const sitemaps = fs.globSync('sitemap-*.xml', { cwd: distDir }).map(read).join('');
    expect(sitemaps).toMatch(/<loc>[^<]*\/jobs\/mechatroniker-in\/<\/loc>/);
    expect(read('jobs/mechatroniker-in/index.html')).toContain('data-pagefind-body');
  });
});
