/**
 * Serves dist/ on http://localhost:4321 the way a static host does: directory indexes, the 404
 * page with status 404, and the response headers from dist/_headers (Netlify/Cloudflare format),
 * so that what tests see is what production sends. Text is compressed (brotli, else gzip) for a
 * client that accepts it, as static hosts do; Lighthouse measures the page as readers get it.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1]) || Number(process.env.PORT) || 4321;
const host = process.env.HOST || '127.0.0.1';
const root = path.resolve(process.env.DIST_DIR || 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.rss': 'application/rss+xml',
};

/** Types worth compressing; images, fonts and Pagefind's index files are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml)|image\/svg\+xml)/;

function compressor(type: string, acceptEncoding: string): { encoding: string; stream: zlib.BrotliCompress | zlib.Gzip } | undefined {
  if (!COMPRESSIBLE.test(type)) return undefined;
  const accepted = acceptEncoding.split(',').map((token) => token.split(';')[0].trim());
  // Brotli at quality 5: what CDNs use for responses compressed on the fly.
  if (accepted.includes('br'))
    return { encoding: 'br', stream: zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }) };
  if (accepted.includes('gzip')) return { encoding: 'gzip', stream: zlib.createGzip({ level: 6 }) };
  return undefined;
}

type HeaderRule = { pattern: RegExp; headers: [string, string][] };

function readHeaderRules(): HeaderRule[] {
  const file = path.join(root, '_headers');
  if (!fs.existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else if (rules.length) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

function resolveFile(urlPath: string): string | undefined {
  const safe = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return undefined;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  const rules = readHeaderRules();
  for (const rule of rules) {
    if (rule.pattern.test(url.pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
  }
  let file = resolveFile(url.pathname);
  if (file && !url.pathname.endsWith('/') && file.endsWith('index.html')) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    return res.end();
  }
  let status = 200;
  if (!file) {
    status = 404;
    const language = url.pathname.split('/')[1];
    // The language's own 404 page (Astro writes /<lang>/404/index.html; a host may rename it to /<lang>/404.html).
    file = (language && (resolveFile(`/${language}/404.html`) ?? resolveFile(`/${language}/404/index.html`))) || resolveFile('/404.html');
  }
  if (!file) {
    res.writeHead(404);
    return res.end('Not found');
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const compressed = compressor(type, String(req.headers['accept-encoding'] ?? ''));
  res.setHeader('vary', 'accept-encoding');
  if (!compressed) {
    res.writeHead(status, { 'content-type': type });
    return fs.createReadStream(file).pipe(res);
  }
  res.writeHead(status, { 'content-type': type, 'content-encoding': compressed.encoding });
  fs.createReadStream(file).pipe(compressed.stream).pipe(res);
});

server.listen(port, host, () => console.log(`Serving ${path.relative(process.cwd(), root) || '.'}/ on http://localhost:${port}/`));
