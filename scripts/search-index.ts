/**
 * The site's Pagefind index. Pagefind cannot update a bundle it has written, but an index still held
 * by its service takes a page again under the same URL and replaces the earlier one in place. So a
 * standby build (scripts/standby.ts) indexes the last build's pages it staged while it waits
 * (`prepareSearch`), and after Astro the build reads again only the pages Astro wrote again. When
 * pages were added or dropped it indexes the whole folder anew: pages are numbered in the order
 * they were added, and only a fresh walk gives a clean build's order, byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { IndexFile, PagefindIndex } from 'pagefind';
import { pagePath, unchangedPages, type PageStamp, type StagedPages } from './reused-pages.ts';

/** An index of the staged pages, and how each page was stamped when it was read. */
export interface PreparedSearch {
  index: PagefindIndex;
  pages: ReadonlyMap<string, PageStamp>;
}

const failIfAny = (errors: readonly string[]) => {
  if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
};

async function newIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  failIfAny(errors);
  if (!index) throw new Error('Pagefind: no index');
  return index;
}

/** The HTML files under `dir`, as paths relative to it with "/". */
const htmlFiles = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .map(pagePath);

/** Indexes the pages staged in `staged.folder` (which becomes the build folder on "go"). */
export async function prepareSearch(staged: Pick<StagedPages, 'folder' | 'stamps'>): Promise<PreparedSearch> {
  const index = await newIndex();
  failIfAny((await index.addDirectory({ path: staged.folder })).errors);
  return { index, pages: staged.stamps };
}

/** Whether Pagefind indexes the page: the site marks what to index (pages without it are left out). */
const forIndex = (file: string) => fs.readFileSync(file, 'utf8').includes('data-pagefind-body');

/**
 * The pages Astro wrote again since the index was prepared, or undefined when the prepared index
 * cannot serve: a page was dropped, or a page for the index was added (pages Astro writes afresh
 * each time, the 404 pages, are not for the index).
 */
function rewrittenPages(prepared: PreparedSearch, outDir: string): string[] | undefined {
  const now = new Set(htmlFiles(outDir));
  if ([...prepared.pages.keys()].some((file) => !now.has(file))) return undefined;
  if ([...now].some((file) => !prepared.pages.has(file) && forIndex(path.join(outDir, file)))) return undefined;
  const unchanged = unchangedPages({ stamps: prepared.pages }, outDir);
  return [...prepared.pages.keys()].filter((file) => !unchanged.has(file));
}

/**
 * Up to this share of the pages, reading them again one by one (a message to Pagefind's process
 * each, about 4 ms a page at 10,000 pages against under 1 ms in a walk) is quicker than a fresh
 * walk of the whole folder; beyond it (the site settings changed: every page) the folder is walked
 * anew. A small site re-reads up to READ_AGAIN_PAGES either way: well under a second.
 */
const READ_AGAIN_SHARE = 0.15;
const READ_AGAIN_PAGES = 100;

const worthReadingAgain = (rewritten: number, pages: number) => rewritten <= Math.max(pages * READ_AGAIN_SHARE, READ_AGAIN_PAGES);

/** What an index run did, for the build log. */
export interface SearchReport {
  read: string;
  languages: string;
  kilobytes: number;
  /** Files of the bundle hard-linked from the live one (the same bytes), of all its files. */
  linked: number;
  files: number;
}

/** Where the build's search starts from: the index prepared in standby, the live bundle. */
export interface SearchStart {
  prepared?: PreparedSearch;
  /** The live site's bundle: files with the same bytes are hard-linked from it. */
  previous?: string;
}

/**
 * Indexes the build folder's pages and writes the bundle to `outDir/pagefind`; from `prepared` when
 * it can serve. `meanwhile` runs while Pagefind works: it may add HTML files that are not for the
 * index (no data-pagefind-body), but must not change the pages Astro wrote. Should the prepared
 * index fail (its Pagefind process gone while standing by), the folder is indexed anew.
 */
