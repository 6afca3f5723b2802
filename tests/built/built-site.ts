/**
 * Shared by the checks of the built site (tests/built/: HTML validity, links, budgets, CSP, SEO):
 * dist/, its HTML files, their URLs, a DOM parser (html-validate's, so no extra dependency) and
 * which page belongs to which view. These tests read dist/ as `npm run build` left it; they fail
 * when it is missing or older than the sources, so they never pass on a stale build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement, type ResolvedConfig } from 'html-validate';
import { siteData } from '../../site/data.ts';
import { routeMap } from '../../site/route-map.ts';

export const distDir = path.resolve(process.env.DIST_DIR || 'dist');
/** What the build reads: a change in any of these makes dist/ stale. */
const sourceDirs = [
  'src',
  'site',
  'public',
  process.env.CONTENT_DIR || 'content',
  'studio/schemaTypes',
  'studio/config',
  'astro.config.mjs',
  'scripts/build.ts',
  'scripts/postbuild.ts',
];

/** The newest modification time of the build's sources, with the file it belongs to. */
export function newestSource(dirs = sourceDirs): { file: string; mtimeMs: number } {
  let newest = { file: '', mtimeMs: 0 };
  const consider = (file: string) => {
    const { mtimeMs } = fs.statSync(file);
    if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  };
  for (const entry of dirs.filter((d) => fs.existsSync(d))) {
    if (!fs.statSync(entry).isDirectory()) {
      consider(entry);
      continue;
    }
    for (const dirent of fs.readdirSync(entry, { recursive: true, withFileTypes: true })) {
      if (dirent.isFile()) consider(path.join(dirent.parentPath, dirent.name));
    }
  }
  return newest;
}

/** Why dist/ cannot be checked (missing, or older than a source), or undefined when it is current. */
export function staleReason(dir = distDir, dirs = sourceDirs): string | undefined {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return `${dir} has no index.html: run \`npm run build\` first`;
  const built = fs.statSync(index).mtimeMs;
  const newest = newestSource(dirs);
  if (newest.mtimeMs > built) {
    return `${dir} is older than its sources (${newest.file} changed ${new Date(newest.mtimeMs).toISOString()}, built ${new Date(built).toISOString()}): run \`npm run build\``;
  }
  return undefined;
}

/** Throws unless dist/ exists and is newer than every source: the checks never pass on a stale build. */
export async function ensureBuilt(): Promise<void> {
  const reason = staleReason();
  if (reason) throw new Error(reason);
}

/** Every HTML file in dist/, relative and sorted. */
export function htmlFiles(): string[] {
  return fs.globSync('**/*.html', { cwd: distDir }).sort();
}

/** The URL path a file is served at: `en/stories/index.html` → `/en/stories/`. */
export function urlPathOf(file: string): string {
  const posix = file.split(path.sep).join('/');
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function readDist(file: string): string {
  return fs.readFileSync(path.join(distDir, file), 'utf8');
}

let parserConfig: ResolvedConfig | undefined;
/** Parses HTML into html-validate's DOM (querySelectorAll, getAttribute, textContent). */
export async function parseHtml(source: string): Promise<HtmlElement> {
  parserConfig ??= await new StaticConfigLoader({ extends: [] }).getConfigFor('page.html');
  return new Parser(parserConfig).parseHtml(source);
}

/** The dist/ file of every page of the route map, grouped by view. */
export async function filesByView(): Promise<Map<string, string[]>> {
  const byView = new Map<string, string[]>();
  for (const route of routeMap(await siteData())) {
    const file = path.join(route.path.replace(/^\//, ''), 'index.html');
    byView.set(route.view, [...(byView.get(route.view) ?? []), file]);
  }
  return byView;
}
