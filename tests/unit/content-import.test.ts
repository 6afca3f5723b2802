/**
 * `npm run content:import` with Sanity's real importer and client, against a local stand-in for
 * the Sanity HTTP API: every document of content/ arrives as a mutation and every image is
 * uploaded, with asset references rewritten by the importer.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@sanity/client';
import { importEmbeddedContent } from '../../scripts/import-content.ts';

const contentDir = path.resolve('content');
const documents: Record<string, any>[] = [];
const uploads: string[] = [];
const patches: { id: string; set: Record<string, any> }[] = [];
let server: http.Server;
let apiHost = '';

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = await readBody(req);
    res.setHeader('content-type', 'application/json');
    if (url.pathname.includes('/assets/images/')) {
      uploads.push(url.searchParams.get('filename') ?? '');
      const id = `image-upload${uploads.length}-10x10-png`;
      return res.end(JSON.stringify({ document: { _id: id, _type: 'sanity.imageAsset', url: `https://cdn.example/${id}` } }));
    }
    if (url.pathname.includes('/data/mutate/')) {
      const { mutations } = JSON.parse(body.toString());
      const results = [];
      for (const mutation of mutations) {
        const doc = mutation.createOrReplace ?? mutation.create ?? mutation.createIfNotExists;
        if (doc) documents.push(doc);
        if (mutation.patch?.set) patches.push({ id: mutation.patch.id, set: mutation.patch.set });
        results.push({ id: doc?._id ?? mutation.patch?.id, operation: doc ? 'create' : 'update' });
      }
      return res.end(JSON.stringify({ transactionId: 't', results }));
    }
    if (url.pathname.includes('/data/query/')) return res.end(JSON.stringify({ result: null, ms: 1 }));
    if (url.pathname.endsWith('/datasets')) return res.end(JSON.stringify([{ name: 'production' }]));
    res.end(JSON.stringify({}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('content:import', () => {
  it('imports every document of content/ and uploads its images through the real importer', async () => {
    const client = createClient({
      projectId: 'abc123', dataset: 'production', token: 'write-token', apiVersion: '2026-09-01',
      useCdn: false, apiHost, useProjectHostname: false,
    });
    const result = await importEmbeddedContent(client, contentDir);
    const ids = fs.readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)._id);
    expect(result.numDocs).toBe(ids.length);
    expect(new Set(documents.map((d) => d._id))).toEqual(new Set(ids));
    expect(uploads.length).toBe(new Set(fs.readdirSync(path.join(contentDir, 'images'))).size);
    const story = documents.find((d) => d._type === 'story')!;
    expect(story.image._sanityAsset).toBeUndefined();
    const storyPatch = patches.find((p) => p.id === story._id)!;
    expect(storyPatch.set['image.asset']).toMatchObject({ _type: 'reference', _ref: expect.stringMatching(/^image-upload\d+-10x10-png$/) });
  }, 60_000);
});
