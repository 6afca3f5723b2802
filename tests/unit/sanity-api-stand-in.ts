/**
 * A local stand-in for the parts of the Sanity HTTP API that import, export, migrations and the
 * build use, bound to 127.0.0.1 on a free port. Documents live in memory; GROQ is answered by
 * groq-js, mutations are applied by @sanity/mutator (Sanity's own patch engine), uploads are
 * stored under the id the Content Lake would give them (sha1 + size + format).
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { evaluate, parse } from 'groq-js';
import { Mutation } from '@sanity/mutator';
import sharp from 'sharp';

export type StoredDoc = Record<string, any> & { _id: string; _type: string };

export interface ApiStandIn {
  apiHost: string;
  documents: Map<string, StoredDoc>;
  files: Map<string, Buffer>;
  /** Every request as `METHOD /path` (query string dropped), for assertions. */
  requests: string[];
  /** Uploads received (including ones answered with an existing asset). */
  uploads: number;
  close(): Promise<void>;
}

const isDraftOrVersion = (id: string) => id.startsWith('drafts.') || id.startsWith('versions.');

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startApiStandIn(initial: StoredDoc[] = []): Promise<ApiStandIn> {
  const documents = new Map(initial.map((doc) => [doc._id, structuredClone(doc)]));
  const files = new Map<string, Buffer>();
  const requests: string[] = [];
  let revision = 0;
  let apiHost = '';
  const state = { uploads: 0 };

  const visible = (perspective: string | null) => {
    const all = [...documents.values()];
    if (perspective === 'raw') return all;
    if (perspective === 'drafts') {
      const drafts = new Map(all.filter((d) => d._id.startsWith('drafts.')).map((d) => [d._id.slice(7), { ...d, _id: d._id.slice(7) }]));
      return [...all.filter((d) => !isDraftOrVersion(d._id) && !drafts.has(d._id)), ...drafts.values()];
    }
    return all.filter((d) => !isDraftOrVersion(d._id));
  };

  async function query(text: string, params: Record<string, unknown>, perspective: string | null) {
    const result = await evaluate(parse(text), { dataset: visible(perspective), params });
    return result.get();
  }

  function mutate(mutations: Record<string, any>[]) {
    const results: { id: string; operation: string }[] = [];
    for (const mutation of mutations) {
      const [kind, body] = Object.entries(mutation)[0] as [string, any];
      const id: string = body._id ?? body.id;
      const before = documents.get(id) ?? null;
      if (kind === 'create' && before) throw Object.assign(new Error(`Document "${id}" already exists`), { statusCode: 409 });
      if (kind === 'patch' && !before) throw Object.assign(new Error(`Document "${id}" not found`), { statusCode: 409 });
      if (kind === 'createIfNotExists' && before) {
        results.push({ id, operation: 'none' });
        continue;
      }
      const rev = `rev${++revision}`;
      const after = new Mutation({ mutations: [structuredClone(mutation)], resultRev: rev, timestamp: new Date().toISOString() }).apply(
        before ? structuredClone(before) : null,
      ) as StoredDoc | null;
      if (after) documents.set(id, after);
      else documents.delete(id);
      const operation = !before ? 'create' : after ? 'update' : 'delete';
      results.push({ id, operation });
    }
    return results;
  }

  async function upload(kind: 'images' | 'files', bytes: Buffer, filename: string | null, projectDataset: string) {
    state.uploads += 1;
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    let id: string;
    let fileName: string;
    let metadata: Record<string, unknown> | undefined;
    if (kind === 'images') {
      const meta = await sharp(bytes).metadata();
      const extension = meta.format === 'jpeg' ? 'jpg' : String(meta.format);
      id = `image-${sha1}-${meta.width}x${meta.height}-${extension}`;
      fileName = `${sha1}-${meta.width}x${meta.height}.${extension}`;
      metadata = {
        _type: 'sanity.imageMetadata',
        dimensions: { _type: 'sanity.imageDimensions', width: meta.width, height: meta.height, aspectRatio: meta.width! / meta.height! },
      };
    } else {
      const extension = (filename?.split('.').pop() ?? 'bin').toLowerCase();
      id = `file-${sha1}-${extension}`;
      fileName = `${sha1}.${extension}`;
    }
    const existing = documents.get(id);
    if (existing) return existing;
    const path = `${kind}/${projectDataset}/${fileName}`;
    const doc: StoredDoc = {
      _id: id,
      _type: kind === 'images' ? 'sanity.imageAsset' : 'sanity.fileAsset',
      _rev: `rev${++revision}`,
      _createdAt: new Date().toISOString(),
      _updatedAt: new Date().toISOString(),
      assetId: sha1,
      sha1hash: sha1,
      extension: fileName.split('.').pop(),
      path,
      url: `${apiHost}/${path}`,
      size: bytes.length,
      originalFilename: filename ?? fileName,
      ...(metadata ? { metadata } : {}),
    };
    documents.set(id, doc);
    files.set(`/${path}`, bytes);
    return doc;
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method} ${url.pathname}`);
    const send = (status: number, body: unknown, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
    };
    try {
      const stored = files.get(url.pathname);
      if (stored) {
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': stored.length,
          'x-sanity-sha1': createHash('sha1').update(stored).digest('hex'),
        });
        return res.end(req.method === 'HEAD' ? undefined : stored);
      }
      const body = await readBody(req);
      let match: RegExpMatchArray | null;
      if ((match = url.pathname.match(/^\/v[^/]+\/data\/query\/[^/]+$/))) {
        const post = body.length ? JSON.parse(body.toString()) : undefined;
        const params: Record<string, unknown> = { ...post?.params };
        for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
        const text = post?.query ?? url.searchParams.get('query') ?? '';
        return send(200, { result: await query(text, params, url.searchParams.get('perspective')), ms: 1 });
      }
      if ((match = url.pathname.match(/^\/v[^/]+\/data\/mutate\/[^/]+$/))) {
        const { mutations } = JSON.parse(body.toString());
        try {
          return send(200, { transactionId: `t${revision}`, results: mutate(mutations) });
        } catch (error) {
          return send((error as { statusCode?: number }).statusCode ?? 400, { error: { description: (error as Error).message } });
        }
      }
      if ((match = url.pathname.match(/^\/v[^/]+\/data\/export\/[^/]+$/))) {
        const types = url.searchParams.get('types')?.split(',');
        const lines = [...documents.values()].filter((d) => !types || types.includes(d._type)).map((d) => JSON.stringify(d));
        return send(200, lines.join('\n') + '\n', 'application/x-ndjson');
      }
      if ((match = url.pathname.match(/^\/v[^/]+\/assets\/(images|files)\/([^/]+)$/))) {
        return send(200, {
          document: await upload(match[1] as 'images' | 'files', body, url.searchParams.get('filename'), `standin/${match[2]}`),
        });
      }
      if (url.pathname.match(/^\/v[^/]+\/datasets$/)) return send(200, [{ name: 'production' }]);
      return send(404, { error: `not handled by the stand-in: ${req.method} ${url.pathname}` });
    } catch (error) {
      return send(400, { error: { description: (error as Error).message } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiHost,
    documents,
    files,
    requests,
    get uploads() {
      return state.uploads;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
