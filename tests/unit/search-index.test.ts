/**
 * The search index prepared in standby (scripts/search-index.ts), on fixture pages made for this
 * test: after pages change, the bundle must equal a fresh index of the same folder, byte for byte,
 * and find the new words, not the old ones; added or dropped pages and a change to most pages
 * index the folder anew. Files the live bundle has with the same bytes are hard-linked from it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeSearch, indexSearch, prepareSearch } from '../../scripts/search-index.ts';
import { stampPages } from '../../scripts/reused-pages.ts';

let work: string;
let site: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  site = path.join(work, 'site');
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const page = (language: string, title: string, text: string) =>
  `<!doctype html><html lang="${language}"><head><title>${title}</title></head><body><nav>Menü</nav>` +
  `<main data-pagefind-body><h1>${title}</h1><p data-pagefind-filter="Bereich">Geschichten</p><p>${text}</p></main></body></html>`;

function writePage(dir: string, file: string, html: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), html);
}

const PAGES: Record<string, string> = {
  'index.html': page('de', 'Start', 'Willkommen im Erzgebirge'),
  'geschichten/heimkehr/index.html': page('de', 'Heimkehr', 'Nach zwölf Jahren zurück nach Annaberg'),
  'geschichten/pendler/index.html': page('de', 'Pendler', 'Jeden Montag nach Bayern'),
  'geschichten/pflege/index.html': page('de', 'Pflege', 'Ausbildung in der Pflege in Aue'),
  'en/stories/home/index.html': page('en', 'Home again', 'Back to Annaberg after twelve years'),
  // Not for the index, as the redirect pages: no data-pagefind-body.
  'alt/index.html': '<!doctype html><html lang="de"><head><meta http-equiv="refresh" content="0; url=/"></head><body></body></html>',
  // Enough pages that a few of them are a small share, as one publish among many pages is.
  ...Object.fromEntries(
    Array.from({ length: 110 }, (_, n) => [`orte/ort-${n}/index.html`, page('de', `Ort ${n}`, `Arbeiten und leben im Ort Nummer ${n}`)]),
  ),
};

const COUNT = Object.keys(PAGES).length;

/** The bundle's files and their sha1, for a byte-for-byte comparison. */
function bundle(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(path.join(dir, 'pagefind'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = createHash('sha1').update(fs.readFileSync(file)).digest('hex');
  }
  return files;
}

/** A clean build's bundle of the folder as it is now (indexed in a copy, so `site` stays as it is). */
async function freshBundle(): Promise<Record<string, string>> {
  const copy = path.join(work, `fresh-${Math.random().toString(36).slice(2)}`);
  fs.cpSync(site, copy, { recursive: true, filter: (source) => !source.includes(`${path.sep}pagefind`) });
  await indexSearch(copy, async () => undefined);
  return bundle(copy);
}

/** Pagefind's own search over a written bundle, as the site's search runs it in the browser. */
async function search(dir: string, language: string, term: string): Promise<string[]> {
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const hash = entry.languages[language].hash as string;
  const meta = fs.readFileSync(path.join(dir, 'pagefind', `pagefind.${hash}.pf_meta`));
  expect(meta.length).toBeGreaterThan(0);
  // The words live in gzipped index chunks: the texts of the fragments are enough to compare here.
  const { gunzipSync } = await import('node:zlib');
  const found: string[] = [];
  for (const name of fs.readdirSync(path.join(dir, 'pagefind', 'fragment'))) {
    if (!name.startsWith(`${language}_`)) continue;
    const fragment = JSON.parse(
      gunzipSync(fs.readFileSync(path.join(dir, 'pagefind', 'fragment', name)))
        .subarray(12)
        .toString('utf8'),
    );
    if (fragment.content.includes(term)) found.push(fragment.url);
  }
  return found.sort();
}

async function standby(): Promise<Awaited<ReturnType<typeof prepareSearch>>> {
  for (const [file, html] of Object.entries(PAGES)) writePage(site, file, html);
  const prepared = await prepareSearch({ folder: site, stamps: stampPages(site) });
  // The build's own writes come later than the staging: a distinct modification time.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return prepared;
}

describe('search index prepared in standby', () => {
  it('reads again only the rewritten pages and gives a clean build’s bundle, byte for byte', async () => {
    const prepared = await standby();
    writePage(site, 'geschichten/pendler/index.html', page('de', 'Pendler', 'Jetzt Polier in Zwönitz'));
    writePage(site, 'en/stories/home/index.html', page('en', 'Home again', 'Now a foreman in Zwoenitz'));
    // Written afresh by every build and not for the index, as the 404 pages.
    writePage(
      site,
      '404.html',
      '<!doctype html><html lang="de"><head><title>Nicht gefunden</title></head><body><h1>Seite nicht gefunden</h1></body></html>',
    );
    const report = await indexSearch(
      site,
      async () => {
        // As the build's redirect pages: written meanwhile, not part of the index.
        writePage(site, 'weg/index.html', PAGES['alt/index.html']);
      },
      { prepared },
    );
    expect(report.read).toBe(`2 of ${COUNT} HTML files read again (the rest while standing by)`);
    expect(report.languages).toBe(`de ${COUNT - 2}, en 1`);
    expect(await search(site, 'de', 'Polier')).toEqual(['/geschichten/pendler/']);
    expect(await search(site, 'de', 'Bayern')).toEqual([]);
    expect(await search(site, 'en', 'foreman')).toEqual(['/en/stories/home/']);
    expect(bundle(site)).toEqual(await freshBundle());
  });

  it('indexes the folder anew when a page was added or dropped', async () => {
    let prepared = await standby();
    writePage(site, 'geschichten/neu/index.html', page('de', 'Neu', 'Eine neue Geschichte aus Schwarzenberg'));
    let report = await indexSearch(site, async () => undefined, { prepared });
    expect(report.read).toBe(`${COUNT + 1} HTML files read`);
    expect(await search(site, 'de', 'Schwarzenberg')).toEqual(['/geschichten/neu/']);
    expect(bundle(site)).toEqual(await freshBundle());

    fs.rmSync(site, { recursive: true });
    prepared = await standby();
    fs.rmSync(path.join(site, 'geschichten', 'pflege'), { recursive: true });
    report = await indexSearch(site, async () => undefined, { prepared });
    expect(report.read).toBe(`${COUNT - 1} HTML files read`);
    expect(await search(site, 'de', 'Pflege')).toEqual([]);
    expect(bundle(site)).toEqual(await freshBundle());
  });

  it('indexes the folder anew when most pages were rewritten (the site settings changed)', async () => {
    const prepared = await standby();
    for (const [file, html] of Object.entries(PAGES)) writePage(site, file, html.replace('Menü', 'Navigation'));
    const report = await indexSearch(site, async () => undefined, { prepared });
    expect(report.read).toBe(`${COUNT} HTML files read`);
    expect(bundle(site)).toEqual(await freshBundle());
  });

  it('indexes the folder anew when the prepared index is lost (its Pagefind process ended while standing by)', async () => {
    const prepared = await standby();
    writePage(site, 'geschichten/pendler/index.html', page('de', 'Pendler', 'Jetzt Polier in Zwönitz'));
    await closeSearch();
    const report = await indexSearch(site, async () => undefined, { prepared });
    expect(report.read).toBe(`${COUNT} HTML files read`);
    expect(await search(site, 'de', 'Polier')).toEqual(['/geschichten/pendler/']);
    expect(bundle(site)).toEqual(await freshBundle());
  });

  it('hard-links the files the live bundle has with the same bytes, and writes the others', async () => {
    for (const [file, html] of Object.entries(PAGES)) writePage(site, file, html);
    const live = path.join(work, 'live');
    fs.cpSync(site, live, { recursive: true });
    await indexSearch(live, async () => undefined);
    writePage(site, 'geschichten/pendler/index.html', page('de', 'Pendler', 'Jetzt Polier in Zwönitz'));
    const report = await indexSearch(site, async () => undefined, { previous: path.join(live, 'pagefind') });
    expect(bundle(site)).toEqual(await freshBundle());
    expect(report.files).toBe(Object.keys(bundle(site)).length);
    const inode = (dir: string, file: string) => fs.statSync(path.join(dir, file)).ino;
    const shared = Object.keys(bundle(site)).filter(
      (file) => fs.existsSync(path.join(live, file)) && inode(site, file) === inode(live, file),
    );
    expect(shared.length).toBe(report.linked);
    // Most files are unchanged (the other pages' fragments, the wasm); the changed page's are new.
    expect(report.linked).toBeGreaterThan(report.files / 2);
    expect(report.linked).toBeLessThan(report.files);
    for (const file of Object.keys(bundle(site)).filter((name) => !shared.includes(name)))
      expect(fs.existsSync(path.join(live, file)) && bundle(live)[file] === bundle(site)[file], file).toBe(false);
    expect(await search(live, 'de', 'Polier')).toEqual([]);
  });

  it('a failure meanwhile stops the build before the bundle counts', async () => {
    const prepared = await standby();
    await expect(
      indexSearch(
        site,
        async () => {
          throw new Error('headers failed');
        },
        { prepared },
      ),
    ).rejects.toThrow('headers failed');
  });
});
