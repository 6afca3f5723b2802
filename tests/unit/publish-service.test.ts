import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeSignatureHeader } from '@sanity/webhook';
import { createBuildRunner, createPublishQueue, type BuildOutcome, type ContentChange } from '../../scripts/publish-queue.ts';
import { createWebhookServer, WEBHOOK_PATH } from '../../scripts/webhook-server.ts';
import { PUBLISHED_DOCUMENTS, watchEmbedded, watchSanity } from '../../scripts/content-watch.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(20);
  }
};

describe('publish queue', () => {
  it('coalesces a burst of publishes into one build, and changes during a build into one more', async () => {
    const builds: ContentChange[][] = [];
    let release: (() => void) | undefined;
    const lines: string[] = [];
    const queue = createPublishQueue({
      quietMs: 50,
      log: (line) => lines.push(line),
      build: async (changes) => {
        builds.push(changes);
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return {
          ok: true,
          seconds: 0.1,
          errors: [],
          lines: ['Astro: 4.2 s (CPU 5.0 s)', 'a page or two', 'Search: 3 of 9 HTML files read again'],
        };
      },
    });
    for (let i = 0; i < 5; i += 1) queue.notify({ id: `story-${i}`, type: 'story', transition: 'update' });
    await until(() => builds.length === 1);
    expect(builds[0].map((c) => c.id)).toEqual(['story-0', 'story-1', 'story-2', 'story-3', 'story-4']);
    // Two more publishes while the build runs: they wait, then build together.
    queue.notify({ id: 'town-aue', type: 'town', transition: 'update' });
    queue.notify({ id: 'siteSettings', type: 'siteSettings', transition: 'update' });
    await sleep(150);
    expect(builds).toHaveLength(1);
    release!();
    await until(() => builds.length === 2);
    expect(builds[1].map((c) => c.id)).toEqual(['town-aue', 'siteSettings']);
    release!();
    await queue.idle();
    expect(queue.builds).toBe(2);
    expect(lines[0]).toContain('5 document(s) changed: story story-0 (update)');
    expect(lines.filter((l) => l.includes('dist/ updated'))).toHaveLength(2);
    // With the build's account of its phases, not its other output.
    expect(lines.at(-1)).toBe('publish: dist/ updated in 0.1 s\n  Astro: 4.2 s (CPU 5.0 s)\n  Search: 3 of 9 HTML files read again');
  });

  it('logs the document and field of a failed build and that dist/ stayed', async () => {
    const lines: string[] = [];
    const failed: BuildOutcome = {
      ok: false,
      seconds: 2,
      errors: ['ERROR story-1 (story) title: Bitte geben Sie einen Titel ein.'],
      lines: [],
    };
    const queue = createPublishQueue({ quietMs: 10, log: (line) => lines.push(line), build: async () => failed });
    queue.notify({ id: 'story-1', type: 'story' });
    await until(() => queue.builds === 1);
    await queue.idle();
    expect(lines.join('\n')).toMatch(/build failed after 2\.0 s, dist\/ unchanged\n {2}ERROR story-1 \(story\) title: /);
  });
});

describe('build runner: the next build stands by with its code loaded', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-runner-'));
  const code = path.join(dir, 'code.txt');
  const content = path.join(dir, 'content.txt');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  /** A runner of the stand-in build (tests/fixtures/standby/build.ts) over the files above. */
  const fixtureRunner = (env: NodeJS.ProcessEnv = {}) =>
    createBuildRunner({
      env: { ...process.env, FIXTURE_CODE: code, FIXTURE_CONTENT: content, ...env },
      script: 'tests/fixtures/standby/build.ts',
      codePaths: [code],
    });

  it('reads the content only on go, starts afresh after a code change, and reports a failed build', async () => {
    fs.writeFileSync(code, 'v1');
    fs.writeFileSync(content, 'first');
    const runner = fixtureRunner();
    try {
      // Loaded while the content still says "first"; the publish changes it before the build runs.
      await runner.ready();
      fs.writeFileSync(content, 'second');
      const published = await runner.run();
      expect(published.ok).toBe(true);
      expect(published.lines).toEqual(['code v1, content second']);

      // A deploy changes the code after the next build has loaded it: that standby is not used.
      await runner.ready();
      fs.writeFileSync(code, 'v2');
      const deployed = await runner.run();
      expect(deployed.lines).toEqual(['code v2, content second']);

      await runner.ready();
      fs.writeFileSync(content, 'invalid');
      const failed = await runner.run();
      expect(failed.ok).toBe(false);
      expect(failed.errors).toEqual(['ERROR story-1 (story) title: Bitte geben Sie einen Titel ein.']);
    } finally {
      runner.close();
    }
  });

  it('without standby (PUBLISH_STANDBY=0) starts each build when it is needed', async () => {
    fs.writeFileSync(code, 'v3');
    fs.writeFileSync(content, 'third');
    const runner = fixtureRunner({ PUBLISH_STANDBY: '0' });
    try {
      expect(runner.standby).toBe(false);
      const built = await runner.run();
      expect(built.lines).toEqual(['code v3, content third']);
    } finally {
      runner.close();
    }
  });

  it('collects whole lines, also a line that arrives in two pieces', async () => {
    fs.writeFileSync(code, 'v4');
    fs.writeFileSync(content, 'in pieces');
    const runner = fixtureRunner({ PUBLISH_STANDBY: '0' });
    try {
      expect((await runner.run()).lines).toEqual(['code v4, content in pieces', '├─ /a.ics (cached)']);
    } finally {
      runner.close();
    }
  });
});

