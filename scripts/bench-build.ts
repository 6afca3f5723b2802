/**
 * Build benchmark: `npm run bench:build -- <N>` writes a synthetic dataset of N editorial documents
 * (stories, posts, guides, events in both languages, with realistic bodies and the embedded
 * images) into a temporary folder, builds the whole site from it (validation, Astro, Open Graph
 * cards, Pagefind) and prints pages, wall time, ms/page and peak memory. The caches of the cards,
 * the validation and the headers' page scan are fresh folders, so every run measures a cold build.
 *
 * First it builds the floor: a bare Astro project of N pages (a title and the same kind of body
 * text, no images) with this repository's astro and pagefind, so that the project's cost per page
 * can be read as a ratio to the framework's own, measured side by side on the same machine under
 * the same load (absolute figures drift between machines and with load, the ratio much less).
 * BENCH_SKIP_FLOOR=1 skips it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const count = Number(process.argv[2] || 1000);
const sourceDir = path.resolve('content');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `herzland-bench-${count}-`));
const contentDir = path.join(workDir, 'content');
const distDir = path.join(workDir, 'dist');

type Doc = Record<string, any> & { _id: string; _type: string };
const base: Doc[] = fs
  .readFileSync(path.join(sourceDir, 'data.ndjson'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const byType = (type: string) => base.filter((d) => d._type === type);
const images = [...new Set(base.flatMap((d) => (d.image?._sanityAsset ? [d.image] : [])).map((i) => JSON.stringify(i)))].map((s) =>
  JSON.parse(s),
);
const towns = byType('town').map((t) => t._id);
const branches = byType('branch').map((b) => b._id);
const author = byType('person')[0]?._id;

const WORDS =
  'Erzgebirge Ausbildung Handwerk Familie Heimat Betrieb Zukunft Kollegen Werkstatt Schicht Region Wald Weg Team Arbeit Projekt Schule Studium Praxis Chance'.split(
    ' ',
  );
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
const sentence = () => Array.from({ length: 8 + Math.floor(random() * 12) }, () => pick(WORDS)).join(' ') + '.';
const paragraph = (key: string, style = 'normal') => ({
  _type: 'block',
  _key: key,
  style,
  markDefs: [],
  children: [
    { _type: 'span', _key: `${key}s`, marks: [], text: style === 'normal' ? Array.from({ length: 4 }, sentence).join(' ') : sentence() },
  ],
});
const body = (id: string) => Array.from({ length: 12 }, (_, i) => paragraph(`${id}${i}`, i % 4 === 0 ? 'h2' : 'normal'));
const seo = (title: string) => ({ _type: 'seo', description: `${title}: ${sentence()} ${sentence()}`.slice(0, 150) });

function synthetic(i: number, language: 'de' | 'en'): Doc {
  const kind = i % 4;
  const slug = `bench-${i}-${language}`;
  const common = {
    _id: `bench-${i}-${language}`,
    // Sanity sets both on every document (content/ has them too); a calendar file's DTSTAMP is _updatedAt.
    _createdAt: '2026-01-15T09:00:00Z',
    _updatedAt: '2026-01-15T09:00:00Z',
    language,
    slug: { _type: 'slug', current: slug },
    title: `Beispiel ${i} ${sentence()}`.slice(0, 80),
    seo: seo(`Beispiel ${i}`),
  };
  const image = { ...pick(images) };
  if (kind === 0)
    return {
      ...common,
      _type: 'story',
      teaser: sentence(),
      image,
      person: { _type: 'storyPerson', name: `Person ${i}` },
      kind: 'rueckkehrer',
      town: { _type: 'reference', _ref: pick(towns) },
      branch: { _type: 'reference', _ref: pick(branches) },
      quote: sentence(),
      body: body(common._id),
      publishedAt: new Date(Date.UTC(2025, 0, 1 + (i % 600))).toISOString(),
      jobSearchTerm: 'Mechatroniker',
      isExample: true,
    };
  if (kind === 1)
    return {
      ...common,
      _type: 'post',
      excerpt: sentence(),
      category: 'ausbildung',
      audience: ['schueler'],
      author: { _type: 'reference', _ref: author },
      publishedAt: new Date(Date.UTC(2025, 0, 1 + (i % 600))).toISOString(),
      image,
      body: body(common._id),
    };
  if (kind === 2)
    return {
      ...common,
      _type: 'welcomeGuide',
      audience: ['international'],
      topic: 'wohnen',
      summary: sentence(),
      lastReviewed: '2026-11-01',
      sources: [{ _type: 'link', _key: 'src', label: 'Make it in Germany', href: 'https://www.make-it-in-germany.com' }],
      steps: [{ _type: 'guideStep', _key: 'st', title: sentence() }],
      body: body(common._id),
    };
  return {
    ...common,
    _type: 'event',
    summary: sentence(),
    start: new Date(Date.UTC(2026, 0, 1 + (i % 700))).toISOString().slice(0, 10),
    startTime: '10:00',
    isOnline: true,
    image,
    body: body(common._id),
  };
}

const generated: Doc[] = [];
let editorial = 0;
for (let i = 0; editorial < count; i++) {
  const de = synthetic(i, 'de');
  generated.push(de);
  editorial += 1;
  if (editorial < count) {
    editorial += 1;
    generated.push(synthetic(i, 'en'));
    generated.push({
      _id: `bench-translation-${i}`,
      _type: 'translation.metadata',
      schemaTypes: [de._type],
      translations: ['de', 'en'].map((language) => ({
        _key: language,
        _type: 'internationalizedArrayReferenceValue',
        language,
        value: { _type: 'reference', _ref: `bench-${i}-${language}`, _weak: true },
      })),
    });
  }
}

fs.mkdirSync(contentDir, { recursive: true });
for (const folder of ['images', 'files']) {
  if (fs.existsSync(path.join(sourceDir, folder)))
    fs.cpSync(path.join(sourceDir, folder), path.join(contentDir, folder), { recursive: true });
}
if (fs.existsSync(path.join(sourceDir, 'assets.json')))
  fs.copyFileSync(path.join(sourceDir, 'assets.json'), path.join(contentDir, 'assets.json'));
fs.writeFileSync(path.join(contentDir, 'data.ndjson'), [...base, ...generated].map((d) => JSON.stringify(d)).join('\n') + '\n');

console.log(
  `Benchmark: ${generated.filter((d) => d._type !== 'translation.metadata').length} synthetic + ${base.length} embedded documents in ${workDir}`,
);
if (process.env.BENCH_GENERATE_ONLY) {
  console.log(contentDir);
  process.exit(0);
}
/** The floor project: one dynamic page file, N pages of title and body text, Pagefind over the output. */
function writeFloorProject(dir: string, pages: number): void {
  fs.mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  fs.writeFileSync(
    path.join(dir, 'pages.json'),
    JSON.stringify(
      Array.from({ length: pages }, (_, i) => ({
        slug: `page-${i}`,
        title: `Beispiel ${i} ${sentence()}`.slice(0, 80),
        body: Array.from({ length: 12 }, (_, p) => ({
          heading: p % 4 === 0,
          text: p % 4 === 0 ? sentence() : Array.from({ length: 4 }, sentence).join(' '),
        })),
      })),
    ),
  );
  fs.writeFileSync(
    path.join(dir, 'src', 'pages', '[slug].astro'),
    `---
import fs from 'node:fs';
export function getStaticPaths() {
  const pages = JSON.parse(fs.readFileSync('pages.json', 'utf8')); // the build runs in the project folder
  return pages.map((page) => ({ params: { slug: page.slug }, props: { page } }));
}
const { page } = Astro.props;
---
<!doctype html>
<html lang="de">
  <head><meta charset="utf-8" /><title>{page.title}</title></head>
  <body><main><h1>{page.title}</h1>{page.body.map((block) => block.heading ? <h2>{block.text}</h2> : <p>{block.text}</p>)}</main></body>
</html>
`,
  );
  fs.writeFileSync(
    path.join(dir, 'build.mjs'),
    `import { build } from 'astro';
import * as pagefind from 'pagefind';
const outDir = new URL('./dist/', import.meta.url).pathname;
await build({ root: new URL('.', import.meta.url).pathname, outDir, logLevel: 'warn' });
const { index } = await pagefind.createIndex({});
await index.addDirectory({ path: outDir });
await index.writeFiles({ outputPath: outDir + 'pagefind' });
await pagefind.close();
`,
  );
}