export async function indexSearch(
  outDir: string,
  meanwhile: () => Promise<void>,
  { prepared, previous }: SearchStart = {},
): Promise<SearchReport> {
  const bundle = path.join(outDir, 'pagefind');
  try {
    const rewritten = prepared && rewrittenPages(prepared, outDir);
    const fromPrepared = prepared && rewritten && worthReadingAgain(rewritten.length, prepared.pages.size);
    const indexing = fromPrepared
      ? buildBundle(
          prepared.index,
          readAgain(prepared.index, outDir, rewritten).then(
            () => `${rewritten.length} of ${prepared.pages.size} HTML files read again (the rest while standing by)`,
          ),
        )
      : indexFolder(outDir, prepared);
    indexing.catch(() => undefined); // awaited below, after `meanwhile`, whose failure comes first
    await meanwhile();
    const { read, files } = await indexing.catch(async (error: unknown) => {
      if (!fromPrepared) throw error;
      console.warn(`Search: the index prepared in standby failed (${(error as Error).message}); indexing every page`);
      await pagefind.close();
      return indexFolder(outDir, undefined);
    });
    return { read, ...placeBundle(files, bundle, previous) };
  } finally {
    await pagefind.close();
  }
}

/** A fresh index of the whole folder (the prepared one, if any, is dropped). */
async function indexFolder(outDir: string, prepared: PreparedSearch | undefined) {
  await prepared?.index.deleteIndex().catch(() => undefined);
  const index = await newIndex();
  const adding = index.addDirectory({ path: outDir }).then(({ errors, page_count }) => {
    failIfAny(errors);
    return `${page_count} HTML files read`;
  });
  return buildBundle(index, adding);
}

/**
 * Asks for the bundle right after the pages: Pagefind's process handles its messages in order, so
 * it builds the bundle once the pages are in, without waiting for this process, whose headers scan
 * holds its thread meanwhile. The files come back in memory (placeBundle writes them).
 */
async function buildBundle(index: PagefindIndex, adding: Promise<string>): Promise<{ read: string; files: IndexFile[] }> {
  const building = index.getFiles();
  building.catch(() => undefined); // a failed `adding` is the error to report
  const read = await adding;
  const { errors, files } = await building;
  failIfAny(errors);
  return { read, files };
}

/** Gives Pagefind the current text of pages it has indexed, all at once; it replaces them in place. */
async function readAgain(index: PagefindIndex, outDir: string, files: readonly string[]): Promise<void> {
  const added = await Promise.all(
    files.map((file) => index.addHTMLFile({ sourcePath: file, content: fs.readFileSync(path.join(outDir, file), 'utf8') })),
  );
  failIfAny(added.flatMap(({ errors }) => errors));
}

/** Pagefind's prebuilt UIs: the site has its own over pagefind.js. */
const PREBUILT_UI = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/**
 * Writes the bundle's files into `bundle`. A file the live bundle holds with the same bytes (most
 * of them: fragments and index chunks are named by their content) is hard-linked from it instead.
 * Files are never changed in place, so the two sites never see each other's changes; and a link
 * takes no new inode, which on this kind of file system costs more than the bytes after the last
 * build's 10,000 files were deleted (writing the bundle took 9–10 s instead of 6).
 */
function placeBundle(files: readonly IndexFile[], bundle: string, previous: string | undefined): Omit<SearchReport, 'read'> {
  const folders = new Set<string>();
  let linked = 0;
  let bytes = 0;
  let entry: { languages: Record<string, { page_count: number }> } | undefined;
  const kept = files.filter((file) => !PREBUILT_UI.test(file.path));
  for (const file of kept) {
    const target = path.join(bundle, file.path);
    const folder = path.dirname(target);
    if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
    folders.add(folder);
    bytes += file.content.length;
    if (file.path === 'pagefind-entry.json') entry = JSON.parse(Buffer.from(file.content).toString('utf8'));
    if (previous && sameBytes(path.join(previous, file.path), file.content)) {
      try {
        fs.linkSync(path.join(previous, file.path), target);
        linked += 1;
        continue;
      } catch {
        // Another file system: written below.
      }
    }
    fs.writeFileSync(target, file.content);
  }
  if (!entry) throw new Error('Pagefind: the bundle has no pagefind-entry.json');
  const languages = Object.entries(entry.languages)
    .map(([language, { page_count }]) => `${language} ${page_count}`)
    .join(', ');
  return { languages, kilobytes: Math.round(bytes / 1024), linked, files: kept.length };
}

function sameBytes(file: string, content: Uint8Array): boolean {
  try {
    const stat = fs.statSync(file);
    return stat.size === content.length && fs.readFileSync(file).equals(content);
  } catch {
    return false;
  }
}

/** Ends Pagefind's service process (a build that stops before indexing). */
export const closeSearch = () => pagefind.close();
