/**
 * The draft preview over the local lake: scripts/preview-server.ts reads the lake as a Sanity
 * project through @sanity/client in the drafts perspective (the code path of a real project, with
 * the lake as API host), so the Studio's „Vorschau“ shows the lake's drafts. Used by `npm run studio`
 * and the Studio tests.
 */
import path from 'node:path';

export interface LakePreviewOptions {
  port: number | string;
  /** The lake's URL, e.g. https://localhost:3334. */
  lakeUrl: string;
  projectId: string;
  dataset: string;
  /** The certificate a Node client must trust to reach the lake over TLS (cert.ts `caFile`). */
  caFile: string;
  /** Origins that may frame the preview: the Studio's. */
  studioOrigins: string[];
}

export const PREVIEW_SCRIPT = path.resolve(import.meta.dirname, '../../scripts/preview-server.ts');

export function lakePreviewEnv(options: LakePreviewOptions): Record<string, string> {
  return {
    PREVIEW_PORT: String(options.port),
    SANITY_PROJECT_ID: options.projectId,
    SANITY_DATASET: options.dataset,
    SANITY_API_HOST: options.lakeUrl,
    // The lake answers drafts without a token (it trusts this machine); the site's config asks for one.
    SANITY_API_READ_TOKEN: 'local-lake',
    NODE_EXTRA_CA_CERTS: options.caFile,
    SANITY_STUDIO_URL: options.studioOrigins.join(' '),
  };
}
