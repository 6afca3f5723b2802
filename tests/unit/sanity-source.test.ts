import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSanitySource, sanityClientConfig } from '../../site/sources/sanity.ts';
import { storiesQuery } from '../../site/queries.ts';

const project = { projectId: 'abc123', dataset: 'production', apiVersion: '2026-09-01', perspective: 'published' as const };

describe('sanityClientConfig', () => {
  it('reads published content from the CDN without a token', () => {
    expect(sanityClientConfig({ ...project, token: 'ignored' })).toMatchObject({
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: '2026-09-01',
      perspective: 'published',
      useCdn: true,
      token: undefined,
    });
  });
  it('reads drafts from the live API with the token', () => {
    expect(sanityClientConfig({ ...project, perspective: 'drafts', token: 't0k' })).toMatchObject({
      perspective: 'drafts',
      useCdn: false,
      token: 't0k',
    });
  });
});

describe('createSanitySource against a local stand-in for the query API', () => {
  const requests: { url: string; auth?: string }[] = [];
  let server: http.Server;
  let apiHost = '';

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push({ url: req.url ?? '', auth: req.headers.authorization });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ result: [{ _id: 'story-1', title: 'Zurück ins Erzgebirge' }], ms: 1 }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the GROQ query with params and the published perspective, and returns the result', async () => {
    const source = createSanitySource({ ...project, apiHost });
    const result = await source.fetch(storiesQuery, { language: 'de' });
    expect(source.kind).toBe('sanity');
    expect(result).toEqual([{ _id: 'story-1', title: 'Zurück ins Erzgebirge' }]);
    const url = new URL(requests.at(-1)!.url, apiHost);
    expect(url.pathname).toBe('/v2026-09-01/data/query/production');
    expect(url.searchParams.get('query')).toBe(storiesQuery);
    expect(url.searchParams.get('$language')).toBe('"de"');
    expect(url.searchParams.get('perspective')).toBe('published');
    expect(requests.at(-1)!.auth).toBeUndefined();
  });

  it('authenticates drafts requests with the token', async () => {
    const source = createSanitySource({ ...project, perspective: 'drafts', token: 't0k', apiHost });
    await source.fetch('*[_type == "story"]');
    expect(requests.at(-1)!.auth).toBe('Bearer t0k');
    expect(new URL(requests.at(-1)!.url, apiHost).searchParams.get('perspective')).toBe('drafts');
  });
});
