/**
 * Contract tests of the local Content Lake (studio/lake) with Sanity's own client: what the Studio
 * relies on (welcome, transaction ids, revision chains, mendoza effects, transitions per listener),
 * write-back to the dataset folder, uploads, and the refusals (conflicts, bad input, foreign origins).
 * Every test works on a temporary copy of content/; nothing asserts a fact an editor may change.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { ListenOptions, MutationEvent, QueryParams, SanityClient } from '@sanity/client';
import { lakeClient } from '../../studio/lake/client.ts';
import { applyPatch } from 'mendoza';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLakeServer } from '../../studio/lake/server.ts';

const STUDIO_ORIGIN = 'http://localhost:3333';
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-lake-'));
let counter = 0;

function copyContent(): { contentDir: string; stateDir: string } {
  const dir = path.join(tmpRoot, String(++counter));
  fs.cpSync(path.resolve('content'), path.join(dir, 'content'), { recursive: true });
  return { contentDir: path.join(dir, 'content'), stateDir: path.join(dir, 'state') };
}

async function startLake(dirs = copyContent()) {
  const server = await startLakeServer({
    ...dirs,
    projectId: 'herzland0',
    dataset: 'production',
    allowedOrigins: [STUDIO_ORIGIN],
    log: () => {},
  });
  const client = lakeClient(server.url, 'raw');
  return { server, client, ...dirs };
}

const readLines = (file: string) => fs.readFileSync(file, 'utf8').split('\n');
const readDocs = (contentDir: string) =>
  fs
    .readFileSync(path.join(contentDir, 'data.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
const withoutRev = (doc: Record<string, unknown> | null | undefined) => {
  if (!doc) return null;
  const { _rev, ...rest } = doc;
  return rest;
};
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Collects listener events; resolves once the welcome event has arrived. */
async function collect(client: SanityClient, query: string, params: QueryParams = {}, options: Omit<ListenOptions, 'events'> = {}) {
  const events: MutationEvent[] = [];
  let welcomed!: () => void;
  const welcome = new Promise<void>((resolve) => (welcomed = resolve));
  const subscription = client
    .listen(query, params, { events: ['welcome', 'mutation'], effectFormat: 'mendoza', includeResult: true, ...options })
    .subscribe((event) => {
      if (event.type === 'welcome') welcomed();
      else events.push(event);
    });
  await welcome;
  return { events, stop: () => subscription.unsubscribe() };
}

async function waitFor<T>(read: () => T | undefined, timeout = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error('timed out');
    await delay(20);
  }
}

afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

describe('local Content Lake: reading', () => {
  let lake: Awaited<ReturnType<typeof startLake>>;
  beforeAll(async () => {
    lake = await startLake();
  });
  afterAll(() => lake.server.close());

  it('answers queries over the folder with asset references instead of markers', async () => {
    const published = readDocs(lake.contentDir);
    expect(await lake.client.fetch('count(*[!(_id in path("drafts.**")) && !(_type match "sanity.*")])')).toBe(published.length);
    const withImage = published.find((doc) => JSON.stringify(doc).includes('"_sanityAsset":"image@'))!;
    const resolved = await lake.client.fetch('*[_id == $id][0]', { id: withImage._id });
    expect(JSON.stringify(resolved)).not.toContain('_sanityAsset');
    const ref = /"_ref":"(image-[^"]+)"/.exec(JSON.stringify(resolved))![1];
    const url = await lake.client.fetch<string>('*[_id == $ref][0].url', { ref });
    const image = await fetch(url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\//);
  });

  it('returns documents by id and lists missing ones as omitted', async () => {
    const [first] = readDocs(lake.contentDir);
    const result = await lake.client.request({ url: `/data/doc/production/${first._id},does-not-exist` });
    expect(result.documents.map((doc: any) => doc._id)).toEqual([first._id]);
    expect(result.documents[0]._rev).toEqual(expect.any(String));
    expect(result.omitted).toEqual([{ id: 'does-not-exist', reason: 'existence' }]);
  });

  it('overlays drafts in the drafts perspective and hides them in published', async () => {
    const [first] = readDocs(lake.contentDir);
    await lake.client.action({
      actionType: 'sanity.action.document.edit',
      draftId: `drafts.${first._id}`,
      publishedId: first._id,
      patch: { set: { _lakeTestMarker: 'draft' } },
    });
    const drafts = await lake.client.fetch(
      '*[_id == $id][0]{_id, _originalId, _lakeTestMarker}',
      { id: first._id },
      { perspective: 'drafts' },
    );
    expect(drafts).toEqual({ _id: first._id, _originalId: `drafts.${first._id}`, _lakeTestMarker: 'draft' });
    expect(await lake.client.fetch('count(*[_id in path("drafts.**")])', {}, { perspective: 'published' })).toBe(0);
  });

  it('answers the Studio identity and ACL endpoints for one local administrator', async () => {
    const me = await lake.client.request({ url: '/users/me' });
    expect(typeof me.id).toBe('string');
    expect(me.roles).toEqual([{ name: 'administrator', title: 'Administrator' }]);
    const acl = await lake.client.request({ url: '/projects/herzland0/datasets/production/acl' });
    expect(acl[0].permissions).toEqual(expect.arrayContaining(['read', 'create', 'update']));
  });
});

