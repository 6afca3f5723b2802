/**
 * Builds of a small dataset made for the release tests (tests/fixtures/release-dataset.ts, CONTENT_DIR;
 * release-build-lake.test.ts builds the same from the local Content Lake):
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
import { PLACEHOLDER_ERRORS, writeReleaseDataset } from '../fixtures/release-dataset.ts';
import { eventOutputs } from './event-outputs.ts';

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
    writeReleaseDataset(path.join(work, 'with'), true);
    writeReleaseDataset(path.join(work, 'without'), false);
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
    for (const line of PLACEHOLDER_ERRORS) expect(out).toMatch(line);
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
