/** The built dist/_headers against the HTML it serves: every inline script and style hashed, no unsafe markup, external links noopener. */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, ensureBuilt, htmlFiles, readDist } from './built-site.ts';
import { cspHash, extractInline, unsafeMarkup } from '../../site/csp.ts';
import { siteConfig } from '../../site/config.ts';

const { siteUrl } = siteConfig();

describe('the built site', () => {
  beforeAll(ensureBuilt);

  it('_headers holds the hash of every inline script and style in dist/', () => {
    const headers = fs.readFileSync(path.join(distDir, '_headers'), 'utf8');
    const csp = /Content-Security-Policy: (.*)/.exec(headers)![1];
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    const styleSrc = csp.split('; ').find((d) => d.startsWith('style-src'))!;
    for (const file of htmlFiles()) {
      const html = readDist(file);
      const inline = extractInline(html);
      for (const script of inline.scripts) expect(scriptSrc, `${file}: ${script.slice(0, 60)}`).toContain(cspHash(script));
      if (!styleSrc.includes("'unsafe-inline'")) for (const style of inline.styles) expect(styleSrc, file).toContain(cspHash(style));
      expect(unsafeMarkup(html), file).toEqual([]);
      // Links that leave the site open without access to this window (rel=noopener).
      for (const tag of html.match(/<a\b[^>]*\shref="(?:https?:)?\/\/[^"]*"[^>]*>/g) ?? []) {
        const href = /\shref="([^"]*)"/.exec(tag)![1];
        if (new URL(href, siteUrl).host === new URL(siteUrl).host) continue; // the site's own address (printed worksheets)
        expect(tag, file).toMatch(/\srel="[^"]*\bnoopener\b/);
      }
      // No Matomo unless configured (the test build has no MATOMO_URL).
      if (!process.env.MATOMO_URL) expect(html, file).not.toContain('_paq');
    }
  });
});