describe('publish webhook', () => {
  const secret = 'a-webhook-secret';
  const changes: ContentChange[] = [];
  let server: http.Server;
  let url = '';
  beforeAll(async () => {
    server = createWebhookServer({ secret, onChange: (c) => changes.push(c), log: () => {} });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOK_PATH}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  afterEach(() => {
    changes.length = 0;
  });

  const body = JSON.stringify({ _id: 'story-1', _type: 'story', operation: 'update' });
  const post = (payload: string, signature?: string) =>
    fetch(url, {
      method: 'POST',
      body: payload,
      headers: { 'content-type': 'application/json', ...(signature ? { 'sanity-webhook-signature': signature } : {}) },
    });

  it('queues a build for a correctly signed publish', async () => {
    const response = await post(body, await encodeSignatureHeader(body, Date.now(), secret));
    expect(response.status).toBe(202);
    expect(changes).toEqual([{ id: 'story-1', type: 'story', transition: 'update' }]);
  });

  it('refuses a wrong signature, a missing one and a signature of another body with 401, and builds nothing', async () => {
    expect((await post(body, await encodeSignatureHeader(body, Date.now(), 'another-secret'))).status).toBe(401);
    expect((await post(body)).status).toBe(401);
    const other = JSON.stringify({ _id: 'story-2', _type: 'story' });
    expect((await post(body, await encodeSignatureHeader(other, Date.now(), secret))).status).toBe(401);
    expect((await post(body, 'garbage')).status).toBe(401);
    expect(changes).toEqual([]);
  });

  it('answers other methods, paths, oversized and non-JSON bodies with 4xx', async () => {
    expect((await fetch(url)).status).toBe(405);
    expect((await fetch(url.replace(WEBHOOK_PATH, '/elsewhere'), { method: 'POST', body })).status).toBe(404);
    const big = 'x'.repeat(100 * 1024);
    expect((await post(big, await encodeSignatureHeader(big, Date.now(), secret))).status).toBe(413);
    expect((await post('not json', await encodeSignatureHeader('not json', Date.now(), secret))).status).toBe(400);
    expect(changes).toEqual([]);
  });

  it('will not start without a secret', () => {
    expect(() => createWebhookServer({ secret: '', onChange: () => {} })).toThrow(/SANITY_WEBHOOK_SECRET/);
  });
});

describe('Sanity listener against a local stand-in for the listen API', () => {
  let server: http.Server;
  let apiHost = '';
  const requests: URL[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push(url);
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      send('welcome', { listenerName: 'test' });
      const mutation = (documentId: string, transition: string) => ({
        eventId: `tx#${documentId}`,
        documentId,
        transactionId: 'tx',
        transition,
        identity: 'p',
        mutations: [],
        timestamp: '2026-12-01T10:00:00Z',
        visibility: 'query',
      });
      setTimeout(() => {
        send('mutation', mutation('drafts.story-1', 'update'));
        send('mutation', mutation('story-1', 'update'));
        send('mutation', mutation('town-aue', 'disappear'));
      }, 50);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('reports published documents that changed, and ignores drafts', async () => {
    const changes: ContentChange[] = [];
    const project = { projectId: 'abc123', dataset: 'production', apiVersion: '2026-09-01', perspective: 'published' as const, apiHost };
    const watcher = watchSanity(
      project,
      (c) => changes.push(c),
      () => {},
    );
    try {
      await until(() => changes.length === 2);
      await sleep(50);
      expect(changes).toEqual([
        { id: 'story-1', transition: 'update' },
        { id: 'town-aue', transition: 'disappear' },
      ]);
      const listen = requests.find((u) => u.pathname === '/v2026-09-01/data/listen/production')!;
      expect(listen.searchParams.get('query')).toBe(PUBLISHED_DOCUMENTS);
      expect(listen.searchParams.get('visibility')).toBe('query');
    } finally {
      watcher.close();
    }
  });
});

describe('embedded dataset watcher', () => {
  it('reports documents added, changed and removed in content/data.ndjson', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-watch-'));
    const write = (docs: object[]) => {
      // As editors' tools do: a temporary file renamed over the dataset.
      fs.writeFileSync(path.join(dir, '.data.ndjson.tmp'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
      fs.renameSync(path.join(dir, '.data.ndjson.tmp'), path.join(dir, 'data.ndjson'));
    };
    write([
      { _id: 'story-1', _type: 'story', title: 'A' },
      { _id: 'town-aue', _type: 'town', name: 'Aue' },
    ]);
    const changes: ContentChange[] = [];
    const watcher = watchEmbedded(dir, (c) => changes.push(c));
    try {
      write([
        { _id: 'story-1', _type: 'story', title: 'B' },
        { _id: 'post-1', _type: 'post' },
        { _id: 'drafts.post-2', _type: 'post' },
      ]);
      await until(() => changes.length >= 3);
      expect(changes).toEqual(
        expect.arrayContaining([
          { id: 'story-1', type: 'story', transition: 'update' },
          { id: 'post-1', type: 'post', transition: 'appear' },
          { id: 'town-aue', type: 'town', transition: 'disappear' },
        ]),
      );
      expect(changes.some((c) => c.id.startsWith('drafts.'))).toBe(false);
      // And the next publish too (the file was replaced by a rename in between).
      changes.length = 0;
      write([
        { _id: 'story-1', _type: 'story', title: 'C' },
        { _id: 'post-1', _type: 'post' },
      ]);
      await until(() => changes.length >= 1);
      await sleep(100);
      expect(changes).toEqual([{ id: 'story-1', type: 'story', transition: 'update' }]);
    } finally {
      watcher.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
