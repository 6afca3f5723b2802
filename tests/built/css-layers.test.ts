/**
 * The cascade layers' order holds on every page: the first CSS a page has – its inline styles and
 * linked stylesheets in document order – must mention the layers in BaseLayout's order, because the
 * first mention of a layer fixes its place. A component whose small style Astro inlines before the
 * shared stylesheet once put `components` first, and the base rules beat every component's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, ensureBuilt, htmlFiles, readDist } from './built-site.ts';

const ORDER = ['base', 'shared', 'components', 'views', 'utilities', 'print'];

await ensureBuilt();

/** The page's CSS in document order: inline <style> text and the linked stylesheets' contents. */
function pageCss(html: string): string {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>|<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)]
    .map(([, inline, href]) => inline ?? fs.readFileSync(path.join(distDir, href!), 'utf8'))
    .join('\n');
}

/** Layer names in the order of their first mention (statements and blocks alike). */
function layerOrder(css: string): string[] {
  const names = [...css.matchAll(/@layer\s+([\w\s,-]+?)\s*[{;]/g)].flatMap((m) => m[1]!.split(',').map((name) => name.trim()));
  return [...new Set(names)];
}

describe('cascade layers', () => {
  it('every page mentions its layers first in the declared order', () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(10);
    const wrong = files
      .map((file) => ({ file, order: layerOrder(pageCss(readDist(file))) }))
      .filter(({ order }) => order.join() !== ORDER.join())
      .map(({ file, order }) => `  ${file}: ${order.join(', ')}`);
    expect(wrong, `pages whose layers come in another order:\n${wrong.join('\n')}`).toEqual([]);
  });

  it('recognises a page whose component layer comes first (the fault this guards against)', () => {
    const css = '@layer components{.count{color:red}}@layer base{a{color:blue}}@layer shared,components,views;';
    expect(layerOrder(css)).toEqual(['components', 'base', 'shared', 'views']);
  });
});
