/**
 * The security headers' scan of the built pages, kept between builds by each page's bytes
 * (scripts/page-scan-cache.ts): fixture pages in a temporary folder, never the site's own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPageScanCache, scanPage } from '../../scripts/page-scan-cache.ts';
import { writeSecurityHeaders } from '../../scripts/postbuild.ts';
import { stampPages } from '../../scripts/reused-pages.ts';
import { cspHash } from '../../site/csp.ts';

let work: string;
let outDir: string;
let cacheDir: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'page-scan-'));
  outDir = path.join(work, 'dist');
  cacheDir = path.join(work, 'cache');
  fs.mkdirSync(path.join(outDir, 'a'), { recursive: true });
  fs.mkdirSync(path.join(outDir, 'b'), { recursive: true });
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const page = (style: string, script = 'var a = 1;') =>
  `<html><head><style>${style}</style><script>${script}</script></head><body><p style="color: red">Ä</p></body></html>`;
const write = (file: string, html: string) => fs.writeFileSync(path.join(outDir, file), html);
const policy = () => fs.readFileSync(path.join(outDir, '_headers'), 'utf8');

describe('the page scan behind the CSP', () => {
  it('answers a page whose bytes are unchanged from the cache, and scans a changed one again', () => {
    write('a/index.html', page('a{color:red}'));
    write('b/index.html', page('b{color:blue}'));
    expect(writeSecurityHeaders(outDir, openPageScanCache(cacheDir)).fromCache).toBe(0);

    write('b/index.html', page('b{color:green}'));
    const report = writeSecurityHeaders(outDir, openPageScanCache(cacheDir));
    expect(report.fromCache).toBe(1);
    // The policy is that of the pages as they are now: the changed style's hash, not the old one's.
    expect(policy()).toContain(cspHash('b{color:green}'));
    expect(policy()).not.toContain(cspHash('b{color:blue}'));
    expect(policy()).toContain(cspHash('a{color:red}'));
    expect(policy()).toContain(cspHash('color: red'));
  });

  it('takes a page whose digest is known (staged and not written again) from the cache without reading it', () => {
    write('a/index.html', page('a{color:red}'));
    write('b/index.html', page('b{color:blue}'));
    const known = new Map([...stampPages(outDir)].map(([file, stamp]) => [file, stamp.key]));
    writeSecurityHeaders(outDir, openPageScanCache(cacheDir));
    // The page changes behind the stamp's back: a policy from the stamp shows the page was not read.
    // (The build never does this: a page written again loses its stamp, scripts/reused-pages.ts.)
    write('a/index.html', page('a{color:green}'));
    expect(writeSecurityHeaders(outDir, openPageScanCache(cacheDir), known).fromCache).toBe(2);
    expect(policy()).toContain(cspHash('a{color:red}'));
    expect(policy()).not.toContain(cspHash('a{color:green}'));
    // Without the stamp, or with a digest the cache does not hold, the page is read and scanned.
    expect(writeSecurityHeaders(outDir, openPageScanCache(cacheDir), new Map([['a/index.html', 'not-in-the-cache']])).fromCache).toBe(1);
    expect(policy()).toContain(cspHash('a{color:green}'));
    expect(policy()).not.toContain(cspHash('a{color:red}'));
  });

  it('gives from the cache exactly what a scan gives', () => {
    const html = page('a{content:"–"}', 'console.log("ü")');
    const first = openPageScanCache(cacheDir);
    expect(first.scan(Buffer.from(html))).toEqual(scanPage(html));
    first.save();
    const second = openPageScanCache(cacheDir);
    expect(second.scan(Buffer.from(html))).toEqual(scanPage(html));
    expect(second.hits).toBe(1);
  });

  it('still stops the build for unsafe markup on a page answered from the cache', () => {
    write('a/index.html', page('a{}').replace('<p ', '<p onclick="x()" '));
    expect(() => writeSecurityHeaders(outDir, openPageScanCache(cacheDir))).toThrow(/a\/index\.html: inline event handler/);
    const cache = openPageScanCache(cacheDir);
    cache.scan(fs.readFileSync(path.join(outDir, 'a/index.html')));
    cache.save();
    const again = openPageScanCache(cacheDir);
    expect(() => writeSecurityHeaders(outDir, again)).toThrow(/a\/index\.html: inline event handler/);
    expect(again.hits).toBe(1);
  });

  it('keeps only the pages of the last build', () => {
    write('a/index.html', page('a{}'));
    write('b/index.html', page('b{}'));
    writeSecurityHeaders(outDir, openPageScanCache(cacheDir));
    fs.rmSync(path.join(outDir, 'b'), { recursive: true });
    writeSecurityHeaders(outDir, openPageScanCache(cacheDir));
    const stored = JSON.parse(fs.readFileSync(path.join(cacheDir, 'pages.json'), 'utf8'));
    expect(Object.keys(stored.pages)).toHaveLength(1);
  });
});
