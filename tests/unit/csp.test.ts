/**
 * Security headers and privacy: the CSP builder and inline-code hashing, unsafe markup detection,
 * the Matomo bootstrap, and the search UI's excerpt handling (text only, never HTML). The built
 * dist/_headers against the HTML it serves: tests/built/csp.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHash, extractInline, headersFile, nginxHeaders, unsafeMarkup } from '../../site/csp.ts';
import { matomoOrigin, matomoSnippet } from '../../site/analytics.ts';
import { readConfig } from '../../site/config.ts';
import { decodeEntities, excerptRuns } from '../../src/components/SearchUi.ts';

describe('inline code and the CSP', () => {
  const html = `<html><head><script type="application/ld+json">{"a":1}</script><style>a{color:red}</style>
    <script type="module">console.log(1)</script><script src="/x.js"></script><script>var a = 1;</script></head>
    <body><p style="color: red">x</p><a href="/ok/">ok</a></body></html>`;

  it('hashes executable inline scripts, styles and style attributes; skips data blocks and external scripts', () => {
    const inline = extractInline(html);
    expect(inline.scripts).toEqual(['console.log(1)', 'var a = 1;']);
    expect(inline.styles).toEqual(['a{color:red}']);
    expect(inline.styleAttributes).toEqual(['color: red']);
    // The hash of `alert(1)` as browsers compute it (CSP3 sha256 of the UTF-8 text).
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('allows no inline script without a hash, no framing, and WebAssembly for Pagefind', () => {
    const csp = contentSecurityPolicy({ scriptHashes: [cspHash('a')], styleHashes: [cspHash('b')] });
    const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));
    expect(directive('script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${cspHash('a')}`);
    expect(directive('style-src')).toBe(`style-src 'self' ${cspHash('b')}`);
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
  });

  it('adds a configured analytics origin and falls back to unsafe-inline styles only past the hash limit', () => {
    const csp = contentSecurityPolicy({
      scriptHashes: [],
      styleHashes: ['x', 'y', 'z'].map(cspHash),
      analyticsOrigin: 'https://stats.example.org',
      maxStyleHashes: 2,
    });
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' https://stats.example.org");
    expect(csp).toContain("connect-src 'self' https://stats.example.org");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toMatch(/script-src [^;]*$|script-src [^;]*;/);
    expect(csp.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
  });

  it('writes the same rules for static hosts and nginx', () => {
    const csp = contentSecurityPolicy({ scriptHashes: [], styleHashes: [] });
    const headers = headersFile(csp);
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: /m);
    for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Strict-Transport-Security']) {
      expect(headers).toContain(`  ${name}: `);
      expect(nginxHeaders(csp)).toContain(`add_header ${name} `);
    }
    expect(nginxHeaders(csp)).toContain(`add_header Content-Security-Policy "${csp}" always;`);
  });

  it('finds javascript: URLs and inline event handlers', () => {
    expect(unsafeMarkup('<a href="javascript:alert(1)">x</a>')).toHaveLength(1);
    expect(unsafeMarkup('<a href=" JavaScript:alert(1)">x</a>')).toHaveLength(1);
    expect(unsafeMarkup('<img src=x onerror="alert(1)">')).toHaveLength(1);
    expect(unsafeMarkup('<a href="/javascript-kurs/">Kurs</a><p>onclick=</p>')).toEqual([]);
  });
});

describe('Matomo', () => {
  it('is configured only with both MATOMO_URL and MATOMO_SITE_ID', () => {
    expect(readConfig({ MATOMO_URL: 'https://stats.example.org' }).matomo).toBeUndefined();
    expect(readConfig({ MATOMO_SITE_ID: '3' }).matomo).toBeUndefined();
    expect(readConfig({ MATOMO_URL: 'https://stats.example.org', MATOMO_SITE_ID: '3' }).matomo).toEqual({
      url: 'https://stats.example.org/',
      siteId: '3',
    });
  });

  it('runs cookieless, respects Do-Not-Track and sends no query strings', () => {
    const snippet = matomoSnippet({ url: 'https://stats.example.org/', siteId: '3' });
    expect(snippet).toContain("['disableCookies']");
    expect(snippet).toContain("['setDoNotTrack',true]");
    expect(snippet).toMatch(/doNotTrack==='1'.*return;/);
    expect(snippet).toContain('location.origin+location.pathname');
    expect(snippet).toContain('"url":"https://stats.example.org/"');
    expect(snippet).not.toContain('</script');
    expect(matomoOrigin({ url: 'https://stats.example.org/matomo/', siteId: '3' })).toBe('https://stats.example.org');
    expect(() => matomoOrigin({ url: 'http://stats.example.org/', siteId: '3' })).toThrow(/https/);
    // A site id cannot break out of the script.
    expect(matomoSnippet({ url: 'https://s.example.org/', siteId: '</script><script>alert(1)' })).not.toContain('</script');
  });
});

describe('search excerpts', () => {
  it('keeps Pagefind highlights as runs of text and decodes entities without creating markup', () => {
    expect(excerptRuns('Ausbildung in <mark>Aue</mark> &amp; Umgebung')).toEqual([
      { text: 'Ausbildung in ', mark: false },
      { text: 'Aue', mark: true },
      { text: ' & Umgebung', mark: false },
    ]);
    const runs = excerptRuns('&lt;img src=x onerror=alert(1)&gt; <b>fett</b> <mark>&lt;script&gt;</mark>');
    expect(runs.map((r) => r.text).join('')).toBe('<img src=x onerror=alert(1)> fett <script>');
    expect(runs.find((r) => r.mark)?.text).toBe('<script>');
    expect(decodeEntities('&#x3C;&#60;&quot;&unknown;')).toBe('<<"&unknown;');
  });
});
