/**
 * The HTTP face of the local Content Lake: the part of Sanity's API the Studio calls, on
 * 127.0.0.1 only. HTTP/2 over TLS when a certificate is given, because the Studio holds about ten
 * /data/listen streams open and a browser allows only six HTTP/1.1 connections per host.
 * Only the Studio's origins may call it (CORS plus an Origin check on every request).
 */
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { MIME_TYPES, type AssetMeta } from './folder.ts';
import { isJsonObject, Lake, LakeError, type LakeOptions, type Perspective } from './lake.ts';

export interface LakeServerOptions extends LakeOptions {
  port?: number;
  /** Browser origins allowed to call the API, e.g. http://localhost:3333. */
  allowedOrigins: string[];
  /** PEM key and certificate: serve HTTP/2 over TLS (what a browser needs); plain HTTP/1.1 without. */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** Largest accepted upload in bytes. */
  maxUploadBytes?: number;
  watch?: boolean;
  log?: (line: string) => void;
}

export interface LakeServer {
  lake: Lake;
  /** e.g. https://localhost:3334: the Studio's apiHost and the site's SANITY_API_HOST. */
  url: string;
  port: number;
  unhandled: string[];
  close(): Promise<void>;
}

// HTTP/2's compatibility API behaves like node:http for everything used here.
type Request = http.IncomingMessage;
type Response = http.ServerResponse;

const MAX_JSON_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_UPLOAD = 25 * 1024 * 1024;
const LOCAL_HOST = /^(?:[a-z0-9-]+\.)*localhost(?::\d+)?$|^127\.0\.0\.1(?::\d+)?$|^\[::1\](?::\d+)?$/i;
const IMAGE_NAME = /^[a-f0-9]{40}-\d+x\d+\.(?:jpg|jpeg|png|webp|gif|avif)$/;
const FILE_NAME = /^[a-f0-9]{40}\.(?:pdf|jpg|jpeg|png|webp|gif|avif)$/;

/** The file type by its first bytes, never by the name or Content-Type a client claims. */
export function sniffType(bytes: Buffer): string | undefined {
  const ascii = (start: number, end: number) => bytes.subarray(start, end).toString('latin1');
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 12) === 'ftypavif') return 'avif';
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  return undefined;
}

