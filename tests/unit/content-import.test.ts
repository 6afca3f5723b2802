/**
 * `npm run content:import` with Sanity's real importer and client against a local stand-in for the
 * Sanity HTTP API: the first import creates everything, a second one leaves a document an editor
 * changed in between untouched, `--replace` names the differing documents and replaces them, and
 * no import ever uploads an image twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@sanity/client';
import { importContent } from '../../scripts/import-content.ts';
import { startApiStandIn, type ApiStandIn } from './sanity-api-stand-in.ts';
import { asRealExport, fixtureDocuments, fixtureImage, writeDataset } from './export-fixture.ts';

const clientFor = (api: ApiStandIn) =>
  createClient({
    projectId: 'abc123',
    dataset: 'production',
    token: 'write-token',
    apiVersion: '2026-09-01',
    useCdn: false,
    apiHost: api.apiHost,
    useProjectHostname: false,
  });
const assetDocs = (api: ApiStandIn) => [...api.documents.values()].filter((d) => d._type === 'sanity.imageAsset');

describe('content:import into a project', () => {
  let api: ApiStandIn;
  let contentDir: string;
  let ids: string[];
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);

  beforeAll(async () => {
    api = await startApiStandIn();
    const image = await fixtureImage();
    const documents = asRealExport(fixtureDocuments(image));
    ids = documents.map((d) => d._id);
    contentDir = writeDataset(documents, [image]);
  });
  afterAll(() => api.close());

  it('creates every document, with references to one uploaded image', async () => {
    const report = await importContent(clientFor(api), contentDir, { log });
    expect(report.created.sort()).toEqual([...ids].sort());
    expect(assetDocs(api)).toHaveLength(1);
    const story = [...api.documents.values()].find((d) => d._type === 'story' && !d._id.startsWith('drafts.'))!;
    expect(story.image.asset).toEqual({ _type: 'reference', _ref: assetDocs(api)[0]._id });
    expect(story.image._sanityAsset).toBeUndefined();
    expect(story.town._weak).toBeUndefined(); // strengthened again after the import
  }, 60_000);

  it('a second import leaves a document an editor changed in between untouched and uploads nothing', async () => {
    const story = [...api.documents.values()].find((d) => d._type === 'story' && !d._id.startsWith('drafts.'))!;
    api.documents.set(story._id, { ...story, title: 'Von der Redaktion geändert', _rev: 'editor1' });
    const uploadsBefore = api.uploads;
    const report = await importContent(clientFor(api), contentDir, { log });
    expect(report.created).toEqual([]);
    expect(report.replaced).toEqual([]);
    expect(report.differing).toEqual([{ id: story._id, type: 'story', fields: ['title'] }]);
    expect(api.documents.get(story._id)).toMatchObject({ title: 'Von der Redaktion geändert', _rev: 'editor1' });
    expect(api.uploads).toBe(uploadsBefore);
    expect(assetDocs(api)).toHaveLength(1);
  }, 60_000);

  it('--replace prints which documents differ, then replaces them; the image is reused, not duplicated', async () => {
    const story = [...api.documents.values()].find((d) => d._type === 'story' && !d._id.startsWith('drafts.'))!;
    lines.length = 0;
    const report = await importContent(clientFor(api), contentDir, { replace: true, log });
    expect(report.replaced).toEqual([story._id]);
    expect(lines).toContain(`REPLACE ${story._id} (story) differs in: title`);
    expect(api.documents.get(story._id)!.title).toBe('Zurück im Erzgebirge');
    expect(api.documents.get(story._id)!.image.asset._ref).toBe(assetDocs(api)[0]._id);
    expect(assetDocs(api)).toHaveLength(1);
    // Nothing else differs now: a further --replace changes nothing.
    expect((await importContent(clientFor(api), contentDir, { replace: true, log })).replaced).toEqual([]);
  }, 60_000);
});

describe('content:import of content/', () => {
  it('imports every document of the starting dataset and each of its images once', async () => {
    const api = await startApiStandIn();
    try {
      const contentDir = path.resolve('content');
      const report = await importContent(clientFor(api), contentDir, { log: () => {} });
      const ids = fs
        .readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)._id);
      expect(report.created.sort()).toEqual([...ids].sort());
      const used = new Set(fs.readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8').match(/images\/[^"]+/g));
      expect(assetDocs(api)).toHaveLength(used.size);
    } finally {
      await api.close();
    }
  }, 120_000);
});
