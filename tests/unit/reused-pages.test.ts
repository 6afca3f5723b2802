/**
 * The last build's pages put into the build folder before Astro (scripts/reused-pages.ts), on a
 * fixture cache: an incremental manifest and cached pages made for this test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  copyRecordedPages,
  removeDroppedPages,
  removeStaleStagedPages,
  stagedFolder,
  stagePages,
  takeStagedPages,
  unchangedPages,
} from '../../scripts/reused-pages.ts';
import { pageKey } from '../../scripts/page-scan-cache.ts';

let work: string;
let cacheDir: string;
let outDir: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'reused-pages-'));
  cacheDir = path.join(work, 'cache');
  outDir = path.join(work, '.dist-build');
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

/** Astro's cache as a build leaves it: the manifest and a copy of each page. */
function cacheBuild(pages: Record<string, string>): void {
  const paths = Object.fromEntries(Object.keys(pages).map((file) => [`/${path.dirname(file)}/`, { cacheKey: 'k', outputFile: file }]));
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(
    path.join(cacheDir, 'incremental-build.json'),
    JSON.stringify({ version: 1, routes: { 'src/views/X.astro': { paths } } }),
  );
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(cacheDir, 'dist', file)), { recursive: true });
    fs.writeFileSync(path.join(cacheDir, 'dist', file), html);
  }
}
const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');

describe('pages of the last build', () => {
  it('are copied into the build folder, and those the new build no longer has are removed with their folders', () => {
    cacheBuild({ 'a/index.html': 'A', 'b/c/index.html': 'C' });
    const copied = copyRecordedPages(outDir, cacheDir);
    expect(copied.sort()).toEqual(['a/index.html', 'b/c/index.html']);
    expect(read('a/index.html')).toBe('A');
    // The copy is a file of its own: writing the page again leaves the cache as it was.
    fs.writeFileSync(path.join(outDir, 'a/index.html'), 'A2');
    expect(fs.readFileSync(path.join(cacheDir, 'dist/a/index.html'), 'utf8')).toBe('A');

    cacheBuild({ 'a/index.html': 'A2' }); // the build that followed dropped b/c/
    fs.rmSync(path.join(cacheDir, 'dist/b'), { recursive: true });
    expect(removeDroppedPages(outDir, copied, cacheDir)).toBe(1);
    expect(fs.existsSync(path.join(outDir, 'b'))).toBe(false);
    expect(read('a/index.html')).toBe('A2');
  });

  it('staged while a build stands by, become the build folder when no build came between', () => {
    cacheBuild({ 'a/index.html': 'A' });
    const staged = stagePages(outDir, cacheDir);
    expect(takeStagedPages(staged, outDir, cacheDir)).toEqual(['a/index.html']);
    expect(read('a/index.html')).toBe('A');
    expect(fs.existsSync(staged.folder)).toBe(false);
  });

  it('staged pages are stamped; those Astro writes again lose their known digest, the others keep it', () => {
    cacheBuild({ 'a/index.html': 'A', 'b/index.html': 'B', 'a.ics': 'BEGIN:VCALENDAR' });
    const staged = stagePages(outDir, cacheDir);
    expect([...staged.stamps.keys()].sort()).toEqual(['a/index.html', 'b/index.html']);
    expect(staged.stamps.get('a/index.html')!.key).toBe(pageKey(Buffer.from('A')));
    takeStagedPages(staged, outDir, cacheDir);
    // As Astro renders a page again: in place, later.
    const later = new Date(Date.now() + 2000);
    fs.writeFileSync(path.join(outDir, 'b/index.html'), 'B2');
    fs.utimesSync(path.join(outDir, 'b/index.html'), later, later);
    expect(unchangedPages(staged, outDir)).toEqual(new Map([['a/index.html', pageKey(Buffer.from('A'))]]));
  });

  it('staged before a build that changed the cache, are copied again from what that build left', () => {
    cacheBuild({ 'a/index.html': 'A', 'b/index.html': 'B' });
    const staged = stagePages(outDir, cacheDir);
    cacheBuild({ 'a/index.html': 'A, built by hand meanwhile' });
    expect(takeStagedPages(staged, outDir, cacheDir)).toEqual(['a/index.html']);
    expect(read('a/index.html')).toBe('A, built by hand meanwhile');
    expect(fs.existsSync(path.join(outDir, 'b'))).toBe(false);
    expect(fs.existsSync(staged.folder)).toBe(false);
  });

  it('staged by a standby that is gone, are removed; those of a running one stay', () => {
    const gone = stagedFolder(outDir, 999999999);
    const running = stagedFolder(outDir, process.ppid);
    for (const folder of [gone, running]) fs.mkdirSync(path.join(folder, 'a'), { recursive: true });
    removeStaleStagedPages(outDir);
    expect(fs.existsSync(gone)).toBe(false);
    expect(fs.existsSync(running)).toBe(true);
  });
});
