/**
 * One page per view: every view of the route map (site/route-map.ts) – the views of the routed
 * types of site/content-types.ts and the section views – is injected as a page of the same
 * catch-all pattern, src/views/<View>View.astro, whose getStaticPaths returns only its own routes
 * (src/lib/view-paths.ts). Astro bundles CSS per page file, so each page ships the CSS of its view
 * and the components that view uses, not that of all views.
 */
import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { routeViews } from '../../site/route-map.ts';

const viewFile = (view: string) => `src/views/${view[0]!.toUpperCase()}${view.slice(1)}View.astro`;

export function viewRoutes(): AstroIntegration {
  return {
    name: 'herzland-view-routes',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        for (const view of routeViews()) {
          const file = viewFile(view);
          if (!fs.existsSync(new URL(file, config.root))) throw new Error(`No view for the ${view} pages: ${file} is missing`);
          injectRoute({ pattern: '/[...path]', entrypoint: new URL(file, config.root), prerender: true });
        }
      },
    },
  };
}
