/** RSS feeds: /geschichten/rss.xml, /blog/rss.xml, /en/stories/rss.xml, /en/blog/rss.xml. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteData } from '../../../site/data.ts';
import { siteConfig } from '../../../site/config.ts';
import { locale, type LanguageId } from '../../../site/i18n/index.ts';
import { absoluteUrl, allFeeds, feedDescription, feedTitle, type FeedSection } from '../../../site/seo.ts';
import { sectionPath } from '../../../site/routes.ts';
import { feedItems } from '../../../site/feeds.ts';

export function getStaticPaths() {
  return allFeeds().map((feed) => ({
    params: { section: feed.path.replace(/^\/|\/rss\.xml$/g, '') },
    props: { language: feed.language, section: feed.section },
  }));
}

export async function GET(context: APIContext) {
  const { language, section } = context.props as { language: LanguageId; section: FeedSection };
  const data = await siteData();
  const { siteUrl } = siteConfig();
  const siteTitle = data.settings.title ?? 'hERZland';
  return rss({
    title: feedTitle(language, section, siteTitle),
    description: feedDescription(language, section),
    site: absoluteUrl(sectionPath(language, section), siteUrl),
    items: feedItems(data, language, section, siteUrl),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${locale(language).dateLocale}</language>`,
      `<atom:link href="${absoluteUrl(context.url.pathname, siteUrl)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  });
}
