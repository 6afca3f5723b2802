/**
 * Open Graph cards of a build from a Sanity project: the card workers read the content and the
 * photos from the project (here the local Content Lake over the release tests' dataset). A photo
 * the image host does not deliver leaves its card without it, and that card is not cached: the next
 * build draws it again with the photo instead of keeping the photo-less card for good.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOgImages } from '../../scripts/og-images.ts';
import { DEFAULT_DATASET, PLACEHOLDER_PROJECT_ID } from '../../studio/env.ts';
import type { LakeServer } from '../../studio/lake/server.ts';
import { serveReleaseDataset } from '../fixtures/release-dataset.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-og-remote-'));
const CARD = 'og/veranstaltungen/sommer.jpg';
// The workers read the configuration from the environment they inherit.
const env = {
  SANITY_PROJECT_ID: PLACEHOLDER_PROJECT_ID,
  SANITY_DATASET: DEFAULT_DATASET,
  OG_CACHE_DIR: path.join(work, 'cache'),
  HERZLAND_TODAY: '2026-06-01',
};
const previous = Object.fromEntries([...Object.keys(env), 'SANITY_API_HOST'].map((key) => [key, process.env[key]]));
let lake: LakeServer;
let contentDir: string;

beforeAll(async () => {
  ({ lake, contentDir } = await serveReleaseDataset(work, false));
  Object.assign(process.env, env, { SANITY_API_HOST: lake.url });
});
afterAll(async () => {
  for (const [key, value] of Object.entries(previous)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await lake?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('Open Graph cards from a Sanity project', () => {
  it('draws a card whose photo was missing again once the photo is there, then takes it from the cache', async () => {
    const images = path.join(contentDir, 'images');
    const [file] = fs.readdirSync(images);
    // The lake answers 404 for the photo while its file is away.
    fs.renameSync(path.join(images, file), path.join(work, file));
    const withoutPhoto = await startOgImages({ outDir: path.join(work, 'one') }).done;
    fs.renameSync(path.join(work, file), path.join(images, file));
    const withPhoto = await startOgImages({ outDir: path.join(work, 'two') }).done;
    const again = await startOgImages({ outDir: path.join(work, 'three') }).done;

    const card = (run: string) => fs.readFileSync(path.join(work, run, CARD));
    expect(card('two').equals(card('one'))).toBe(false);
    expect(card('three').equals(card('two'))).toBe(true);
    // The five event pages show the photo; every other card (and the logo, counted as written) came from the cache.
    expect(withPhoto.cached).toBe(withoutPhoto.written - 1 - 5);
    expect(again.cached).toBe(again.written - 1);
  }, 120_000);
});
