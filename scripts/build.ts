/**
 * The site build: Astro build into a temporary folder, with content validation beside it in its own
 * process → redirects → Pagefind index → security headers (CSP hashes of the final HTML) → swap
 * into dist/. Open Graph cards are rendered in worker processes alongside, and moved in before the
 * swap. Any failure (invalid content included) exits non-zero and leaves the previous dist/ untouched.
 * In standby (scripts/standby.ts, for the publish service) it loads all that first, lets Astro
 * bundle the code (scripts/astro-run.ts) and waits for "go" before anything reads the content.
 */
import { fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLanguage404Pages, writeRedirects, writeSecurityHeaders } from './postbuild.ts';
import { startOgImages, type OgRun } from './og-images.ts';
import { cpuSeconds } from './cpu-time.ts';
import { awaitGo, helperGate, inStandby, isRunning } from './standby.ts';
import {
  copyRecordedPages,
  removeDroppedPages,
  removeStaleStagedPages,
  stagePages,
  takeStagedPages,
  unchangedPages,
  type StagedPages,
} from './reused-pages.ts';
import type { AstroInlineConfig } from 'astro';
import { startAstro, type AstroRun } from './astro-run.ts';
import { siteConfig } from '../site/config.ts';
import { closeSearch, indexSearch, prepareSearch, type PreparedSearch } from './search-index.ts';

const root = process.cwd();
const finalDir = path.resolve(root, process.env.DIST_DIR || 'dist');

/**
 * Validates the content in its own process (scripts/validate-content.ts), beside Astro: the build
 * only swaps a finished folder into place, so a content error found while Astro runs still stops it
 * before anything is published. `done` resolves false when the content stops the build (the
 * process has printed each problem and the reason).
 */