const countPages = (dir: string) =>
  spawnSync('find', [dir, '-name', '*.html'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).length;

let floorMsPerPage: number | undefined;
if (!process.env.BENCH_SKIP_FLOOR) {
  const floorDir = path.join(workDir, 'floor');
  writeFloorProject(floorDir, count);
  const floorStarted = performance.now();
  const floor = spawnSync(process.execPath, ['build.mjs'], { cwd: floorDir, encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] });
  const floorMs = performance.now() - floorStarted;
  if (floor.status !== 0) process.exit(1);
  const floorPages = countPages(path.join(floorDir, 'dist'));
  floorMsPerPage = floorMs / floorPages;
  console.log(
    `floor (bare Astro + Pagefind): ${floorPages} pages in ${(floorMs / 1000).toFixed(1)} s, ${floorMsPerPage.toFixed(2)} ms/page`,
  );
}

// Its own Astro cache (incremental state), seeded with content/'s image transforms as before.
const imageCache = path.join('node_modules', '.astro', 'assets');
if (fs.existsSync(imageCache)) fs.cpSync(imageCache, path.join(workDir, 'astro-cache', 'assets'), { recursive: true });
const started = performance.now();
const result = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'tsx', 'scripts/build.ts'], {
  env: {
    ...process.env,
    CONTENT_DIR: contentDir,
    DIST_DIR: distDir,
    OG_CACHE_DIR: path.join(workDir, 'og-cache'),
    ASTRO_CACHE_DIR: path.join(workDir, 'astro-cache'),
    VALIDATION_CACHE_DIR: path.join(workDir, 'validation-cache'),
    HEADERS_CACHE_DIR: path.join(workDir, 'headers-cache'),
  },
  encoding: 'utf8',
  stdio: ['ignore', 'inherit', 'pipe'],
});
const wallMs = performance.now() - started;
const peakKb = Number(result.stderr.trim().split('\n').at(-1));
if (result.status !== 0) {
  console.error(result.stderr);
  process.exit(1);
}
const pages = countPages(distDir);
console.log(`pages: ${pages}`);
console.log(`wall time: ${(wallMs / 1000).toFixed(1)} s`);
console.log(`ms/page: ${(wallMs / pages).toFixed(2)}`);
console.log(`peak memory: ${Math.round(peakKb / 1024)} MiB`);
if (floorMsPerPage) console.log(`ratio to the floor: ${(wallMs / pages / floorMsPerPage).toFixed(2)} (project ms/page ÷ floor ms/page)`);
console.log(
  `load average (1, 5, 15 min): ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on ${os.availableParallelism()} cores`,
);
if (!process.env.BENCH_KEEP) fs.rmSync(workDir, { recursive: true, force: true });
