/**
 * Incremental builds never show stale content: on a small fixture (a slice of content/ made for
 * this test), edits that many pages depend on (a town, a member, the site settings, a story's
 * title), an event's title (its page and calendar file) and a deletion are built incrementally; the result must equal a clean full build of the
 * same content file for file, and the incremental build must actually have reused pages. The
 * incremental build runs as the publish service runs it, in a process standing by before the edit.
 * A second publish changes a post's title alone: search re-reads only the pages it changed, and the
 * bundle must equal a fresh index of the same pages.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPath, sectionPath } from '../../site/routes.ts';
import { icsPath } from '../../site/ics.ts';
import { createBuildRunner } from '../../scripts/publish-queue.ts';
import { indexSearch } from '../../scripts/search-index.ts';

type Doc = Record<string, any> & { _id: string; _type: string };

const root = process.cwd();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-incremental-'));
const EDITORIAL = new Set(['story', 'post', 'welcomeGuide', 'event', 'project', 'allianceDocument', 'orientationPage']);

function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsOf(item, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '_ref' && typeof child === 'string') out.push(child);
      else refsOf(child, out);
    }
  }
  return out;
}

/** content/ with at most three documents per editorial type (plus their translations), refs intact. */
function fixtureDocuments(): Doc[] {
  const all: Doc[] = fs
    .readFileSync(path.join(root, 'content', 'data.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const perType = new Map<string, number>();
  const keep = new Set<string>();
  for (const doc of all) {
    if (!EDITORIAL.has(doc._type)) continue;
    const n = perType.get(doc._type) ?? 0;
    // All events: the upcoming/past split needs some on each side of the pinned day.
    if (n < 3 || doc._type === 'event') keep.add(doc._id);
    perType.set(doc._type, n + 1);
  }
  for (const meta of all.filter((d) => d._type === 'translation.metadata')) {
    const ids = refsOf(meta);
    if (ids.some((id) => keep.has(id))) ids.forEach((id) => keep.add(id));
  }
  let docs = all.filter((doc) => !EDITORIAL.has(doc._type) || keep.has(doc._id));
  // Drop whatever refers to a dropped document, until nothing does.
  for (;;) {
    const ids = new Set(docs.map((d) => d._id));
    const next = docs.filter((doc) => refsOf(doc).every((id) => ids.has(id)));
    if (next.length === docs.length) return docs;
    docs = next;
  }
}

function writeDataset(dir: string, docs: Doc[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const folder of ['images', 'files']) {
    const source = path.join(root, 'content', folder);
    if (fs.existsSync(source) && !fs.existsSync(path.join(dir, folder))) fs.cpSync(source, path.join(dir, folder), { recursive: true });
  }
  if (fs.existsSync(path.join(root, 'content', 'assets.json')))
    fs.copyFileSync(path.join(root, 'content', 'assets.json'), path.join(dir, 'assets.json'));
  fs.writeFileSync(path.join(dir, 'data.ndjson'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
}

/** A build's settings, with its own caches (Astro's incremental state, cards, validation) under `cache`. */
function buildEnv(content: string, dist: string, cache: string, today: string): NodeJS.ProcessEnv {
  const astroCache = path.join(cache, 'astro');
  // Image transforms are content-addressed: reuse the worktree's so the fixture builds stay quick.
  const assets = path.join(root, 'node_modules', '.astro', 'assets');
  if (!fs.existsSync(astroCache) && fs.existsSync(assets)) fs.cpSync(assets, path.join(astroCache, 'assets'), { recursive: true });
  return {
    ...process.env,
    CONTENT_DIR: content,
    DIST_DIR: dist,
    ASTRO_CACHE_DIR: astroCache,
    OG_CACHE_DIR: path.join(cache, 'og'),
    VALIDATION_CACHE_DIR: path.join(cache, 'validation'),
    HEADERS_CACHE_DIR: path.join(cache, 'headers'),
    HERZLAND_TODAY: today,
    ASTRO_LOG_LEVEL: 'info',
    SANITY_PROJECT_ID: '',
  };
}

function build(content: string, dist: string, cache: string, today: string): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: buildEnv(content, dist, cache, today),
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return result.stdout;
}

function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), createHash('sha1').update(fs.readFileSync(file)).digest('hex'));
  }
  return files;
}

