/**
 * Builds of a small dataset made for this test (CONTENT_DIR):
 * - a release build (HERZLAND_RELEASE=1) stops on a placeholder, naming document and field, and
 *   leaves the output folder as it was;
 * - without placeholders the release build passes, and in a time zone far from Berlin's
 *   (TZ=Pacific/Kiritimati, UTC+14) every event shows the same day on its page, in its .ics, in its
 *   JSON-LD and in its search metadata.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventOutputs } from './event-outputs.ts';

const IMAGE = 'image@file://./images/0cade4eaebff8a1833e13d8b5886ad4bd4de5bf7-1600x1000.webp';
const stamp = { _createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z' };
const image = { _type: 'imageWithAlt', _sanityAsset: IMAGE, alt: 'Testbild: ein Messestand.' };
const block = (key: string, text: string, marks: string[] = []) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks }],
});
const event = (slug: string, fields: Record<string, unknown>) => ({
  _id: `event-${slug}-de`,
  _type: 'event',
  ...stamp,
  language: 'de',
  title: `Testveranstaltung ${slug}`,
  slug: { _type: 'slug', current: slug },
  summary: 'Eine Veranstaltung für den Test.',
  isOnline: false,
  image,
  seo: { _type: 'seo', description: 'Eine Veranstaltung, die nur dieser Test kennt: Datum, Ort und Kalenderdatei.' },
  body: [block(`${slug}b`, 'Beschreibung der Veranstaltung.')],
  ...fields,
});

/** The fixture: site settings, a town and events (whole day in summer and winter, timed, multi-day, example). */
function fixture(withPlaceholder: boolean): object[] {
  return [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      ...stamp,
      title: 'hERZland Test',
      contact: {
        organisation: 'Testorganisation',
        address: withPlaceholder ? '[Platzhalter: Straße und Hausnummer]\n09456 Annaberg-Buchholz' : 'Markt 1\n09456 Annaberg-Buchholz',
      },
    },
    {
      _id: 'town-annaberg-buchholz',
      _type: 'town',
      ...stamp,
      name: 'Annaberg-Buchholz',
      slug: { _type: 'slug', current: 'annaberg-buchholz' },
      postcode: '09456',
    },
    event('sommer', { start: '2024-06-08', place: { name: 'Festhalle', town: { _type: 'reference', _ref: 'town-annaberg-buchholz' } } }),
    event('winter', {
      start: '2023-12-28',
      place: { name: 'Festhalle', address: 'Markt 1', town: { _type: 'reference', _ref: 'town-annaberg-buchholz' } },
    }),
    event('abends', { start: '2025-03-30', startTime: '23:30', endTime: '23:59' }),
    event('mehrtaegig', { start: '2025-10-25', end: '2025-10-26' }),
    event('beispiel', { start: '2027-09-04', isExample: true, body: [block('bb', 'Der nächste Termin wird noch bekannt gegeben.')] }),
  ].map((doc) =>
    withPlaceholder && doc._id === 'event-winter-de' ? { ...doc, body: [block('wb', '[Platzhalter: Programm]', ['placeholder'])] } : doc,
  );
}

function writeDataset(dir: string, withPlaceholder: boolean): void {
  fs.mkdirSync(path.join(dir, 'images'), { recursive: true });
  const file = IMAGE.split('/').pop()!;
  fs.copyFileSync(path.resolve('content/images', file), path.join(dir, 'images', file));
  fs.writeFileSync(
    path.join(dir, 'data.ndjson'),
    fixture(withPlaceholder)
      .map((d) => JSON.stringify(d))
      .join('\n') + '\n',
  );
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-release-'));
const distDir = path.join(work, 'dist');

function build(contentDir: string, env: Record<string, string>) {
  return spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    timeout: 280_000,
    env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: distDir, HERZLAND_TODAY: '2026-06-01', ...env },
  });
}

describe('release build', () => {
  let failed: ReturnType<typeof build>;
  let passed: ReturnType<typeof build>;
  let markerAfterFailure: string | undefined;
  beforeAll(() => {
    writeDataset(path.join(work, 'with'), true);
    writeDataset(path.join(work, 'without'), false);
    fs.mkdirSync(distDir);
    fs.writeFileSync(path.join(distDir, 'marker.txt'), 'previous build');
    failed = build(path.join(work, 'with'), { HERZLAND_RELEASE: '1', TZ: 'America/New_York' });
    markerAfterFailure = fs.readFileSync(path.join(distDir, 'marker.txt'), 'utf8');
    passed = build(path.join(work, 'without'), { HERZLAND_RELEASE: '1', TZ: 'Pacific/Kiritimati' });
  }, 600_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('stops on placeholders, naming document, type and field, and leaves the output alone', () => {
    expect(failed.status).not.toBe(0);
    const out = failed.stderr + failed.stdout;
    expect(out).toContain('ERROR siteSettings (siteSettings) contact.address: ');
    expect(out).toMatch(/ERROR event-winter-de \(event\) body\[_key=="wb"\]\.children\[_key=="wbs"\]: .*\[Platzhalter: Programm\]/);
    expect(out).toContain('Release build stopped: 2 placeholder(s)');
    expect(markerAfterFailure).toBe('previous build');
  });

  it('passes without placeholders', () => {
    expect(passed.status, passed.stderr).toBe(0);
    expect(passed.stdout).toContain('Release: no placeholders in the content');
    expect(fs.existsSync(path.join(distDir, 'marker.txt'))).toBe(false);
  });

  it('writes every event date the same way everywhere, built in UTC+14', () => {
    const outputs = eventOutputs(distDir);
    const byPath = new Map(outputs.map((o) => [o.path, o]));
    expect(byPath.size).toBe(5);
    for (const o of outputs) {
      if (o.isExample) {
        expect(o, o.path).toMatchObject({ page: undefined, ics: undefined, jsonLd: undefined, search: undefined });
        continue;
      }
      expect([o.ics, o.jsonLd?.slice(0, 10), o.search], o.path).toEqual([o.page, o.page, o.page]);
    }
    expect(byPath.get('/veranstaltungen/sommer/')).toMatchObject({
      page: '2024-06-08',
      jsonLd: '2024-06-08',
      pageText: 'Samstag, 8. Juni 2024',
    });
    expect(byPath.get('/veranstaltungen/winter/')).toMatchObject({ page: '2023-12-28', jsonLd: '2023-12-28' });
    // A late start stays on its day; the offset is Berlin's (summer time from 30 March 2025, 02:00).
    expect(byPath.get('/veranstaltungen/abends/')).toMatchObject({
      page: '2025-03-30',
      jsonLd: '2025-03-30T23:30:00+02:00',
      icsStart: '20250330T213000Z',
    });
    expect(byPath.get('/veranstaltungen/mehrtaegig/')).toMatchObject({ jsonLdEnd: '2025-10-26', icsEnd: '20251027' });
    expect(byPath.get('/veranstaltungen/beispiel/')!.pageText).toBe('Termin wird noch bekannt gegeben');
  });

  it('gives an event without a known place no location in its JSON-LD', () => {
    const outputs = new Map(eventOutputs(distDir).map((o) => [o.path, o]));
    expect(outputs.get('/veranstaltungen/mehrtaegig/')!.location).toBeUndefined();
    expect(outputs.get('/veranstaltungen/sommer/')!.location).toMatchObject({
      '@type': 'Place',
      name: 'Festhalle',
      address: { addressLocality: 'Annaberg-Buchholz', postalCode: '09456' },
    });
  });
});
