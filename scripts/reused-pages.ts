/**
 * The pages an incremental build may reuse, put into the build folder before Astro starts. Astro
 * (`experimental.incrementalBuild`) keeps a page it finds in its output folder when the page's
 * cacheKey and code are unchanged, and renders it again over it otherwise. Its own restore copies
 * the pages from its cache one by one with several awaited file operations each: 10–12 s of a
 * publish at 10,000 documents, against 4–7 s for this one loop over 13,000 files, which the publish
 * service's standby runs before the publish arrives. Copies, never hard links: a page rendered
 * again is written in place, and the cache and the live dist/ must not change with it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isRunning } from './standby.ts';
import { pageKey } from './page-scan-cache.ts';

/** Astro's cache folder (incremental state, image transforms); benchmarks and tests keep their own. */
export const astroCacheDir = () => path.resolve(process.env.ASTRO_CACHE_DIR || 'node_modules/.astro');

interface Manifest {
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

const manifestFile = (cacheDir: string) => path.join(cacheDir, 'incremental-build.json');

/** The output files the last build recorded in Astro's incremental manifest (none without one). */
export function recordedPages(cacheDir = astroCacheDir()): string[] {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile(cacheDir), 'utf8'));
  } catch {
    return [];
  }
  return Object.values(manifest.routes ?? {}).flatMap((route) => Object.values(route.paths ?? {}).map((entry) => entry.outputFile));
}

/** Which build's state Astro's cache holds: a build writes the manifest last. */
function manifestDigest(cacheDir: string): string {
  try {
    return createHash('sha1')
      .update(fs.readFileSync(manifestFile(cacheDir)))
      .digest('hex');
  } catch {
    return 'none';
  }
}

/** Copies the last build's pages from Astro's cache into `outDir`; returns those copied. */
export function copyRecordedPages(outDir: string, cacheDir = astroCacheDir()): string[] {
  const folders = new Set<string>();
  const copied: string[] = [];
  for (const file of recordedPages(cacheDir)) {
    const target = path.join(outDir, file);
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    try {
      fs.copyFileSync(path.join(cacheDir, 'dist', file), target);
      copied.push(file);
    } catch {
      // Not in the cache (pruned): Astro renders the page if it still exists.
    }
  }
  return copied;
}

/** The last build's pages, copied while a standby build waits for its content (scripts/standby.ts). */
export interface StagedPages {
  folder: string;
  files: string[];
  /** The manifest the copies were taken from. */
  digest: string;
  /** Each HTML page as staged: its modification time and the digest of its bytes (pageKey). */
  stamps: ReadonlyMap<string, PageStamp>;
}

export interface PageStamp {
  modified: bigint;
  key: string;
}

/**
 * When a page was last written, in nanoseconds: Astro writes a page it renders again in place,
 * so a staged page whose time is unchanged after Astro still holds the bytes it was staged with.
 */
const modifiedAt = (file: string) => fs.statSync(file, { bigint: true }).mtimeNs;

/** A page's path relative to its build folder, with "/" on every system: the key of stamps. */
export const pagePath = (relative: string) => relative.split(path.sep).join('/');

/** The HTML pages among `files` (relative to `folder`; by default all of its HTML files), stamped. */
export function stampPages(folder: string, files?: readonly string[]): Map<string, PageStamp> {
  const pages = (files ?? fs.readdirSync(folder, { recursive: true }).map(String)).filter((file) => file.endsWith('.html'));
  const stamps = new Map<string, PageStamp>();
  for (const file of pages) {
    const target = path.join(folder, file);
    stamps.set(pagePath(file), { modified: modifiedAt(target), key: pageKey(fs.readFileSync(target)) });
  }
  return stamps;
}

/**
 * The staged pages Astro did not write again: their digests as stamped while standing by, so the
 * headers need not read them (`pageKey` of each) and search need not read them again. A page not
 * staged, written again or dropped is absent.
 */
export function unchangedPages(staged: Pick<StagedPages, 'stamps'>, outDir: string): Map<string, string> {
  const unchanged = new Map<string, string>();
  for (const [file, stamp] of staged.stamps) {
    try {
      if (modifiedAt(path.join(outDir, file)) === stamp.modified) unchanged.set(file, stamp.key);
    } catch {
      // Dropped from the site.
    }
  }
  return unchanged;
}

/** Where a standby build (process `pid`) stages pages: beside the build folder. */
const STAGED = '-staged-';
export const stagedFolder = (buildFolder: string, pid = process.pid) => `${buildFolder}${STAGED}${pid}`;

/** Copies the last build's pages beside the build folder, which is not claimed yet. */
export function stagePages(buildFolder: string, cacheDir = astroCacheDir()): StagedPages {
  const folder = stagedFolder(buildFolder);
  fs.rmSync(folder, { recursive: true, force: true });
  const digest = manifestDigest(cacheDir);
  const files = copyRecordedPages(folder, cacheDir);
  // A standby stopped before its build leaves nothing behind.
  process.once('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  return { folder, files, digest, stamps: stampPages(folder, files) };
}

/**
 * The staged pages become the (empty) build folder's, unless a build has changed Astro's cache
 * since they were copied (a build run by hand meanwhile): then they are copied again now.
 */
export function takeStagedPages(staged: StagedPages, outDir: string, cacheDir = astroCacheDir()): string[] {
  if (staged.digest === manifestDigest(cacheDir) && fs.existsSync(staged.folder)) {
    fs.renameSync(staged.folder, outDir);
    return staged.files;
  }
  fs.rmSync(staged.folder, { recursive: true, force: true });
  return copyRecordedPages(outDir, cacheDir);
}

/** Removes folders staged by standby builds that are gone (stopped hard, so their exit hook never ran). */
export function removeStaleStagedPages(buildFolder: string): void {
  const prefix = `${path.basename(buildFolder)}${STAGED}`;
  for (const name of fs.readdirSync(path.dirname(buildFolder))) {
    const owner = Number(name.startsWith(prefix) ? name.slice(prefix.length) : NaN);
    if (owner && owner !== process.pid && !isRunning(owner))
      fs.rmSync(path.join(path.dirname(buildFolder), name), { recursive: true, force: true });
  }
}

/**
 * After Astro: removes the copies of pages this build no longer has (a deleted or moved document),
 * with the folders they leave empty. Every page route has a cacheKey, so the pages of this build
 * are exactly those of the new manifest.
 */
export function removeDroppedPages(outDir: string, copied: readonly string[], cacheDir = astroCacheDir()): number {
  const current = new Set(recordedPages(cacheDir));
  let removed = 0;
  for (const file of copied) {
    if (current.has(file)) continue;
    fs.rmSync(path.join(outDir, file), { force: true });
    removed += 1;
    for (let folder = path.dirname(path.join(outDir, file)); folder.startsWith(outDir + path.sep); folder = path.dirname(folder)) {
      if (fs.readdirSync(folder).length) break;
      fs.rmdirSync(folder);
    }
  }
  return removed;
}