function startValidation(): { ready: Promise<void>; go(): void; cancel(): void; done: Promise<boolean> } {
  const child = fork(fileURLToPath(new URL('./validate-content.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const done = new Promise<boolean>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code === 0));
  });
  return { ...helperGate([child]), cancel: () => child.kill(), done };
}

class BuildStop extends Error {}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

// Incremental by default (astro.config.mjs); HERZLAND_FULL_BUILD=1 renders every page again.
const force = process.env.HERZLAND_FULL_BUILD === '1';

const imagesFolder = path.join(siteConfig().contentDir, 'images');

interface SiteBuild {
  astro: AstroRun;
  /** The last build's pages put into the build folder for Astro to reuse. */
  copied: string[];
  reuse: string;
}

/**
 * Puts the last build's pages (scripts/reused-pages.ts: copied beside the build folder while a
 * standby waited, `staged`, else now) into the build folder and starts Astro's build over them,
 * which holds after bundling until `finishSite`.
 */
function startSite(outDir: string, staged: StagedPages | undefined): SiteBuild {
  process.env.ASTRO_OUT_DIR = outDir;
  const copyStarted = performance.now();
  const copied = force ? [] : staged ? takeStagedPages(staged, outDir) : copyRecordedPages(outDir);
  const reuse = `${copied.length} pages of the last build ${staged ? 'staged in standby, taken' : 'copied'} in ${seconds(copyStarted)} s`;
  const logLevel = (process.env.ASTRO_LOG_LEVEL as AstroInlineConfig['logLevel']) || 'warn';
  return { astro: startAstro({ root, outDir, force, logLevel }, imagesFolder), copied, reuse };
}

/** Lets Astro render the pages; returns what became of the last build's pages and of the bundle. */
const BUNDLED = { ahead: 'bundled while standing by', 'on go': 'bundled', again: 'bundled again (the content images changed)' };

async function finishSite(site: SiteBuild, outDir: string): Promise<string> {
  site.astro.go();
  const { bundled } = await site.astro.done;
  const removed = removeDroppedPages(outDir, site.copied);
  return `${site.reuse}, ${removed} of them no longer part of the site; code ${BUNDLED[bundled]}`;
}

async function postProcess(outDir: string, og: OgRun, ogDir: string): Promise<void> {
  const started = performance.now();
  const cards = await og.done;
  // The first card worker has read the content: the redirects come with its report.
  if (!cards.redirects) throw new Error('Redirects: the Open Graph workers reported none');
  const redirects = writeRedirects(outDir, cards.redirects);
  writeLanguage404Pages(outDir);
  fs.renameSync(path.join(ogDir, 'og'), path.join(outDir, 'og'));
  const waited = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Redirects: ${redirects}; Open Graph images: ${cards.written} (${cards.cached} from cache) in ${cards.seconds?.toFixed(1)} s alongside (CPU ${cards.cpuSeconds.toFixed(1)} s), ${waited} s waited for after Astro`,
  );
}

/** The lock of a standby build says so: a build started meanwhile takes its folder over. */
const STANDBY_MARK = 'standby';
const lockFile = (tempDir: string) => `${tempDir}.lock`;

/**
 * One build per output folder at a time; a folder left by a crashed build is taken over, and so is
 * one a standby build holds (it has only bundled code there: it is stopped, and the publish service
 * starts its next build afresh). A standby build that finds the folder taken returns false.
 */
function claimBuildFolder(tempDir: string, { standby = false } = {}): boolean {
  const lock = lockFile(tempDir);
  const [ownerText, mark] = (fs.existsSync(lock) ? fs.readFileSync(lock, 'utf8') : '').split(' ');
  const owner = Number(ownerText) || 0;
  if (owner && owner !== process.pid && isRunning(owner)) {
    if (standby) return false;
    if (mark !== STANDBY_MARK || !stopProcess(owner)) {
      throw new BuildStop(
        `Build stopped: another build (process ${owner}) is writing ${path.relative(root, tempDir)}. dist/ was left unchanged.`,
      );
    }
  }
  fs.writeFileSync(lock, standby ? `${process.pid} ${STANDBY_MARK}` : String(process.pid));
  process.once('exit', () => fs.rmSync(lock, { force: true }));
  return true;
}

/** A standby build that holds the folder builds now: a build started meanwhile waits for it. */
const markBuilding = (tempDir: string) => fs.writeFileSync(lockFile(tempDir), String(process.pid));

/** Stops a process and waits up to 10 s for it to be gone. */
function stopProcess(pid: number): boolean {
  process.kill(pid, 'SIGTERM');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 10_000 && isRunning(pid); waited += 50) Atomics.wait(pause, 0, 0, 50);
  return !isRunning(pid);
}

/** Empties the build folders: whatever a crashed build left there must not end up in dist/. */
function clearBuildFolders(tempDir: string, ogDir: string): void {
  for (const dir of [tempDir, ogDir]) fs.rmSync(dir, { recursive: true, force: true });
  removeStaleStagedPages(tempDir);
}

function swapIntoPlace(tempDir: string): void {
  const oldDir = `${finalDir}.old-${process.pid}`;
  if (fs.existsSync(finalDir)) fs.renameSync(finalDir, oldDir);
  fs.renameSync(tempDir, finalDir);
  removeInBackground(oldDir);
}

/**
 * The new dist/ is live once renamed: the old one (10,000 pages take seconds to delete) goes in a
 * detached process, so a publish is not held up by it.
 */
function removeInBackground(dir: string): void {
  if (!fs.existsSync(dir)) return;
  const remover = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
    detached: true,
    stdio: 'ignore',
  });
  remover.unref();
}

async function main(): Promise<void> {
  // A fixed name: Astro's incremental cache hashes code that carries the output folder's path.
  const tempDir = path.join(path.dirname(finalDir), `.${path.basename(finalDir).replace(/^\.+/, '')}-build`);
  const ogDir = `${tempDir}-og`;
  // The cards need only the content: they render on the other core(s) beside validation and Astro.
  const startHelpers = () => ({ og: startOgImages({ outDir: ogDir }), validation: startValidation() });
  // In standby the helpers load their code now and touch nothing before "go"; otherwise they
  // start once the build folder is claimed and cleared.
  let helpers = inStandby() ? startHelpers() : undefined;
  let staged: StagedPages | undefined;
  let search: PreparedSearch | undefined;
  let site: SiteBuild | undefined;
  if (helpers) {
    // Stopped by the publish service or by a build started meanwhile: the exit hooks tidy up.
    process.once('SIGTERM', () => process.exit(143));
    // Meanwhile it copies the last build's pages for Astro to reuse and indexes them for search
    // (scripts/search-index.ts): a publish need not wait for that.
    if (!force) {
      staged = stagePages(tempDir);
      search = await prepareSearch(staged).catch((error: unknown) => {
        console.warn(`Search: no index prepared in standby (${(error as Error).message}); the build indexes every page`);
        return undefined;
      });
    }
    // And Astro bundles the code (scripts/astro-run.ts), unless another build holds the folder.
    if (claimBuildFolder(tempDir, { standby: true })) {
      clearBuildFolders(tempDir, ogDir);
      site = startSite(tempDir, staged);
    }
    // A helper or a bundle that failed fails the build below.
    await Promise.all([helpers.og.ready, helpers.validation.ready, site?.astro.bundled]).catch(() => undefined);
    await awaitGo();
  }
  const started = performance.now();
  if (site) markBuilding(tempDir);
  else {
    try {
      claimBuildFolder(tempDir);
    } catch (error) {
      console.error((error as Error).message);
      helpers?.validation.cancel();
      await helpers?.og.cancel();
      await closeSearch();
      process.exitCode = 1;
      return;
    }
    clearBuildFolders(tempDir, ogDir);
  }
  helpers ??= startHelpers();
  const { og, validation } = helpers;
  og.go();
  validation.go();
  try {
    const astroStarted = performance.now();
    const astroCpu = cpuSeconds();
    site ??= startSite(tempDir, staged);
    // Invalid content can also break rendering: its validation errors are the ones to report.
    const astro = await finishSite(site, tempDir).then(
      (reuse) => ({ reuse }),
      (error: unknown) => ({ error: error ?? new Error('Astro build failed') }),
    );
    if (!(await validation.done)) throw new BuildStop('');
    if ('error' in astro) throw astro.error;
    console.log(`Astro: ${seconds(astroStarted)} s (CPU ${(cpuSeconds() - astroCpu).toFixed(1)} s); ${astro.reuse}`);
    // Pagefind reads the pages as soon as Astro has written them. Meanwhile the cards finish and the
    // redirect pages, language 404 pages (none of them indexed) and the CSP headers are written.
    // Staged pages Astro did not write again: the headers know their bytes' digest already.
    const unchanged = staged ? unchangedPages(staged, tempDir) : undefined;
    const searchStarted = performance.now();
    const indexed = await indexSearch(
      tempDir,
      async () => {
        await postProcess(tempDir, og, ogDir);
        const headersStarted = performance.now();
        const headers = writeSecurityHeaders(tempDir, undefined, unchanged);
        console.log(
          `Headers: CSP with ${headers.scriptHashes} script and ${headers.styleHashes} style hash(es) for ${headers.pages} HTML files (${headers.fromCache} unchanged, from cache) in ${seconds(headersStarted)} s, while Pagefind indexes`,
        );
      },
      { prepared: search, previous: path.join(finalDir, 'pagefind') },
    );
    console.log(
      `Search: ${indexed.read}, indexed ${indexed.languages}; bundle ${indexed.kilobytes} kB (${indexed.linked} of ${indexed.files} files unchanged, linked) in ${seconds(searchStarted)} s`,
    );
    swapIntoPlace(tempDir);
    fs.rmSync(ogDir, { recursive: true, force: true });
    console.log(`Built ${path.relative(root, finalDir)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await og.cancel();
    await closeSearch();
    for (const dir of [tempDir, ogDir]) fs.rmSync(dir, { recursive: true, force: true });
    // An empty BuildStop: the validation process has already said why.
    if (!(error instanceof BuildStop && !error.message)) console.error(error instanceof BuildStop ? error.message : error);
    process.exitCode = 1;
  }
}

await main();
