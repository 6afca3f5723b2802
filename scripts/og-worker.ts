/** Worker process of scripts/og-images.ts: loads the content, renders its slice of cards, reports the counts. */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { siteData } from '../site/data.ts';
import { redirectsOf } from '../site/redirects.ts';
import { routeMap } from '../site/route-map.ts';
import { createOgRenderer } from '../site/og-image.ts';
import type { OgJob, OgReport, OgWorkerInput } from './og-images.ts';
import { ogCacheFile, ogJobs, readTokensCss, siteHost, sliceOf } from './og-images.ts';
import { cpuSeconds } from './cpu-time.ts';
import { awaitGo } from './standby.ts';

const { outDir, cacheDir, slice, slices, redirects } = JSON.parse(process.argv[2]) as OgWorkerInput;
// A build that stops (or is killed) takes its card worker with it.
const orphaned = () => process.exit(1);
process.on('disconnect', orphaned);
/** Reports to the build and closes the channel (which the listener above keeps open). */
function finish(message: OgReport | { error: string }): void {
  process.off('disconnect', orphaned);
  process.send!(message, () => process.disconnect());
}
sharp.concurrency(1); // one libvips thread per worker: the other cores belong to the build
const tokensCss = readTokensCss();
const host = siteHost();
const renderer = createOgRenderer({ host, tokensCss });
// A standby build's worker has loaded its code by now; the cache and the content are read after "go".
await awaitGo();
// One directory listing instead of a file-system lookup per card.
const cachedFiles = new Set(fs.readdirSync(cacheDir));
const report: OgReport = { written: 0, cached: 0, cpuSeconds: 0 };

async function readPhoto(photo: NonNullable<OgJob['photo']>): Promise<Buffer> {
  if (photo.file) return fs.promises.readFile(photo.file);
  const response = await fetch(photo.url!);
  if (!response.ok) throw new Error(`Image ${photo.url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** Photos that could not be read: their cards go without, and stay out of the cache. */
const unreadPhotos = new Set<string>();
function unread(job: OgJob, error: unknown): never {
  unreadPhotos.add(job.photo!.key);
  console.warn(
    `WARNING Open Graph image ${job.file}: photo not read (${error instanceof Error ? error.message : String(error)}); the card goes without it this time`,
  );
  throw error;
}

const folders = new Set<string>();
const pendingCacheWrites: Promise<void>[] = [];
let temporaries = 0;

/**
 * Adds a card to the cache under a temporary name, then renames it: a build stopped half-way never
 * leaves a truncated card there. A hard link to the card just written costs no second gigabyte of
 * writes in a large build (nothing edits built files in place); across file systems it is copied,
 * off this thread.
 */
function storeInCache(target: string, card: Buffer, cached: string): void {
  const temporary = `${cached}.${process.pid}-${(temporaries += 1)}.tmp`;
  try {
    fs.linkSync(target, temporary);
    fs.renameSync(temporary, cached);
  } catch {
    pendingCacheWrites.push(fs.promises.writeFile(temporary, card).then(() => fs.promises.rename(temporary, cached)));
  }
}

/**
 * A cached card goes into the build as a hard link: no 10,000 copies (800 MB at 10,000 documents)
 * in a publish where one card changed. Cards are never edited in place, neither in the cache nor
 * in a build. Across file systems it is copied.
 */
function takeFromCache(cached: string, target: string): void {
  try {
    fs.linkSync(cached, target);
  } catch {
    fs.copyFileSync(cached, target);
  }
}

async function renderJob(job: OgJob): Promise<void> {
  const target = path.join(outDir, job.file);
  if (!folders.has(path.dirname(target))) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    folders.add(path.dirname(target));
  }
  const cached = ogCacheFile(cacheDir, job.cacheKey);
  if (cachedFiles.has(path.basename(cached))) {
    takeFromCache(cached, target);
    report.cached += 1;
  } else {
    const photo = job.photo && { key: job.photo.key, read: () => readPhoto(job.photo!).catch((error) => unread(job, error)) };
    const card = await renderer.render({ title: job.title, section: job.section, photo });
    fs.writeFileSync(target, card);
    // A card drawn without its photo (the image host did not answer) is drawn again next build.
    if (!unreadPhotos.has(job.photo?.key ?? '')) {
      storeInCache(target, card, cached);
      cachedFiles.add(path.basename(cached));
    }
  }
  report.written += 1;
}

// One card at a time: the worker never takes more than its one core from the main thread.
try {
  const data = await siteData();
  const jobs = sliceOf(ogJobs(data, tokensCss, host), slice, slices);
  for (const job of jobs) {
    await renderJob(job).catch((error: unknown) => {
      throw new Error(`Open Graph image ${job.file}: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  await Promise.all(pendingCacheWrites);
  finish({ ...report, cpuSeconds: cpuSeconds(), ...(redirects ? { redirects: redirectsOf(routeMap(data)) } : {}) });
} catch (error) {
  finish({ error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
