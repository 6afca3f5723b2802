/**
 * Draft preview: `npm run preview:drafts` serves the site from the drafts perspective on
 * http://127.0.0.1:4323 (PREVIEW_PORT), rendered by Astro's dev server exactly as the build renders
 * it, with the content read again for every page (site/data.ts). `/__preview/<document id>` leads
 * to the document's page; the Studio's „Vorschau“ view (studio/structure/preview.tsx) shows it.
 * Every response is noindex and may only be framed by the Studio (SANITY_STUDIO_URL). Nothing is
 * written to dist/. With a Sanity project it needs SANITY_API_READ_TOKEN (drafts are private); the
 * embedded dataset's drafts are the `drafts.*` documents in content/data.ndjson.
 */
import type { AstroIntegration } from 'astro';

process.env.HERZLAND_PREVIEW = 'drafts';
// No request to a third party: no update check, no telemetry.
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { dev } = await import('astro');
const { readConfig } = await import('../site/config.ts');
const { createSource } = await import('../site/sources/index.ts');
const { fetchSiteData, countPreviewRequest } = await import('../site/data.ts');
const { buildRouteMap } = await import('../site/route-map.ts');

const host = '127.0.0.1';
const port = Number(process.env.PREVIEW_PORT || 4323);
const studioOrigins = (process.env.SANITY_STUDIO_URL || 'http://localhost:3333 http://127.0.0.1:3333').trim();

/** The path of a document's page in the drafts perspective, or undefined when it has none. */
async function pathOf(id: string): Promise<string | undefined> {
  const data = await fetchSiteData(createSource(readConfig()));
  const route = buildRouteMap(data).find((r) => r.kind === 'document' && r.doc._id === id);
  return route?.path;
}

const preview: AstroIntegration = {
  name: 'herzland-draft-preview',
  hooks: {
    'astro:server:setup': ({ server }) => {
      server.middlewares.use(async (req, res, next) => {
        res.setHeader('X-Robots-Tag', 'noindex, nofollow');
        res.setHeader('Content-Security-Policy', `frame-ancestors 'self' ${studioOrigins}`);
        const url = new URL(req.url ?? '/', `http://${host}:${port}`);
        if (url.pathname.startsWith('/__preview/')) {
          const id = decodeURIComponent(url.pathname.slice('/__preview/'.length)).replace(/^drafts\./, '');
          const path = await pathOf(id).catch(() => undefined);
          if (!path) {
            res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
            return res.end(`Zu „${id}“ gibt es keine Seite: Bitte prüfen Sie Sprache und Slug des Dokuments.\n`);
          }
          res.writeHead(302, { location: path });
          return res.end();
        }
        // Astro keeps getStaticPaths() per route; forget it so every page shows the content as it is now.
        countPreviewRequest();
        for (const environment of Object.values(server.environments)) environment.hot.send('astro:content-changed', {});
        next();
      });
    },
  },
};

// No dev toolbar: the preview shows the page as readers get it (and the toolbar's storage is refused in the Studio's frame).
const server = await dev({
  root: process.cwd(),
  server: { host, port },
  integrations: [preview],
  devToolbar: { enabled: false },
  logLevel: 'warn',
});
console.log(`Draft preview on http://${host}:${port}/ (/__preview/<document id>)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.stop().then(() => process.exit(0)));
