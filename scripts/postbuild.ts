/**
 * Steps scripts/build.ts runs on the temporary build folder before it is swapped into dist/:
 * redirects for previous slugs, language 404 pages, and the security headers whose CSP carries the
 * hashes of every inline script and style the build emitted. Each step throws on failure, so the
 * previous dist/ stays in place.
 */
import { defaultLanguage, languageIds } from '../studio/config/languages.ts';
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../site/config.ts';
import { redirectPage, redirectsFile, type Redirect } from '../site/redirects.ts';
import { contentSecurityPolicy, headersFile, nginxHeaders } from '../site/csp.ts';
import { openPageScanCache, type PageScanCache } from './page-scan-cache.ts';
import { pagePath } from './reused-pages.ts';
import { matomoOrigin } from '../site/analytics.ts';
import { sanityImageOrigin } from '../site/images.ts';

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

// Redirects -------------------------------------------------------------------------------------------

export function writeRedirects(outDir: string, redirects: readonly Redirect[]): number {
  const { siteUrl } = siteConfig();
  for (const redirect of redirects) {
    const file = path.join(outDir, redirect.from, 'index.html');
    if (fs.existsSync(file))
      throw new Error(`Redirect ${redirect.from} → ${redirect.to}: a page already exists at ${path.relative(outDir, file)}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, redirectPage(redirect, siteUrl));
  }
  fs.writeFileSync(path.join(outDir, '_redirects'), redirectsFile(redirects));
  return redirects.length;
}

// Security headers ----------------------------------------------------------------------------------------

export interface HeaderReport {
  pages: number;
  /** Pages whose scan was kept from an earlier build (scripts/page-scan-cache.ts). */
  fromCache: number;
  scriptHashes: number;
  styleHashes: number;
  csp: string;
}

/**
 * `known`: pages whose key is known without reading them (relative path → pageKey: the staged
 * pages Astro did not write again, scripts/reused-pages.ts). The others are read.
 */
export function writeSecurityHeaders(
  outDir: string,
  cache: PageScanCache = openPageScanCache(),
  known: ReadonlyMap<string, string> = new Map(),
): HeaderReport {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  const problems: string[] = [];
  const files = htmlFiles(outDir);
  for (const file of files) {
    const key = known.get(pagePath(path.relative(outDir, file)));
    const scan = (key && cache.scanByKey(key)) || cache.scan(fs.readFileSync(file));
    scan.scripts.forEach((hash) => scripts.add(hash));
    scan.styles.forEach((hash) => styles.add(hash));
    scan.styleAttributes.forEach((hash) => styleAttributes.add(hash));
    for (const problem of scan.problems) problems.push(`${path.relative(outDir, file)}: ${problem}`);
  }
  if (problems.length) throw new Error(`Unsafe markup in the build (fix the source, never the CSP):\n${problems.slice(0, 20).join('\n')}`);
  cache.save();
  const config = siteConfig();
  const csp = contentSecurityPolicy({
    scriptHashes: scripts,
    styleHashes: styles,
    styleAttributeHashes: styleAttributes,
    analyticsOrigin: matomoOrigin(config.matomo),
    imageOrigins: config.sanity ? [sanityImageOrigin(config.sanity)] : [],
  });
  fs.writeFileSync(path.join(outDir, '_headers'), headersFile(csp));
  fs.writeFileSync(path.join(outDir, '_headers.nginx.conf'), nginxHeaders(csp));
  return { pages: files.length, fromCache: cache.hits, scriptHashes: scripts.size, styleHashes: styles.size + styleAttributes.size, csp };
}

/**
 * Static hosts look for `<lang>/404.html` under a language folder; Astro writes the localized
 * 404 pages (src/pages/[lang]/404.astro) as `<lang>/404/index.html`, so copy them next to it.
 */
export function writeLanguage404Pages(outDir: string): number {
  let copied = 0;
  for (const language of languageIds) {
    const page = path.join(outDir, language, '404', 'index.html');
    if (language === defaultLanguage || !fs.existsSync(page)) continue;
    fs.copyFileSync(page, path.join(outDir, language, '404.html'));
    copied += 1;
  }
  return copied;
}
