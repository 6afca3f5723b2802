/**
 * Open Graph cards for every page, rendered in child processes while the main thread validates the
 * content and runs Astro: the cards need only the content, not the built pages. They are written to
 * their own folder (Astro empties its outDir) that scripts/build.ts moves into the build, and to a
 * cache keyed by everything a card shows, so a rebuild renders only what changed. The first worker
 * also reports the redirects, which need only the content too.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { siteConfig, type SiteConfig } from '../site/config.ts';
import type { SiteData } from '../site/data.ts';
import { locale } from '../site/i18n/index.ts';
import { localImageFile, remoteImage, type ImageValue } from '../site/images.ts';
import { OG_PHOTO_SIZE, renderLogo } from '../site/og-image.ts';
import { pageMeta } from '../site/page-meta.ts';
import { routeMap, type Route } from '../site/route-map.ts';
import { ogImagePath } from '../site/seo.ts';
import type { Redirect } from '../site/redirects.ts';
import { helperGate, isReadyMessage } from './standby.ts';

/** Bump when the card design changes: cached cards are keyed by it. */
const OG_DESIGN_VERSION = 3;
/** The photo area of a card at twice its size, so the card's own resize has room for its crop. */
const REMOTE_PHOTO = { width: 2 * OG_PHOTO_SIZE.width, aspectRatio: OG_PHOTO_SIZE.width / OG_PHOTO_SIZE.height };

export interface OgJob {
  /** Path of the JPEG under the output folder, e.g. `og/geschichten/jana.jpg`. */
  file: string;
  /** Everything the card shows; its hash names the cached PNG. */
  cacheKey: string;
  title: string;
  section: string;
  photo?: { key: string; file?: string; url?: string };
}

/** What a worker process is told: it loads the content itself and renders its slice of the pages. */
export interface OgWorkerInput {
  outDir: string;
  cacheDir: string;
  slice: number;
  slices: number;
  /** Whether this worker also reports the redirects (they too need only the content). */
  redirects: boolean;
}
export interface OgReport {
  written: number;
  cached: number;
  /** The redirects of previous slugs (site/redirects.ts), so that the build need not load the content again for them. */
  redirects?: Redirect[];
  /** CPU time of the worker processes (user + system), summed. */
  cpuSeconds: number;
  seconds?: number;
}

export const ogCacheDir = () => process.env.OG_CACHE_DIR || path.join(process.cwd(), 'node_modules', '.cache', 'herzland-og');
export const ogCacheFile = (cacheDir: string, cacheKey: string, extension = '.jpg') =>
  path.join(cacheDir, `${createHash('sha1').update(cacheKey).digest('hex')}${extension}`);

function imageOf(route: Route, data: SiteData): ImageValue | null | undefined {
  if (route.kind === 'section') return route.view === 'home' ? data.settings.defaultSeo?.image : undefined;
  const doc = route.doc;
  return doc.seo?.image?.asset ? doc.seo.image : 'image' in doc ? doc.image : undefined;
}

function photoOf(image: ImageValue | null | undefined, config: SiteConfig): OgJob['photo'] {
  const file = localImageFile(image);
  if (file) return { key: file, file: path.join(config.contentDir, 'images', file) };
  const project = config.sanity;
  const remote = image && project ? remoteImage(image, project, REMOTE_PHOTO.aspectRatio, [REMOTE_PHOTO.width]) : undefined;
  // A configured Sanity project: its image CDN is the content source itself (crop and hotspot applied there).
  return remote ? { key: remote.src, url: remote.src } : undefined;
}

/** One job per page of the route map. */
export function ogJobs(data: SiteData, tokensCss: string, host: string, config: SiteConfig = siteConfig()): OgJob[] {
  const tokensKey = createHash('sha1').update(tokensCss).digest('hex');
  const siteTitle = data.settings.title ?? 'hERZland';
  return routeMap(data).map((route) => {
    const title = route.kind === 'document' ? (route.doc.title ?? pageMeta(route, data).title) : pageMeta(route, data).title;
    const section =
      route.section && !(route.kind === 'section' && route.view === 'home')
        ? locale(route.language).sectionTitles[route.section]
        : siteTitle;
    const photo = photoOf(imageOf(route, data), config);
    return {
      file: ogImagePath(route).slice(1),
      cacheKey: JSON.stringify({ v: OG_DESIGN_VERSION, title, section, host, photo: photo?.key, tokensKey }),
      title,
      section,
      photo,
    };
  });
}

