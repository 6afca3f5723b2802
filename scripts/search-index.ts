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
import type { PagefindIndex } from 'pagefind';

/** An index of the staged pages, and each page's modification time when it was read. */
export interface PreparedSearch {
  index: PagefindIndex;
  pages: Map<string, number>;
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

/** The HTML files under `dir` (paths relative to it, with "/") and their modification times. */
function htmlFiles(dir: string): Map<string, number> {
  const files = new Map<string, number>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file).split(path.sep).join('/'), fs.statSync(file).mtimeMs);
  }
  return files;
}

/** Indexes the pages staged in `folder` (which becomes the build folder on "go"). */
export async function prepareSearch(folder: string): Promise<PreparedSearch> {
  const index = await newIndex();
  failIfAny((await index.addDirectory({ path: folder })).errors);
  return { index, pages: htmlFiles(folder) };
}

/** Whether Pagefind indexes the page: the site marks what to index (pages without it are left out). */
const forIndex = (file: string) => fs.readFileSync(file, 'utf8').includes('data-pagefind-body');

/**
 * The pages Astro wrote again since the index was prepared, or undefined when the prepared index
 * cannot serve: a page was dropped, or a page for the index was added (pages Astro writes afresh
 * each time, the 404 pages, are not for the index).
 */
export function rewrittenPages(prepared: PreparedSearch, outDir: string): string[] | undefined {
  const now = htmlFiles(outDir);
  for (const file of prepared.pages.keys()) if (!now.has(file)) return undefined;
  const rewritten: string[] = [];
  for (const [file, modified] of now) {
    const before = prepared.pages.get(file);
    if (before === undefined && forIndex(path.join(outDir, file))) return undefined;
    if (before !== undefined && before !== modified) rewritten.push(file);
  }
  return rewritten;
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
}

/**
 * Indexes the build folder's pages and writes the bundle to `outDir/pagefind`; from `prepared` when
 * it can serve. `meanwhile` runs while Pagefind works: it may add HTML files that are not for the
 * index (no data-pagefind-body), but must not change the pages Astro wrote. Should the prepared
 * index fail (its Pagefind process gone while standing by), the folder is indexed anew.
 */
export async function indexSearch(
  outDir: string,
  prepared: PreparedSearch | undefined,
  meanwhile: () => Promise<void>,
): Promise<SearchReport> {
  const bundle = path.join(outDir, 'pagefind');
  try {
    const rewritten = prepared && rewrittenPages(prepared, outDir);
    const fromPrepared = prepared && rewritten && worthReadingAgain(rewritten.length, prepared.pages.size);
    const indexing = fromPrepared
      ? writeBundle(
          prepared.index,
          readAgain(prepared.index, outDir, rewritten).then(
            () => `${rewritten.length} of ${prepared.pages.size} HTML files read again (the rest while standing by)`,
          ),
          bundle,
        )
      : indexFolder(outDir, prepared);
    indexing.catch(() => undefined); // awaited below, after `meanwhile`, whose failure comes first
    await meanwhile();
    const read = await indexing.catch(async (error: unknown) => {
      if (!fromPrepared) throw error;
      console.warn(`Search: the index prepared in standby failed (${(error as Error).message}); indexing every page`);
      await pagefind.close();
      fs.rmSync(bundle, { recursive: true, force: true });
      return indexFolder(outDir, undefined);
    });
    return { read, ...describeBundle(bundle) };
  } finally {
    await pagefind.close();
  }
}

/** A fresh index of the whole folder (the prepared one, if any, is dropped). */
async function indexFolder(outDir: string, prepared: PreparedSearch | undefined): Promise<string> {
  await prepared?.index.deleteIndex().catch(() => undefined);
  const index = await newIndex();
  const adding = index.addDirectory({ path: outDir }).then(({ errors, page_count }) => {
    failIfAny(errors);
    return `${page_count} HTML files read`;
  });
  return writeBundle(index, adding, path.join(outDir, 'pagefind'));
}

/**
 * Asks for the bundle right after the pages: Pagefind's process handles its messages in order, so
 * it writes once the pages are in, without waiting for this process, whose headers scan holds its
 * thread meanwhile. Resolves with what `adding` says was read.
 */
async function writeBundle(index: PagefindIndex, adding: Promise<string>, bundle: string): Promise<string> {
  const writing = index.writeFiles({ outputPath: bundle });
  writing.catch(() => undefined); // a failed `adding` is the error to report
  const read = await adding;
  failIfAny((await writing).errors);
  return read;
}

/** Gives Pagefind the current text of pages it has indexed, all at once; it replaces them in place. */
async function readAgain(index: PagefindIndex, outDir: string, files: readonly string[]): Promise<void> {
  const added = await Promise.all(
    files.map((file) => index.addHTMLFile({ sourcePath: file, content: fs.readFileSync(path.join(outDir, file), 'utf8') })),
  );
  failIfAny(added.flatMap(({ errors }) => errors));
}

/** Removes Pagefind's prebuilt UIs (the site has its own over pagefind.js) and sums up the bundle. */
function describeBundle(bundle: string): Omit<SearchReport, 'read'> {
  for (const file of fs.readdirSync(bundle)) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/.test(file)) fs.rmSync(path.join(bundle, file));
  }
  const bytes = fs
    .readdirSync(bundle, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
  const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.entries(entry.languages)
    .map(([language, { page_count }]) => `${language} ${page_count}`)
    .join(', ');
  return { languages, kilobytes: Math.round(bytes / 1024) };
}

/** Ends Pagefind's service process (a build that stops before indexing). */
export const closeSearch = () => pagefind.close();
