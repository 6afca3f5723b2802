/**
 * Publish benchmark: `npm run bench:publish -- <N>` (N = 0: the embedded dataset as it is; else
 * N synthetic documents as in bench:build). A full build with empty caches, then the publish
 * service (scripts/publish-service.ts) watching the dataset: one story's title is changed in
 * data.ndjson and timed until the new dist/ holds the new title; then the same for a town that
 * many pages show. Everything runs in a temporary folder with its own caches.
 * Last line: `publish: <s> s, full: <s> s, ratio <r>` for the story's change.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentPath } from '../site/routes.ts';

type Doc = Record<string, any> & { _id: string; _type: string };

const count = Number(process.argv[2] ?? 0);
const root = process.cwd();

function prepareDataset(): { workDir: string; contentDir: string } {
  if (count > 0) {
    const generated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-build.ts', String(count)], {
      env: { ...process.env, BENCH_GENERATE_ONLY: '1' },
      encoding: 'utf8',
    });
    if (generated.status !== 0) throw new Error(generated.stderr);
    const contentDir = generated.stdout.trim().split('\n').at(-1)!;
    return { workDir: path.dirname(contentDir), contentDir };
  }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-publish-0-'));
  const contentDir = path.join(workDir, 'content');
  fs.cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  return { workDir, contentDir };
}

const { workDir, contentDir } = prepareDataset();
// Inside the project: Astro puts the prerender chunks of an output folder outside it into the
// project's .astro/, which a build running meanwhile (npm run build, tests) would share.
const distDir = path.join(root, `.dist-bench-publish-${count}`);
const env = {
  ...process.env,
  CONTENT_DIR: contentDir,
  DIST_DIR: distDir,
  SANITY_PROJECT_ID: '',
  ASTRO_CACHE_DIR: path.join(workDir, 'astro-cache'),
  OG_CACHE_DIR: path.join(workDir, 'og-cache'),
  VALIDATION_CACHE_DIR: path.join(workDir, 'validation-cache'),
  HEADERS_CACHE_DIR: path.join(workDir, 'headers-cache'),
  PUBLISH_QUIET_MS: process.env.PUBLISH_QUIET_MS || '250',
};
const dataFile = path.join(contentDir, 'data.ndjson');
const readDocs = (): Doc[] =>
  fs
    .readFileSync(dataFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
/**
 * As an editor's tool writes: a temporary file, renamed over the dataset by the returned function.
 * The rename is the moment of the publish: the benchmark times from there, not the writing before.
 */
function prepareDocs(docs: Doc[]): () => void {
  fs.writeFileSync(`${dataFile}.tmp`, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return () => fs.renameSync(`${dataFile}.tmp`, dataFile);
}
const pageFile = (doc: Doc) => path.join(distDir, documentPath({ ...doc, slug: doc.slug?.current }), 'index.html');

console.log(`Benchmark: ${readDocs().length} documents in ${contentDir}`);

// 1. Full build, empty caches (the image transforms of content/ come along: they are not content work).
const imageCache = path.join(root, 'node_modules', '.astro', 'assets');
if (fs.existsSync(imageCache)) fs.cpSync(imageCache, path.join(env.ASTRO_CACHE_DIR, 'assets'), { recursive: true });
let started = performance.now();
const full = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
  env: { ...env, HERZLAND_FULL_BUILD: '1' },
  stdio: 'inherit',
});
if (full.status !== 0) process.exit(1);
const fullSeconds = (performance.now() - started) / 1000;
console.log(`full build: ${fullSeconds.toFixed(1)} s`);

// 2. The publish service, watching the dataset.
const service = spawn(process.execPath, ['--import', 'tsx', 'scripts/publish-service.ts', '--no-start-build'], {
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
let echo = true;
service.stdout.on('data', (chunk: Buffer) => {
  output += chunk;
  if (echo) process.stdout.write(chunk);
});
const waitFor = async (pattern: RegExp, from: number) => {
  while (!pattern.test(output.slice(from))) {
    if (service.exitCode !== null) throw new Error('publish service stopped');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
await waitFor(/watching/, 0);
// An editor publishes some time after the last build: the service's next build process is loaded by then.
let sinceLastBuild = 0;

async function publish(label: string, edit: (docs: Doc[]) => { page: string; expected: string }): Promise<number> {
  await waitFor(/next build standing by/, sinceLastBuild);
  const mark = output.length;
  const docs = readDocs();
  const { page, expected } = edit(docs);
  const publishDocs = prepareDocs(docs);
  started = performance.now();
  publishDocs();
  await waitFor(/dist\/ updated|build failed/, mark);
  const seconds = (performance.now() - started) / 1000;
  sinceLastBuild = output.length;
  if (!fs.readFileSync(page, 'utf8').includes(expected)) throw new Error(`${label}: ${page} does not show "${expected}"`);
  console.log(`${label}: live in ${seconds.toFixed(1)} s (${((seconds / fullSeconds) * 100).toFixed(0)} % of the full build)`);
  return seconds;
}

let storySeconds: number;
try {
  storySeconds = await publish('story title', (docs) => {
    const story = docs.find((d) => d._type === 'story' && d.language === 'de')!;
    story.title = `${story.title} (geändert)`;
    return { page: pageFile(story), expected: story.title };
  });
  await publish('town name', (docs) => {
    const town = docs.find((d) => d._type === 'town' && docs.some((s) => s._type === 'story' && s.town?._ref === d._id))!;
    const story = docs.find((s) => s._type === 'story' && s.town?._ref === town._id)!;
    town.name = `${town.name} (geändert)`;
    return { page: pageFile(story), expected: town.name };
  });
} finally {
  echo = false;
  service.kill('SIGTERM');
  await new Promise((resolve) => service.once('exit', resolve));
  if (!process.env.BENCH_KEEP) for (const dir of [workDir, distDir]) fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`publish: ${storySeconds.toFixed(1)} s, full: ${fullSeconds.toFixed(1)} s, ratio ${(storySeconds / fullSeconds).toFixed(2)}`);
