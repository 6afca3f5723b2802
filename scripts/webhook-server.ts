/**
 * The publish webhook for a self-hosted server: Sanity's GROQ webhook POSTs here on publish; the
 * request is verified with @sanity/webhook (`sanity-webhook-signature`, HMAC over the raw body)
 * before anything is built. Wrong method → 405, too large → 413, bad or missing signature → 401,
 * not JSON → 400; each changes nothing. Listens on 127.0.0.1 unless told otherwise (put a reverse
 * proxy with TLS in front of it). The webhook definition is in docs/publishing.md.
 */
import http from 'node:http';
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import type { ContentChange } from './publish-queue.ts';

export const WEBHOOK_PATH = '/publish';
const MAX_BODY_BYTES = 64 * 1024;

export interface WebhookOptions {
  secret: string;
  onChange: (change: ContentChange) => void;
  log?: (line: string) => void;
}

function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      // Past the limit the rest is read and dropped, so the client still gets its 413.
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function createWebhookServer({ secret, onChange, log = console.log }: WebhookOptions): http.Server {
  if (!secret) throw new Error('The publish webhook needs SANITY_WEBHOOK_SECRET (the secret set in the Sanity webhook).');
  return http.createServer(async (req, res) => {
    const reply = (status: number, message: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`${message}\n`);
    };
    try {
      if (new URL(req.url ?? '/', 'http://localhost').pathname !== WEBHOOK_PATH) return reply(404, 'Not found');
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return reply(405, 'Only POST');
      }
      const body = await readBody(req);
      if (body === undefined) return reply(413, 'Body too large');
      const signature = req.headers[SIGNATURE_HEADER_NAME];
      if (typeof signature !== 'string' || !(await isValidSignature(body, signature, secret).catch(() => false))) {
        log('publish: webhook request with a missing or wrong signature refused');
        return reply(401, 'Invalid signature');
      }
      let payload: { _id?: unknown; _type?: unknown; operation?: unknown };
      try {
        payload = JSON.parse(body);
      } catch {
        return reply(400, 'Body is not JSON');
      }
      if (typeof payload?._id !== 'string') return reply(400, 'Body has no _id (see the projection in docs/publishing.md)');
      onChange({
        id: payload._id,
        type: typeof payload._type === 'string' ? payload._type : undefined,
        transition: typeof payload.operation === 'string' ? payload.operation : undefined,
      });
      return reply(202, 'Build queued');
    } catch (error) {
      return reply(500, (error as Error).message);
    }
  });
}
