/**
 * Build-time configuration, read once from the environment. Everything that differs between
 * "embedded dataset on a laptop" and "real Sanity project in production" is decided here.
 */
import path from 'node:path';

export const DEFAULT_SITE_URL = 'https://www.herzland-erzgebirge.de';
export const DEFAULT_API_VERSION = '2026-09-01';

export interface SanityProjectConfig {
  projectId: string;
  dataset: string;
  apiVersion: string;
  /** Only used for the drafts perspective (preview builds); published builds never send it. */
  token?: string;
  perspective: 'published' | 'drafts';
  /**
   * SANITY_API_HOST: one address standing in for both Sanity's API and its image CDN (the local
   * Content Lake, a test's stand-in). Unset: <projectId>.api.sanity.io and cdn.sanity.io.
   */
  apiHost?: string;
}

export interface SiteConfig {
  siteUrl: string;
  /** Folder of the embedded dataset in Sanity's export format. */
  contentDir: string;
  /** The draft preview (HERZLAND_PREVIEW=drafts, scripts/preview-server.ts): drafts, read anew per page. */
  preview?: boolean;
  /** Set when SANITY_PROJECT_ID is configured: the build reads from that project instead. */
  sanity?: SanityProjectConfig;
  matomo?: { url: string; siteId: string };
}

type Env = Record<string, string | undefined>;

const PROJECT_ID_PATTERN = /^[a-z0-9-]+$/;

export function readConfig(env: Env = process.env, cwd = process.cwd()): SiteConfig {
  const siteUrl = (env.SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '');
  const contentDir = path.resolve(cwd, env.CONTENT_DIR || 'content');
  const preview = env.HERZLAND_PREVIEW === 'drafts';
  const config: SiteConfig = { siteUrl, contentDir, preview };

  const projectId = env.SANITY_PROJECT_ID?.trim();
  if (projectId) {
    if (!PROJECT_ID_PATTERN.test(projectId)) {
      throw new Error(`SANITY_PROJECT_ID "${projectId}" is not a valid Sanity project id (a-z, 0-9, -).`);
    }
    const wantsDrafts = preview || env.SANITY_PERSPECTIVE === 'drafts';
    if (wantsDrafts && !env.SANITY_API_READ_TOKEN) {
      throw new Error('SANITY_PERSPECTIVE=drafts needs SANITY_API_READ_TOKEN (drafts are private).');
    }
    const apiHost = env.SANITY_API_HOST?.trim().replace(/\/+$/, '');
    if (apiHost && !/^https?:\/\/[^/]+$/.test(apiHost)) {
      throw new Error(`SANITY_API_HOST "${apiHost}" is not an http(s) origin such as http://localhost:3334.`);
    }
    config.sanity = {
      projectId,
      dataset: env.SANITY_DATASET?.trim() || 'production',
      apiVersion: env.SANITY_API_VERSION?.trim() || DEFAULT_API_VERSION,
      perspective: wantsDrafts ? 'drafts' : 'published',
      token: wantsDrafts ? env.SANITY_API_READ_TOKEN : undefined,
      ...(apiHost ? { apiHost } : {}),
    };
  }

  if (env.MATOMO_URL && env.MATOMO_SITE_ID) {
    config.matomo = { url: env.MATOMO_URL.replace(/\/?$/, '/'), siteId: env.MATOMO_SITE_ID };
  }
  return config;
}

let cached: SiteConfig | undefined;
/** The process-wide configuration (memoised: the environment does not change during a build). */
export function siteConfig(): SiteConfig {
  return (cached ??= readConfig());
}
