/**
 * scripts/serve.ts, the production-like server of dist/: text goes out compressed to a client that
 * accepts it (brotli first, as hosts prefer it), images and fonts as they are, and a client without
 * Accept-Encoding gets the plain bytes. Run on a small dist/ made for the test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../scripts/serve-process.ts';

const html = `<!doctype html><html lang="de"><title>Test</title>${'<p>Glück auf aus dem Erzgebirge.</p>'.repeat(200)}</html>`;
const image = Buffer.from('RIFF\0\0\0\0WEBPVP8 fixture image bytes');
let server: LocalServer;

/** A raw request (fetch would decompress), so the test sees the bytes on the wire. */
function get(pathname: string, acceptEncoding?: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${server.origin}${pathname}`,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    request.on('error', reject);
  });
}

beforeAll(async () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'herzland-serve-'));
  fs.mkdirSync(path.join(dist, 'seite'));
  fs.writeFileSync(path.join(dist, 'seite', 'index.html'), html);
  fs.writeFileSync(path.join(dist, 'bild.webp'), image);
  server = await startLocalServer({ distDir: dist });
});
afterAll(() => server?.stop());

describe('scripts/serve.ts compression', () => {
  it('sends HTML brotli-compressed to a client that accepts br', async () => {
    const { headers, body } = await get('/seite/', 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('br');
    expect(headers.vary).toMatch(/accept-encoding/i);
    expect(body.length).toBeLessThan(Buffer.byteLength(html) / 4);
    expect(zlib.brotliDecompressSync(body).toString()).toBe(html);
  });

  it('falls back to gzip', async () => {
    const { headers, body } = await get('/seite/', 'gzip');
    expect(headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(body).toString()).toBe(html);
  });

  it('sends plain bytes without Accept-Encoding, and images as they are', async () => {
    const plain = await get('/seite/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
    const picture = await get('/bild.webp', 'br, gzip');
    expect(picture.headers['content-encoding']).toBeUndefined();
    expect(picture.body.equals(image)).toBe(true);
  });
});
