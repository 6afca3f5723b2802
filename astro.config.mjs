// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { sitemapOptions } from './site/sitemap.ts';
import { viewRoutes } from './src/integrations/view-routes.ts';
import { astroCacheDir } from './scripts/reused-pages.ts';

const siteUrl = (process.env.SITE_URL || 'https://www.herzland-erzgebirge.de').replace(/\/+$/, '');
const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // scripts/build.ts builds into a temporary folder and swaps it in only on success.
  outDir: process.env.ASTRO_OUT_DIR || 'dist',
  // Each page's CSS (the shared base and its view's: 5–7 kB gzip) is inlined. A linked stylesheet is
  // a render-blocking round trip, and Chromium lays the page out when parsing ends whether or not the
  // stylesheet has arrived, then again when it has: two full layouts, measured in a trace.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Pages whose cacheKey (site/cache-keys.ts) and code are unchanged are copied from the previous
  // build's cache (astroCacheDir) instead of rendered again. Needs build.concurrency 1.
  experimental: { incrementalBuild: true },
  // Benchmarks and tests keep their own cache (and so their own incremental state).
  cacheDir: astroCacheDir(),
  // Sitemap: public pages of the route map only, lastmod and hreflang alternates (site/sitemap.ts).
  // One page per view (src/integrations/view-routes.ts), so each page ships only its view's CSS.
  integrations: [viewRoutes(), react(), sitemap(sitemapOptions())],
  image: {
    // AVIF at libaom's default effort 4 was over 90 % of a cold build. Effort 2 encodes 3–4 times
    // faster; quality 55 instead of sharp's default 50 gives back what the faster search loses
    // (same PSNR against the source, about a fifth more bytes: still about half of the WebP).
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2, quality: 55 } } },
  },
  vite: {
    // scripts/build.ts empties the build folder itself and puts the pages Astro may reuse into it
    // (scripts/reused-pages.ts): Astro must not empty it again.
    build: { emptyOutDir: false },
    resolve: {
      // The embedded dataset's images go through Astro's image pipeline via this alias.
      alias: { $content: contentDir },
    },
    server: { fs: { allow: ['.', contentDir] } },
  },
});
