/**
 * Build benchmark: `npm run bench:build -- <N>` writes a synthetic dataset of N editorial documents
 * (stories, posts, guides, events in both languages, with realistic bodies and the embedded
 * images) into a temporary folder, builds the whole site from it (validation, Astro, Open Graph
 * cards, Pagefind) and prints pages, wall time, ms/page and peak memory. The cards' cache is a fresh
 * folder, so every run measures a cold build.
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
const base: Doc[] = fs.readFileSync(path.join(sourceDir, 'data.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const byType = (type: string) => base.filter((d) => d._type === type);
const images = [...new Set(base.flatMap((d) => (d.image?._sanityAsset ? [d.image] : [])).map((i) => JSON.stringify(i)))].map((s) => JSON.parse(s));
const towns = byType('town').map((t) => t._id);
const branches = byType('branch').map((b) => b._id);
const author = byType('person')[0]?._id;

const WORDS = 'Erzgebirge Ausbildung Handwerk Familie Heimat Betrieb Zukunft Kollegen Werkstatt Schicht Region Wald Weg Team Arbeit Projekt Schule Studium Praxis Chance'.split(' ');
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
const sentence = () => Array.from({ length: 8 + Math.floor(random() * 12) }, () => pick(WORDS)).join(' ') + '.';
const paragraph = (key: string, style = 'normal') => ({
  _type: 'block', _key: key, style, markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, marks: [], text: style === 'normal' ? Array.from({ length: 4 }, sentence).join(' ') : sentence() }],
});
const body = (id: string) => Array.from({ length: 12 }, (_, i) => paragraph(`${id}${i}`, i % 4 === 0 ? 'h2' : 'normal'));
const seo = (title: string) => ({ _type: 'seo', description: `${title}: ${sentence()} ${sentence()}`.slice(0, 150) });

function synthetic(i: number, language: 'de' | 'en'): Doc {
  const kind = i % 4;
  const slug = `bench-${i}-${language}`;
  const common = { _id: `bench-${i}-${language}`, language, slug: { _type: 'slug', current: slug }, title: `Beispiel ${i} ${sentence()}`.slice(0, 80), seo: seo(`Beispiel ${i}`) };
  const image = { ...pick(images) };
  if (kind === 0) return { ...common, _type: 'story', teaser: sentence(), image, person: { _type: 'storyPerson', name: `Person ${i}` }, kind: 'rueckkehrer', town: { _type: 'reference', _ref: pick(towns) }, branch: { _type: 'reference', _ref: pick(branches) }, quote: sentence(), body: body(common._id), publishedAt: new Date(Date.UTC(2025, 0, 1 + (i % 600))).toISOString(), jobSearchTerm: 'Mechatroniker', isExample: true };
  if (kind === 1) return { ...common, _type: 'post', excerpt: sentence(), category: 'ausbildung', audience: ['schueler'], author: { _type: 'reference', _ref: author }, publishedAt: new Date(Date.UTC(2025, 0, 1 + (i % 600))).toISOString(), image, body: body(common._id) };
  if (kind === 2) return { ...common, _type: 'welcomeGuide', audience: ['international'], topic: 'wohnen', summary: sentence(), lastReviewed: '2026-11-01', sources: [{ _type: 'link', _key: 'src', label: 'Make it in Germany', href: 'https://www.make-it-in-germany.com' }], steps: [{ _type: 'guideStep', _key: 'st', title: sentence() }], body: body(common._id) };
  return { ...common, _type: 'event', summary: sentence(), start: new Date(Date.UTC(2026, 0, 1 + (i % 700))).toISOString().slice(0, 10), startTime: '10:00', isOnline: true, image, body: body(common._id) };
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
    generated.push({ _id: `bench-translation-${i}`, _type: 'translation.metadata', schemaTypes: [de._type], translations: ['de', 'en'].map((language) => ({ _key: language, _type: 'internationalizedArrayReferenceValue', language, value: { _type: 'reference', _ref: `bench-${i}-${language}`, _weak: true } })) });
  }
}

fs.mkdirSync(contentDir, { recursive: true });
for (const folder of ['images', 'files']) {
  if (fs.existsSync(path.join(sourceDir, folder))) fs.cpSync(path.join(sourceDir, folder), path.join(contentDir, folder), { recursive: true });
}
if (fs.existsSync(path.join(sourceDir, 'assets.json'))) fs.copyFileSync(path.join(sourceDir, 'assets.json'), path.join(contentDir, 'assets.json'));
fs.writeFileSync(path.join(contentDir, 'data.ndjson'), [...base, ...generated].map((d) => JSON.stringify(d)).join('\n') + '\n');

console.log(`Benchmark: ${generated.filter((d) => d._type !== 'translation.metadata').length} synthetic + ${base.length} embedded documents in ${workDir}`);
if (process.env.BENCH_GENERATE_ONLY) {
  console.log(contentDir);
  process.exit(0);
}
// Its own Astro cache (incremental state), seeded with content/'s image transforms as before.
const imageCache = path.join('node_modules', '.astro', 'assets');
if (fs.existsSync(imageCache)) fs.cpSync(imageCache, path.join(workDir, 'astro-cache', 'assets'), { recursive: true });
const started = performance.now();
const result = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'tsx', 'scripts/build.ts'], {
  env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: distDir, OG_CACHE_DIR: path.join(workDir, 'og-cache'), ASTRO_CACHE_DIR: path.join(workDir, 'astro-cache'), VALIDATION_CACHE_DIR: path.join(workDir, 'validation-cache') }, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'],
});
const wallMs = performance.now() - started;
const peakKb = Number(result.stderr.trim().split('\n').at(-1));
if (result.status !== 0) {
  console.error(result.stderr);
  process.exit(1);
}
const pages = spawnSync('find', [distDir, '-name', '*.html'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).length;
console.log(`pages: ${pages}`);
console.log(`wall time: ${(wallMs / 1000).toFixed(1)} s`);
console.log(`ms/page: ${(wallMs / pages).toFixed(1)}`);
console.log(`peak memory: ${Math.round(peakKb / 1024)} MiB`);
if (!process.env.BENCH_KEEP) fs.rmSync(workDir, { recursive: true, force: true });