describe('local Content Lake: the listener contract', () => {
  let lake: Awaited<ReturnType<typeof startLake>>;
  beforeAll(async () => {
    lake = await startLake();
  });
  afterAll(() => lake.server.close());

  it('echoes the client transaction id as _rev, chains revisions and sends effects mendoza can apply', async () => {
    const story = readDocs(lake.contentDir).find((doc) => doc._type === 'story')!;
    const draftId = `drafts.${story._id}`;
    const pair = await collect(lake.client, '*[_id in $ids]', { ids: [story._id, draftId] });
    const publishedBefore = await lake.client.getDocument(story._id);

    await lake.client.action(
      { actionType: 'sanity.action.document.edit', draftId, publishedId: story._id, patch: { set: { teaser: 'Erster Entwurf' } } },
      { transactionId: 'tx-lake-1' },
    );
    await lake.client.action(
      {
        actionType: 'sanity.action.document.edit',
        draftId,
        publishedId: story._id,
        patch: { set: { teaser: 'Zweiter Entwurf' } },
      },
      { transactionId: 'tx-lake-2' },
    );
    await lake.client.action(
      {
        actionType: 'sanity.action.document.publish',
        draftId,
        publishedId: story._id,
        ifPublishedRevisionId: publishedBefore!._rev,
      },
      { transactionId: 'tx-lake-3' },
    );
    const events = await waitFor(() => (pair.events.length >= 4 ? pair.events : undefined));
    pair.stop();

    expect(events.map((e) => [e.documentId, e.transactionId, e.resultRev, e.previousRev, e.transition])).toEqual([
      [draftId, 'tx-lake-1', 'tx-lake-1', undefined, 'appear'],
      [draftId, 'tx-lake-2', 'tx-lake-2', 'tx-lake-1', 'update'],
      [story._id, 'tx-lake-3', 'tx-lake-3', publishedBefore!._rev, 'update'],
      [draftId, 'tx-lake-3', 'tx-lake-3', 'tx-lake-2', 'disappear'],
    ]);
    expect(events.map((e) => e.transactionTotalEvents)).toEqual([1, 1, 2, 2]);
    expect(events.map((e) => e.visibility)).toEqual(['query', 'query', 'query', 'query']);

    // Effects replay every step from the previous state, and revert it.
    const state = new Map<string, unknown>([
      [story._id, withoutRev(publishedBefore)],
      [draftId, null],
    ]);
    for (const event of events) {
      const before = state.get(event.documentId) ?? null;
      const after = applyPatch(before, event.effects!.apply);
      expect(after).toEqual(withoutRev(event.result ?? null));
      expect(applyPatch(after, event.effects!.revert)).toEqual(before);
      state.set(event.documentId, after);
    }
    // Timestamps only move forward.
    const times = events.map((e) => Date.parse(e.timestamp));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('computes transitions and totals per listener filter', async () => {
    const story = readDocs(lake.contentDir).find((doc) => doc._type === 'story')!;
    const draftId = `drafts.${story._id}`;
    const draftsOnly = await collect(lake.client, '*[_id in path("drafts.**") && _type == "story"]');
    const marked = await collect(lake.client, '*[teaser == "Markiert"]', {}, { includeMutations: false });
    const unrelated = await collect(lake.client, '*[_type == "no-such-type"]');

    await lake.client.action(
      { actionType: 'sanity.action.document.edit', draftId, publishedId: story._id, patch: { set: { teaser: 'Markiert' } } },
      { transactionId: 'tx-filter-1' },
    );
    await lake.client.action(
      { actionType: 'sanity.action.document.edit', draftId, publishedId: story._id, patch: { set: { teaser: 'Nicht mehr' } } },
      { transactionId: 'tx-filter-2' },
    );
    await lake.client.action(
      { actionType: 'sanity.action.document.version.discard', versionId: draftId },
      { transactionId: 'tx-filter-3' },
    );
    await waitFor(() => (draftsOnly.events.length >= 3 ? true : undefined));
    await delay(100);
    for (const listener of [draftsOnly, marked, unrelated]) listener.stop();

    expect(draftsOnly.events.map((e) => [e.transactionId, e.transition])).toEqual([
      ['tx-filter-1', 'appear'],
      ['tx-filter-2', 'update'],
      ['tx-filter-3', 'disappear'],
    ]);
    expect(marked.events.map((e) => [e.transactionId, e.transition, e.transactionTotalEvents])).toEqual([
      ['tx-filter-1', 'appear', 1],
      ['tx-filter-2', 'disappear', 1],
    ]);
    expect(marked.events.every((e) => !('mutations' in e))).toBe(true);
    expect(unrelated.events).toEqual([]);
  });

  // The translations menu (document-internationalization) fetches and listens with one query text
  // and the open document's id: a second document must not get the first one's answer or events.
  it("answers one query text with each caller's parameters, in queries and listeners", async () => {
    const menuQuery = '*[_type == $translationSchema && $id in translations[].value._ref]{_id, translations}';
    const metadata = readDocs(lake.contentDir).filter((doc) => doc._type === 'translation.metadata');
    const [a, b] = metadata.slice(0, 2).map((doc) => doc.translations[0].value._ref as string);
    for (const [id, owner] of [
      [a, metadata[0]._id],
      [b, metadata[1]._id],
    ]) {
      const found = await lake.client.fetch<{ _id: string }[]>(menuQuery, { translationSchema: 'translation.metadata', id });
      expect(found.map((doc) => doc._id)).toEqual([owner]);
    }
    const listenA = await collect(lake.client, '*[_id == $id]', { id: `drafts.${a}` });
    const listenB = await collect(lake.client, '*[_id == $id]', { id: `drafts.${b}` });
    await lake.client.action(
      {
        actionType: 'sanity.action.document.edit',
        draftId: `drafts.${b}`,
        publishedId: b,
        patch: { set: { _lakeTestMarker: 'b' } },
      },
      { transactionId: 'tx-params-b' },
    );
    const [event] = await waitFor(() => (listenB.events.length ? listenB.events : undefined));
    await delay(100);
    listenA.stop();
    listenB.stop();
    expect(event).toMatchObject({ documentId: `drafts.${b}`, transactionId: 'tx-params-b' });
    expect(listenA.events).toEqual([]);
  });

  it('uses the mutate API with the Studio mutation semantics', async () => {
    const id = 'lake-test-town';
    const result = await lake.client.mutate(
      [
        { createIfNotExists: { _id: id, _type: 'town', name: 'Testort' } },
        { patch: { id, set: { name: 'Testort am Berg' }, setIfMissing: { tags: [] } } },
      ],
      { returnDocuments: false, transactionId: 'tx-mutate' },
    );
    expect(result.transactionId).toBe('tx-mutate');
    const doc = await lake.client.getDocument(id);
    expect(doc).toMatchObject({ _id: id, name: 'Testort am Berg', tags: [], _rev: 'tx-mutate' });
    await lake.client.delete(id);
    expect(await lake.client.getDocument(id)).toBeUndefined();
  });
});

describe('local Content Lake: write-back', () => {
  it('publishes into data.ndjson: sorted, one line changed, markers kept, no _rev, drafts elsewhere', async () => {
    const lake = await startLake();
    const dataFile = path.join(lake.contentDir, 'data.ndjson');
    const before = readLines(dataFile);
    const story = readDocs(lake.contentDir).find((doc) => doc._type === 'story' && JSON.stringify(doc).includes('_sanityAsset'))!;
    const draftId = `drafts.${story._id}`;
    await lake.client.action({
      actionType: 'sanity.action.document.edit',
      draftId,
      publishedId: story._id,
      patch: { set: { teaser: 'Veröffentlichter Teaser' } },
    });
    expect(readLines(dataFile)).toEqual(before); // a draft never touches content/
    expect(fs.readFileSync(path.join(lake.stateDir, 'drafts.ndjson'), 'utf8')).toContain('Veröffentlichter Teaser');
    await lake.client.action({ actionType: 'sanity.action.document.publish', draftId, publishedId: story._id });

    const after = readLines(dataFile);
    expect(after.length).toBe(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toHaveLength(1);
    const doc = JSON.parse(changed[0]);
    expect(doc).toMatchObject({ _id: story._id, teaser: 'Veröffentlichter Teaser' });
    expect(doc).not.toHaveProperty('_rev');
    expect(Object.keys(doc).slice(0, 4)).toEqual(['_id', '_type', '_createdAt', '_updatedAt']);
    expect(changed[0]).toContain('"_sanityAsset":"image@file://./images/');
    // Only the teaser and _updatedAt differ from the original line.
    const original = JSON.parse(before.find((line) => line.startsWith(`{"_id":"${story._id}"`))!);
    expect(JSON.stringify({ ...doc, teaser: original.teaser, _updatedAt: original._updatedAt })).toBe(JSON.stringify(original));
    const ids = after.filter(Boolean).map((line) => JSON.parse(line)._id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(fs.readdirSync(lake.contentDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(fs.readFileSync(dataFile, 'utf8')).not.toContain('drafts.');
    await lake.server.close();
  });

  it('keeps drafts across a restart, outside content/', async () => {
    const dirs = copyContent();
    const first = await startLake(dirs);
    const [doc] = readDocs(dirs.contentDir);
    await first.client.action(
      {
        actionType: 'sanity.action.document.edit',
        draftId: `drafts.${doc._id}`,
        publishedId: doc._id,
        patch: { set: { _lakeTestMarker: 'überlebt' } },
      },
      { transactionId: 'tx-restart' },
    );
    await first.server.close();
    const second = await startLake(dirs);
    expect(await second.client.getDocument(`drafts.${doc._id}`)).toMatchObject({ _lakeTestMarker: 'überlebt', _rev: 'tx-restart' });
    await second.server.close();
  });

  it('unpublishes, deletes and re-creates documents in the folder', async () => {
    const lake = await startLake();
    const id = 'town-lake-test';
    await lake.client.action({
      actionType: 'sanity.action.document.create',
      publishedId: id,
      attributes: { _id: `drafts.${id}`, _type: 'town', name: 'Neuer Ort' },
      ifExists: 'fail',
    });
    await lake.client.action({ actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id });
    expect(readDocs(lake.contentDir).find((doc) => doc._id === id)).toMatchObject({ name: 'Neuer Ort' });
    const ids = readDocs(lake.contentDir).map((doc) => doc._id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))); // inserted at its place
    await lake.client.action({ actionType: 'sanity.action.document.unpublish', draftId: `drafts.${id}`, publishedId: id });
    expect(readDocs(lake.contentDir).some((doc) => doc._id === id)).toBe(false);
    expect(await lake.client.getDocument(`drafts.${id}`)).toMatchObject({ name: 'Neuer Ort' });
    await lake.client.action({ actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id });
    await lake.client.action({ actionType: 'sanity.action.document.delete', publishedId: id, includeDrafts: [] });
    expect(readDocs(lake.contentDir).some((doc) => doc._id === id)).toBe(false);
    expect(await lake.client.getDocument(id)).toBeUndefined();
    await lake.server.close();
  });

  it('stores an uploaded image under its sha1 name with its metadata in assets.json', async () => {
    const lake = await startLake();
    const png = await sharp({ create: { width: 31, height: 17, channels: 3, background: '#c0392b' } })
      .png()
      .toBuffer();
    const asset = await lake.client.assets.upload('image', png, { filename: 'portrait.png', title: 'Porträt' });
    expect(asset._id).toMatch(/^image-[a-f0-9]{40}-31x17-png$/);
    const sha1 = asset._id.split('-')[1];
    const file = path.join(lake.contentDir, 'images', `${sha1}-31x17.png`);
    expect(fs.readFileSync(file)).toEqual(png);
    const meta = JSON.parse(fs.readFileSync(path.join(lake.contentDir, 'assets.json'), 'utf8'));
    expect(meta[`image-${sha1}`]).toMatchObject({ originalFilename: 'portrait.png', title: 'Porträt' });
    expect(Object.keys(meta)).toEqual(Object.keys(meta).sort());
    expect(await lake.client.fetch('*[_type == "sanity.imageAsset" && sha1hash == $sha1][0]._id', { sha1 })).toBe(asset._id);
    const served = await fetch(asset.url);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png);
    // Publishing a reference to it writes a marker.
    const [doc] = readDocs(lake.contentDir);
    await lake.client.action({
      actionType: 'sanity.action.document.edit',
      draftId: `drafts.${doc._id}`,
      publishedId: doc._id,
      patch: { set: { portrait: { _type: 'image', asset: { _type: 'reference', _ref: asset._id } } } },
    });
    await lake.client.action({ actionType: 'sanity.action.document.publish', draftId: `drafts.${doc._id}`, publishedId: doc._id });
    expect(readDocs(lake.contentDir).find((d) => d._id === doc._id).portrait).toEqual({
      _type: 'image',
      _sanityAsset: `image@file://./images/${sha1}-31x17.png`,
    });
    await lake.server.close();
  });

  it('picks up a change made to content/ from outside without a restart', async () => {
    const lake = await startLake();
    const dataFile = path.join(lake.contentDir, 'data.ndjson');
    const docs = readDocs(lake.contentDir);
    const target = docs[0];
    const listener = await collect(lake.client, '*[_id == $id]', { id: target._id });
    const changed = docs.map((doc) => (doc._id === target._id ? { ...doc, _lakeTestMarker: 'von außen' } : doc));
    fs.writeFileSync(dataFile, changed.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
    const event = await waitFor(() => listener.events[0]);
    listener.stop();
    expect(event).toMatchObject({ documentId: target._id, transition: 'update' });
    expect(await lake.client.fetch('*[_id == $id][0]._lakeTestMarker', { id: target._id })).toBe('von außen');
    await lake.server.close();
  });
});

describe('local Content Lake: refusals change nothing', () => {
  let lake: Awaited<ReturnType<typeof startLake>>;
  let dataBefore: string;
  const post = (uri: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${lake.server.url}/v2025-02-19${uri}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  beforeAll(async () => {
    lake = await startLake();
    dataBefore = fs.readFileSync(path.join(lake.contentDir, 'data.ndjson'), 'utf8');
  });
  afterAll(async () => {
    expect(fs.readFileSync(path.join(lake.contentDir, 'data.ndjson'), 'utf8')).toBe(dataBefore);
    await lake.server.close();
  });

  it('answers a revision conflict with 409', async () => {
    const [doc] = readDocs(lake.contentDir);
    await lake.client.action({
      actionType: 'sanity.action.document.edit',
      draftId: `drafts.${doc._id}`,
      publishedId: doc._id,
      patch: { set: { _lakeTestMarker: 'x' } },
    });
    const publish = lake.client.action({
      actionType: 'sanity.action.document.publish',
      draftId: `drafts.${doc._id}`,
      publishedId: doc._id,
      ifPublishedRevisionId: 'stale-revision',
    });
    await expect(publish).rejects.toMatchObject({ statusCode: 409 });
    const patch = lake.client.patch(`drafts.${doc._id}`).ifRevisionId('stale-revision').set({ _lakeTestMarker: 'y' }).commit();
    await expect(patch).rejects.toMatchObject({ statusCode: 409 });
    expect((await lake.client.getDocument(`drafts.${doc._id}`))!._lakeTestMarker).toBe('x');
  });

  it('rejects malformed JSON, unknown mutation and action types with 400 and a message', async () => {
    const malformed = await post('/data/mutate/production', '{"mutations": [');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).message).toMatch(/not valid JSON/);
    const unknown = await post('/data/mutate/production', JSON.stringify({ mutations: [{ explode: { id: 'x' } }] }));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).message).toMatch(/Unknown mutation type/);
    const action = await post('/data/actions/production', JSON.stringify({ actions: [{ actionType: 'sanity.action.document.explode' }] }));
    expect(action.status).toBe(400);
    // A failing mutation in a transaction leaves the earlier ones undone.
    const partly = await post(
      '/data/mutate/production',
      JSON.stringify({ mutations: [{ create: { _id: 'lake-partial', _type: 'town' } }, { nope: {} }] }),
    );
    expect(partly.status).toBe(400);
    expect(await lake.client.getDocument('lake-partial')).toBeUndefined();
    // A body that is JSON but not an object, a query's parameters that are not an object, a transaction id that is not a string.
    const array = await post('/data/mutate/production', JSON.stringify([{ create: { _id: 'lake-array', _type: 'town' } }]));
    expect(array.status).toBe(400);
    expect((await array.json()).message).toMatch(/must be a JSON object/);
    const params = await post('/data/query/production', JSON.stringify({ query: '*[_id == $id]', params: [1] }));
    expect(params.status).toBe(400);
    expect((await params.json()).message).toMatch(/"params"\) must be an object/);
    const transaction = await post(
      '/data/mutate/production',
      JSON.stringify({ mutations: [{ create: { _id: 'lake-tx', _type: 'town' } }], transactionId: 7 }),
    );
    expect(transaction.status).toBe(400);
    expect(await lake.client.getDocument('lake-tx')).toBeUndefined();
    const createAction = { actionType: 'sanity.action.document.create', publishedId: 'lake-num', attributes: { _id: 42, _type: 'town' } };
    const numericId = await post('/data/actions/production', JSON.stringify({ actions: [createAction] }));
    expect(numericId.status).toBe(400);
    expect((await numericId.json()).message).toMatch(/attributes\._id" must be a string/);
  });

  it('refuses a foreign Origin on every endpoint, the listener included', async () => {
    for (const uri of [
      '/v2025-02-19/data/query/production?query=*[0]',
      '/v2025-02-19/data/listen/production?query=*',
      '/v2026-05-04/users/me',
    ]) {
      const response = await fetch(`${lake.server.url}${uri}`, { headers: { origin: 'https://evil.example' } });
      expect(response.status, uri).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
    const write = await post('/data/mutate/production', JSON.stringify({ mutations: [{ create: { _id: 'evil', _type: 'town' } }] }), {
      origin: 'https://evil.example',
    });
    expect(write.status).toBe(403);
    const allowed = await fetch(`${lake.server.url}/v2026-05-04/users/me`, { headers: { origin: STUDIO_ORIGIN } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(STUDIO_ORIGIN);
    // DNS rebinding: a foreign host name that resolves to 127.0.0.1.
    const rebinding = await new Promise<number>((resolve, reject) => {
      http
        .get(`${lake.server.url}/v2026-05-04/users/me`, { headers: { host: 'attacker.example' } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        })
        .on('error', reject);
    });
    expect(rebinding).toBe(403);
  });

  it('limits uploads to images and PDF of bounded size, and asset paths to the dataset folder', async () => {
    const text = await fetch(`${lake.server.url}/v2025-02-19/assets/images/production`, { method: 'POST', body: 'not an image' });
    expect(text.status).toBe(415);
    const pdfAsImage = await fetch(`${lake.server.url}/v2025-02-19/assets/images/production`, { method: 'POST', body: '%PDF-1.4\n' });
    expect(pdfAsImage.status).toBe(415);
    const pdf = await fetch(`${lake.server.url}/v2025-02-19/assets/files/production`, { method: 'POST', body: '%PDF-1.4\n%%EOF\n' });
    expect(pdf.status).toBe(200);
    expect((await pdf.json()).document._id).toMatch(/^file-[a-f0-9]{40}-pdf$/);
    const huge = await fetch(`${lake.server.url}/v2025-02-19/assets/files/production`, {
      method: 'POST',
      body: Buffer.alloc(26 * 1024 * 1024, 0x25),
    });
    expect(huge.status).toBe(413);
    for (const uri of [
      '/images/herzland0/production/..%2F..%2Fdata.ndjson',
      '/images/herzland0/production/../data.ndjson',
      '/files/herzland0/production/%2e%2e%2fassets.json',
    ]) {
      expect((await fetch(`${lake.server.url}${uri}`)).status, uri).toBe(404);
    }
  });
});

describe('local Content Lake: round trips with Sanity tooling and the site', () => {
  it("imports a folder the lake wrote into a second lake with Sanity's importer", async () => {
    const source = await startLake();
    const story = readDocs(source.contentDir).find((doc) => doc._type === 'story')!;
    await source.client.action({
      actionType: 'sanity.action.document.edit',
      draftId: `drafts.${story._id}`,
      publishedId: story._id,
      patch: { set: { teaser: 'Importiert' } },
    });
    await source.client.action({
      actionType: 'sanity.action.document.publish',
      draftId: `drafts.${story._id}`,
      publishedId: story._id,
    });
    await source.server.close();

    const emptyDir = path.join(tmpRoot, `empty-${++counter}`);
    fs.mkdirSync(path.join(emptyDir, 'content'), { recursive: true });
    const target = await startLake({ contentDir: path.join(emptyDir, 'content'), stateDir: path.join(emptyDir, 'state') });
    const { importContent } = await import('../../scripts/import-content.ts');
    // The importer insists on a token; the lake ignores it (it trusts only its Studio origin).
    const result = await importContent(target.client.withConfig({ token: 'local-lake' }), source.contentDir, { log: () => {} });
    expect(result.created.length).toBe(readDocs(source.contentDir).length);
    const stamp = ({ _updatedAt, ...doc }: Record<string, unknown>) => doc;
    expect(readDocs(target.contentDir).map(stamp)).toEqual(readDocs(source.contentDir).map(stamp));
    expect(fs.readdirSync(path.join(target.contentDir, 'images')).sort()).toEqual(
      fs.readdirSync(path.join(source.contentDir, 'images')).sort(),
    );
    await target.server.close();
  }, 120_000);

  it("serves the site's production Sanity source (@sanity/client with an API host) the same as content/", async () => {
    const lake = await startLake();
    const { createSanitySource } = await import('../../site/sources/sanity.ts');
    const { createEmbeddedSource } = await import('../../site/sources/embedded.ts');
    const { readEmbeddedDataset } = await import('../../site/sources/embedded-dataset.ts');
    const { storiesQuery, townsQuery } = await import('../../site/queries.ts');
    const { DEFAULT_API_VERSION } = await import('../../site/config.ts');
    const sanity = createSanitySource({
      projectId: 'herzland0',
      dataset: 'production',
      apiVersion: DEFAULT_API_VERSION,
      perspective: 'published',
      apiHost: lake.server.url,
    });
    const embedded = createEmbeddedSource(readEmbeddedDataset(lake.contentDir));
    const story = readDocs(lake.contentDir).find((doc) => doc._type === 'story')!;
    await lake.client.action({
      actionType: 'sanity.action.document.edit',
      draftId: `drafts.${story._id}`,
      publishedId: story._id,
      patch: { set: { teaser: 'Nur ein Entwurf' } },
    });
    const fromLake = await sanity.fetch(storiesQuery);
    expect(fromLake.length).toBeGreaterThan(0);
    expect(JSON.stringify(fromLake)).not.toContain('Nur ein Entwurf'); // drafts never reach the site
    // Asset URLs differ by nature (served vs. file://); everything else is the same data.
    const noUrls = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v) => (key === 'url' || key === 'path' ? undefined : v)));
    expect(noUrls(fromLake)).toEqual(noUrls(await embedded.fetch(storiesQuery)));
    expect(await sanity.fetch(townsQuery)).toEqual(await embedded.fetch(townsQuery));
    await lake.server.close();
  });
});
