/**
 * Shared by the tests that check the built site (html-valid, links, budgets): dist/ (built once if
 * missing – a lock keeps parallel test files from building twice), its HTML files, their URLs,
 * a DOM parser (html-validate's, so no extra dependency) and which page belongs to which view.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement, type ResolvedConfig } from 'html-validate';
import { siteData } from '../../site/data.ts';
import { routeMap } from '../../site/route-map.ts';

export const distDir = path.resolve(process.env.DIST_DIR || 'dist');
const lockDir = `${distDir}.test-build-lock`;
const sourceDirs = ['src', 'site', 'content', 'studio/schemaTypes', 'studio/config'];

function newestSourceChange(): number {
  let newest = 0;
  for (const dir of sourceDirs.filter((d) => fs.existsSync(d))) {
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Builds dist/ (npm run build) when it has no index.html; warns when sources are newer than the build. */
export async function ensureBuilt(): Promise<void> {
  const index = path.join(distDir, 'index.html');
  const deadline = Date.now() + 230_000;
  while (!fs.existsSync(index)) {
    try {
      fs.mkdirSync(lockDir);
    } catch {
      // Another test file is building: wait for it.
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the build (lock ${lockDir})`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      if (!fs.existsSync(index)) {
        console.log('dist/ missing: building the site once for the tests (npm run build)');
        const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
        if (result.status !== 0) throw new Error('npm run build failed');
      }
    } finally {
      fs.rmSync(lockDir, { recursive: true, force: true });
    }
  }
  if (newestSourceChange() > fs.statSync(index).mtimeMs) {
    console.warn('Note: sources changed after dist/ was built; these tests check the existing dist/ (run `npm run build` first).');
  }
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
