/**
 * What the security headers need of each built page: the CSP hashes of its inline scripts, styles
 * and style attributes, and any unsafe markup. Kept between builds by the page's bytes, so a publish
 * that changed a few pages of 10,000 reads them all again but scans and hashes only those whose
 * bytes changed (the scan of every page was seconds of CPU beside Pagefind). The key also covers
 * the scanning code, so a change to site/csp.ts scans every page again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cspHash, extractInline, unsafeMarkup } from '../site/csp.ts';

export interface PageScan {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  /** Unsafe markup found on the page (site/csp.ts), without the page's path. */
  problems: string[];
}

export const pageScanCacheDir = () =>
  process.env.HEADERS_CACHE_DIR || path.join(process.cwd(), 'node_modules', '.cache', 'herzland-headers');

const CODE = [new URL('../site/csp.ts', import.meta.url), new URL(import.meta.url)];

function codeDigest(): string {
  const hash = createHash('sha256');
  for (const file of CODE) hash.update(fs.readFileSync(file));
  return hash.digest('hex');
}

export function scanPage(html: string): PageScan {
  const inline = extractInline(html);
  return {
    scripts: inline.scripts.map(cspHash),
    styles: inline.styles.map(cspHash),
    styleAttributes: inline.styleAttributes.map(cspHash),
    problems: unsafeMarkup(html),
  };
}

/** A page's key in the cache: the digest of its bytes. */
export const pageKey = (page: Buffer) => createHash('sha1').update(page).digest('base64url');

export interface PageScanCache {
  scan(page: Buffer): PageScan;
  /** The scan kept for a page by its key, without its bytes; undefined when there is none. */
  scanByKey(key: string): PageScan | undefined;
  /** Pages answered from the cache so far. */
  readonly hits: number;
  /** Keeps the scans of this build's pages (and only those) for the next build. */
  save(): void;
}

export function openPageScanCache(dir = pageScanCacheDir()): PageScanCache {
  const file = path.join(dir, 'pages.json');
  const code = codeDigest();
  const stored = ((): Record<string, PageScan> => {
    try {
      const cache = JSON.parse(fs.readFileSync(file, 'utf8'));
      return cache.code === code ? cache.pages : {};
    } catch {
      return {};
    }
  })();
  const next: Record<string, PageScan> = {};
  let hits = 0;
  return {
    scan(page) {
      const key = pageKey(page);
      return this.scanByKey(key) ?? (next[key] ??= scanPage(page.toString('utf8')));
    },
    scanByKey(key) {
      const cached = stored[key];
      if (!cached) return next[key];
      hits += 1;
      return (next[key] = cached);
    },
    get hits() {
      return hits;
    },
    save() {
      fs.mkdirSync(dir, { recursive: true });
      // Written whole under another name first: a build stopped half-way leaves the old cache intact.
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify({ code, pages: next }));
      fs.renameSync(temporary, file);
    },
  };
}
