/**
 * `npm run content:pull` with Sanity's real exporter against a local stand-in for the Sanity API:
 * published documents only, in the export format (sha1-named images, `_sanityAsset` markers),
 * byte-identical on a second pull whatever order the project sends, valid, and importable back
 * into the project without a single difference.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@sanity/client';
import { importContent } from '../../scripts/import-content.ts';
import { pullContent } from '../../scripts/pull-content.ts';
import { compileStudioSchema } from '../../site/schema.ts';
import { readEmbeddedDataset } from '../../site/sources/embedded-dataset.ts';
import { formatProblem, validateDataset } from '../../site/validate.ts';
import { asRealExport, fixtureDocuments, fixtureImage, writeDataset, type FixtureImage } from './export-fixture.ts';
import { startApiStandIn, type ApiStandIn } from './sanity-api-stand-in.ts';

let api: ApiStandIn;
let image: FixtureImage;
const client = () =>
  createClient({
    projectId: 'abc123',
    dataset: 'production',
    token: 'read-token',
    apiVersion: '2026-09-01',
    useCdn: false,
    apiHost: api.apiHost,
    useProjectHostname: false,
  });
const lines = (dir: string) => fs.readFileSync(path.join(dir, 'data.ndjson'), 'utf8').trim().split('\n');

beforeAll(async () => {
  api = await startApiStandIn();
  image = await fixtureImage();
  await importContent(client(), writeDataset(asRealExport(fixtureDocuments(image)), [image]), { log: () => {} });
  // An editor's unpublished change: a draft next to the published story.
  const story = [...api.documents.values()].find((d) => d._type === 'story' && !d._id.startsWith('drafts.'))!;
  api.documents.set(`drafts.${story._id}`, { ...story, _id: `drafts.${story._id}`, title: 'Entwurf, noch nicht veröffentlicht' });
});
afterAll(() => api.close());

describe('content:pull from a project', () => {
  let contentDir: string;

  beforeAll(async () => {
    contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-pulled-'));
    // Left over from an earlier pull: an image the project no longer has.
    fs.mkdirSync(path.join(contentDir, 'images'));
    fs.writeFileSync(path.join(contentDir, 'images', `${'0'.repeat(40)}-10x10.png`), 'old');
    await pullContent(client(), 'production', contentDir);
  }, 60_000);

  it('writes published documents only, sorted by _id, without _rev, keys in a fixed order', () => {
    const docs = lines(contentDir).map((line) => JSON.parse(line));
    const published = [...api.documents.values()].filter((d) => !d._id.startsWith('drafts.') && !d._type.startsWith('sanity.'));
    expect(docs.map((d) => d._id)).toEqual(published.map((d) => d._id).sort());
    expect(docs.some((d) => d.title === 'Entwurf, noch nicht veröffentlicht')).toBe(false);
    expect(docs.every((d) => d._rev === undefined && typeof d._updatedAt === 'string')).toBe(true);
    for (const line of lines(contentDir)) expect(line).toMatch(/^\{"_id":"[^"]+","_type":"[^"]+"/);
    const story = docs.find((d) => d._type === 'story');
    expect(Object.keys(story.image)).toEqual(['_type', '_sanityAsset', 'alt']);
  });

  it('stores every image under its sha1 name, referenced by a _sanityAsset marker; stale files go', () => {
    const story = lines(contentDir)
      .map((line) => JSON.parse(line))
      .find((d) => d._type === 'story');
    expect(story.image._sanityAsset).toBe(image.marker);
    const bytes = fs.readFileSync(path.join(contentDir, image.file));
    expect(createHash('sha1').update(bytes).digest('hex')).toBe(image.sha1);
    expect(fs.readdirSync(path.join(contentDir, 'images'))).toEqual([path.basename(image.file)]);
    const assets = JSON.parse(fs.readFileSync(path.join(contentDir, 'assets.json'), 'utf8'));
    expect(assets).toEqual({ [`image-${image.sha1}`]: { originalFilename: 'fixture.png' } });
  });

  it('is deterministic: a second pull writes the same bytes even when the project answers in another order', async () => {
    const before = fs.readFileSync(path.join(contentDir, 'data.ndjson'));
    const entries = [...api.documents.entries()].reverse();
    api.documents.clear();
    for (const [id, doc] of entries) api.documents.set(id, doc);
    await pullContent(client(), 'production', contentDir);
    expect(fs.readFileSync(path.join(contentDir, 'data.ndjson')).equals(before)).toBe(true);
  }, 60_000);

  it('the pulled dataset validates and imports back into the project without a difference', async () => {
    const problems = await validateDataset(readEmbeddedDataset(contentDir), compileStudioSchema());
    expect(problems.map(formatProblem)).toEqual([]);
    const uploads = api.uploads;
    const report = await importContent(client(), contentDir, { log: () => {} });
    expect(report.created).toEqual([]);
    expect(report.differing).toEqual([]);
    expect(api.uploads).toBe(uploads);
  }, 60_000);

  it('leaves content/ untouched when the export fails', async () => {
    const before = fs.readFileSync(path.join(contentDir, 'data.ndjson'));
    const broken = createClient({
      projectId: 'abc123',
      dataset: 'missing',
      token: 't',
      apiVersion: '2026-09-01',
      useCdn: false,
      apiHost: 'http://127.0.0.1:9',
      useProjectHostname: false,
    });
    await expect(pullContent(broken, 'missing', contentDir)).rejects.toThrow();
    expect(fs.readFileSync(path.join(contentDir, 'data.ndjson')).equals(before)).toBe(true);
  }, 60_000);
});
