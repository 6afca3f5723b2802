/** robots.txt: everything may be crawled; the sitemap index lists the public pages. */
import { siteConfig } from '../../site/config.ts';
import { absoluteUrl } from '../../site/seo.ts';

export function GET() {
  const { siteUrl } = siteConfig();
  const body = `User-agent: *\nAllow: /\nDisallow: /pagefind/\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', siteUrl)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