export const readTokensCss = () => fs.readFileSync(path.join(process.cwd(), 'src/styles/tokens.css'), 'utf8');
export const siteHost = () => new URL(siteConfig().siteUrl).host;

/** Contiguous slices: a document's language versions sit next to each other and share a photo. */
export function sliceOf<T>(items: readonly T[], slice: number, slices: number): T[] {
  const size = Math.ceil(items.length / slices);
  return items.slice(slice * size, (slice + 1) * size);
}

export interface OgRun {
  /** Resolves when the workers have loaded their code (at once outside a standby build). */
  ready: Promise<void>;
  /** Lets the workers of a standby build start on the content. */
  go(): void;
  done: Promise<OgReport>;
  cancel(): Promise<void>;
}

/**
 * Starts rendering every page's card into `outDir/og/`. The workers load the content themselves,
 * so the main thread goes straight on to validation and Astro; they are one fewer than the
 * machine's cores (at least one), so the main thread keeps a core. Processes rather than worker
 * threads: threads share one V8 platform, and two garbage-collecting heaps in one process stalled
 * validation by seconds to tens of seconds.
 */
export function startOgImages(options: { outDir: string; threads?: number }): OgRun {
  let started = performance.now();
  const cacheDir = ogCacheDir();
  fs.mkdirSync(cacheDir, { recursive: true });
  const slices = Math.max(1, options.threads ?? os.availableParallelism() - 1);
  const workers = Array.from({ length: slices }, (_, slice) => {
    const input: OgWorkerInput = { outDir: options.outDir, cacheDir, slice, slices, redirects: slice === 0 };
    return fork(fileURLToPath(new URL('./og-worker.ts', import.meta.url)), [JSON.stringify(input)], {
      execArgv: ['--import', 'tsx'], // the worker is TypeScript, whoever started the build
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  });
  const gate = helperGate(workers);
  const reports = workers.map(
    (worker) =>
      new Promise<OgReport>((resolve, reject) => {
        const onMessage = (message: OgReport | { error: string }) => {
          if (isReadyMessage(message)) return;
          worker.off('message', onMessage);
          if ('error' in message) reject(new Error(message.error));
          else resolve(message);
        };
        worker.on('message', onMessage);
        worker.once('error', reject);
        // 'close', not 'exit': a busy build may see the worker exit before it reads the report it sent.
        worker.once('close', (code, signal) => reject(new Error(`Open Graph images: worker stopped (${signal ?? `exit code ${code}`})`)));
      }),
  );
  const done = (async (): Promise<OgReport> => {
    const counts = await Promise.all(reports);
    const tokensCss = readTokensCss();
    const logoCache = ogCacheFile(cacheDir, JSON.stringify({ v: OG_DESIGN_VERSION, logo: true, tokensCss }), '.png');
    if (!fs.existsSync(logoCache)) fs.writeFileSync(logoCache, await renderLogo(tokensCss));
    fs.mkdirSync(path.join(options.outDir, 'og'), { recursive: true });
    fs.copyFileSync(logoCache, path.join(options.outDir, 'og', 'logo.png'));
    const seconds = (performance.now() - started) / 1000;
    return counts.reduce(
      (sum, r) => ({
        ...sum,
        written: sum.written + r.written,
        cached: sum.cached + r.cached,
        cpuSeconds: sum.cpuSeconds + r.cpuSeconds,
        redirects: sum.redirects ?? r.redirects,
      }),
      { written: 1, cached: 0, cpuSeconds: 0, seconds } as OgReport,
    );
  })();
  done.catch(() => undefined); // the caller awaits it later; until then a failure must not crash the process
  return {
    ready: gate.ready,
    go() {
      started = performance.now();
      gate.go();
    },
    done,
    async cancel() {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.exitCode !== null || worker.signalCode !== null) return resolve();
              worker.once('exit', () => resolve());
              worker.kill();
            }),
        ),
      );
    },
  };
}
