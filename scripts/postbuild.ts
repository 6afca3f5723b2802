/**
 * Steps scripts/build.ts runs on the temporary build folder before it is swapped into dist/:
 * redirects for previous slugs, Open Graph images, and the security headers whose CSP carries the
 * hashes of every inline script and style the build emitted. Each step throws on failure, so the
 * previous dist/ stays in place.
 */
import { defaultLanguage, languageIds } from '../studio/config/languages.ts';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../site/config.ts';
import { siteData, type SiteData } from '../site/data.ts';
import { locale } from '../site/i18n/index.ts';
import { localImageFile, type ImageValue } from '../site/images.ts';
import { routeMap, type Route } from '../site/route-map.ts';
import { pageMeta } from '../site/page-meta.ts';
import { redirectPage, redirectsFile, redirectsOf } from '../site/redirects.ts';
import { ogImagePath } from '../site/seo.ts';
import { renderLogo, renderOgImage } from '../site/og-image.ts';
import { contentSecurityPolicy, cspHash, extractInline, headersFile, nginxHeaders, unsafeMarkup } from '../site/csp.ts';
import { matomoOrigin } from '../site/analytics.ts';

const root = process.cwd();

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

// Redirects -------------------------------------------------------------------------------------------

export async function writeRedirects(outDir: string, data: SiteData): Promise<number> {
  const redirects = redirectsOf(routeMap(data));
  const { siteUrl } = siteConfig();
  for (const redirect of redirects) {
    const file = path.join(outDir, redirect.from, 'index.html');
    if (fs.existsSync(file)) throw new Error(`Redirect ${redirect.from} → ${redirect.to}: a page already exists at ${path.relative(outDir, file)}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, redirectPage(redirect, siteUrl));
  }
  fs.writeFileSync(path.join(outDir, '_redirects'), redirectsFile(redirects));
  return redirects.length;
}

// Open Graph images -------------------------------------------------------------------------------------

/** Bump when the image design changes: cached images are keyed by it. */
const OG_DESIGN_VERSION = 1;
const OG_CONCURRENCY = 3;

function ogImageOf(route: Route, data: SiteData): ImageValue | null | undefined {
  if (route.kind === 'section') return route.view === 'home' ? data.settings.defaultSeo?.image : undefined;
  const doc = route.doc as { seo?: { image?: ImageValue | null } | null; image?: ImageValue | null };
  return doc.seo?.image?.asset ? doc.seo.image : doc.image;
}

async function imageBytes(image: ImageValue | null | undefined): Promise<{ key: string; read: () => Promise<Buffer> } | undefined> {
  const file = localImageFile(image);
  if (file) return { key: file, read: async () => fs.readFileSync(path.join(siteConfig().contentDir, 'images', file)) };
  const url = image?.asset?.url;
  if (!url || !/^https:\/\//.test(url)) return undefined;
  // A configured Sanity project: the image CDN is the content source itself.
  const source = `${url}?w=912&h=1232&fit=crop&fm=jpg`;
  return {
    key: `${image!.asset!._id}:${JSON.stringify(image!.crop ?? null)}:${JSON.stringify(image!.hotspot ?? null)}`,
    read: async () => {
      const response = await fetch(source);
      if (!response.ok) throw new Error(`Image ${source}: HTTP ${response.status}`);
      return Buffer.from(await response.arrayBuffer());
    },
  };
}

async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

export async function writeOgImages(outDir: string, data: SiteData): Promise<{ written: number; cached: number }> {
  const cacheDir = path.join(root, 'node_modules', '.cache', 'herzland-og');
  fs.mkdirSync(cacheDir, { recursive: true });
  const tokensCss = fs.readFileSync(path.join(root, 'src/styles/tokens.css'), 'utf8');
  const tokensKey = createHash('sha1').update(tokensCss).digest('hex');
  const host = new URL(siteConfig().siteUrl).host;
  const siteTitle = data.settings.title ?? 'hERZland';
  let cached = 0;

  const cachedRender = async (target: string, key: string, render: () => Promise<Buffer>) => {
    const cacheFile = path.join(cacheDir, `${createHash('sha1').update(key).digest('hex')}.png`);
    let png: Buffer;
    if (fs.existsSync(cacheFile)) { png = fs.readFileSync(cacheFile); cached += 1; }
    else { png = await render(); fs.writeFileSync(cacheFile, png); }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, png);
  };

  const routes = routeMap(data);
  await pool(routes, OG_CONCURRENCY, async (route) => {
    const title = route.kind === 'document' ? route.doc.title ?? pageMeta(route, data).title : pageMeta(route, data).title;
    const section = route.section && !(route.kind === 'section' && route.view === 'home')
      ? locale(route.language).sectionTitles[route.section] : siteTitle;
    const image = await imageBytes(ogImageOf(route, data));
    const key = JSON.stringify({ v: OG_DESIGN_VERSION, title, section, host, image: image?.key, tokensKey });
    await cachedRender(path.join(outDir, ogImagePath(route)), key, async () =>
      renderOgImage({ title, section, host, tokensCss, image: image ? await image.read() : undefined }));
  });
  await cachedRender(path.join(outDir, 'og', 'logo.png'), JSON.stringify({ v: OG_DESIGN_VERSION, logo: true, tokensKey }), () => renderLogo(tokensCss));
  return { written: routes.length + 1, cached };
}

// Security headers ----------------------------------------------------------------------------------------

export interface HeaderReport { pages: number; scriptHashes: number; styleHashes: number; csp: string }

export function writeSecurityHeaders(outDir: string): HeaderReport {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  const problems: string[] = [];
  const files = htmlFiles(outDir);
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    const inline = extractInline(html);
    inline.scripts.forEach((s) => scripts.add(cspHash(s)));
    inline.styles.forEach((s) => styles.add(cspHash(s)));
    inline.styleAttributes.forEach((s) => styleAttributes.add(cspHash(s)));
    for (const problem of unsafeMarkup(html)) problems.push(`${path.relative(outDir, file)}: ${problem}`);
  }
  if (problems.length) throw new Error(`Unsafe markup in the build (fix the source, never the CSP):\n${problems.slice(0, 20).join('\n')}`);
  const config = siteConfig();
  const csp = contentSecurityPolicy({
    scriptHashes: scripts,
    styleHashes: styles,
    styleAttributeHashes: styleAttributes,
    analyticsOrigin: matomoOrigin(config.matomo),
    imageOrigins: config.sanity ? ['https://cdn.sanity.io'] : [],
  });
  fs.writeFileSync(path.join(outDir, '_headers'), headersFile(csp));
  fs.writeFileSync(path.join(outDir, '_headers.nginx.conf'), nginxHeaders(csp));
  return { pages: files.length, scriptHashes: scripts.size, styleHashes: styles.size + styleAttributes.size, csp };
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

export { siteData };
