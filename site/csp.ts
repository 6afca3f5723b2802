/**
 * Security headers for the built site. scripts/build.ts reads every HTML page before dist/ is
 * swapped in, hashes each inline <script> and <style> (and style="" attribute), and writes one
 * Content-Security-Policy into `_headers` (Netlify/Cloudflare) and `_headers.nginx.conf` (nginx).
 * No inline script runs without its hash; unsafe markup (javascript: URLs, on* handlers) fails the build.
 */
import { BA_JOBSEARCH_URL } from './jobs.ts';
import { createHash } from 'node:crypto';

export interface InlineContent {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** Script types the browser executes (others, e.g. application/ld+json, are data and need no hash). */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript)$/i;

const decodeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export function extractInline(html: string): InlineContent {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1];
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (EXECUTABLE.test(type)) scripts.push(match[2]);
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
  const styleAttributes: string[] = [];
  for (const tag of html.matchAll(/<[a-z][a-z0-9-]*\s[^>]*>/gi)) {
    for (const attr of tag[0].matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi))
      styleAttributes.push(decodeAttribute(attr[1] ?? attr[2]));
  }
  return { scripts, styles, styleAttributes };
}

/** Markup no page may contain: script URLs in links/forms and inline event handlers. */
export function unsafeMarkup(html: string): string[] {
  const problems: string[] = [];
  for (const tag of html.matchAll(/<[a-z][a-z0-9-]*\s[^>]*>/gi)) {
    const text = tag[0];
    if (/\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript|vbscript|data:text\/html)/i.test(text))
      problems.push(`script URL in ${text.slice(0, 80)}`);
    if (/\son[a-z]+\s*=/i.test(text)) problems.push(`inline event handler in ${text.slice(0, 80)}`);
  }
  return problems;
}

export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

export interface CspOptions {
  scriptHashes: Iterable<string>;
  styleHashes: Iterable<string>;
  styleAttributeHashes?: Iterable<string>;
  /** Origin of a self-hosted Matomo (scripts, tracking requests). */
  analyticsOrigin?: string;
  /** Further image origins, e.g. the Sanity image CDN when a project is configured. */
  imageOrigins?: string[];
  /** Above this many style hashes the policy allows inline styles instead (keeps the header short). */
  maxStyleHashes?: number;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

export function contentSecurityPolicy(options: CspOptions): string {
  const analytics = options.analyticsOrigin ? [options.analyticsOrigin] : [];
  const styleHashes = sorted(options.styleHashes);
  const attributeHashes = sorted(options.styleAttributeHashes ?? []);
  const tooMany = styleHashes.length + attributeHashes.length > (options.maxStyleHashes ?? 40);
  const styleSrc = tooMany
    ? ["'self'", "'unsafe-inline'"]
    : ["'self'", ...styleHashes, ...(attributeHashes.length ? ["'unsafe-hashes'", ...attributeHashes] : [])];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['base-uri', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    // The job-search form submits to the Bundesagentur's search when JavaScript is off (a reader's action).
    ['form-action', ["'self'", new URL(BA_JOBSEARCH_URL).origin]],
    // Pagefind compiles its WebAssembly search core: 'wasm-unsafe-eval' (not 'unsafe-eval').
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...sorted(options.scriptHashes), ...analytics]],
    ['style-src', styleSrc],
    ['img-src', ["'self'", 'data:', ...(options.imageOrigins ?? []), ...analytics]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...analytics]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** The headers every response gets, besides the CSP. */
export const SECURITY_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  ],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Long caching for fingerprinted build assets. */
const IMMUTABLE: [string, string] = ['Cache-Control', 'public, max-age=31536000, immutable'];

/** `_headers` (Netlify / Cloudflare Pages format, also read by scripts/serve.ts). */
export function headersFile(csp: string): string {
  const block = (pattern: string, headers: [string, string][]) =>
    [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `# Written by scripts/build.ts: the CSP holds the hashes of this build's inline scripts and styles.\n${[
    block('/*', [['Content-Security-Policy', csp], ...SECURITY_HEADERS]),
    block('/_astro/*', [IMMUTABLE]),
  ].join('\n\n')}\n`;
}

/** The same rules for nginx (`include` inside the server block; see docs/deploy-nginx.md). */
export function nginxHeaders(csp: string): string {
  const line = ([name, value]: [string, string]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`;
  const all = [['Content-Security-Policy', csp] as [string, string], ...SECURITY_HEADERS];
  return `# Written by scripts/build.ts for this build of dist/ (CSP hashes change with the inline code).
${all.map(line).join('\n')}

location /_astro/ {
${all.map((h) => `    ${line(h)}`).join('\n')}
    ${line(IMMUTABLE)}
}
`;
}