function sendJson(res: Response, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function sendError(res: Response, status: number, type: string, message: string) {
  sendJson(res, status, { error: { type, description: message }, statusCode: status, message });
}

function readBody(req: Request, limit: number): Promise<Buffer> {
  const tooLarge = () => new LakeError(413, 'payloadTooLarge', `The request body is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
  if (Number(req.headers['content-length']) > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(tooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function readJson(req: Request): Promise<unknown> {
  const body = await readBody(req, MAX_JSON_BYTES);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new LakeError(400, 'invalidJson', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

/** A JSON body that must be an object ({"query": …}, {"mutations": …}); anything else is a 400. */
async function readJsonObject(req: Request): Promise<Record<string, unknown>> {
  const body = await readJson(req);
  if (!isJsonObject(body)) throw new LakeError(400, 'invalidJson', 'The request body must be a JSON object.');
  return body;
}

/** `$name=<JSON>` query-string parameters, as @sanity/client encodes them. */
function groqParams(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue;
    try {
      params[key.slice(1)] = JSON.parse(value);
    } catch {
      throw new LakeError(400, 'invalidParams', `Query parameter ${key} is not valid JSON.`);
    }
  }
  return params;
}

/** Perspective as the Content Lake reads it: the default changed to `published` in v2025-02-19. */
function perspectiveOf(search: URLSearchParams, apiVersion: string): Perspective {
  const requested = search.get('perspective');
  if (!requested) return apiVersion >= '2025-02-19' && apiVersion !== 'X' ? 'published' : 'raw';
  const stack = requested.split(',');
  if (stack.includes('raw')) return 'raw';
  if (stack.includes('drafts') || stack.includes('previewDrafts')) return 'drafts';
  return 'published';
}

const flag = (search: URLSearchParams, name: string, fallback: boolean) => {
  const value = search.get(name);
  return value === null ? fallback : value !== 'false';
};

export async function startLakeServer(options: LakeServerOptions): Promise<LakeServer> {
  const lake = new Lake(options);
  const log = options.log ?? ((line: string) => console.log(line));
  const allowed = new Set(options.allowedOrigins);
  const unhandled: string[] = [];
  const keyValues = new Map<string, unknown>();
  const maxUpload = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD;
  const streams = new Set<Response>();
  const user = {
    id: options.userId ?? 'local-editor',
    name: 'Lokale Redaktion',
    email: 'redaktion@localhost',
    profileImage: '',
    provider: 'local',
    role: 'administrator',
    roles: [{ name: 'administrator', title: 'Administrator' }],
  };

  async function handle(req: Request, res: Response) {
    const origin = req.headers.origin;
    // DNS rebinding: a foreign host name pointing at 127.0.0.1 must not reach the data.
    const host = String(req.headers[':authority'] ?? req.headers.host ?? '');
    if (!LOCAL_HOST.test(host))
      return sendError(res, 403, 'forbiddenHost', `Host ${host} is not served: the local Content Lake only answers on localhost.`);
    if (origin !== undefined) {
      if (!allowed.has(origin)) {
        log(`lake: refused a request from origin ${origin}`);
        return sendError(
          res,
          403,
          'forbiddenOrigin',
          `Origin ${origin} may not use the local Content Lake; only ${[...allowed].join(', ')}.`,
        );
      }
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('vary', 'Origin');
    } else if (req.headers['sec-fetch-site'] === 'cross-site' && req.method !== 'GET') {
      return sendError(res, 403, 'forbiddenOrigin', 'Cross-site requests without an Origin are refused.');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? 'content-type, authorization'),
        'access-control-max-age': '600',
      });
      return res.end();
    }

    const url = new URL(req.url ?? '/', 'http://localhost');
    const version = /^\/v(\d{4}-\d{2}-\d{2}|\d+|X)(?=\/)/.exec(url.pathname);
    const apiVersion = version?.[1] ?? '1';
    const route = version ? url.pathname.slice(version[0].length) : url.pathname;
    const parts = route.split('/').filter(Boolean).map(decodeURIComponent);
    const [first, second, third, fourth] = parts;
    const method = req.method ?? 'GET';
    const search = url.searchParams;
    const { projectId, dataset } = options;
    const checkDataset = (name: string | undefined) => {
      if (name !== dataset)
        throw new LakeError(404, 'datasetNotFound', `Dataset ${name} does not exist here; the local Content Lake serves "${dataset}".`);
    };

    if (first === 'data') {
      if (second === 'query') {
        checkDataset(third);
        const started = performance.now();
        let query: unknown = search.get('query');
        let params: unknown = groqParams(search);
        if (method === 'POST') {
          const body = await readJsonObject(req);
          query = body.query;
          params = body.params ?? {};
        }
        if (typeof query !== 'string') throw new LakeError(400, 'queryParseError', 'The query parameter "query" is missing.');
        if (!isJsonObject(params)) throw new LakeError(400, 'queryParseError', 'The query parameters ("params") must be an object.');
        const result = await lake.query(query, params, perspectiveOf(search, apiVersion));
        return sendJson(res, 200, { query, result, ms: Math.round(performance.now() - started) });
      }
      if (second === 'doc') {
        checkDataset(third);
        const ids = (fourth ?? '').split(',').filter(Boolean);
        const found = lake.getDocuments(ids);
        const documents =
          search.get('excludeContent') === 'true' ? found.documents.map(({ _id, _type, _rev }) => ({ _id, _type, _rev })) : found.documents;
        return sendJson(res, 200, { documents, omitted: found.omitted });
      }
      if (second === 'listen') return listen(req, res, third, search, checkDataset);
      if (second === 'mutate' && method === 'POST') {
        checkDataset(third);
        const body = await readJsonObject(req);
        const { transactionId, result } = await lake.mutate(body.mutations, body.transactionId);
        const returnDocuments = search.get('returnDocuments') === 'true';
        return sendJson(res, 200, {
          transactionId,
          results: result.map(({ id, operation }) => ({ id, operation, ...(returnDocuments ? { document: lake.docs.get(id) } : {}) })),
        });
      }
      if (second === 'actions' && method === 'POST') {
        checkDataset(third);
        const body = await readJsonObject(req);
        const { transactionId } = await lake.actions(body.actions, body.transactionId);
        return sendJson(res, 200, { transactionId });
      }
      if (second === 'ping') return sendJson(res, 200, 'PONG');
      if (second === 'references') return sendJson(res, 200, { totalCount: 0, references: [] });
      if (second === 'history') {
        if (fourth === 'events') return sendJson(res, 200, { events: { [parts[5] ?? '']: [] }, nextCursor: '' });
        if (fourth === 'documents') return sendJson(res, 200, { documents: [] });
        res.writeHead(200, { 'content-type': 'application/x-ndjson' });
        return res.end();
      }
    }

    if (first === 'assets' && method === 'POST' && (second === 'images' || second === 'files')) {
      checkDataset(third);
      return upload(req, res, second === 'images' ? 'image' : 'file', search);
    }
    if ((first === 'images' || first === 'files') && method === 'GET') return serveAsset(res, first, parts, search);

    if (first === 'users' && second === 'me' && !third) return sendJson(res, 200, user);
    if (first === 'users' && second === 'me' && third === 'keyvalue') {
      if (method === 'PUT') {
        const entries = await readJson(req);
        if (!Array.isArray(entries)) throw new LakeError(400, 'invalidJson', 'Expected [{key, value}].');
        for (const { key, value } of entries) keyValues.set(String(key), value);
        return sendJson(res, 200, entries);
      }
      return sendJson(
        res,
        200,
        (fourth ?? '')
          .split(',')
          .filter(Boolean)
          .map((key) => ({ key, value: keyValues.get(key) ?? null })),
      );
    }
    if (first === 'users' && second)
      return sendJson(
        res,
        200,
        second
          .split(',')
          .map((id) =>
            id === user.id ? { id, displayName: user.name, imageUrl: '', email: user.email } : { id, displayName: id, imageUrl: '' },
          ),
      );
    if (first === 'auth') {
      if (second === 'id') return sendJson(res, 200, { id: user.id });
      if (second === 'providers') return sendJson(res, 200, { providers: [], thirdPartyLogin: false });
      if (second === 'logout') return sendJson(res, 200, {});
    }
    if (first === 'check' && second === 'cors') return sendJson(res, 200, { result: { allowed: true, withCredentials: true } });
    if (first === 'projects') {
      if (!third) {
        return sendJson(res, 200, {
          id: projectId,
          displayName: 'hERZland (lokal)',
          organizationId: null,
          studioHost: null,
          isBlocked: false,
          isDisabled: false,
          members: [{ id: user.id, role: 'administrator', roles: user.roles, isRobot: false, isCurrentUser: true }],
          metadata: {},
          features: [],
        });
      }
      if (third === 'datasets' && !fourth)
        return sendJson(res, 200, search.get('datasetProfile') ? [] : [{ name: dataset, aclMode: 'private' }]);
      if (third === 'datasets' && parts[4] === 'acl') {
        return sendJson(res, 200, [{ filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history', 'manage'] }]);
      }
      if (third === 'grants') {
        return sendJson(res, 200, {
          'sanity.project': [{ grants: [{ name: 'read', params: {} }] }],
          'sanity.project.members': [{ grants: [{ name: 'read', params: {} }] }],
        });
      }
      if (third === 'user-applications') return sendJson(res, 200, []);
      if (third === 'roles') return sendJson(res, 200, user.roles);
      return sendJson(res, 200, {});
    }
    if (first === 'features') return sendJson(res, 200, []);
    if (first === 'intake') return sendJson(res, 200, second === 'telemetry-status' ? { status: 'denied' } : {});
    if (first === 'journey') return sendJson(res, 200, null);
    if (first === 'ping') return sendJson(res, 200, 'PONG');
    if (first === 'help' || first === 'subscriptions') return sendJson(res, 200, {});
    if (first === 'schedules') return sendJson(res, 200, { schedules: [] });
    if (first === '__lake' && second === 'unhandled') return sendJson(res, 200, unhandled);

    const line = `${method} ${url.pathname}`;
    if (!unhandled.includes(line)) {
      unhandled.push(line);
      log(`lake: no local answer for ${line}`);
    }
    return sendError(res, 404, 'notFound', `The local Content Lake does not implement ${line}.`);
  }

  function listen(req: Request, res: Response, name: string | undefined, search: URLSearchParams, checkDataset: (d?: string) => void) {
    checkDataset(name);
    const query = search.get('query');
    if (!query) throw new LakeError(400, 'queryParseError', 'The listener needs a "query".');
    const send = (text: string) => res.write(text);
    const unsubscribe = lake.listen(
      query,
      groqParams(search),
      {
        includeResult: flag(search, 'includeResult', true),
        includePreviousRevision: flag(search, 'includePreviousRevision', false),
        includeMutations: flag(search, 'includeMutations', true),
        effects: search.get('effectFormat') === 'mendoza',
        includeAllVersions: flag(search, 'includeAllVersions', false),
      },
      (event) => {
        if (event.type === 'reset') return res.end();
        send(`id: ${event.id}\nevent: mutation\ndata: ${JSON.stringify(event.data)}\n\n`);
      },
    );
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform' });
    send(`event: welcome\ndata: ${JSON.stringify({ listenerName: `local-${Math.random().toString(36).slice(2)}` })}\n\n`);
    const heartbeat = setInterval(() => send(':\n\n'), 25_000);
    streams.add(res);
    const stop = () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  async function upload(req: Request, res: Response, kind: 'image' | 'file', search: URLSearchParams) {
    const bytes = await readBody(req, maxUpload);
    const type = sniffType(bytes);
    if (!type || (kind === 'image' && type === 'pdf')) {
      throw new LakeError(
        415,
        'unsupportedMediaType',
        kind === 'image' ? 'Only JPEG, PNG, WebP, GIF and AVIF images can be uploaded.' : 'Only PDF files and images can be uploaded.',
      );
    }
    let dimensions: { width: number; height: number } | undefined;
    if (kind === 'image') {
      const metadata = await sharp(bytes)
        .metadata()
        .catch(() => undefined);
      if (!metadata?.width || !metadata.height) throw new LakeError(415, 'unsupportedMediaType', 'The image cannot be read.');
      dimensions = { width: metadata.width, height: metadata.height };
    }
    const meta: AssetMeta = {};
    const filename = search.get('filename');
    if (filename) meta.originalFilename = path.basename(filename);
    for (const field of ['title', 'description', 'creditLine', 'label'] as const) {
      const value = search.get(field);
      if (value) meta[field] = value;
    }
    if (search.get('sourceName')) {
      meta.source = { name: search.get('sourceName'), id: search.get('sourceId') ?? undefined, url: search.get('sourceUrl') ?? undefined };
    }
    const document = await lake.uploadAsset(kind, bytes, type, dimensions, meta);
    log(`lake: stored ${document.path}`);
    return sendJson(res, 200, { document });
  }

  function serveAsset(res: Response, folder: 'images' | 'files', parts: string[], search: URLSearchParams) {
    const [, project, name, file] = parts;
    // Only sha1 file names of this dataset: a path can never leave the folder.
    if (
      project !== options.projectId ||
      name !== options.dataset ||
      parts.length !== 4 ||
      !(folder === 'images' ? IMAGE_NAME : FILE_NAME).test(file)
    ) {
      return sendError(res, 404, 'notFound', 'No such asset.');
    }
    const full = path.join(options.contentDir, folder, file);
    let data: Buffer;
    try {
      data = fs.readFileSync(full);
    } catch {
      return sendError(res, 404, 'notFound', `Asset ${file} is not in ${folder}/.`);
    }
    const extension = file.slice(file.lastIndexOf('.') + 1);
    res.writeHead(200, {
      'content-type': MIME_TYPES[extension] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      ...(search.has('dl') ? { 'content-disposition': 'attachment' } : {}),
    });
    res.end(data);
  }

  const onRequest = (request: Request | http2.Http2ServerRequest, response: Response | http2.Http2ServerResponse) => {
    const req = request as Request;
    const res = response as unknown as Response;
    handle(req, res).catch((error) => {
      if (res.headersSent) return res.end();
      if (error instanceof LakeError) return sendError(res, error.statusCode, error.type, error.message);
      log(`lake: ${req.method} ${req.url} failed: ${error?.stack ?? error}`);
      sendError(res, 500, 'internalError', String(error?.message ?? error));
    });
  };
  const server = options.tls ? http2.createSecureServer({ ...options.tls, allowHTTP1: true }, onRequest) : http.createServer(onRequest);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `${options.tls ? 'https' : 'http'}://localhost:${port}`;
  lake.load(url);
  if (options.watch !== false) lake.watch();
  type Session = http2.Http2Session | import('node:net').Socket;
  const sessions = new Set<Session>();
  server.on(options.tls ? 'session' : 'connection', (session: Session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  return {
    lake,
    url,
    port,
    unhandled,
    close: () =>
      new Promise<void>((resolve) => {
        lake.close();
        for (const res of streams) res.end();
        for (const session of sessions) session.destroy();
        server.close(() => resolve());
      }),
  };
}