const read = (dist: string, page: string) => fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8');
const pathOf = (doc: Doc) => documentPath({ ...doc, slug: doc.slug?.current });

describe('incremental build on a fixture dataset', () => {
  const before = fixtureDocuments();
  const story = before.find((d) => d._type === 'story' && d.language === 'de' && d.town?._ref)!;
  const town = before.find((d) => d._id === story.town._ref)!;
  const project = before.find((d) => d._type === 'project' && d.responsible?._ref)!;
  const member = before.find((d) => d._id === project.responsible._ref)!;
  const gone = before.find((d) => d._type === 'story' && d._id !== story._id && d.language === 'de')!;
  // An event with a fixed date: its calendar file is reused by incremental builds too.
  const event = before.find((d) => d._type === 'event' && d.language === 'de' && d.start && !d.isExample)!;
  const goneMeta = before.filter((d) => d._type === 'translation.metadata' && refsOf(d).includes(gone._id));

  const edited = before
    .filter((d) => d._id !== gone._id && !goneMeta.includes(d))
    .map((doc) => {
      if (doc._id === town._id) return { ...doc, name: `${doc.name} Prüfort` };
      if (doc._id === member._id) return { ...doc, name: `${doc.name} Prüfmitglied` };
      if (doc._id === story._id) return { ...doc, title: `${doc.title} Prüftitel` };
      if (doc._id === event._id) return { ...doc, title: `${doc.title} Prüftermin` };
      return doc;
    });
  // Then a post's title alone: few pages change, so search re-reads only those.
  const retitled = before.find((d) => d._type === 'post' && d.language === 'de')!;
  const titleEdited = edited.map((doc) => (doc._id === retitled._id ? { ...doc, title: `${doc.title} Suchtitel` } : doc));
  // Then the site settings, which every page shows.
  const settingsEdited = titleEdited.map((doc) => (doc._type === 'siteSettings' ? { ...doc, title: `${doc.title} Prüfseite` } : doc));
  // "Today" between the fixture's event dates, so both upcoming and past events exist.
  const starts = before
    .filter((d) => d._type === 'event' && d.language === 'de' && d.start && !d.isExample)
    .map((d) => String(d.start))
    .sort();
  const today = starts[Math.floor(starts.length / 2)];
  const dist = {
    incremental: path.join(work, 'dist-incremental'),
    clean: path.join(work, 'dist-clean'),
    settings: path.join(work, 'dist-settings'),
    retitled: path.join(work, 'dist-retitled'),
  };
  let log = '';
  let retitledLog = '';
  let settingsLog = '';
  let standbyHolder: ChildProcess | undefined;

  beforeAll(async () => {
    // One content folder, edited in place as an editor's publish does: its path is part of the
    // compiled code (image imports), so a different folder would be a code change to Astro.
    const content = path.join(work, 'content');
    // Likewise one output folder for the incremental builds (its path is in the compiled code too).
    const out = path.join(work, 'dist');
    const cache = path.join(work, 'cache-incremental');
    writeDataset(content, before);
    build(content, out, cache, today);
    // The first build's page for the deleted story exists, so its absence later means something.
    expect(fs.existsSync(path.join(out, pathOf(gone), 'index.html'))).toBe(true);
    // Each edit lands while the publish service's next build stands by with its code loaded
    // (scripts/standby.ts): it must read the content only when told to go. Returns its log.
    const publish = async (docs: Doc[], meanwhile?: () => void): Promise<string> => {
      const runner = createBuildRunner({ env: buildEnv(content, out, cache, today) });
      await runner.ready();
      writeDataset(content, docs);
      meanwhile?.();
      const outcome = await runner.run();
      runner.close();
      if (!outcome.ok) throw new Error(`build failed:\n${outcome.lines.slice(-40).join('\n')}`);
      return outcome.lines.join('\n');
    };
    log = await publish(edited);
    // Copied, not moved: the next publish builds on this one.
    fs.cpSync(out, dist.incremental, { recursive: true });
    // A standby build of the clean build's folder holds it (its lock says so): a build started
    // meanwhile stops that process and takes the folder over.
    standbyHolder = spawn('sleep', ['600']);
    fs.writeFileSync(path.join(work, '.dist-clean-build.lock'), `${standbyHolder.pid} standby`);
    // Not spawnSync: the stopped process must be reaped by this one meanwhile.
    const clean = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      cwd: root,
      env: buildEnv(content, dist.clean, path.join(work, 'cache-clean'), today),
      stdio: 'ignore',
    });
    expect(await new Promise((resolve) => clean.once('close', resolve))).toBe(0);
    retitledLog = await publish(titleEdited);
    fs.renameSync(out, dist.retitled);
    // The site settings, and an image added while the build stands by: the code it bundled then
    // lists the content's images (src/lib/embedded-images.ts), so it bundles again.
    settingsLog = await publish(settingsEdited, () => {
      const images = path.join(content, 'images');
      fs.copyFileSync(path.join(images, fs.readdirSync(images)[0]), path.join(images, 'added-while-standing-by.webp'));
    });
    fs.renameSync(out, dist.settings);
  }, 30 * 60_000);
  afterAll(() => {
    standbyHolder?.kill();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('reuses unchanged pages and validates only changed documents', () => {
    // The last build's pages are copied beside the build folder while the build stands by, and
    // moved into it on "go" (scripts/reused-pages.ts); Astro keeps those it may reuse ("cached")
    // and renders the others over them.
    expect(log).toMatch(/\b[1-9]\d* pages of the last build staged in standby/);
    expect(log).toMatch(/index\.html.*\(cached\)/);
    const validated = /validated in \d+ ms \((\d+) unchanged, from cache\)/.exec(log);
    expect(Number(validated?.[1])).toBeGreaterThan(0);
  });

  it('gives exactly the files of a clean full build, byte for byte', () => {
    const incremental = tree(dist.incremental);
    const clean = tree(dist.clean);
    expect([...incremental.keys()].sort()).toEqual([...clean.keys()].sort());
    const differing = [...clean].filter(([file, hash]) => incremental.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });

  it('shows every edit on the pages that show the edited documents, and drops the deleted page', () => {
    const storyPage = read(dist.incremental, pathOf(story));
    expect(storyPage).toContain(`${story.title} Prüftitel`);
    expect(storyPage).toContain(`${town.name} Prüfort`);
    expect(read(dist.incremental, sectionPath('de', 'stories'))).toContain(`${story.title} Prüftitel`);
    expect(read(dist.incremental, pathOf(project))).toContain(`${member.name} Prüfmitglied`);
    expect(read(dist.incremental, sectionPath('de', 'members'))).toContain(`${member.name} Prüfmitglied`);
    expect(fs.existsSync(path.join(dist.incremental, pathOf(gone)))).toBe(false);
    expect(read(dist.incremental, pathOf(event))).toContain(`${event.title} Prüftermin`);
    expect(fs.readFileSync(path.join(dist.incremental, icsPath(pathOf(event))), 'utf8')).toContain(`${event.title} Prüftermin`);
  });

  it('search re-reads only the pages a publish changed, and its bundle equals a fresh index of the pages', async () => {
    // The first publish dropped a page: the whole folder was indexed anew (scripts/search-index.ts).
    expect(log).toMatch(/^Search: \d+ HTML files read,/m);
    const reread = /^Search: (\d+) of (\d+) HTML files read again/m.exec(retitledLog);
    expect(
      reread,
      retitledLog
        .split('\n')
        .filter((line) => line.startsWith('Search'))
        .join('\n'),
    ).not.toBeNull();
    expect(Number(reread![1])).toBeGreaterThan(0);
    expect(read(dist.retitled, pathOf(retitled))).toContain('Suchtitel');
    const fragments = fs
      .readdirSync(path.join(dist.retitled, 'pagefind', 'fragment'))
      // A fragment is gzipped JSON behind Pagefind's 12-byte signature.
      .map((name) =>
        gunzipSync(fs.readFileSync(path.join(dist.retitled, 'pagefind', 'fragment', name)))
          .subarray(12)
          .toString('utf8'),
      )
      .map((text) => JSON.parse(text) as { url: string; meta: { title?: string } });
    const titled = fragments.filter((fragment) => fragment.meta.title?.includes('Suchtitel'));
    expect(titled.map((fragment) => fragment.url)).toEqual([`/${pathOf(retitled).replace(/^\/|\/$/g, '')}/`]);
    const fresh = path.join(work, 'dist-retitled-fresh');
    fs.cpSync(dist.retitled, fresh, { recursive: true, filter: (source) => !source.includes(`${path.sep}pagefind`) });
    await indexSearch(fresh, async () => undefined);
    const bundle = (dir: string) => [...tree(dir)].filter(([file]) => file.startsWith(`pagefind${path.sep}`));
    expect(bundle(dist.retitled)).toEqual(bundle(fresh));
  });

  it('bundles the code while standing by, and again when the content images changed meanwhile', () => {
    expect(retitledLog).toMatch(/^Astro: .*code bundled while standing by$/m);
    expect(settingsLog).toMatch(/^Astro: .*code bundled again \(the content images changed\)$/m);
  });

  it('takes over a folder a standby build holds, and stops at one another build is writing', () => {
    // The clean build took the folder over from the process standing by: it was stopped.
    expect(standbyHolder!.exitCode ?? standbyHolder!.signalCode).toBe('SIGTERM');
    const writer = spawn('sleep', ['600']);
    try {
      const lock = path.join(work, '.dist-busy-build.lock');
      fs.writeFileSync(lock, String(writer.pid));
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
        cwd: root,
        encoding: 'utf8',
        env: buildEnv(path.join(work, 'content'), path.join(work, 'dist-busy'), path.join(work, 'cache-busy'), today),
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`another build (process ${writer.pid}) is writing`);
      expect(fs.existsSync(path.join(work, 'dist-busy'))).toBe(false);
      expect(writer.exitCode ?? writer.signalCode).toBeNull();
    } finally {
      writer.kill();
    }
  });

  it('renders every page again when the site settings change', () => {
    // Every page; the calendar files show no settings and may be reused.
    expect(settingsLog).not.toMatch(/index\.html.*\((restored|cached)\)/);
    expect(settingsLog).toMatch(/\.ics.*\((restored|cached)\)/);
    const pages = [...tree(dist.settings).keys()].filter(
      (file) => file.endsWith('index.html') && !fs.readFileSync(path.join(dist.settings, file), 'utf8').includes('http-equiv="refresh"'),
    );
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) expect(fs.readFileSync(path.join(dist.settings, file), 'utf8'), file).toContain('Prüfseite');
  });

  it('lists the same upcoming events on the home page as first on the events page', () => {
    const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    const section = (html: string, id: string) => {
      const start = html.indexOf(`aria-labelledby="${id}"`);
      expect(start).toBeGreaterThan(-1);
      return html.slice(start, html.indexOf('</section>', start));
    };
    const eventsPath = sectionPath('de', 'events');
    const isEvent = (href: string) => href.startsWith(eventsPath) && href !== eventsPath;
    const eventsPage = read(dist.incremental, eventsPath);
    const upcoming = links(section(eventsPage, 'view_demnaechst')).filter(isEvent);
    const past = links(section(eventsPage, 'view_vergangen')).filter(isEvent);
    const onHome = links(section(read(dist.incremental, sectionPath('de', 'home')), 'home-events')).filter(isEvent);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
    expect(onHome).toEqual(upcoming.slice(0, onHome.length));
    expect(onHome.length).toBe(Math.min(3, upcoming.length));
  });
});
