/**
 * RSS feeds of the stories and the blog, one per language: the items, newest first. The Astro
 * endpoint src/pages/[...section]/rss.xml.ts renders them with @astrojs/rss.
 */
import { escapeHTML } from '@portabletext/to-html';
import { label, type LanguageId } from './i18n/index.ts';
import { documentPath } from './routes.ts';
import { absoluteUrl, type FeedSection } from './seo.ts';
import type { SiteData } from './data.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  customData?: string;
}

/** Newest first; documents marked noindex stay out. */
export function feedItems(data: SiteData, language: LanguageId, section: FeedSection, siteUrl: string): FeedItem[] {
  const notHidden = (doc: { seo?: { noIndex?: boolean | null } | null; language: string | null }) =>
    doc.language === language && !doc.seo?.noIndex;
  const items: FeedItem[] =
    section === 'stories'
      ? data.stories.filter(notHidden).map((story) => ({
          title: story.title,
          link: absoluteUrl(documentPath(story), siteUrl),
          pubDate: new Date(story.publishedAt),
          description: story.teaser,
          categories: [label(language, story.kind), story.town?.name ?? ''].filter(Boolean),
        }))
      : data.posts.filter(notHidden).map((post) => ({
          title: post.title,
          link: absoluteUrl(documentPath(post), siteUrl),
          pubDate: new Date(post.publishedAt),
          description: post.excerpt,
          categories: [label(language, post.category)].filter(Boolean),
          ...(post.author?.name ? { customData: `<dc:creator>${escapeHTML(post.author.name)}</dc:creator>` } : {}),
        }));
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}
